def read_lines():
    text = "INFO start\nDEBUG x=1\nERROR disk full\nINFO retry\nERROR disk full\nWARN slow\nERROR net down"
    for line in text.split("\n"):
        print("  read:", line)
        yield line


def only(level, lines):
    for line in lines:
        if line.startswith(level):
            yield line


def messages(lines):
    for line in lines:
        yield line.split(" ", 1)[1]


pipeline = messages(only("ERROR", read_lines()))
print("pipeline built")
print(next(pipeline))
print("rest:", list(pipeline))


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


print(list(chunks(list(range(10)), 4)))


def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total


print(list(running_total(range(1, 6))))
counts = {}
for msg in messages(only("ERROR", (l for l in ["ERROR a", "ERROR b", "ERROR a"]))):
    counts[msg] = counts.get(msg, 0) + 1
print(counts)
