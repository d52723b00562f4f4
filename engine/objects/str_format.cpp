// str.format and str.format_map: the replacement-field grammar ({0}, {name.attr[key]!r:spec},
// nested fields in the spec), parsed and evaluated left to right so that the first error is
// the one CPython reports.
#include "objects/str_support.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

class Formatter {
public:
    Formatter(Interp& vm, std::span<const Value> positional, const Value& mapping)
        : vm_(vm), positional_(positional), mapping_(mapping) {}

    std::string build(std::string_view format, int depth) {
        if (depth <= 0) vm_.raise(vm_.exc.value_error, "Max string recursion exceeded");
        std::string out;
        size_t pos = 0;
        while (pos < format.size()) {
            size_t start = pos;
            char c = 0;
            bool markup = false;
            while (pos < format.size()) {
                c = format[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            bool at_end = pos >= format.size();
            size_t length = pos - start;
            if (markup && c == '}' && (at_end || format[pos] != '}'))
                vm_.raise(vm_.exc.value_error, "Single '}' encountered in format string");
            if (markup && at_end && c == '{') vm_.raise(vm_.exc.value_error, "Single '{' encountered in format string");
            if (markup) {
                --length;
                if (format[pos] == c) {  // an escaped brace
                    ++pos;
                    ++length;
                    markup = false;
                }
            }
            out += format.substr(start, length);
            if (markup) out += field(format, pos, depth);
        }
        return out;
    }

private:
    // Parses the field after '{' (advancing `pos` past its '}') and returns its text.
    std::string field(std::string_view format, size_t& pos, int depth) {
        size_t name_start = pos;
        char c = 0;
        while (pos < format.size()) {
            c = format[pos++];
            if (c == '[') {
                while (pos < format.size() && format[pos] != ']') ++pos;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
            if (c == '{') vm_.raise(vm_.exc.value_error, "unexpected '{' in field name");
        }
        if (c != '}' && c != ':' && c != '!') vm_.raise(vm_.exc.value_error, "expected '}' before end of string");
        std::string_view name = format.substr(name_start, pos - 1 - name_start);
        char conversion = 0;
        size_t conversion_at = 0;
        std::string_view spec;
        bool spec_has_fields = false;
        bool closed = c == '}';
        if (c == '!') {
            if (pos >= format.size())
                vm_.raise(vm_.exc.value_error, "end of string while looking for conversion specifier");
            conversion_at = pos;
            char32_t converted = utf8_next(format, pos);
            conversion = converted < 0x80 ? static_cast<char>(converted) : '?';
            if (pos < format.size()) {
                char next = format[pos++];
                if (next == '}') closed = true;
                else if (next != ':') vm_.raise(vm_.exc.value_error, "expected ':' after conversion specifier");
            }
        }
        if (!closed) {
            size_t spec_start = pos;
            int count = 1;
            while (pos < format.size() && count > 0) {
                char s = format[pos++];
                if (s == '{') {
                    spec_has_fields = true;
                    ++count;
                } else if (s == '}') {
                    --count;
                }
            }
            if (count > 0) vm_.raise(vm_.exc.value_error, "unmatched '{' in format spec");
            spec = format.substr(spec_start, pos - 1 - spec_start);
        }
        Value value = resolve(name);
        switch (conversion) {
            case 0: break;
            case 'r': value = vm_.str(vm_.repr(value)); break;
            case 's': value = vm_.str(vm_.to_str(value)); break;
            case 'a': value = vm_.str(ascii_repr(vm_, value)); break;
            default: {
                size_t after = conversion_at;
                std::string which;
                utf8_append(which, utf8_next(format, after));
                vm_.raise(vm_.exc.value_error, "Unknown conversion specifier " + which);
            }
        }
        std::string expanded = spec_has_fields ? build(spec, depth - 1) : std::string(spec);
        return vm_.to_str(vm_.format(value, expanded));
    }

    static int64_t saturating_number(std::string_view digits) {
        int64_t n = 0;
        for (char c : digits) n = n > INT64_MAX / 20 ? INT64_MAX / 2 : n * 10 + (c - '0');
        return n;
    }

    static bool all_digits(std::string_view s) {
        if (s.empty()) return false;
        for (char c : s)
            if (c < '0' || c > '9') return false;
        return true;
    }

    Value argument(std::string_view first) {
        if (first.empty()) {
            if (numbering_ == Numbering::Manual)
                vm_.raise(vm_.exc.value_error, "cannot switch from manual field specification to automatic field numbering");
            numbering_ = Numbering::Automatic;
            return positional(next_auto_++);
        }
        if (all_digits(first)) {
            if (numbering_ == Numbering::Automatic)
                vm_.raise(vm_.exc.value_error, "cannot switch from automatic field numbering to manual field specification");
            numbering_ = Numbering::Manual;
            return positional(static_cast<size_t>(saturating_number(first)));
        }
        Value key = vm_.str(first);
        if (mapping_.is_unset()) vm_.raise_value(vm_.new_exception(vm_.exc.key_error.get(), {key}));
        return vm_.getitem(mapping_, key);
    }

    Value positional(size_t index) {
        if (index >= positional_.size())
            vm_.raise(vm_.exc.index_error, "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
        return positional_[index];
    }

    Value resolve(std::string_view name) {
        size_t end = 0;
        while (end < name.size() && name[end] != '.' && name[end] != '[') ++end;
        Value value = argument(name.substr(0, end));
        size_t pos = end;
        while (pos < name.size()) {
            char c = name[pos++];
            if (c == '.') {
                size_t start = pos;
                while (pos < name.size() && name[pos] != '.' && name[pos] != '[') ++pos;
                if (pos == start) vm_.raise(vm_.exc.value_error, "Empty attribute in format string");
                value = vm_.getattr(value, vm_.str(name.substr(start, pos - start)));
            } else if (c == '[') {
                size_t start = pos;
                while (pos < name.size() && name[pos] != ']') ++pos;
                if (pos >= name.size()) vm_.raise(vm_.exc.value_error, "Missing ']' in format string");
                std::string_view key = name.substr(start, pos - start);
                ++pos;
                if (key.empty()) vm_.raise(vm_.exc.value_error, "Empty attribute in format string");
                Value k = all_digits(key) ? Value::integer(saturating_number(key)) : vm_.str(key);
                value = vm_.getitem(value, k);
            } else {
                vm_.raise(vm_.exc.value_error, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    enum class Numbering { Unknown, Automatic, Manual };
    Interp& vm_;
    std::span<const Value> positional_;
    Value mapping_;
    Numbering numbering_ = Numbering::Unknown;
    size_t next_auto_ = 0;
};

Value str_format(Interp& vm, const Value& self, const CallArgs& args) {
    const std::string& text = str_receiver(vm, self, "format").text();
    Value mapping;
    if (!args.kw_values.empty()) {
        mapping = vm.dict();
        for (size_t k = 0; k < args.kw_values.size(); ++k)
            mapping.as<DictObject>()->set(vm, args.kw_names[k], args.kw_values[k]);
    }
    return vm.str(format_with(vm, text, args.positional, mapping));
}

Value str_format_map(Interp& vm, const Value& self, const CallArgs& args) {
    const std::string& text = str_receiver(vm, self, "format_map").text();
    expect_one_arg(vm, "str.format_map", args);
    return vm.str(format_with(vm, text, {}, args.positional[0]));
}

}  // namespace

std::string ascii_repr(Interp& vm, const Value& v) {
    std::string text = vm.repr(v);
    std::string out;
    static const char* digits = "0123456789abcdef";
    for (size_t p = 0; p < text.size();) {
        char32_t c = utf8_next(text, p);
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        int width = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
        out += width == 2 ? "\\x" : width == 4 ? "\\u" : "\\U";
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out += digits[(c >> shift) & 0xF];
    }
    return out;
}

std::string format_with(Interp& vm, std::string_view format, std::span<const Value> positional, const Value& mapping) {
    return Formatter(vm, positional, mapping).build(format, 2);
}

void install_str_format_methods(Interp& vm) {
    vm.add_method(vm.types.str.get(), "format", &receiver_first<str_format>);
    vm.add_method(vm.types.str.get(), "format_map", &receiver_first<str_format_map>);
}

}  // namespace loopstep
