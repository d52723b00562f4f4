#include "objects/string_format.h"
#include "objects/int_values.h"

#include <cmath>
#include <string>

#include "vm/dict_object.h"

#include "vm/interp.h"

namespace loopstep {

namespace {

struct Conversion {
    std::string flags;
    std::string width;
    std::string precision;
    bool has_precision = false;
    char type = 's';
};

// Builds a format-spec for vm.format from a printf conversion.
std::string spec_for(const Conversion& c, char type) {
    std::string spec;
    bool left = c.flags.find('-') != std::string::npos;
    if (left) spec += "<";
    if (c.flags.find('+') != std::string::npos) spec += "+";
    else if (c.flags.find(' ') != std::string::npos) spec += " ";
    if (c.flags.find('#') != std::string::npos) spec += "#";
    if (!left && c.flags.find('0') != std::string::npos && type != 's') spec += "0";
    spec += c.width;
    if (c.has_precision && type != 'd') spec += "." + (c.precision.empty() ? std::string("0") : c.precision);
    if (type != 's') spec += type;
    return spec;
}

}  // namespace

Value percent_format(Interp& vm, const Value& format, const Value& args) {
    const std::string& fmt = format.as<StrObject>()->text();
    std::vector<Value> items;
    bool mapping = args.is(ObjKind::Dict);
    if (auto* t = args.as<TupleObject>()) items = t->items;
    else items.push_back(args);
    size_t next = 0;
    std::string out;
    for (size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%') {
            out += fmt[i];
            continue;
        }
        if (++i >= fmt.size()) vm.raise(vm.exc.value_error, "incomplete format");
        Value value;
        if (fmt[i] == '(') {
            size_t close = fmt.find(')', i);
            if (close == std::string::npos) vm.raise(vm.exc.value_error, "incomplete format key");
            if (!mapping) vm.raise(vm.exc.type_error, "format requires a mapping");
            std::string key = fmt.substr(i + 1, close - i - 1);
            // A plain dict is read in place (logging formats every record this way).
            if (auto* d = args.as<DictObject>(); d && d->type() == vm.types.dict.get()) value = d->get_str(key);
            if (value.is_unset()) value = vm.getitem(args, vm.str(std::move(key)));
            i = close + 1;
        }
        Conversion c;
        while (i < fmt.size() && std::string("-+ #0").find(fmt[i]) != std::string::npos) c.flags += fmt[i++];
        while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) c.width += fmt[i++];
        if (i < fmt.size() && fmt[i] == '.') {
            c.has_precision = true;
            ++i;
            while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) c.precision += fmt[i++];
        }
        if (i >= fmt.size()) vm.raise(vm.exc.value_error, "incomplete format");
        c.type = fmt[i];
        if (c.type == '%') {
            out += '%';
            continue;
        }
        if (value.is_unset()) {
            if (mapping) value = args;
            else if (next < items.size()) value = items[next++];
            else vm.raise(vm.exc.type_error, "not enough arguments for format string");
        }
        // The plain forms, without the detour through format(): "%s" of a str, "%d" of an int,
        // optionally zero-padded or right-aligned to a width ("%03d", "%5d").
        const bool plain = c.flags.empty() && !c.has_precision;
        if (c.type == 's' && plain && c.width.empty() && value.is(ObjKind::Str) && value.obj()->type() == vm.types.str.get()) {
            out += value.as<StrObject>()->text();
            continue;
        }
        if ((c.type == 'd' || c.type == 'i' || c.type == 'u') && (plain || c.flags == "0") && !c.has_precision &&
            c.width.size() < 4 && (value.is_int() || (value.is_float() && std::abs(value.to_double()) < 9e15))) {
            int64_t n = value.is_int() ? value.as_int() : static_cast<int64_t>(std::trunc(value.to_double()));
            std::string digits = std::to_string(n < 0 ? -static_cast<uint64_t>(n) : static_cast<uint64_t>(n));
            size_t width = c.width.empty() ? 0 : static_cast<size_t>(std::stoi(c.width));
            size_t used = digits.size() + (n < 0 ? 1 : 0);
            size_t pad = width > used ? width - used : 0;
            if (c.flags == "0") {
                if (n < 0) out += '-';
                out.append(pad, '0');
            } else {
                out.append(pad, ' ');
                if (n < 0) out += '-';
            }
            out += digits;
            continue;
        }
        switch (c.type) {
            case 's':
            case 'r':
            case 'a': {
                std::string text = c.type == 's' ? vm.to_str(value) : vm.repr(value);
                if (c.has_precision) text = vm.format(vm.str(text), "." + (c.precision.empty() ? "0" : c.precision)).as<StrObject>()->text();
                out += vm.format(vm.str(text), spec_for(c, 's')).as<StrObject>()->text();
                break;
            }
            case 'd':
            case 'i':
            case 'u': {
                // An object with __int__ or __index__ (an IntEnum member) is converted by int().
                if (value.is_obj() && !is_big_int(value) &&
                    (vm.type_lookup(vm.type_of(value), vm.literal_name("__index__")).is_set() ||
                     vm.type_lookup(vm.type_of(value), vm.literal_name("__int__")).is_set()))
                    value = vm.call(Value::object(vm.types.int_.get()), {value});
                if (!value.is_number() && !is_big_int(value))
                    vm.raise(vm.exc.type_error, "%" + std::string(1, c.type) + " format: a real number is required, not " + vm.type_name(value));
                Value as_int = value.is_float() ? vm.call(Value::object(vm.types.int_.get()), {value}) : value;
                out += vm.format(as_int, spec_for(c, 'd')).as<StrObject>()->text();
                break;
            }
            case 'x':
            case 'X':
            case 'o': {
                if (value.is_obj() && !is_big_int(value) && vm.type_lookup(vm.type_of(value), vm.literal_name("__index__")).is_set())
                    value = vm.call(Value::object(vm.types.int_.get()), {value});
                if (!is_int_value(value))
                    vm.raise(vm.exc.type_error, "%" + std::string(1, c.type) + " format: an integer is required, not " + vm.type_name(value));
                out += vm.format(value, spec_for(c, c.type)).as<StrObject>()->text();
                break;
            }
            case 'c':
                if (is_big_int(value)) vm.raise(vm.exc.overflow_error, "%c arg not in range(0x110000)");
                out += vm.format(value, spec_for(c, 'c')).as<StrObject>()->text();
                break;
            case 'f':
            case 'F':
            case 'e':
            case 'E':
            case 'g':
            case 'G': {
                if (!value.is_number() && !is_big_int(value))
                    vm.raise(vm.exc.type_error, "must be real number, not " + vm.type_name(value));
                Conversion fc = c;
                if (!fc.has_precision) {
                    fc.has_precision = true;
                    fc.precision = "6";
                }
                out += vm.format(Value::floating(is_big_int(value) ? int_to_double(vm, value) : value.to_double()), spec_for(fc, c.type)).as<StrObject>()->text();
                break;
            }
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "%x", static_cast<unsigned>(static_cast<unsigned char>(c.type)));
                vm.raise(vm.exc.value_error, std::string("unsupported format character '") + c.type + "' (0x" + hex +
                                                 ") at index " + std::to_string(i));
            }
        }
    }
    if (!mapping && next < items.size()) vm.raise(vm.exc.type_error, "not all arguments converted during string formatting");
    return vm.str(std::move(out));
}

}  // namespace loopstep
