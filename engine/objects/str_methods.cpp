// str methods that search and cut: find/index/count, startswith/endswith, split/rsplit, join,
// strip, replace, partition, removeprefix/removesuffix. Searching works on the UTF-8 bytes
// (a match of valid UTF-8 always starts on a character); positions are reported in characters.
#include <algorithm>

#include "objects/str_support.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

// The sub-string argument and the [start, end) window of find, index, count, ...
struct Search {
    std::string_view text, sub;
    int64_t start, end;   // in characters, clamped
    size_t first, last;   // the same window in bytes (valid when start <= end)
};

Search search_args(Interp& vm, const StrObject& s, const char* name, const CallArgs& args) {
    reject_kwargs(vm, (std::string("str.") + name).c_str(), args);
    size_t n = args.positional.size();
    if (n < 1 || n > 3)
        vm.raise(vm.exc.type_error, std::string(name) + (n < 1 ? "() takes at least 1 argument (" : "() takes at most 3 arguments (") +
                                        std::to_string(n) + " given)");
    auto* sub = args.positional[0].as<StrObject>();
    if (!sub) vm.raise(vm.exc.type_error, "must be str, not " + vm.type_name(args.positional[0]));
    Search q{s.text(), sub->text(), 0, 0, 0, 0};
    int64_t length = static_cast<int64_t>(s.length());
    q.start = slice_bound(vm, n > 1 ? args.positional[1] : Value(), 0);
    q.end = slice_bound(vm, n > 2 ? args.positional[2] : Value(), length);
    clamp_span(q.start, q.end, length);
    if (q.start <= q.end) {
        q.first = s.byte_offset(static_cast<size_t>(q.start));
        q.last = s.byte_offset(static_cast<size_t>(q.end));
    }
    return q;
}

int64_t find_in(const Search& q, bool from_right) {
    if (q.start > q.end || q.last - q.first < q.sub.size()) return -1;
    std::string_view window = q.text.substr(q.first, q.last - q.first);
    size_t at = from_right ? window.rfind(q.sub) : window.find(q.sub);
    if (at == std::string_view::npos) return -1;
    return static_cast<int64_t>(utf8_index(q.text, q.first + at));
}

Value str_find(Interp& vm, const Value& self, const CallArgs& args) {
    return Value::integer(find_in(search_args(vm, str_receiver(vm, self, "find"), "find", args), false));
}
Value str_rfind(Interp& vm, const Value& self, const CallArgs& args) {
    return Value::integer(find_in(search_args(vm, str_receiver(vm, self, "rfind"), "rfind", args), true));
}
Value str_index(Interp& vm, const Value& self, const CallArgs& args) {
    int64_t at = find_in(search_args(vm, str_receiver(vm, self, "index"), "index", args), false);
    if (at < 0) vm.raise(vm.exc.value_error, "substring not found");
    return Value::integer(at);
}
Value str_rindex(Interp& vm, const Value& self, const CallArgs& args) {
    int64_t at = find_in(search_args(vm, str_receiver(vm, self, "rindex"), "rindex", args), true);
    if (at < 0) vm.raise(vm.exc.value_error, "substring not found");
    return Value::integer(at);
}

Value str_count(Interp& vm, const Value& self, const CallArgs& args) {
    Search q = search_args(vm, str_receiver(vm, self, "count"), "count", args);
    if (q.start > q.end) return Value::integer(0);
    if (q.sub.empty()) return Value::integer(q.end - q.start + 1);
    std::string_view window = q.text.substr(q.first, q.last - q.first);
    int64_t count = 0;
    for (size_t at = window.find(q.sub); at != std::string_view::npos; at = window.find(q.sub, at + q.sub.size()))
        ++count;
    return Value::integer(count);
}

Value affix_match(Interp& vm, const Value& self, const CallArgs& args, const char* name, bool at_end) {
    const StrObject& s = str_receiver(vm, self, name);
    reject_kwargs(vm, (std::string("str.") + name).c_str(), args);
    size_t n = args.positional.size();
    if (n < 1 || n > 3)
        vm.raise(vm.exc.type_error, std::string(name) + (n < 1 ? "() takes at least 1 argument (" : "() takes at most 3 arguments (") +
                                        std::to_string(n) + " given)");
    std::vector<Value> candidates;
    if (auto* tuple = args.positional[0].as<TupleObject>()) {
        for (const Value& c : tuple->items) {
            if (!c.is(ObjKind::Str))
                vm.raise(vm.exc.type_error, std::string("tuple for ") + name + " must only contain str, not " + vm.type_name(c));
            candidates.push_back(c);
        }
    } else if (args.positional[0].is(ObjKind::Str)) {
        candidates.push_back(args.positional[0]);
    } else {
        vm.raise(vm.exc.type_error, std::string(name) + " first arg must be str or a tuple of str, not " +
                                        vm.type_name(args.positional[0]));
    }
    std::vector<Value> rest{vm.str("")};
    rest.insert(rest.end(), args.positional.begin() + 1, args.positional.end());
    Search q = search_args(vm, s, name, CallArgs{rest, {}, {}});
    if (q.start > q.end) return Value::boolean(false);
    std::string_view window = q.text.substr(q.first, q.last - q.first);
    for (const Value& c : candidates) {
        std::string_view affix = str_text(c);
        if (affix.size() > window.size()) continue;
        if (at_end ? window.substr(window.size() - affix.size()) == affix : window.substr(0, affix.size()) == affix)
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value str_startswith(Interp& vm, const Value& self, const CallArgs& args) {
    return affix_match(vm, self, args, "startswith", false);
}
Value str_endswith(Interp& vm, const Value& self, const CallArgs& args) {
    return affix_match(vm, self, args, "endswith", true);
}

// sep and maxsplit of split/rsplit; `sep` empty means "split on runs of whitespace".
struct SplitArgs {
    std::string_view sep;
    bool whitespace = true;
    int64_t maxsplit = -1;
};

SplitArgs split_args(Interp& vm, const char* name, const CallArgs& args) {
    auto a = bind_args(vm, name, args, {"sep", "maxsplit"}, 0, 2);
    SplitArgs s;
    if (a[0].is_set() && !a[0].is_none()) {
        if (!a[0].is(ObjKind::Str)) vm.raise(vm.exc.type_error, "must be str or None, not " + vm.type_name(a[0]));
        s.sep = str_text(a[0]);
        s.whitespace = false;
        if (s.sep.empty()) vm.raise(vm.exc.value_error, "empty separator");
    }
    if (a[1].is_set()) s.maxsplit = int_arg(vm, a[1]);
    return s;
}

bool space_at(std::string_view text, size_t pos, size_t& after) {
    after = pos;
    return is_space(utf8_next(text, after));
}

Value str_split(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "split").text();
    SplitArgs s = split_args(vm, "split", args);
    std::vector<Value> parts;
    size_t pos = 0, after;
    if (!s.whitespace) {
        for (size_t at; (s.maxsplit < 0 || static_cast<int64_t>(parts.size()) < s.maxsplit) &&
                        (at = text.find(s.sep, pos)) != std::string_view::npos;
             pos = at + s.sep.size())
            parts.push_back(vm.str(text.substr(pos, at - pos)));
        parts.push_back(vm.str(text.substr(pos)));
        return vm.list(std::move(parts));
    }
    for (;;) {
        while (pos < text.size() && space_at(text, pos, after)) pos = after;
        if (pos >= text.size()) break;
        if (s.maxsplit >= 0 && static_cast<int64_t>(parts.size()) >= s.maxsplit) {
            parts.push_back(vm.str(text.substr(pos)));
            break;
        }
        size_t begin = pos;
        while (pos < text.size() && !space_at(text, pos, after)) pos = after;
        parts.push_back(vm.str(text.substr(begin, pos - begin)));
    }
    return vm.list(std::move(parts));
}

Value str_rsplit(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "rsplit").text();
    SplitArgs s = split_args(vm, "rsplit", args);
    std::vector<Value> parts;
    size_t end = text.size(), after;
    if (!s.whitespace) {
        while (s.maxsplit < 0 || static_cast<int64_t>(parts.size()) < s.maxsplit) {
            if (end < s.sep.size()) break;
            size_t at = text.substr(0, end).rfind(s.sep);
            if (at == std::string_view::npos) break;
            parts.push_back(vm.str(text.substr(at + s.sep.size(), end - at - s.sep.size())));
            end = at;
        }
        parts.push_back(vm.str(text.substr(0, end)));
    } else {
        for (;;) {
            while (end > 0 && space_at(text, utf8_prev(text, end), after)) end = utf8_prev(text, end);
            if (end == 0) break;
            if (s.maxsplit >= 0 && static_cast<int64_t>(parts.size()) >= s.maxsplit) {
                parts.push_back(vm.str(text.substr(0, end)));
                break;
            }
            size_t begin = end;
            while (begin > 0 && !space_at(text, utf8_prev(text, begin), after)) begin = utf8_prev(text, begin);
            parts.push_back(vm.str(text.substr(begin, end - begin)));
            end = begin;
        }
    }
    std::reverse(parts.begin(), parts.end());
    return vm.list(std::move(parts));
}

Value str_join(Interp& vm, const Value& self, const CallArgs& args) {
    const std::string& sep = str_receiver(vm, self, "join").text();
    expect_one_arg(vm, "str.join", args);
    Value it;
    try {
        it = vm.iter(args.positional[0]);
    } catch (const PyError& e) {
        if (!vm.isinstance(e.exception, vm.exc.type_error.get())) throw;
        vm.raise(vm.exc.type_error, "can only join an iterable");
    }
    std::string out;
    size_t index = 0;
    for (Value item = vm.next(it); item.is_set(); item = vm.next(it), ++index) {
        auto* piece = item.as<StrObject>();
        if (!piece)
            vm.raise(vm.exc.type_error, "sequence item " + std::to_string(index) + ": expected str instance, " +
                                            vm.type_name(item) + " found");
        if (index) out += sep;
        out += piece->text();
    }
    return vm.str(std::move(out));
}

Value strip_impl(Interp& vm, const Value& self, const CallArgs& args, const char* name, bool left, bool right) {
    std::string_view text = str_receiver(vm, self, name).text();
    expect_count(vm, name, args, 0, 1);
    std::u32string chars;
    bool whitespace = args.positional.empty() || args.positional[0].is_none();
    if (!whitespace) {
        if (!args.positional[0].is(ObjKind::Str)) vm.raise(vm.exc.type_error, std::string(name) + " arg must be None or str");
        std::string_view given = str_text(args.positional[0]);
        for (size_t p = 0; p < given.size();) chars += utf8_next(given, p);
    }
    auto strippable = [&](char32_t c) { return whitespace ? is_space(c) : chars.find(c) != std::u32string::npos; };
    size_t begin = 0, end = text.size(), after;
    if (left)
        while (begin < end && strippable(utf8_next(text, after = begin))) begin = after;
    if (right)
        while (end > begin) {
            size_t prev = utf8_prev(text, end);
            size_t p = prev;
            if (!strippable(utf8_next(text, p))) break;
            end = prev;
        }
    if (begin == 0 && end == text.size()) return self;
    return vm.str(text.substr(begin, end - begin));
}

Value str_strip(Interp& vm, const Value& self, const CallArgs& args) { return strip_impl(vm, self, args, "strip", true, true); }
Value str_lstrip(Interp& vm, const Value& self, const CallArgs& args) { return strip_impl(vm, self, args, "lstrip", true, false); }
Value str_rstrip(Interp& vm, const Value& self, const CallArgs& args) { return strip_impl(vm, self, args, "rstrip", false, true); }

Value str_replace(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "replace").text();
    reject_kwargs(vm, "str.replace", args);
    expect_count(vm, "replace", args, 2, 3);
    for (size_t i = 0; i < 2; ++i)
        if (!args.positional[i].is(ObjKind::Str))
            vm.raise(vm.exc.type_error, "replace() argument " + std::to_string(i + 1) + " must be str, not " +
                                            vm.type_name(args.positional[i]));
    std::string_view old = str_text(args.positional[0]), replacement = str_text(args.positional[1]);
    int64_t count = args.positional.size() == 3 ? int_arg(vm, args.positional[2]) : -1;
    std::string out;
    size_t pos = 0;
    if (old.empty()) {
        int64_t done = 0;
        while (count < 0 || done < count) {
            out += replacement;
            ++done;
            if (pos >= text.size()) break;
            size_t next = pos;
            utf8_next(text, next);
            out += text.substr(pos, next - pos);
            pos = next;
        }
        out += text.substr(pos);
        return vm.str(std::move(out));
    }
    for (int64_t done = 0; count < 0 || done < count; ++done) {
        size_t at = text.find(old, pos);
        if (at == std::string_view::npos) break;
        out += text.substr(pos, at - pos);
        out += replacement;
        pos = at + old.size();
    }
    out += text.substr(pos);
    return vm.str(std::move(out));
}

std::string_view separator_arg(Interp& vm, const CallArgs& args, const char* qualname) {
    expect_one_arg(vm, qualname, args);
    if (!args.positional[0].is(ObjKind::Str)) vm.raise(vm.exc.type_error, "must be str, not " + vm.type_name(args.positional[0]));
    std::string_view sep = str_text(args.positional[0]);
    if (sep.empty()) vm.raise(vm.exc.value_error, "empty separator");
    return sep;
}

Value str_partition(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "partition").text();
    std::string_view sep = separator_arg(vm, args, "str.partition");
    size_t at = text.find(sep);
    if (at == std::string_view::npos) return vm.tuple({self, vm.str(""), vm.str("")});
    return vm.tuple({vm.str(text.substr(0, at)), args.positional[0], vm.str(text.substr(at + sep.size()))});
}

Value str_rpartition(Interp& vm, const Value& self, const CallArgs& args) {
    std::string_view text = str_receiver(vm, self, "rpartition").text();
    std::string_view sep = separator_arg(vm, args, "str.rpartition");
    size_t at = text.rfind(sep);
    if (at == std::string_view::npos) return vm.tuple({vm.str(""), vm.str(""), self});
    return vm.tuple({vm.str(text.substr(0, at)), args.positional[0], vm.str(text.substr(at + sep.size()))});
}

Value remove_affix(Interp& vm, const Value& self, const CallArgs& args, const char* name, bool suffix) {
    std::string_view text = str_receiver(vm, self, name).text();
    expect_one_arg(vm, (std::string("str.") + name).c_str(), args);
    if (!args.positional[0].is(ObjKind::Str))
        vm.raise(vm.exc.type_error, std::string(name) + "() argument must be str, not " + vm.type_name(args.positional[0]));
    std::string_view affix = str_text(args.positional[0]);
    if (affix.empty() || affix.size() > text.size()) return self;
    if (suffix ? text.substr(text.size() - affix.size()) != affix : text.substr(0, affix.size()) != affix) return self;
    return vm.str(suffix ? text.substr(0, text.size() - affix.size()) : text.substr(affix.size()));
}

Value str_removeprefix(Interp& vm, const Value& self, const CallArgs& args) {
    return remove_affix(vm, self, args, "removeprefix", false);
}
Value str_removesuffix(Interp& vm, const Value& self, const CallArgs& args) {
    return remove_affix(vm, self, args, "removesuffix", true);
}

}  // namespace

void install_str_search_methods(Interp& vm) {
    ClassObject* str = vm.types.str.get();
    vm.add_method(str, "find", &receiver_first<str_find>);
    vm.add_method(str, "rfind", &receiver_first<str_rfind>);
    vm.add_method(str, "index", &receiver_first<str_index>);
    vm.add_method(str, "rindex", &receiver_first<str_rindex>);
    vm.add_method(str, "count", &receiver_first<str_count>);
    vm.add_method(str, "startswith", &receiver_first<str_startswith>);
    vm.add_method(str, "endswith", &receiver_first<str_endswith>);
    vm.add_method(str, "split", &receiver_first<str_split>);
    vm.add_method(str, "rsplit", &receiver_first<str_rsplit>);
    vm.add_method(str, "join", &receiver_first<str_join>);
    vm.add_method(str, "strip", &receiver_first<str_strip>);
    vm.add_method(str, "lstrip", &receiver_first<str_lstrip>);
    vm.add_method(str, "rstrip", &receiver_first<str_rstrip>);
    vm.add_method(str, "replace", &receiver_first<str_replace>);
    vm.add_method(str, "partition", &receiver_first<str_partition>);
    vm.add_method(str, "rpartition", &receiver_first<str_rpartition>);
    vm.add_method(str, "removeprefix", &receiver_first<str_removeprefix>);
    vm.add_method(str, "removesuffix", &receiver_first<str_removesuffix>);
}

void install_str_methods(Interp& vm) {
    install_str_search_methods(vm);
    install_str_shape_methods(vm);
    install_str_format_methods(vm);
}

}  // namespace loopstep
