// Parser entry point, token access and error reporting. The grammar itself lives in
// parser_expressions.cpp, parser_statements.cpp and parser_strings.cpp.
#include "syntax/parser.h"

#include "syntax/parser_internal.h"

namespace loopstep {

namespace parser_detail {

Parser::Parser(std::vector<Token> tokens, std::optional<Diagnostic> lex_error, const std::string& filename,
               Depth& depth)
    : tokens_(std::move(tokens)), lex_error_(std::move(lex_error)), filename_(filename), depth_(depth) {
    if (tokens_.empty()) tokens_.push_back(Token{});  // an EndMarker
    last_end_ = tokens_.front().pos;
}

const Token& Parser::peek(std::size_t k) const {
    const std::size_t i = pos_ + k;
    return i < tokens_.size() ? tokens_[i] : tokens_.back();
}

const Token& Parser::next() {
    const Token& t = tokens_[pos_];
    if (t.kind != TokenKind::EndMarker && t.kind != TokenKind::Error) {
        ++pos_;
        if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent) {
            last_end_ = t.end;
        }
    }
    return t;
}

bool Parser::accept_op(const char* op) {
    if (!at_op(op)) return false;
    next();
    return true;
}

bool Parser::accept_kw(const char* kw) {
    if (!at_kw(kw)) return false;
    next();
    return true;
}

bool Parser::expect_op(const char* op) {
    if (accept_op(op)) return true;
    fail_here();
    return false;
}

bool Parser::expect_colon() {
    if (accept_op(":")) return true;
    const Token& t = peek();
    // CPython says "expected ':'" when the header simply ended; a stray token is "invalid syntax".
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker) {
        fail(t.pos, "expected ':'");
    } else {
        fail_here();
    }
    return false;
}

// Which error CPython reports when the parser fails before reaching a lexer error: after a syntax
// error it tokenizes the rest of the file, and most tokenizer errors (bad characters, unterminated
// strings, bad numbers, unmatched brackets) replace the parser's. Indentation errors only count
// where the parser meets them; an unclosed bracket replaces a generic error found on a later line.
bool Parser::lex_error_wins(const std::string& message) const {
    if (!lex_error_) return false;
    if (peek().kind == TokenKind::Error) return true;
    const std::string& lex = lex_error_->message;
    if (lex == "unindent does not match any outer indentation level" ||
        lex == "inconsistent use of tabs and spaces in indentation" ||
        lex == "too many levels of indentation" || lex == "unexpected EOF while parsing") {
        return false;
    }
    if (lex.size() > 16 && lex.compare(lex.size() - 16, 16, "was never closed") == 0) {
        const bool generic = message == "invalid syntax" || message == "expected ':'" ||
                             message == "invalid syntax. Perhaps you forgot a comma?";
        return generic && peek().pos.line > lex_error_->line;
    }
    return true;
}

std::nullptr_t Parser::fail(Pos pos, const std::string& message) {
    if (error_) return nullptr;
    if (lex_error_wins(message)) {
        error_ = lex_error_;
    } else {
        error_ = Diagnostic{filename_, pos.line, pos.col, message};
    }
    return nullptr;
}

std::nullptr_t Parser::fail_with(const Diagnostic& d) {
    if (!error_) error_ = d;
    return nullptr;
}

std::nullptr_t Parser::fail_here() {
    const Token& t = peek();
    if (t.kind == TokenKind::Indent) return fail(t.pos, "unexpected indent");
    if (t.kind == TokenKind::Dedent)
        return fail(t.pos, "unindent does not match any outer indentation level");
    return fail(t.pos, "invalid syntax");
}

bool Parser::starts_expression(const Token& t) const {
    switch (t.kind) {
        case TokenKind::Name:
        case TokenKind::Number:
        case TokenKind::String:
            return true;
        case TokenKind::Keyword:
            return t.text == "None" || t.text == "True" || t.text == "False" || t.text == "not" ||
                   t.text == "lambda" || t.text == "await";
        case TokenKind::Op:
            return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
                   t.text == "~" || t.text == "...";
        default:
            return false;
    }
}

Parser::Nest::Nest(Parser& p, int tree_weight) : p_(p), tree_weight_(tree_weight) {
    ++p_.depth_.recursion;
    p_.depth_.tree += tree_weight_;
    ok_ = p_.depth_.recursion <= kMaxRecursion && p_.depth_.tree <= kMaxTreeDepth;
    if (!ok_) p_.fail(p_.peek().pos, "too many nested expressions");
}

Parser::Nest::~Nest() {
    --p_.depth_.recursion;
    p_.depth_.tree -= tree_weight_;
}

std::unique_ptr<ast::Module> Parser::parse_file() {
    auto module = std::make_unique<ast::Module>();
    module->filename = filename_;
    while (!failed() && peek().kind != TokenKind::EndMarker) {
        if (peek().kind == TokenKind::Newline) {  // only possible in odd token streams; harmless
            next();
            continue;
        }
        parse_statement_into(module->body);
    }
    if (failed()) return nullptr;
    return module;
}

ExprPtr Parser::parse_fstring_field() {
    ExprPtr e = at_kw("yield") ? parse_yield_expression() : parse_star_expressions();
    if (failed()) return nullptr;
    if (peek().kind != TokenKind::EndMarker) {
        if (starts_expression(peek())) return fail(e->pos, "invalid syntax. Perhaps you forgot a comma?");
        return fail_here();
    }
    return e;
}

}  // namespace parser_detail

ParseResult parse_module(std::string_view normalized_source, const std::string& filename) {
    LexResult lexed = tokenize(normalized_source, filename);
    parser_detail::Depth depth;
    parser_detail::Parser parser(std::move(lexed.tokens), std::move(lexed.error), filename, depth);
    ParseResult result;
    result.module = parser.parse_file();
    if (parser.failed()) {
        result.module.reset();
        result.error = parser.error();
    }
    return result;
}

}  // namespace loopstep
