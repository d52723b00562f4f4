#include "widgets/python_highlighter.h"

namespace loopstep {

namespace {

enum BlockState { Normal = 0, InTripleSingle = 1, InTripleDouble = 2 };

QTextCharFormat makeFormat(const QColor& color, bool bold = false, bool italic = false) {
    QTextCharFormat f;
    f.setForeground(color);
    if (bold) f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

}  // namespace

PythonHighlighter::PythonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) { setDark(false); }

void PythonHighlighter::setDark(bool dark) {
    const QColor keyword = dark ? QColor(0xc6, 0x8a, 0xff) : QColor(0x7a, 0x1f, 0xa2);
    const QColor async = dark ? QColor(0xff, 0x9e, 0x4f) : QColor(0xc2, 0x45, 0x00);
    const QColor builtin = dark ? QColor(0x5f, 0xc8, 0xd8) : QColor(0x00, 0x6f, 0x8a);
    const QColor number = dark ? QColor(0x8f, 0xd4, 0x7c) : QColor(0x1f, 0x7a, 0x1f);
    const QColor decorator = dark ? QColor(0xe0, 0xc0, 0x60) : QColor(0x8a, 0x6d, 0x00);
    stringFormat_ = makeFormat(dark ? QColor(0xe6, 0xa5, 0x7e) : QColor(0xa3, 0x15, 0x15));
    commentFormat_ = makeFormat(dark ? QColor(0x8a, 0x93, 0x9e) : QColor(0x6a, 0x73, 0x7d), false, true);

    rules_.clear();
    const QString keywords = QStringLiteral(
        "and|as|assert|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|"
        "lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield|None|True|False");
    rules_.append({QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(keywords)), makeFormat(keyword, true)});
    rules_.append({QRegularExpression(QStringLiteral("\\b(?:async|await)\\b")), makeFormat(async, true)});
    rules_.append({QRegularExpression(QStringLiteral(
                       "\\b(?:print|len|range|str|int|float|bool|list|dict|set|tuple|sorted|enumerate|zip|min|max|"
                       "sum|isinstance|super|self|asyncio|time|random)\\b")),
                   makeFormat(builtin)});
    rules_.append({QRegularExpression(QStringLiteral("\\b(?:0[xob][0-9a-fA-F_]+|\\d[\\d_]*\\.?\\d*(?:[eE][-+]?\\d+)?)\\b")),
                   makeFormat(number)});
    rules_.append({QRegularExpression(QStringLiteral("^\\s*@[\\w.]+")), makeFormat(decorator)});
    rehighlight();
}

void PythonHighlighter::highlightBlock(const QString& text) {
    for (const Rule& rule : rules_) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()), rule.format);
        }
    }
    highlightStrings(text);
}

// Strings and comments last, scanning left to right so a `#` inside a string is not a comment
// and quotes inside a comment are not strings.
void PythonHighlighter::highlightStrings(const QString& text) {
    int i = 0;
    int state = previousBlockState() == -1 ? Normal : previousBlockState();
    if (state != Normal) {
        const QString close = state == InTripleSingle ? QStringLiteral("'''") : QStringLiteral("\"\"\"");
        const int end = static_cast<int>(text.indexOf(close));
        if (end < 0) {
            setFormat(0, static_cast<int>(text.size()), stringFormat_);
            setCurrentBlockState(state);
            return;
        }
        setFormat(0, end + 3, stringFormat_);
        i = end + 3;
    }
    setCurrentBlockState(Normal);
    const int n = static_cast<int>(text.size());
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('#')) {
            setFormat(i, n - i, commentFormat_);
            return;
        }
        if (c != QLatin1Char('\'') && c != QLatin1Char('"')) {
            ++i;
            continue;
        }
        // A prefix such as f, r, b, rb belongs to the string.
        int start = i;
        while (start > 0 && QStringLiteral("fFrRbBuU").contains(text[start - 1])) --start;
        const QString triple(3, c);
        if (text.mid(i, 3) == triple) {
            const int end = static_cast<int>(text.indexOf(triple, i + 3));
            if (end < 0) {
                setFormat(start, n - start, stringFormat_);
                setCurrentBlockState(c == QLatin1Char('\'') ? InTripleSingle : InTripleDouble);
                return;
            }
            setFormat(start, end + 3 - start, stringFormat_);
            i = end + 3;
            continue;
        }
        int j = i + 1;
        while (j < n && text[j] != c) j += text[j] == QLatin1Char('\\') ? 2 : 1;
        j = std::min(j + 1, n);
        setFormat(start, j - start, stringFormat_);
        i = j;
    }
}

}  // namespace loopstep
