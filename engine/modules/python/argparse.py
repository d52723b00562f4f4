# argparse, the common forms of CPython 3.11's: ArgumentParser with positionals and optionals
# (-n / --name, --name=value, -nVALUE, -vvv), type=, default=, choices=, required=, nargs (None,
# '?', '*', '+', N), the actions store / store_const / store_true / store_false / append /
# append_const / count / help / version, metavar, dest, argument groups, the usage and help text
# as CPython's HelpFormatter lays them out (78 columns: the harness fixes COLUMNS=80), and usage
# errors (usage on stderr, `prog: error: ...`, exit 2). Written for Loopstep from the
# documentation. Not here: subparsers, mutually exclusive groups, fromfile_prefix_chars,
# parse_intermixed_args, FileType, custom Action classes.

import sys

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'
_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const', 'count', 'help',
            'version')


class Namespace:
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        parts = []
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                parts.append('**{%r: %r}' % (name, value))
        return 'Namespace(%s)' % ', '.join(parts)


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _argument_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action:
    def __init__(self, option_strings, dest, kind='store', nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.kind = kind
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.version = version

    def __repr__(self):
        return '%s(option_strings=%r, dest=%r, nargs=%r, const=%r, default=%r, type=%r, choices=%r, required=%r, help=%r, metavar=%r)' % (
            _KIND_NAMES[self.kind], self.option_strings, self.dest, self.nargs, self.const, self.default,
            self.type, self.choices, self.required, self.help, self.metavar)


_KIND_NAMES = {'store': '_StoreAction', 'store_const': '_StoreConstAction', 'store_true': '_StoreTrueAction',
               'store_false': '_StoreFalseAction', 'append': '_AppendAction', 'append_const': '_AppendConstAction',
               'count': '_CountAction', 'help': '_HelpAction', 'version': '_VersionAction'}


class _ArgumentGroup:
    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser._make_action(args, kwargs)
        self._group_actions.append(action)
        return action


def _wrap(text, width):
    words = text.split()
    lines = []
    line = ''
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + ' ' + word if line else word
    if line:
        lines.append(line)
    return lines


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._prog = prog
        self._width = 78 if width is None else width
        self._max_help_position = min(max_help_position, max(self._width - 20, indent_increment * 2))


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = sys.argv[0]
            prog = prog[prog.rfind('/') + 1:]
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._positionals = _ArgumentGroup(self, 'positional arguments')
        self._optionals = _ArgumentGroup(self, 'options')
        self._groups = [self._positionals, self._optionals]
        self._formatter = formatter_class(prog)
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')

    # ---- defining

    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self, title, description)
        self._groups.append(group)
        return group

    def add_argument(self, *args, **kwargs):
        action = self._make_action(args, kwargs)
        (self._optionals if action.option_strings else self._positionals)._group_actions.append(action)
        return action

    def _make_action(self, args, kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][:1] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kwargs.get('dest')
            option_strings = []
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER) and 'required' not in kwargs:
                kwargs['required'] = True
            if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs['required'] = True
        else:
            option_strings = []
            long_strings = []
            for option_string in args:
                if option_string[:1] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r'
                                     % (option_string, chars))
                option_strings.append(option_string)
                if len(option_string) > 1 and option_string[1] in chars:
                    long_strings.append(option_string)
            dest = kwargs.pop('dest', None)
            if dest is None:
                first = long_strings[0] if long_strings else option_strings[0]
                dest = first.lstrip(chars).replace('-', '_')
        kwargs.pop('dest', None)
        kind = kwargs.pop('action', 'store')
        if kind not in _ACTIONS:
            raise ValueError('unknown action "%s"' % (kind,))
        if 'default' not in kwargs:
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif kind == 'store_true':
                kwargs['default'] = False
            elif kind == 'store_false':
                kwargs['default'] = True
            elif kind == 'version':
                kwargs['default'] = SUPPRESS
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        if kind in ('store_true', 'store_false', 'store_const', 'append_const', 'count', 'help', 'version'):
            if 'nargs' in kwargs:
                raise TypeError("__init__() got an unexpected keyword argument 'nargs'")
            kwargs['nargs'] = 0
            if kind == 'store_true':
                kwargs['const'] = True
            elif kind == 'store_false':
                kwargs['const'] = False
        if kind == 'version' and 'help' not in kwargs:
            kwargs['help'] = "show program's version number and exit"
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        nargs = kwargs.get('nargs')
        if nargs == 0 and kind in ('store', 'append'):
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        action = Action(option_strings, dest, kind, **kwargs)
        for existing in self._actions:
            for option_string in option_strings:
                if option_string in existing.option_strings:
                    raise ArgumentError(action, 'conflicting option string: %s' % option_string)
        self._actions.append(action)
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # ---- help and usage

    def _metavar(self, action, default_metavar):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{%s}' % ','.join(map(str, action.choices))
        return default_metavar

    def _format_args(self, action, default_metavar):
        result = self._metavar(action, default_metavar)
        if isinstance(result, tuple):
            parts = list(result)
        else:
            parts = [result] * (action.nargs if isinstance(action.nargs, int) else 2)
        nargs = action.nargs
        if nargs is None:
            return '%s' % parts[0]
        if nargs == OPTIONAL:
            return '[%s]' % parts[0]
        if nargs == ZERO_OR_MORE:
            return '[%s ...]' % parts[0] if len(parts) != 2 or not isinstance(result, tuple) else '[%s [%s ...]]' % tuple(parts)
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % (parts[0], parts[1])
        if nargs == REMAINDER:
            return '...'
        if nargs == SUPPRESS:
            return ''
        return ' '.join(parts[:nargs])

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action, action.dest) if not isinstance(action.metavar, tuple) else action.metavar[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args_string = self._format_args(action, action.dest.upper())
        return ', '.join('%s %s' % (option_string, args_string) for option_string in action.option_strings)

    def _usage_parts(self, actions):
        parts = []
        for action in actions:
            if action.help == SUPPRESS:
                continue
            if not action.option_strings:
                part = self._format_args(action, action.dest)
            elif action.nargs == 0:
                part = action.option_strings[0]
                if not action.required:
                    part = '[%s]' % part
            else:
                part = '%s %s' % (action.option_strings[0], self._format_args(action, action.dest.upper()))
                if not action.required:
                    part = '[%s]' % part
            if part:
                parts.append(part)
        return parts

    def format_usage(self):
        return self._usage_text() + '\n'

    def _usage_text(self):
        prefix = 'usage: '
        if self.usage is not None:
            return prefix + self.usage % dict(prog=self.prog)
        optionals = [a for a in self._actions if a.option_strings]
        positionals = [a for a in self._actions if not a.option_strings]
        opt_parts = self._usage_parts(optionals)
        pos_parts = self._usage_parts(positionals)
        usage = ' '.join([self.prog] + opt_parts + pos_parts)
        text_width = self._formatter._width
        if len(prefix) + len(usage) <= text_width:
            return prefix + usage

        def get_lines(parts, indent, first_prefix=None):
            lines = []
            line = []
            line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        prog = self.prog
        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = get_lines(opt_parts, indent)
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return prefix + '\n'.join(lines)

    def _expand_help(self, action):
        params = dict(action.__dict__, prog=self.prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return action.help % params

    def format_help(self):
        width = self._formatter._width
        shown = [a for a in self._actions if a.help != SUPPRESS]
        max_length = 0
        for action in shown:
            max_length = max(max_length, len(self._invocation(action)) + 2)
        help_position = min(max_length + 2, self._formatter._max_help_position)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2
        out = [self._usage_text() + '\n\n']
        if self.description:
            out.append('\n'.join(_wrap(self.description, width)) + '\n\n')
        for group in self._groups:
            actions = [a for a in group._group_actions if a.help != SUPPRESS]
            if not actions and not group.description:
                continue
            section = ['\n', group.title + ':\n'] if group.title else ['\n']
            if group.description:
                section.append('\n'.join('  ' + line for line in _wrap(group.description, width - 2)) + '\n\n')
            for action in actions:
                header = self._invocation(action)
                if not action.help:
                    section.append('  %s\n' % header)
                    continue
                if len(header) <= action_width:
                    section.append('  ' + header.ljust(action_width) + '  ')
                    indent_first = 0
                else:
                    section.append('  %s\n' % header)
                    indent_first = help_position
                lines = _wrap(self._expand_help(action), help_width)
                if lines:
                    section.append(' ' * indent_first + lines[0] + '\n')
                    for line in lines[1:]:
                        section.append(' ' * help_position + line + '\n')
                elif indent_first == 0:
                    section.append('\n')
            section.append('\n')
            out.append(''.join(section))
        if self.epilog:
            out.append('\n'.join(_wrap(self.epilog, width)) + '\n\n')
        text = ''.join(out)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def print_usage(self, file=None):
        (sys.stdout if file is None else file).write(self.format_usage())

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                return self._parse(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        return self._parse(args, namespace)

    def _option_for(self, arg):
        """(action, option string, explicit value) for an option-like arg, or None."""
        for action in self._actions:
            if arg in action.option_strings:
                return action, arg, None
        if '=' in arg:
            name, value = arg.split('=', 1)
            for action in self._actions:
                if name in action.option_strings:
                    return action, name, value
        chars = self.prefix_chars
        if len(arg) > 2 and arg[1] not in chars:
            short = arg[:2]
            for action in self._actions:
                if short in action.option_strings:
                    return action, short, arg[2:]
        if self.allow_abbrev and len(arg) > 2 and arg[1] in chars:
            name = arg.split('=', 1)[0]
            matches = []
            for action in self._actions:
                for option_string in action.option_strings:
                    if option_string.startswith(name):
                        matches.append((action, option_string))
            if len(matches) > 1:
                options = ', '.join([option_string for action, option_string in matches])
                raise ArgumentError(None, 'ambiguous option: %s could match %s' % (name, options))
            if len(matches) == 1:
                value = arg.split('=', 1)[1] if '=' in arg else None
                return matches[0][0], matches[0][1], value
        return None

    def _looks_like_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == '-':
            return False
        if arg[1:].replace('.', '', 1).isdigit():
            return any(s[1:].replace('.', '', 1).isdigit() for a in self._actions for s in a.option_strings)
        return True

    def _convert(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            value = arg_string
        else:
            try:
                value = type_func(arg_string)
            except ArgumentTypeError as err:
                raise ArgumentError(action, str(err))
            except (TypeError, ValueError):
                name = getattr(type_func, '__name__', repr(type_func))
                raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))
        return value

    def _values(self, action, strings):
        nargs = action.nargs
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            return action.default if action.default is not None else []
        if nargs is None or nargs == OPTIONAL:
            return self._convert(action, strings[0])
        return [self._convert(action, s) for s in strings]

    def _take(self, action, namespace, strings):
        kind = action.kind
        if kind == 'help':
            self.print_help()
            self.exit()
        if kind == 'version':
            sys.stdout.write(action.version % dict(prog=self.prog) + '\n')
            self.exit()
        if kind in ('store_const', 'store_true', 'store_false'):
            setattr(namespace, action.dest, action.const)
        elif kind == 'count':
            count = getattr(namespace, action.dest, None)
            setattr(namespace, action.dest, (count or 0) + 1)
        elif kind == 'append_const':
            items = getattr(namespace, action.dest, None)
            items = [] if items is None else list(items)
            items.append(action.const)
            setattr(namespace, action.dest, items)
        elif kind == 'append':
            items = getattr(namespace, action.dest, None)
            items = [] if items is None else list(items)
            items.append(self._values(action, strings))
            setattr(namespace, action.dest, items)
        else:
            setattr(namespace, action.dest, self._values(action, strings))

    def _match_counts(self, actions, available):
        """How many of `available` leading arguments each of `actions` takes, as CPython's greedy
        pattern match does (the first actions as many as they can); None if they cannot all match."""
        if not actions:
            return []
        nargs = actions[0].nargs
        if nargs is None:
            choices = [1]
        elif nargs == OPTIONAL:
            choices = [1, 0]
        elif nargs in (ZERO_OR_MORE, REMAINDER):
            choices = list(range(available, -1, -1))
        elif nargs == ONE_OR_MORE:
            choices = list(range(available, 0, -1))
        else:
            choices = [nargs]
        for count in choices:
            if count <= available:
                rest = self._match_counts(actions[1:], available - count)
                if rest is not None:
                    return [count] + rest
        return None

    def _consume_positionals(self, positionals, args, start, end, namespace, seen):
        """Matches as many of the remaining positionals as possible to args[start:end]."""
        for n in range(len(positionals), 0, -1):
            counts = self._match_counts(positionals[:n], end - start)
            if counts is not None:
                for action, count in zip(positionals[:n], counts):
                    seen.append(action)
                    self._take(action, namespace, args[start:start + count])
                    start += count
                del positionals[:n]
                break
        return start

    def _parse(self, args, namespace):
        seen = []
        extras = []
        if '--' in args:
            cut = args.index('--')
            option_flags = [self._looks_like_option(a) for a in args[:cut]] + [False] * (len(args) - cut - 1)
            args = args[:cut] + args[cut + 1:]
        else:
            option_flags = [self._looks_like_option(a) for a in args]
        positionals = [a for a in self._actions if not a.option_strings]
        i = 0
        while i < len(args):
            if not option_flags[i]:
                end = i
                while end < len(args) and not option_flags[end]:
                    end += 1
                if end == len(args):
                    break
                stop = self._consume_positionals(positionals, args, i, end, namespace, seen)
                extras.extend(args[stop:end])
                i = end
                continue
            arg = args[i]
            i += 1
            found = self._option_for(arg)
            if found is None:
                extras.append(arg)
                continue
            action, option_string, explicit = found
            while True:
                if action.nargs == 0:
                    if explicit is not None and option_string[1] not in self.prefix_chars and explicit:
                        seen.append(action)
                        self._take(action, namespace, [])
                        found = self._option_for('-' + explicit)
                        if found is None:
                            raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                        action, option_string, explicit = found
                        continue
                    if explicit is not None:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    strings = []
                elif explicit is not None:
                    strings = [explicit]
                else:
                    strings = []
                    nargs = action.nargs
                    limit = 1 if nargs is None or nargs == OPTIONAL else nargs if isinstance(nargs, int) else len(args)
                    while i < len(args) and len(strings) < limit and not option_flags[i]:
                        strings.append(args[i])
                        i += 1
                    if nargs is None and len(strings) < 1:
                        raise ArgumentError(action, 'expected one argument')
                    if nargs == ONE_OR_MORE and not strings:
                        raise ArgumentError(action, 'expected at least one argument')
                    if isinstance(nargs, int) and len(strings) < nargs:
                        word = 'argument' if nargs == 1 else 'arguments'
                        raise ArgumentError(action, 'expected %s %s' % (nargs, word))
                seen.append(action)
                self._take(action, namespace, strings)
                break
        stop = self._consume_positionals(positionals, args, i, len(args), namespace, seen)
        extras.extend(args[stop:])
        missing = [_argument_name(a) for a in self._actions if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(missing))
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and action.type is not None and \
                    getattr(namespace, action.dest, None) is action.default and action.default is not SUPPRESS:
                setattr(namespace, action.dest, self._convert(action, action.default))
        return namespace, extras
