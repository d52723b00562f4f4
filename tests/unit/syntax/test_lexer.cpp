// Source normalization, the tokenizer, and numeric literal edits.
#include <QtTest>

#include "source/source_text.h"
#include "syntax/lexer.h"
#include "syntax/literal_edit.h"

using namespace loopstep;

namespace {

// Tokens as `KIND:text@line:col`, the text only where it says something.
QString render(const std::vector<Token>& tokens) {
    QStringList parts;
    for (const Token& t : tokens) {
        QString s;
        switch (t.kind) {
            case TokenKind::EndMarker:
                s = "END";
                break;
            case TokenKind::Newline:
                s = "NL";
                break;
            case TokenKind::Indent:
                s = "INDENT";
                break;
            case TokenKind::Dedent:
                s = "DEDENT";
                break;
            case TokenKind::Name:
                s = "NAME:" + QString::fromStdString(t.text);
                break;
            case TokenKind::Keyword:
                s = "KW:" + QString::fromStdString(t.text);
                break;
            case TokenKind::Number:
                s = "NUM:" + QString::fromStdString(t.text);
                break;
            case TokenKind::String:
                s = "STR:" + QString::fromStdString(t.text);
                break;
            case TokenKind::Op:
                s = QString::fromStdString(t.text);
                break;
            case TokenKind::Error:
                s = "ERROR";
                break;
        }
        parts << s;
    }
    return parts.join(' ');
}

QString where(const Diagnostic& d) {
    return QString("%1:%2: %3").arg(d.line).arg(d.col).arg(QString::fromStdString(d.message));
}

}  // namespace

class TestLexer : public QObject {
    Q_OBJECT

private slots:
    void normalize_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx = 1\n") << QByteArray("x = 1\n");
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n");
        QTest::newRow("lone cr") << QByteArray("a\rb\r") << QByteArray("a\nb\n");
        QTest::newRow("mixed") << QByteArray("a\r\n\rb\n") << QByteArray("a\n\nb\n");
        QTest::newRow("utf8 kept") << QByteArray("s = 'h\xC3\xA9'\n") << QByteArray("s = 'h\xC3\xA9'\n");
    }
    void normalize() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, output);
        std::string text = input.toStdString();
        const auto error = normalize_source(text, "t.py");
        QVERIFY(!error);
        QCOMPARE(QByteArray::fromStdString(text), output);
    }

    void normalize_errors_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << QByteArray("x = 1\ny = \0", 11)
                              << "2:5: source code cannot contain null bytes";
        QTest::newRow("bad byte") << QByteArray("x = 1\n  '\xFF'\n") << "2:4: invalid UTF-8 byte 0xff";
        QTest::newRow("column in code points")
            << QByteArray("\xC3\xA9\xC3\xA9\x80") << "1:3: invalid UTF-8 byte 0x80";
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << "1:1: invalid UTF-8 byte 0xc0";
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << "1:1: invalid UTF-8 byte 0xed";
        QTest::newRow("truncated") << QByteArray("ab\xE2\x82") << "1:3: invalid UTF-8 byte 0xe2";
        QTest::newRow("after crlf") << QByteArray("a\r\n\xFE") << "2:1: invalid UTF-8 byte 0xfe";
    }
    void normalize_errors() {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        std::string text = input.toStdString();
        const auto error = normalize_source(text, "t.py");
        QVERIFY(error);
        QCOMPARE(error->file, std::string("t.py"));
        QCOMPARE(where(*error), expected);
    }

    void too_large() {
        std::string text(kMaxSourceBytes + 1, '#');
        const auto error = normalize_source(text, "t.py");
        QVERIFY(error);
        QVERIFY(QString::fromStdString(error->message).contains("too large"));
    }

    void tokens_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("assignment") << "x = 1\n"
                                    << "NAME:x = NUM:1 NL END";
        QTest::newRow("no final newline") << "x"
                                          << "NAME:x NL END";
        QTest::newRow("empty") << ""
                               << "END";
        QTest::newRow("blank and comment lines") << "\n  # c\n\nx  # t\n\n"
                                                 << "NAME:x NL END";
        QTest::newRow("indent") << "if a:\n    b\n    c\nd\n"
                                << "KW:if NAME:a : NL INDENT NAME:b NL NAME:c NL DEDENT NAME:d NL END";
        QTest::newRow("dedent at eof")
            << "if a:\n  if b:\n    c"
            << "KW:if NAME:a : NL INDENT KW:if NAME:b : NL INDENT NAME:c NL DEDENT DEDENT END";
        QTest::newRow("tabs") << "if a:\n\tb\n\tc\n"
                              << "KW:if NAME:a : NL INDENT NAME:b NL NAME:c NL DEDENT END";
        QTest::newRow("brackets join lines") << "f(1,\n  2)\n"
                                             << "NAME:f ( NUM:1 , NUM:2 ) NL END";
        QTest::newRow("backslash") << "x = 1 + \\\n    2\n"
                                   << "NAME:x = NUM:1 + NUM:2 NL END";
        QTest::newRow("operators")
            << "a **= b // c -> d := e != f ... @"
            << "NAME:a **= NAME:b // NAME:c -> NAME:d := NAME:e != NAME:f ... @ NL END";
        QTest::newRow("keywords and soft keywords")
            << "match case _ await async None"
            << "NAME:match NAME:case NAME:_ KW:await KW:async KW:None NL END";
        QTest::newRow("numbers")
            << "0 12_3 0x_fF 0o17 0b1_0 1.5 .5 5. 1e10 1E-3 1_0.0_1e+1_0 3j"
            << "NUM:0 NUM:12_3 NUM:0x_fF NUM:0o17 NUM:0b1_0 NUM:1.5 NUM:.5 NUM:5. NUM:1e10 "
               "NUM:1E-3 NUM:1_0.0_1e+1_0 NUM:3j NL END";
        QTest::newRow("number then keyword") << "1if x else 2"
                                             << "NUM:1 KW:if NAME:x KW:else NUM:2 NL END";
        QTest::newRow("strings")
            << "'a' \"b\" r'\\'' b'x' f\"{x}\" Rb'y' fR'z' u'w'"
            << "STR:'a' STR:\"b\" STR:r'\\'' STR:b'x' STR:f\"{x}\" STR:Rb'y' STR:fR'z' STR:u'w' NL END";
        QTest::newRow("triple quoted") << "'''a\n'b'\n''' x"
                                       << "STR:'''a\n'b'\n''' NAME:x NL END";
        QTest::newRow("not a prefix") << "ub'x'"
                                      << "NAME:ub STR:'x' NL END";
        QTest::newRow("unicode name") << "café = 1"
                                      << "NAME:café = NUM:1 NL END";
        QTest::newRow("semicolons") << "a; b;"
                                    << "NAME:a ; NAME:b ; NL END";
    }
    void tokens() {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const std::string text = source.toStdString();
        const LexResult r = tokenize(text, "t.py");
        QVERIFY2(!r.error, r.error ? r.error->message.c_str() : "");
        QCOMPARE(render(r.tokens), expected);
    }

    void positions() {
        const std::string text = "é = 'ü'  # x\nif x:\n    y = (1,\n 2)\n";
        const LexResult r = tokenize(text, "t.py");
        QVERIFY(!r.error);
        QStringList got;
        for (const Token& t : r.tokens) {
            got << QString("%1:%2-%3:%4").arg(t.pos.line).arg(t.pos.col).arg(t.end.line).arg(t.end.col);
        }
        QCOMPARE(got.join(' '),
                 QString("1:1-1:2 1:3-1:4 1:5-1:8 1:13-1:13 2:1-2:3 2:4-2:5 2:5-2:6 2:6-2:6 "
                         "3:5-3:5 3:5-3:6 3:7-3:8 3:9-3:10 3:10-3:11 3:11-3:12 4:2-4:3 4:3-4:4 "
                         "4:4-4:4 5:1-5:1 5:1-5:1"));
    }

    void errors_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated") << "x = 'abc\n"
                                      << "1:5: unterminated string literal (detected at line 1)";
        QTest::newRow("unterminated triple")
            << "x = '''abc\n\n"
            << "1:5: unterminated triple-quoted string literal (detected at line 2)";
        QTest::newRow("unindent") << "if x:\n    a\n  b\n"
                                  << "3:3: unindent does not match any outer indentation level";
        QTest::newRow("tabs and spaces") << "if 1:\n\tx\n        y\n"
                                         << "3:1: inconsistent use of tabs and spaces in indentation";
        QTest::newRow("never closed") << "foo(\n"
                                      << "1:4: '(' was never closed";
        QTest::newRow("unmatched") << "x = )\n"
                                   << "1:5: unmatched ')'";
        QTest::newRow("mismatch") << "x = (]\n"
                                  << "1:6: closing parenthesis ']' does not match opening parenthesis '('";
        QTest::newRow("mismatch other line")
            << "x = (\n]\n"
            << "2:1: closing parenthesis ']' does not match opening parenthesis '(' on line 1";
        QTest::newRow("continuation") << "x = \\ y\n"
                                      << "1:6: unexpected character after line continuation character";
        QTest::newRow("continuation at eof") << "x = \\"
                                             << "1:6: unexpected EOF while parsing";
        QTest::newRow("decimal") << "x = 1abc\n"
                                 << "1:5: invalid decimal literal";
        QTest::newRow("underscore") << "x = 1__0\n"
                                    << "1:6: invalid decimal literal";
        QTest::newRow("leading zeros")
            << "x = 0777\n"
            << "1:5: leading zeros in decimal integer literals are not permitted; use an 0o "
               "prefix for octal integers";
        QTest::newRow("binary digit") << "x = 0b102\n"
                                      << "1:9: invalid digit '2' in binary literal";
        QTest::newRow("octal digit") << "x = 0o8\n"
                                     << "1:7: invalid digit '8' in octal literal";
        QTest::newRow("hex") << "x = 0x\n"
                             << "1:6: invalid hexadecimal literal";
        QTest::newRow("smart quote") << "x = “hi”\n"
                                     << "1:5: invalid character '“' (U+201C)";
        QTest::newRow("dollar") << "x = $\n"
                                << "1:5: invalid syntax";
        QTest::newRow("control") << "x = \x01\n"
                                 << "1:5: invalid non-printable character U+0001";
    }
    void errors() {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const std::string text = source.toStdString();
        const LexResult r = tokenize(text, "t.py");
        QVERIFY(r.error);
        QCOMPARE(where(*r.error), expected);
        QCOMPARE(r.tokens.back().kind, TokenKind::Error);
    }

    void nesting_limits() {
        const std::string ok = std::string(kMaxBracketDepth, '(') + std::string(kMaxBracketDepth, ')');
        QVERIFY(!tokenize(ok, "t.py").error);
        const std::string deep = std::string(kMaxBracketDepth + 1, '[') + "1";
        const LexResult r = tokenize(deep, "t.py");
        QVERIFY(r.error);
        QCOMPARE(where(*r.error), QString("1:201: too many nested parentheses"));

        std::string blocks;
        for (int i = 0; i <= kMaxIndentLevels; ++i)
            blocks += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
        blocks += std::string(kMaxIndentLevels + 1, ' ') + "pass\n";
        const LexResult deep_blocks = tokenize(blocks, "t.py");
        QVERIFY(deep_blocks.error);
        QCOMPARE(QString::fromStdString(deep_blocks.error->message),
                 QString("too many levels of indentation"));
    }

    void expression_mode() {
        LexOptions options;
        options.start = {3, 10};
        options.expression_mode = true;
        const LexResult r = tokenize("a +\n b", "t.py", options);
        QVERIFY(!r.error);
        QCOMPARE(render(r.tokens), QString("NAME:a + NAME:b END"));
        QCOMPARE(r.tokens[0].pos.line, 3);
        QCOMPARE(r.tokens[0].pos.col, 10);
        QCOMPARE(r.tokens[2].pos.line, 4);
        QCOMPARE(r.tokens[2].pos.col, 2);
    }

    void literal_edits_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("col");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("int to float") << "await asyncio.sleep(1)\n"
                                      << 1 << 21 << "2.5"
                                      << "await asyncio.sleep(2.5)\n";
        QTest::newRow("negative") << "x = 10\n"
                                  << 1 << 5 << "-3"
                                  << "x = -3\n";
        QTest::newRow("after unicode") << "é = [1, 22]\n"
                                       << 1 << 9 << "7"
                                       << "é = [1, 7]\n";
        QTest::newRow("second line") << "a = 1\nb = 2.0\n"
                                     << 2 << 5 << "1e3"
                                     << "a = 1\nb = 1e3\n";
        QTest::newRow("underscores") << "n = 1_000\n"
                                     << 1 << 5 << "2_000"
                                     << "n = 2_000\n";
    }
    void literal_edits() {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(int, col);
        QFETCH(QString, number);
        QFETCH(QString, expected);
        std::string text = source.toStdString();
        const auto error = apply_literal_edits(text, {LiteralEdit{line, col, number.toStdString()}}, "t.py");
        QVERIFY2(!error, error ? error->message.c_str() : "");
        QCOMPARE(QString::fromStdString(text), expected);
    }

    void several_edits_right_to_left() {
        std::string text = "sleep(1); sleep(2)\nsleep(3)\n";
        const auto error = apply_literal_edits(
            text, {LiteralEdit{1, 7, "10.5"}, LiteralEdit{2, 7, "30"}, LiteralEdit{1, 17, "20"}}, "t.py");
        QVERIFY(!error);
        QCOMPARE(text, std::string("sleep(10.5); sleep(20)\nsleep(30)\n"));
    }

    void literal_edit_errors_data() {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("col");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no literal") << 1 << 1 << "2"
                                    << "1:1: no numeric literal at 1:1";
        QTest::newRow("inside literal") << 1 << 6 << "2"
                                        << "1:6: no numeric literal at 1:6";
        QTest::newRow("past end") << 9 << 1 << "2"
                                  << "9:1: no numeric literal at 9:1";
        QTest::newRow("not a number") << 1 << 5 << "abc"
                                      << "1:5: invalid number 'abc' (expected an int or float literal)";
        QTest::newRow("expression") << 1 << 5 << "1+2"
                                    << "1:5: invalid number '1+2' (expected an int or float literal)";
        QTest::newRow("complex") << 1 << 5 << "2j"
                                 << "1:5: invalid number '2j' (expected an int or float literal)";
        QTest::newRow("empty") << 1 << 5 << ""
                               << "1:5: invalid number '' (expected an int or float literal)";
        QTest::newRow("double minus") << 1 << 5 << "--1"
                                      << "1:5: invalid number '--1' (expected an int or float literal)";
    }
    void literal_edit_errors() {
        QFETCH(int, line);
        QFETCH(int, col);
        QFETCH(QString, number);
        QFETCH(QString, expected);
        std::string text = "x = 12.5\n";
        const auto error = apply_literal_edits(text, {LiteralEdit{line, col, number.toStdString()}}, "t.py");
        QVERIFY(error);
        QCOMPARE(where(*error), expected);
        QCOMPARE(text, std::string("x = 12.5\n"));
    }
};

QTEST_APPLESS_MAIN(TestLexer)
#include "test_lexer.moc"
