TEXT = """Asyncio is a library to write concurrent code using the async and await syntax.
Asyncio is used as a foundation for multiple Python asynchronous frameworks.
It is often a perfect fit for IO-bound and high-level structured network code.

Coroutines are lighter than threads. The event loop runs one task at a time,
and a task runs until it awaits something; then the loop picks the next ready task."""


def words_of(text):
    cleaned = ""
    for ch in text.lower():
        cleaned += ch if ch.isalpha() or ch == "-" else " "
    return cleaned.split()


words = words_of(TEXT)
lines = TEXT.splitlines()
paragraphs = [p for p in TEXT.split("\n\n") if p.strip()]
print("lines:", len(lines), "paragraphs:", len(paragraphs), "words:", len(words))
print("characters:", len(TEXT), "letters:", sum(1 for c in TEXT if c.isalpha()))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, count in top:
    print(f"{word:>10} {count:2d} {'*' * count}")
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print("length histogram:", dict(sorted(lengths.items())))
longest = max(words, key=len)
print("longest word:", longest, len(longest))
print("average word length: {:.3f}".format(sum(len(w) for w in words) / len(words)))
sentences = [s.strip() for s in TEXT.replace("\n", " ").replace(";", ".").split(".") if s.strip()]
print("sentences:", len(sentences))
for s in sentences:
    print(" -", s[:40] + ("..." if len(s) > 40 else ""))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
vowels = sum(letters.get(v, 0) for v in "aeiou")
print("vowels:", vowels, "consonants:", sum(letters.values()) - vowels)
print("top letters:", "".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]))
capitalized = [w for w in TEXT.split() if w[0].isupper()]
print("capitalized:", capitalized)
print("unique words:", len(set(words)), "hapax:", sum(1 for c in freq.values() if c == 1))


def wrap(text, width):
    out, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = word if not current else current + " " + word
    if current:
        out.append(current)
    return out


for row in wrap(paragraphs[1], 36):
    print("|" + row.ljust(36) + "|")
