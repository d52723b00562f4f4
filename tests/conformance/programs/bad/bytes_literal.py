# expect-exit: 2 line: 3
text = "fine"
data = b"raw bytes"
print(text, data)
