class CalcError(Exception):
    pass


def tokenize(expr):
    tokens, number = [], ""
    for ch in expr + " ":
        if ch.isdigit() or ch == ".":
            number += ch
            continue
        if number:
            tokens.append(float(number) if "." in number else int(number))
            number = ""
        if ch in "+-*/()":
            tokens.append(ch)
        elif not ch.isspace():
            raise CalcError(f"unexpected character {ch!r}")
    return tokens


PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def to_rpn(tokens):
    output, ops = [], []
    for tok in tokens:
        if isinstance(tok, (int, float)):
            output.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
            if not ops:
                raise CalcError("unbalanced ')'")
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PRECEDENCE[ops[-1]] >= PRECEDENCE[tok]:
                output.append(ops.pop())
            ops.append(tok)
    while ops:
        op = ops.pop()
        if op == "(":
            raise CalcError("unbalanced '('")
        output.append(op)
    return output


def evaluate(rpn):
    stack = []
    for tok in rpn:
        if not isinstance(tok, str):
            stack.append(tok)
            continue
        if len(stack) < 2:
            raise CalcError("not enough operands")
        b, a = stack.pop(), stack.pop()
        if tok == "+":
            stack.append(a + b)
        elif tok == "-":
            stack.append(a - b)
        elif tok == "*":
            stack.append(a * b)
        else:
            stack.append(a / b)
    if len(stack) != 1:
        raise CalcError("leftover operands")
    return stack[0]


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * 5", "0.1 + 0.2", "7 - 10 / (5 - 5)",
             "((2))", "3 +", "4 $ 4", "(1 + 2", "1 + 2)", "100 / 8 / 2"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(f"{expr:<18} rpn={' '.join(str(t) for t in rpn):<18} = {evaluate(rpn)!r}")
    except CalcError as e:
        print(f"{expr:<18} error: {e}")
    except ZeroDivisionError as e:
        print(f"{expr:<18} ZeroDivisionError: {e}")
