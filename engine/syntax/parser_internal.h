// The parser's state, shared by parser.cpp (helpers), parser_expressions.cpp, parser_statements.cpp
// and parser_strings.cpp. Not part of the engine's interface.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "source/diagnostic.h"
#include "syntax/ast.h"
#include "syntax/lexer.h"
#include "syntax/token.h"

namespace loopstep::parser_detail {

using ast::ExprKind;
using ast::ExprPtr;
using ast::Pos;
using ast::StmtPtr;

// Deeper nesting is refused so that neither this parser nor the passes that walk the tree can
// exhaust the C++ stack. Recursion counts real C++ recursion; tree depth also counts left-leaning
// operator chains such as `1+1+...+1`.
inline constexpr int kMaxRecursion = 300;
inline constexpr int kMaxTreeDepth = 1000;

struct Depth {
    int recursion = 0;
    int tree = 0;
};

// Why a target is being checked: the messages differ.
enum class TargetUse { Assign, AssignNested, Delete, For, With, Comprehension };

class Parser {
public:
    Parser(std::vector<Token> tokens, std::optional<Diagnostic> lex_error, const std::string& filename,
           Depth& depth);

    std::unique_ptr<ast::Module> parse_file();
    // An f-string replacement field: `(yield_expr | star_expressions)` up to the end of the tokens.
    ExprPtr parse_fstring_field();

    bool failed() const { return error_.has_value(); }
    const std::optional<Diagnostic>& error() const { return error_; }

    // ---- parser.cpp: token access and errors
    const Token& peek(std::size_t k = 0) const;
    const Token& next();
    bool at_op(const char* op, std::size_t k = 0) const { return peek(k).is_op(op); }
    bool at_kw(const char* kw, std::size_t k = 0) const { return peek(k).is_keyword(kw); }
    bool accept_op(const char* op);
    bool accept_kw(const char* kw);
    bool expect_op(const char* op);  // "invalid syntax" when missing
    bool expect_colon();             // "expected ':'"
    std::nullptr_t fail(Pos pos, const std::string& message);
    std::nullptr_t fail_here();  // "invalid syntax" at the next token (or the lexer's error)
    bool lex_error_wins(const std::string& message) const;
    std::nullptr_t fail_with(const Diagnostic& d);  // adopts an error found by a nested parser
    const std::string& filename() const { return filename_; }
    Depth& depth() { return depth_; }
    Pos last_end() const { return last_end_; }
    bool starts_expression(const Token& t) const;

    // RAII guard for recursion depth; check `ok()` after constructing.
    class Nest {
    public:
        explicit Nest(Parser& p, int tree_weight = 1);
        ~Nest();
        bool ok() const { return ok_; }
        Nest(const Nest&) = delete;
        Nest& operator=(const Nest&) = delete;

    private:
        Parser& p_;
        int tree_weight_;
        bool ok_;
    };

    // ---- parser_expressions.cpp
    ExprPtr parse_expression();
    ExprPtr parse_named_expression();
    ExprPtr parse_star_expressions();  // tuple when there is a comma
    ExprPtr parse_star_expression();
    ExprPtr parse_star_named_expression();
    ExprPtr parse_yield_expression();
    ExprPtr parse_disjunction();
    ExprPtr parse_bitwise_or();
    ExprPtr parse_target_list(TargetUse use);  // star_targets up to `in` / `=` / `:`
    ExprPtr parse_star_target();
    bool parse_call_arguments(ast::Expr& call, const char* closing);  // after '('
    std::unique_ptr<ast::Arguments> parse_parameters(bool annotations, const char* closing);
    bool set_context(ast::Expr& e, ast::ExprContext ctx, TargetUse use);
    static const char* expr_description(const ast::Expr& e);

    // ---- parser_strings.cpp
    ExprPtr parse_strings();

    // ---- parser_statements.cpp
    bool parse_statement_into(ast::StmtList& out);

private:
    friend class Nest;
    std::vector<Token> tokens_;
    std::optional<Diagnostic> lex_error_;
    const std::string& filename_;
    Depth& depth_;
    std::size_t pos_ = 0;
    Pos last_end_;
    std::optional<Diagnostic> error_;

    // parser_expressions.cpp
    ExprPtr parse_lambda();
    ExprPtr parse_conjunction();
    ExprPtr parse_inversion();
    ExprPtr parse_comparison();
    ExprPtr parse_binary_level(int level);
    ExprPtr parse_factor();
    ExprPtr parse_power();
    ExprPtr parse_primary();
    ExprPtr parse_atom();
    ExprPtr parse_paren_atom();
    ExprPtr parse_list_atom();
    ExprPtr parse_brace_atom();
    ExprPtr parse_slices();
    ExprPtr parse_slice_item();
    ExprPtr parse_number();
    bool parse_comprehension_clauses(std::vector<ast::Comprehension>& out);
    bool parse_display_items(ast::ExprList& out, const char* closing);
    ExprPtr finish_node(ExprPtr e);
    std::nullptr_t fail_missing_comma_or(const ast::Expr& previous);

    // parser_statements.cpp
    bool parse_statements_until_dedent(ast::StmtList& out);
    bool parse_block(ast::StmtList& out, const char* what, int line);
    bool parse_simple_statements(ast::StmtList& out);
    StmtPtr parse_simple_statement();
    StmtPtr parse_expression_statement();
    StmtPtr parse_compound(ast::ExprList decorators);
    StmtPtr parse_if();
    StmtPtr parse_while();
    StmtPtr parse_for(Pos pos, bool is_async);
    StmtPtr parse_with(Pos pos, bool is_async);
    bool parse_with_items(std::vector<ast::WithItem>& items, bool parenthesized);
    StmtPtr parse_try();
    StmtPtr parse_def(Pos pos, bool is_async, ast::ExprList decorators);
    StmtPtr parse_class(ast::ExprList decorators);
    StmtPtr parse_import();
    StmtPtr parse_from_import();
    bool parse_dotted_name(std::string& out);
    bool looks_like_match_statement() const;
};

// parser_strings.cpp: decodes the escapes of a non-raw, non-f string body into UTF-8.
// Returns an error message, or empty on success.
std::string decode_string_body(std::string_view body, bool raw, std::string& out);

}  // namespace loopstep::parser_detail
