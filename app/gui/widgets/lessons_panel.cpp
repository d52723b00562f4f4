#include "widgets/lessons_panel.h"

#include <QFileInfo>
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
    lessons_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    lessons_->setTextElideMode(Qt::ElideRight);
    recent_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < lessons.size(); ++i) {
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(lessons[i].title), lessons_);
        item->setData(kPathRole, lessons[i].programPath);
        item->setToolTip(QStringLiteral("%1\n%2.py").arg(lessons[i].title, lessons[i].id));
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
    connect(lessons_, &QListWidget::itemActivated, this, &LessonsPanel::activate);
    connect(lessons_, &QListWidget::itemClicked, this, &LessonsPanel::activate);
    connect(recent_, &QListWidget::itemActivated, this, &LessonsPanel::activate);
    connect(recent_, &QListWidget::itemClicked, this, &LessonsPanel::activate);
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

void LessonsPanel::setCurrentProgram(const QString& path) {
    const int index = path.startsWith(QStringLiteral(":/")) ? LessonCatalog::indexOf(entries_, path) : -1;
    const QSignalBlocker block(lessons_);
    if (index >= 0) lessons_->setCurrentRow(index);
    else lessons_->clearSelection();
}

}  // namespace loopstep
