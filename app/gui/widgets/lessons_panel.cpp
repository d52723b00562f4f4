#include "widgets/lessons_panel.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace loopstep {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

LessonsPanel::LessonsPanel(const QList<LessonEntry>& lessons, QWidget* parent)
    : QWidget(parent), entries_(lessons), lessons_(new QListWidget(this)), recent_(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    lessons_->setObjectName(QStringLiteral("lessonList"));
    // Whole titles, wrapped to the dock's width (the dock is resizable): a cut title does not say
    // which lesson it is.
    lessons_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    lessons_->setWordWrap(true);
    lessons_->setTextElideMode(Qt::ElideNone);
    lessons_->setResizeMode(QListView::Adjust);
    lessons_->setUniformItemSizes(false);
    lessons_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    lessons_->setSpacing(1);
    recent_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < lessons.size(); ++i) {
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(lessons[i].title), lessons_);
        item->setData(kPathRole, lessons[i].programPath);
        item->setToolTip(tr("%1\n%2.py — Enter or a click opens it").arg(lessons[i].title, lessons[i].id));
    }
    layout->addWidget(lessons_, 3);
    layout->addWidget(new QLabel(tr("<b>Recent files</b>"), this));
    recent_->setObjectName(QStringLiteral("recentList"));
    recent_->setMaximumHeight(recent_->fontMetrics().height() * 3 + 6);
    layout->addWidget(recent_, 1);
    auto* open = new QPushButton(tr("Open a Python file…"), this);
    open->setToolTip(tr("Step through any .py file (File → Open, Ctrl+O)"));
    connect(open, &QPushButton::clicked, this, &LessonsPanel::openFileRequested);
    layout->addWidget(open);
    // Arrow keys move the highlight, Enter or a single click opens: a lesson never opens while
    // the learner is only looking through the list. (itemActivated is Enter, and a click or a
    // double click depending on the style, so clicks are taken from itemClicked alone.)
    for (QListWidget* list : {lessons_, recent_}) {
        list->installEventFilter(this);
        connect(list, &QListWidget::itemClicked, this, &LessonsPanel::activate);
    }
}

bool LessonsPanel::eventFilter(QObject* watched, QEvent* event) {
    auto* list = qobject_cast<QListWidget*>(watched);
    if (list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(list->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LessonsPanel::activate(QListWidgetItem* item) {
    if (item) emit programRequested(item->data(kPathRole).toString());
}

void LessonsPanel::setRecentFiles(const QStringList& files) {
    recent_->clear();
    for (const QString& path : files) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), recent_);
        item->setData(kPathRole, path);
        item->setToolTip(path);
    }
}

void LessonsPanel::setCurrentProgram(const QString& path, bool isLesson) {
    // lessons/03_create_task.py opened by path is lesson 3 as much as the embedded copy is.
    const int index = isLesson ? LessonCatalog::indexOf(entries_, path) : -1;
    const QSignalBlocker block(lessons_);
    if (index >= 0) lessons_->setCurrentRow(index);
    else lessons_->clearSelection();
}

}  // namespace loopstep
