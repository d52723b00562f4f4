// Delay editing that fits the value: a delay found in the code gets a logarithmic slider around
// its value (no more 2 s → 104 s in 18 px), with values a person would type; the run drawn faintly
// behind is the run before the drag began, not an in-between value; after Undo the timeline's
// axis fits the run shown.
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <cmath>

#include "core/autosave.h"
#include "core/playhead.h"
#include "core/session.h"
#include "main_window.h"
#include "models/parameters_model.h"
#include "models/slider_scale.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_widget.h"
#include "widgets/parameters_panel.h"

using namespace loopstep;

namespace {

bool waitLoaded(MainWindow& window, const std::function<void()>& action) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    action();
    return !loaded.isEmpty() || loaded.wait(10000);
}

bool hasTwoSignificantDigits(double v) {
    return v == 0.0 || std::abs(roundToSignificant(v, 2) - v) <= 1e-12 * std::abs(v);
}

const QByteArray kTwoSleeps =
    "import asyncio\n\n\nasync def main():\n    await asyncio.sleep(2)\n    print('slept')\n"
    "    await asyncio.sleep(1)\n\n\nasyncio.run(main())\n";

}  // namespace

class TestGuiDelayEditing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_delay_editing"));
        Autosave::clear();
    }

    void logarithmicScaleAroundTheValue() {
        const SliderScale scale = SliderScale::make(2.0, 0.0, 1000.0, 0.5, false, true);
        QVERIFY(scale.isLogarithmic());
        const int at = scale.positionOf(2.0);
        QCOMPARE(scale.valueAt(at), 2.0);
        QCOMPARE(scale.valueAt(0), 0.0);  // sleep(0) stays reachable
        QCOMPARE(scale.high(), 20.0);
        QCOMPARE(scale.low(), 0.2);
        // 18 positions (about 18 px on a plain slider) move the value by well under a factor of 2.
        QVERIFY2(scale.valueAt(at + 18) < 4.0, qPrintable(QString::number(scale.valueAt(at + 18))));
        QVERIFY(scale.valueAt(at - 18) > 1.0);
        double previous = -1.0;
        for (int p = 0; p <= scale.positions(); ++p) {
            const double v = scale.valueAt(p);
            QVERIFY(v >= previous);  // monotonic
            QVERIFY2(hasTwoSignificantDigits(v), qPrintable(QString::number(v, 'g', 17)));
            previous = v;
        }
        // A lesson's own range stays linear in its own steps.
        const SliderScale lesson = SliderScale::make(1.0, 0.0, 5.0, 0.5, false, false);
        QVERIFY(!lesson.isLogarithmic());
        QCOMPARE(lesson.positions(), 10);
        QCOMPARE(lesson.valueAt(lesson.positionOf(1.0) + 1), 1.5);
    }

    void foundDelaySliderIsLogarithmic() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sleeps.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kTwoSleeps);
        file.close();
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        ParametersModel* model = window.parametersModel();
        const int row = model->rowOf(5, 25);
        QVERIFY(row >= 0);
        QVERIFY(
            model->index(row, ParametersModel::ValueColumn).data(ParametersModel::LogarithmicRole).toBool());
        QSlider* slider = window.parametersPanel()->slider(row);
        const int at = slider->value();
        QVERIFY(waitLoaded(window, [&] { slider->setValue(at + 18); }));
        const double moved = model->index(row, ParametersModel::ValueColumn).data(Qt::EditRole).toDouble();
        QVERIFY2(moved > 2.0 && moved < 4.0, qPrintable(QString::number(moved)));
        QCOMPARE(slider->value(), at + 18);  // the handle stays where it was let go
        // The seed keeps its linear scale.
        QVERIFY(!model->index(model->seedRow(), ParametersModel::ValueColumn)
                     .data(ParametersModel::LogarithmicRole)
                     .toBool());
    }

    void ghostIsTheRunBeforeTheDragAndUndoFitsTheAxis() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sleeps.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kTwoSleeps);
        file.close();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        const std::shared_ptr<const Trace> before = window.playhead()->trace();
        QVERIFY(!window.timeline()->ghostModel());
        ParametersModel* model = window.parametersModel();
        const int row = model->rowOf(5, 25);
        QSlider* slider = window.parametersPanel()->slider(row);

        // A drag through three values: one undo step, and the ghost stays the run before it.
        slider->setSliderDown(true);
        for (int step : {10, 20, 30}) {
            QVERIFY(waitLoaded(window, [&] { slider->setValue(slider->value() + step); }));
            QVERIFY(window.timeline()->ghostModel());
            QCOMPARE(window.timeline()->ghostModel()->trace(), before.get());
        }
        slider->setSliderDown(false);
        QCOMPARE(window.session()->undoStack()->count(), 1);
        const double dragged = model->index(row, ParametersModel::ValueColumn).data(Qt::EditRole).toDouble();
        QVERIFY2(dragged >= 5.0, qPrintable(QString::number(dragged)));  // a longer run than the 3 s one

        // Undo: the run as opened, nothing behind it, and the axis fits its 3 s, not the longer run.
        window.session()->undoStack()->undo();
        QCOMPARE(window.playhead()->trace(), before);
        QVERIFY(!window.timeline()->ghostModel());
        const QCPRange keys = window.timeline()->chart()->keyRange();
        QVERIFY2(keys.upper < 3.0 * 1.2, qPrintable(QString::number(keys.upper)));
        QVERIFY(keys.upper >= 3.0);

        // Redo: the dragged run with the run before the drag behind it again.
        window.session()->undoStack()->redo();
        QVERIFY(window.timeline()->ghostModel());
        QCOMPARE(window.timeline()->ghostModel()->trace(), before.get());
    }
};

QTEST_MAIN(TestGuiDelayEditing)
#include "test_gui_delay_editing.moc"
