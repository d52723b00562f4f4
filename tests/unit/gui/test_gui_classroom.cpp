// Loopstep in front of a class: zoom scales the text of every panel together, the theme switch
// recolours the window and the timeline (and the export's default), F11 and the presentation layout,
// the handbook (F1) and its sections, What's This? on the tick table, and the Parameters dock's
// sliders keeping a usable size when the text is large.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHeaderView>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include "classroom_actions.h"
#include "core/playhead.h"
#include "core/session.h"
#include "core/theme.h"
#include "core/zoom_level.h"
#include "main_window.h"
#include "models/output_model.h"
#include "models/tick_table_model.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_widget.h"
#include "widgets/code_view.h"
#include "widgets/export_image_dialog.h"
#include "widgets/handbook_window.h"
#include "widgets/parameters_panel.h"
#include "widgets/whats_this_help.h"

using namespace loopstep;

namespace {

const QString kCreateTask = QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py");

bool loadAndWait(MainWindow& window, const QString& path) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    window.openProgram(path);
    return loaded.wait(10000);
}

QAction* action(const MainWindow& window, const char* name) {
    return window.findChild<QAction*>(QLatin1String(name));
}

QDockWidget* dock(const MainWindow& window, const char* name) {
    return window.findChild<QDockWidget*>(QLatin1String(name));
}

// The text sizes the learner sees in each panel, in points.
struct PanelFonts {
    double code, table, tableHeader, output, outputCell, timelineAxis, timelineLabels, dockTitle;
};

PanelFonts panelFonts(const MainWindow& window) {
    auto* table = window.findChild<QTableView*>(QStringLiteral("tickTable"));
    auto* output = window.findChild<QTableView*>(QStringLiteral("outputView"));
    // What the output's delegate draws with: the model's font resolved against the view's.
    const QFont cell =
        window.outputModel()->index(0, OutputModel::TextColumn).data(Qt::FontRole).value<QFont>();
    const QCustomPlot* plot = window.timeline()->plot();
    return {window.codeView()->font().pointSizeF(),
            table->font().pointSizeF(),
            window.findChild<QWidget*>(QStringLiteral("tickHeader"))->font().pointSizeF(),
            output->font().pointSizeF(),
            cell.resolve(output->font()).pointSizeF(),
            plot->xAxis->tickLabelFont().pointSizeF(),
            plot->yAxis->tickLabelFont().pointSizeF(),
            dock(window, "tickTableDock")->font().pointSizeF()};
}

// The colour the timeline paints in its top-left corner: its background.
QColor plotCorner(const MainWindow& window) {
    return window.timeline()->plot()->toPixmap(200, 120).toImage().pixelColor(1, 1);
}

}  // namespace

class TestGuiClassroom : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // A settings file of its own: the zoom and theme kept here must not reach other suites.
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepClassroomTest"));
        QSettings().clear();
    }

    void cleanup() { QSettings().clear(); }

    void zoomScalesEveryPanelTogether() {
        MainWindow window;
        window.show();
        QVERIFY(loadAndWait(window, kCreateTask));
        const PanelFonts before = panelFonts(window);
        auto* output = window.findChild<QTableView*>(QStringLiteral("outputView"));
        const int rowHeight = output->verticalHeader()->defaultSectionSize();

        action(window, "actionZoomIn")->trigger();  // 110 %
        action(window, "actionZoomIn")->trigger();  // 125 %
        auto* classroom = window.findChild<ClassroomActions*>();
        QCOMPARE(classroom->zoom()->percent(), 125);
        const PanelFonts zoomed = panelFonts(window);
        const double b[] = {before.code,       before.table,        before.tableHeader,    before.output,
                            before.outputCell, before.timelineAxis, before.timelineLabels, before.dockTitle};
        const double z[] = {zoomed.code,       zoomed.table,        zoomed.tableHeader,    zoomed.output,
                            zoomed.outputCell, zoomed.timelineAxis, zoomed.timelineLabels, zoomed.dockTitle};
        for (size_t i = 0; i < std::size(b); ++i) {
            QVERIFY2(b[i] > 0, qPrintable(QStringLiteral("panel %1 has no point size").arg(i)));
            QVERIFY2(std::abs(z[i] / b[i] - 1.25) < 0.03,
                     qPrintable(QStringLiteral("panel %1: %2 pt -> %3 pt").arg(i).arg(b[i]).arg(z[i])));
        }
        // Fixed row heights grow with the text they hold.
        QVERIFY(output->verticalHeader()->defaultSectionSize() > rowHeight);
        QCOMPARE(QSettings().value(QStringLiteral("view/zoomPercent")).toInt(), 125);

        // The keyboard: Ctrl+- zooms out, Ctrl+0 resets.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(classroom->zoom()->percent(), 110);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(classroom->zoom()->percent(), 125);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(classroom->zoom()->percent(), 100);
        const PanelFonts reset = panelFonts(window);
        QCOMPARE(reset.code, before.code);
        QCOMPARE(reset.timelineAxis, before.timelineAxis);
        QCOMPARE(reset.outputCell, before.outputCell);
        QCOMPARE(output->verticalHeader()->defaultSectionSize(), rowHeight);
    }

    void zoomIsKeptForTheNextWindow() {
        QSettings().setValue(QStringLiteral("view/zoomPercent"), 150);
        MainWindow window;
        QCOMPARE(window.findChild<ClassroomActions*>()->zoom()->percent(), 150);
        const double fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
        QVERIFY(std::abs(window.codeView()->font().pointSizeF() / fixed - 1.5) < 0.03);
    }

    void themeSwitchRecoloursWindowAndTimeline() {
        MainWindow window;
        window.show();
        QVERIFY(loadAndWait(window, kCreateTask));
        const QPalette system = QApplication::palette();

        action(window, "actionThemeDark")->trigger();
        QVERIFY(Theme::isDark());
        QTRY_VERIFY_WITH_TIMEOUT(window.palette().color(QPalette::Window).lightness() < 128, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.timeline()->chart()->theme().dark, 5000);
        QCOMPARE(plotCorner(window), TimelineTheme::darkTheme().background);
        // Text stays readable: light on dark.
        QVERIFY(window.palette().color(QPalette::Text).lightness() > 200);
        QVERIFY(window.palette().color(QPalette::Base).lightness() < 60);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));

        // An export starts on the background of the theme on screen.
        bool exportDark = false;
        QTimer::singleShot(0, this, [&exportDark] {
            auto* dialog = qobject_cast<ExportImageDialog*>(QApplication::activeModalWidget());
            if (!dialog) return;
            exportDark = dialog->settings().dark;
            dialog->reject();
        });
        action(window, "actionExportTimeline")->trigger();
        QVERIFY(exportDark);

        action(window, "actionThemeLight")->trigger();
        QVERIFY(!Theme::isDark());
        QTRY_VERIFY_WITH_TIMEOUT(!window.timeline()->chart()->theme().dark, 5000);
        QCOMPARE(plotCorner(window), TimelineTheme::light().background);

        action(window, "actionThemeSystem")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QVERIFY(action(window, "actionThemeSystem")->isChecked());
        QVERIFY(!action(window, "actionThemeDark")->isChecked());
    }

    void f11TogglesFullScreen() {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.isFullScreen());
        QTest::keyClick(&window, Qt::Key_F11);
        QTRY_VERIFY_WITH_TIMEOUT(window.windowState() & Qt::WindowFullScreen, 5000);
        QVERIFY(action(window, "actionFullScreen")->isChecked());
        QTest::keyClick(&window, Qt::Key_F11);
        QTRY_VERIFY_WITH_TIMEOUT(!(window.windowState() & Qt::WindowFullScreen), 5000);
        QVERIFY(!action(window, "actionFullScreen")->isChecked());
    }

    void presentationShowsCodeTableAndTimelineThenRestores() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(loadAndWait(window, kCreateTask));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QHash<QDockWidget*, QRect> layout;
        for (QDockWidget* d : window.findChildren<QDockWidget*>())
            layout.insert(d, d->geometry());
        auto* classroom = window.findChild<ClassroomActions*>();

        action(window, "actionPresentation")->trigger();
        QVERIFY(classroom->isPresentation());
        QTRY_VERIFY_WITH_TIMEOUT(dock(window, "tickTableDock")->isVisible(), 5000);
        QVERIFY(dock(window, "timelineDock")->isVisible());
        QVERIFY(window.codeView()->isVisible());
        for (const char* hidden : {"lessonsDock", "parametersDock", "notesDock", "outputDock", "loopDock"})
            QVERIFY2(!dock(window, hidden)->isVisible(), hidden);
        // Larger text in proportion to the screen (this one is small: no smaller than before).
        const int screenWidth = window.screen()->availableGeometry().width();
        QVERIFY(classroom->zoom()->percent() >= std::max(100, 150 * std::min(screenWidth, 1920) / 1920 - 10));
        // Large: the timeline spans the window's width.
        QTRY_VERIFY_WITH_TIMEOUT(dock(window, "timelineDock")->width() > window.width() * 9 / 10, 5000);

        action(window, "actionPresentation")->trigger();
        QVERIFY(!classroom->isPresentation());
        QCOMPARE(classroom->zoom()->percent(), 100);
        for (const char* shown : {"lessonsDock", "parametersDock", "notesDock", "outputDock", "loopDock"})
            QTRY_VERIFY2_WITH_TIMEOUT(dock(window, shown)->isVisible(), shown, 5000);
        // The same layout, give or take rounding.
        auto near = [](const QRect& a, const QRect& b) {
            return std::abs(a.left() - b.left()) <= 4 && std::abs(a.top() - b.top()) <= 4 &&
                   std::abs(a.right() - b.right()) <= 4 && std::abs(a.bottom() - b.bottom()) <= 4;
        };
        for (auto it = layout.cbegin(); it != layout.cend(); ++it)
            QTRY_VERIFY2_WITH_TIMEOUT(near(it.key()->geometry(), it.value()),
                                      qPrintable(it.key()->objectName()), 5000);
    }

    void handbookOpensWithF1AndHasTheSections() {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.findChild<HandbookWindow*>());
        QTest::keyClick(&window, Qt::Key_F1);
        auto* handbook = window.findChild<HandbookWindow*>();
        QVERIFY(handbook);
        QTRY_VERIFY_WITH_TIMEOUT(handbook->isVisible(), 5000);
        const QStringList sections = handbook->sectionTitles();
        for (const QString& expected :
             {QStringLiteral("Ticks"), QStringLiteral("The four states"), QStringLiteral("The panels"),
              QStringLiteral("Keys"), QStringLiteral("Editing delays and code"),
              QStringLiteral("Notebook mode"), QStringLiteral("The Python subset"),
              QStringLiteral("Where Loopstep differs from CPython")})
            QVERIFY2(sections.contains(expected),
                     qPrintable(expected + QStringLiteral(" in ") + sections.join(", ")));
        const QString text = handbook->browser()->toPlainText();
        for (const char* word :
             {"running", "ready", "busy", "done", "python -m asyncio", "Shift+F1", "insertion order"})
            QVERIFY2(text.contains(QLatin1String(word)), word);

        // The contents go to their section: the last one scrolls the text down.
        QCOMPARE(handbook->browser()->verticalScrollBar()->value(), 0);
        handbook->contents()->setCurrentRow(sections.size() - 1);
        QVERIFY(handbook->browser()->verticalScrollBar()->value() > 0);

        // F1 again brings back the same window.
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<HandbookWindow*>().size(), 1);
    }

    void whatsThisExplainsColumnsStatesAndPanels() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(loadAndWait(window, kCreateTask));
        window.playhead()->goToTick(1);  // task1 busy (sleep), task2 ready
        auto* table = window.findChild<QTableView*>(QStringLiteral("tickTable"));
        auto* help = table->findChild<TickTableWhatsThis*>();
        QVERIFY(help);
        QTRY_VERIFY_WITH_TIMEOUT(table->viewport()->width() > 100, 5000);

        const TickTableModel* model = window.tickTableModel();
        QMap<TaskState, QString> seen;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex state = model->index(row, TickTableModel::StateColumn);
            const QString text = help->textAt(table->visualRect(state).center(), false);
            seen[static_cast<TaskState>(state.data(TickTableModel::StateRole).toInt())] = text;
        }
        QVERIFY(seen.value(TaskState::Busy).contains(QLatin1String("<b>busy</b>")));
        QVERIFY(seen.value(TaskState::Ready).contains(QLatin1String("<b>ready</b>")));
        QVERIFY(seen.value(TaskState::Busy).contains(QLatin1String("sleep until")));  // this task's own state

        QHeaderView* header = table->horizontalHeader();
        const QPoint whereTitle(header->sectionViewportPosition(TickTableModel::WhereColumn) + 5,
                                header->height() / 2);
        QVERIFY(help->textAt(whereTitle, true).contains(QLatin1String("<b>Where</b>")));
        const QModelIndex task = model->index(0, TickTableModel::TaskColumn);
        QVERIFY(help->textAt(table->visualRect(task).center(), false).contains(QLatin1String("<b>Task</b>")));

        // The event itself: What's This? over a state cell is answered, not passed on.
        const QPoint cell = table->visualRect(model->index(0, TickTableModel::StateColumn)).center();
        QHelpEvent query(QEvent::QueryWhatsThis, cell, table->viewport()->mapToGlobal(cell));
        QVERIFY(QApplication::sendEvent(table->viewport(), &query));
        QVERIFY(query.isAccepted());

        QVERIFY(window.timeline()->whatsThis().contains(QLatin1String("Timeline")));
        QVERIFY(window.parametersPanel()->whatsThis().contains(QLatin1String("Parameters")));
        QVERIFY(dock(window, "parametersDock")->whatsThis().contains(QLatin1String("Parameters")));
        QVERIFY(action(window, "actionWhatsThis"));
    }

    // QT_FONT_DPI=144 makes text 1.5 times as large and QT_SCALE_FACTOR=2 leaves a 1920x1080
    // screen 960x540 logical pixels: the docks get narrow while their text grows. (CTest runs this
    // suite once more with those variables set.)
    void parameterSlidersKeepTheirSizeWithLargeText() {
        MainWindow window;
        window.resize(960, 540);
        window.show();
        window.findChild<ClassroomActions*>()->zoom()->setPercent(150);
        QVERIFY(loadAndWait(window, kCreateTask));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ParametersPanel* panel = window.parametersPanel();
        QVERIFY(panel->slider(0));
        const int em = panel->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        for (int row = 0; panel->slider(row); ++row) {
            QSlider* slider = panel->slider(row);
            QTRY_VERIFY_WITH_TIMEOUT(slider->width() > 0, 5000);
            QVERIFY2(slider->width() >= 6 * em,
                     qPrintable(QStringLiteral("slider %1 is %2 px wide (an em: %3 px)")
                                    .arg(row)
                                    .arg(slider->width())
                                    .arg(em)));
            // All of it in view, not scrolled off to the side of the dock.
            const QWidget* viewport = slider->parentWidget()->parentWidget();
            QVERIFY2(slider->mapTo(viewport, QPoint(slider->width(), 0)).x() <= viewport->width(),
                     qPrintable(QStringLiteral("slider %1 ends past its dock's view").arg(row)));
            QVERIFY2(slider->height() >= slider->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("slider %1 is %2 px high").arg(row).arg(slider->height())));
            QTRY_VERIFY2_WITH_TIMEOUT(
                panel->spinBox(row)->width() >= panel->spinBox(row)->minimumSizeHint().width(),
                qPrintable(QStringLiteral("spin box %1 is %2 px wide, needs %3")
                               .arg(row)
                               .arg(panel->spinBox(row)->width())
                               .arg(panel->spinBox(row)->minimumSizeHint().width())),
                5000);
        }
    }
};

QTEST_MAIN(TestGuiClassroom)
#include "test_gui_classroom.moc"
