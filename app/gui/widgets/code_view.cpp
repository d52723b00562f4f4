#include "widgets/code_view.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include "models/task_palette.h"
#include "widgets/python_highlighter.h"

namespace loopstep {

namespace {

constexpr int kMarkerArea = 18;  // room for the task dots right of the line numbers

class Gutter : public QWidget {
public:
    explicit Gutter(CodeView* view) : QWidget(view), view_(view) { setMouseTracking(true); }
    QSize sizeHint() const override { return {view_->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { view_->paintGutter(event); }
    bool event(QEvent* event) override {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            const QString tip = view_->gutterToolTip(help->pos().y());
            if (tip.isEmpty()) QToolTip::hideText();
            else QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeView* view_;
};

QColor errorColor(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x10, 0x20);
}

}  // namespace

CodeView::CodeView(QWidget* parent) : QPlainTextEdit(parent), gutter_(new Gutter(this)) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    highlighter_ = new PythonHighlighter(document());
    highlighter_->setDark(isDarkPalette(palette()));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!settingSource_ && isEditable()) emit sourceEdited();
    });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    updateGutterWidth();
}

void CodeView::setSource(const QString& source) {
    if (source == toPlainText()) return;
    settingSource_ = true;
    if (isEditable()) {
        // Keep the learner's place (an undo or a slider rewrote the text under the cursor).
        const int position = textCursor().position();
        const int scroll = verticalScrollBar()->value();
        setPlainText(source);
        QTextCursor cursor = textCursor();
        cursor.setPosition(std::min(position, static_cast<int>(source.size())));
        setTextCursor(cursor);
        verticalScrollBar()->setValue(scroll);
    } else {
        setPlainText(source);
    }
    settingSource_ = false;
    markers_.clear();
    clearError();
}

void CodeView::setEditable(bool editable) {
    setReadOnly(!editable);
    setTextInteractionFlags(editable ? Qt::TextEditorInteraction : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void CodeView::setMarkers(const QList<CodeMarker>& markers) {
    markers_ = markers;
    updateSelections();
    for (const CodeMarker& m : markers_)
        if (m.active) scrollToLine(m.line);
    gutter_->update();
    viewport()->update();
}

void CodeView::setError(int line, int col, const QString& message) {
    errorLine_ = line;
    errorCol_ = col;
    errorMessage_ = message;
    updateSelections();
    if (line > 0) scrollToLine(line);
    gutter_->update();
    viewport()->update();
}

void CodeView::clearError() { setError(0, 0, {}); }

int CodeView::gutterWidth() const {
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(2, static_cast<int>(digits)) + kMarkerArea;
}

void CodeView::updateGutterWidth() { setViewportMargins(gutterWidth(), 0, 0, 0); }

void CodeView::updateGutter(const QRect& rect, int dy) {
    if (dy) gutter_->scroll(0, dy);
    else gutter_->update(0, rect.y(), gutter_->width(), rect.height());
}

void CodeView::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    gutter_->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void CodeView::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        highlighter_->setDark(isDarkPalette(palette()));
        updateSelections();
    }
}

QList<CodeMarker> CodeView::markersAt(int line) const {
    QList<CodeMarker> at;
    for (const CodeMarker& m : markers_)
        if (m.line == line) at.append(m);
    return at;
}

void CodeView::scrollToLine(int line) {
    if (isEditable()) return;  // the cursor is the learner's while editing
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid()) return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void CodeView::updateSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    auto lineSelection = [this](int line, const QColor& color) {
        QTextEdit::ExtraSelection s;
        s.format.setBackground(color);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(document()->findBlockByNumber(line - 1));
        return s;
    };
    for (const CodeMarker& m : markers_)
        if (m.active) selections.append(lineSelection(m.line, tintOver(stateColor(TaskState::Running), palette(), 0.30)));
    if (errorLine_ > 0) selections.append(lineSelection(errorLine_, tintOver(errorColor(palette()), palette(), 0.25)));
    setExtraSelections(selections);
}

void CodeView::paintGutter(QPaintEvent* event) {
    QPainter painter(gutter_);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setRenderHint(QPainter::Antialiasing);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int numberWidth = gutter_->width() - kMarkerArea - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const QList<CodeMarker> here = markersAt(line);
            const bool active = std::any_of(here.begin(), here.end(), [](const CodeMarker& m) { return m.active; });
            QFont font = painter.font();
            font.setBold(active || line == errorLine_);
            painter.setFont(font);
            painter.setPen(line == errorLine_ ? errorColor(palette())
                                              : palette().color(active ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, numberWidth, lineHeight, Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            // One dot per task, overlapping a little when several wait on the same line.
            const int d = std::min(10, lineHeight - 4);
            int x = numberWidth + 5;
            for (const CodeMarker& m : here) {
                painter.setPen(QPen(palette().color(QPalette::Base), 1));
                painter.setBrush(m.color);
                const QRectF dot(x, top + (lineHeight - d) / 2.0, d, d);
                if (m.active) {
                    QPolygonF arrow{{dot.left(), dot.top()}, {dot.right(), dot.center().y()}, {dot.left(), dot.bottom()}};
                    painter.drawPolygon(arrow);
                } else {
                    painter.drawEllipse(dot);
                }
                x += std::max(3, (kMarkerArea - d) / std::max(1, static_cast<int>(here.size()) - 1) + 1);
                if (x > gutter_->width() - 4) break;
            }
        }
        block = block.next();
        top += height;
    }
}

QString CodeView::gutterToolTip(int y) const {
    const QTextCursor cursor = cursorForPosition(QPoint(0, y));
    const int line = cursor.blockNumber() + 1;
    QStringList lines;
    if (line == errorLine_) lines << errorMessage_;
    for (const CodeMarker& m : markersAt(line))
        lines << (m.active ? tr("%1 ran to here, now %2") : tr("%1: %2")).arg(m.label, m.stateText);
    return lines.join(QLatin1Char('\n'));
}

// After the text, the labels of the tasks on each marked line, in their colours.
void CodeView::paintEvent(QPaintEvent* event) {
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.92);
    painter.setFont(small);
    const QFontMetrics fm(small);
    QTextBlock block = firstVisibleBlock();
    QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
    while (block.isValid() && rect.top() <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        const QList<CodeMarker> here = markersAt(line);
        if (!here.isEmpty() || line == errorLine_) {
            int x = static_cast<int>(rect.left()) + fontMetrics().horizontalAdvance(block.text()) + 4 * fm.averageCharWidth();
            x = std::max(x, static_cast<int>(rect.left()) + 40 * fontMetrics().averageCharWidth());
            const int y = static_cast<int>(rect.top());
            const int h = static_cast<int>(rect.height());
            const int minimum = 18 * fm.averageCharWidth();
            if (viewport()->width() - x < minimum) {
                // No room after the code: over its end, on the line's own background.
                x = std::max(0, viewport()->width() - minimum - 2 * fm.averageCharWidth());
                QColor back = palette().color(QPalette::Base);
                back.setAlpha(235);
                painter.fillRect(QRect(x - fm.averageCharWidth(), y, viewport()->width() - x + fm.averageCharWidth(), h), back);
            }
            auto draw = [&](const QString& text, const QColor& color, bool bold) {
                QFont f = small;
                f.setBold(bold);
                painter.setFont(f);
                painter.setPen(color);
                const QString shown = QFontMetrics(f).elidedText(text, Qt::ElideRight, std::max(0, viewport()->width() - x - 4));
                painter.drawText(x, y, viewport()->width() - x, h, Qt::AlignLeft | Qt::AlignVCenter, shown);
                x += QFontMetrics(f).horizontalAdvance(shown) + fm.averageCharWidth() * 2;
            };
            if (line == errorLine_) draw(QStringLiteral("✖ ") + errorMessage_, errorColor(palette()), true);
            for (const CodeMarker& m : here) {
                const QColor c = isDarkPalette(palette()) ? m.color.lighter(150) : m.color.darker(110);
                const bool ranHere = m.active && !m.stateText.startsWith(QStringLiteral("running"));
                draw((ranHere ? tr("◀ %1 ran, now %2") : tr("◀ %1: %2")).arg(m.label, m.stateText), c, m.active);
            }
        }
        block = block.next();
        rect.translate(0, rect.height());
        rect.setHeight(blockBoundingRect(block).height());
    }
}

}  // namespace loopstep
