#include "widgets/handbook_window.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>

namespace loopstep {

namespace {

constexpr int kSectionLevel = 2;  // <h2>: one entry of the contents each
constexpr int kPositionRole = Qt::UserRole + 1;

}  // namespace

HandbookWindow::HandbookWindow(QWidget* owner)
    : QWidget(owner, Qt::Window), contents_(new QListWidget), browser_(new QTextBrowser) {
    setObjectName(QStringLiteral("handbookWindow"));
    setWindowTitle(tr("Loopstep Handbook"));
    // The handbook is read in front of a class too: it follows the main window's zoom.
    setAttribute(Qt::WA_WindowPropagation);
    contents_->setObjectName(QStringLiteral("handbookContents"));
    contents_->setToolTip(tr("Contents: click a section to go there"));
    browser_->setObjectName(QStringLiteral("handbookText"));
    browser_->setOpenExternalLinks(true);
    browser_->setSource(QUrl(QStringLiteral("qrc:/handbook/handbook.html")));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(contents_);
    splitter->addWidget(browser_);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resize(900, 700);

    buildContents();
    splitter->setSizes({contents_->sizeHintForColumn(0) + 2 * contents_->frameWidth() + 8, 640});
    connect(contents_, &QListWidget::currentRowChanged, this, &HandbookWindow::showSection);
    // The text has the focus, so the contents do not pick their first entry (and scroll past the
    // introduction) when the window opens.
    browser_->setFocus();
}

HandbookWindow* HandbookWindow::showFor(QWidget* owner) {
    auto* window = owner ? owner->findChild<HandbookWindow*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window) window = new HandbookWindow(owner);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void HandbookWindow::buildContents() {
    contents_->clear();
    for (QTextBlock block = browser_->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != kSectionLevel) continue;
        auto* item = new QListWidgetItem(block.text().trimmed(), contents_);
        item->setData(kPositionRole, block.position());
    }
}

QStringList HandbookWindow::sectionTitles() const {
    QStringList titles;
    for (int i = 0; i < contents_->count(); ++i)
        titles << contents_->item(i)->text();
    return titles;
}

void HandbookWindow::showSection(int index) {
    if (index < 0 || index >= contents_->count()) return;
    if (contents_->currentRow() != index) contents_->setCurrentRow(index);  // calls back here
    const QTextBlock block =
        browser_->document()->findBlock(contents_->item(index)->data(kPositionRole).toInt());
    browser_->setTextCursor(QTextCursor(block));
    // The heading at the top of the view, not merely somewhere in it.
    const QRectF where = browser_->document()->documentLayout()->blockBoundingRect(block);
    browser_->verticalScrollBar()->setValue(static_cast<int>(where.top()));
}

}  // namespace loopstep
