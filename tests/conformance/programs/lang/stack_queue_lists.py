stack = []
for ch in "abc":
    stack.append(ch)
    print("push", ch, stack)
while stack:
    print("pop", stack.pop(), stack)


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


for text in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "x)"]:
    print(repr(text), balanced(text))
queue = []
for job in ["j1", "j2", "j3"]:
    queue.append(job)
served = []
while queue:
    served.append(queue.pop(0))
    if len(served) == 1:
        queue.append("j4")
print(served)
history = ["page1", "page2", "page3"]
forward = []
forward.append(history.pop())
forward.append(history.pop())
history.append(forward.pop())
print(history, forward)
