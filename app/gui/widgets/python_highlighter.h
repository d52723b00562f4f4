// Python syntax colouring for the code view: keywords, builtins, strings (also triple-quoted
// across lines), comments, numbers, decorators; `async` and `await` stand out because they are
// what the lessons are about.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace loopstep {

class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit PythonHighlighter(QTextDocument* document);
    // Recomputes the colours for a light or dark background.
    void setDark(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    void highlightStrings(const QString& text);

    QList<Rule> rules_;
    QTextCharFormat stringFormat_;
    QTextCharFormat commentFormat_;
};

}  // namespace loopstep
