#include "widgets/error_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace loopstep {

ErrorBanner::ErrorBanner(QWidget* parent) : QFrame(parent), label_(new QLabel(this)) {
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    p.setColor(QPalette::WindowText, QColor(0x6b, 0x00, 0x0c));
    setPalette(p);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label_, 1);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void ErrorBanner::showMessage(const QString& title, const QString& detail) {
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!detail.isEmpty()) html += QStringLiteral("<br><tt>%1</tt>").arg(detail.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    label_->setText(html);
    show();
}

QString ErrorBanner::text() const { return label_->text(); }

}  // namespace loopstep
