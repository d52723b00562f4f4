// str methods about characters and layout: case changes, the is*() tests, padding (center,
// ljust, rjust, zfill), expandtabs and splitlines.
#include "objects/str_support.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

enum class CaseChange { Upper, Lower, Swap, Title, Capitalize };

Value change_case(Interp& vm, const Value& self, const CallArgs& args, const char* name, CaseChange how) {
    std::string_view text = str_receiver(vm, self, name).text();
    expect_no_args(vm, (std::string("str.") + name).c_str(), args);
    std::string out;
    out.reserve(text.size());
    bool previous_cased = false;
    bool first = true;
    for (size_t p = 0; p < text.size();) {
        char32_t c = utf8_next(text, p);
        switch (how) {
            case CaseChange::Upper: append_upper(out, c); break;
            case CaseChange::Lower: append_lower(out, c); break;
            case CaseChange::Swap:
                if (is_upper(c)) append_lower(out, c);
                else append_upper(out, c);
                break;
            case CaseChange::Title:
                if (previous_cased) append_lower(out, c);
                else append_upper(out, c);
                previous_cased = is_cased(c);
                break;
            case CaseChange::Capitalize:
                if (first) append_upper(out, c);
                else append_lower(out, c);
                break;
        }
        first = false;
    }
    return vm.str(std::move(out));
}

Value str_upper(Interp& vm, const Value& self, const CallArgs& args) { return change_case(vm, self, args, "upper", CaseChange::Upper); }
Value str_lower(Interp& vm, const Value& self, const CallArgs& args) { return change_case(vm, self, args, "lower", CaseChange::Lower); }
Value str_casefold(Interp& vm, const Value& self, const CallArgs& args) {
    Value lowered = change_case(vm, self, args, "casefold", CaseChange::Lower);
    std::string text = str_text(lowered);
    for (size_t at; (at = text.find("\xC3\x9F")) != std::string::npos;) text.replace(at, 2, "ss");
    return vm.str(std::move(text));
}
Value str_swapcase(Interp& vm, const Value& self, const CallArgs& args) { return change_case(vm, self, args, "swapcase", CaseChange::Swap); }
Value str_title(Interp& vm, const Value& self, const CallArgs& args) { return change_case(vm, self, args, "title", CaseChange::Title); }
Value str_capitalize(Interp& vm, const Value& self, const CallArgs& args) {
    return change_case(vm, self, args, "capitalize", CaseChange::Capitalize);
}

// The is*() tests: every character passes and there is at least one.
template <bool (*Test)(char32_t)>
Value all_chars(Interp& vm, const Value& self, const CallArgs& args, const char* name) {
    std::string_view text = str_receiver(vm, self, name).text();
    expect_no_args(vm, (std::string("str.") + name).c_str(), args);
    if (text.empty()) return Value::boolean(false);
    for (size_t p = 0; p < text.size();)
        if (!Test(utf8_next(text, p))) return Value::boolean(false);
    return Value::boolean(true);
}

bool alnum_char(char32_t c) { return is_alpha(c) || is_numeric(c); }

Value str_isdigit(Interp& vm, const Value& self, const CallArgs& args) { return all_chars<is_digit>(vm, self, args, "isdigit"); }
Value str_isdecimal(Interp& vm, const Value& self, const CallArgs& args) { return all_chars<is_decimal>(vm, self, args, "isdecimal"); }
Value str_isnumeric(Interp& vm, const Value& self, const CallArgs& args) { return all_chars<is_numeric>(vm, self, args, "isnumeric"); }
Value str_isalpha(Interp& vm, const Value& self, const CallArgs& args) { return all_chars<is_alpha>(vm, self, args, "isalpha"); }
Value str_isalnum(Interp& vm, const Value& self, const CallArgs& args) { return all_chars<alnum_char>(vm, self, args, "isalnum"); }
Value str_isspace(Interp& vm, const Value& self, const CallArgs& args) { return all_chars<is_space>(vm, self, args, "isspace"); }

Value str_isascii(Interp& vm, const Value& self, const CallArgs& args) {
    const StrObject& s = str_receiver(vm, self, "isascii");
    expect_no_args(vm, "str.isascii", args);
    return Value::boolean(s.is_ascii());
}

Value str_isprintable(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "isprintable").text();
    expect_no_args(vm, "str.isprintable", args);
    for (size_t p = 0; p < text.size();)
        if (!is_printable(utf8_next(text, p))) return Value::boolean(false);
    return Value::boolean(true);
}

// isupper/islower: at least one cased character and none of the other case.
Value case_test(Interp& vm, const Value& self, const CallArgs& args, const char* name, bool upper) {
    std::string_view text = str_receiver(vm, self, name).text();
    expect_no_args(vm, (std::string("str.") + name).c_str(), args);
    bool cased = false;
    for (size_t p = 0; p < text.size();) {
        char32_t c = utf8_next(text, p);
        if (upper ? is_lower(c) : is_upper(c)) return Value::boolean(false);
        cased = cased || (upper ? is_upper(c) : is_lower(c));
    }
    return Value::boolean(cased);
}

Value str_isupper(Interp& vm, const Value& self, const CallArgs& args) { return case_test(vm, self, args, "isupper", true); }
Value str_islower(Interp& vm, const Value& self, const CallArgs& args) { return case_test(vm, self, args, "islower", false); }

Value str_istitle(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "istitle").text();
    expect_no_args(vm, "str.istitle", args);
    bool previous_cased = false, any = false;
    for (size_t p = 0; p < text.size();) {
        char32_t c = utf8_next(text, p);
        if (is_upper(c)) {
            if (previous_cased) return Value::boolean(false);
            previous_cased = any = true;
        } else if (is_lower(c)) {
            if (!previous_cased) return Value::boolean(false);
            previous_cased = any = true;
        } else {
            previous_cased = false;
        }
    }
    return Value::boolean(any);
}

Value str_isidentifier(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "isidentifier").text();
    expect_no_args(vm, "str.isidentifier", args);
    if (text.empty()) return Value::boolean(false);
    size_t p = 0;
    char32_t c = utf8_next(text, p);
    if (c != '_' && !is_alpha(c)) return Value::boolean(false);
    while (p < text.size()) {
        c = utf8_next(text, p);
        if (c != '_' && !is_alpha(c) && !is_decimal(c)) return Value::boolean(false);
    }
    return Value::boolean(true);
}

// center/ljust/rjust: `where` is 0 center, 1 left-justify, 2 right-justify.
Value pad(Interp& vm, const Value& self, const CallArgs& args, const char* name, int where) {
    const StrObject& s = str_receiver(vm, self, name);
    expect_count(vm, name, args, 1, 2);
    int64_t width = int_arg(vm, args.positional[0]);
    std::string fill = " ";
    if (args.positional.size() == 2) {
        auto* f = args.positional[1].as<StrObject>();
        if (!f)
            vm.raise(vm.exc.type_error, std::string(name) + "() argument 2 must be str, not " + vm.type_name(args.positional[1]));
        if (f->length() != 1) vm.raise(vm.exc.type_error, "The fill character must be exactly one character long");
        fill = f->text();
    }
    int64_t length = static_cast<int64_t>(s.length());
    if (width <= length) return self;
    vm.need_str_bytes(static_cast<uint64_t>(width - length) * fill.size() + s.text().size());
    int64_t margin = width - length, left;
    if (where == 0) left = margin / 2 + (margin & width & 1);
    else left = where == 1 ? 0 : margin;
    std::string out;
    for (int64_t i = 0; i < left; ++i) out += fill;
    out += s.text();
    for (int64_t i = left; i < margin; ++i) out += fill;
    return vm.str(std::move(out));
}

Value str_center(Interp& vm, const Value& self, const CallArgs& args) { return pad(vm, self, args, "center", 0); }
Value str_ljust(Interp& vm, const Value& self, const CallArgs& args) { return pad(vm, self, args, "ljust", 1); }
Value str_rjust(Interp& vm, const Value& self, const CallArgs& args) { return pad(vm, self, args, "rjust", 2); }

Value str_zfill(Interp& vm, const Value& self, const CallArgs& args) {
    const StrObject& s = str_receiver(vm, self, "zfill");
    expect_one_arg(vm, "str.zfill", args);
    int64_t width = int_arg(vm, args.positional[0]);
    int64_t length = static_cast<int64_t>(s.length());
    if (width <= length) return self;
    vm.need_str_bytes(static_cast<uint64_t>(width));
    const std::string& text = s.text();
    size_t sign = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
    return vm.str(text.substr(0, sign) + std::string(static_cast<size_t>(width - length), '0') + text.substr(sign));
}

Value str_expandtabs(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "expandtabs").text();
    auto a = bind_args(vm, "expandtabs", args, {"tabsize"}, 0, 1);
    int64_t tabsize = a[0].is_set() ? int_arg(vm, a[0]) : 8;
    std::string out;
    int64_t column = 0;
    for (size_t p = 0; p < text.size();) {
        size_t begin = p;
        char32_t c = utf8_next(text, p);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                out.append(static_cast<size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out += text.substr(begin, p - begin);
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return vm.str(std::move(out));
}

Value str_splitlines(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "splitlines").text();
    auto a = bind_args(vm, "splitlines", args, {"keepends"}, 0, 1);
    bool keepends = a[0].is_set() && int_arg(vm, a[0]) != 0;
    std::vector<Value> lines;
    size_t begin = 0, p = 0;
    while (p < text.size()) {
        size_t at = p;
        char32_t c = utf8_next(text, p);
        if (!is_line_break(c)) continue;
        if (c == '\r' && p < text.size() && text[p] == '\n') ++p;
        lines.push_back(vm.str(text.substr(begin, (keepends ? p : at) - begin)));
        begin = p;
    }
    if (begin < text.size()) lines.push_back(vm.str(text.substr(begin)));
    return vm.list(std::move(lines));
}

}  // namespace

void install_str_shape_methods(Interp& vm) {
    ClassObject* str = vm.types.str.get();
    vm.add_method(str, "upper", &receiver_first<str_upper>);
    vm.add_method(str, "lower", &receiver_first<str_lower>);
    vm.add_method(str, "casefold", &receiver_first<str_casefold>);
    vm.add_method(str, "swapcase", &receiver_first<str_swapcase>);
    vm.add_method(str, "title", &receiver_first<str_title>);
    vm.add_method(str, "capitalize", &receiver_first<str_capitalize>);
    vm.add_method(str, "isdigit", &receiver_first<str_isdigit>);
    vm.add_method(str, "isdecimal", &receiver_first<str_isdecimal>);
    vm.add_method(str, "isnumeric", &receiver_first<str_isnumeric>);
    vm.add_method(str, "isalpha", &receiver_first<str_isalpha>);
    vm.add_method(str, "isalnum", &receiver_first<str_isalnum>);
    vm.add_method(str, "isspace", &receiver_first<str_isspace>);
    vm.add_method(str, "isascii", &receiver_first<str_isascii>);
    vm.add_method(str, "isprintable", &receiver_first<str_isprintable>);
    vm.add_method(str, "isupper", &receiver_first<str_isupper>);
    vm.add_method(str, "islower", &receiver_first<str_islower>);
    vm.add_method(str, "istitle", &receiver_first<str_istitle>);
    vm.add_method(str, "isidentifier", &receiver_first<str_isidentifier>);
    vm.add_method(str, "center", &receiver_first<str_center>);
    vm.add_method(str, "ljust", &receiver_first<str_ljust>);
    vm.add_method(str, "rjust", &receiver_first<str_rjust>);
    vm.add_method(str, "zfill", &receiver_first<str_zfill>);
    vm.add_method(str, "expandtabs", &receiver_first<str_expandtabs>);
    vm.add_method(str, "splitlines", &receiver_first<str_splitlines>);
}

}  // namespace loopstep
