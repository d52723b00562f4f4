# A chat server formatting incoming messages for an 40-column terminal with textwrap.
import asyncio
import textwrap

MESSAGES = [
    ("ada", 0.3, "Has anyone tried the new event-loop scheduler? It seems much faster on my well-tuned machine."),
    ("bob", 0.1, "Yes!  It's great.  But the docs are thin -- we should write a tutorial about it."),
    ("cy", 0.2, "supercalifragilisticexpialidocious-words break badly in narrow columns"),
    ("dee", 0.4, "ok"),
]


async def deliver(name, delay, text, outbox):
    await asyncio.sleep(delay)
    prefix = f"<{name}> "
    wrapper = textwrap.TextWrapper(width=40, initial_indent=prefix, subsequent_indent=" " * len(prefix))
    await outbox.put(wrapper.fill(text))


async def printer(outbox, count):
    for _ in range(count):
        print(await outbox.get())


async def main():
    outbox = asyncio.Queue()
    await asyncio.gather(printer(outbox, len(MESSAGES)),
                         *(deliver(n, d, t, outbox) for n, d, t in MESSAGES))
    long = MESSAGES[0][2]
    print(textwrap.wrap(long, width=25))
    print(textwrap.wrap(long, 25, break_on_hyphens=False))
    print(textwrap.wrap(MESSAGES[2][2], width=12))
    print(textwrap.wrap(MESSAGES[2][2], width=12, break_long_words=False))
    print(textwrap.wrap(MESSAGES[1][2], width=30, fix_sentence_endings=True))
    print(textwrap.wrap("   leading   and\ttabs\there   ", width=10))
    print(textwrap.wrap("   leading   and\ttabs\there   ", width=10, drop_whitespace=False))
    print(textwrap.wrap("a\tb", width=30, expand_tabs=True, tabsize=4), textwrap.wrap("", 10))
    print(textwrap.fill("one two three four five six seven", width=15, max_lines=2))
    print(textwrap.fill("one two three four five six seven", width=15, max_lines=2, placeholder="..."))
    for width in (0, -3):
        try:
            textwrap.wrap("text", width=width)
        except ValueError as err:
            print("ValueError:", err)
    try:
        textwrap.wrap("some text here", width=4, max_lines=1, placeholder=" [more]")
    except ValueError as err:
        print("ValueError:", err)


asyncio.run(main())
