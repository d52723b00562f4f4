# Shortening titles for a dashboard while feeds arrive; TextWrapper reused with max_lines.
import asyncio
import textwrap

FEEDS = {
    "news": ["Local team wins the championship after a dramatic overtime finish", "Rain expected"],
    "tech": ["A deep dive into asynchronous programming with Python's asyncio library",
             "Why   whitespace    gets   collapsed"],
}


async def feed(name, titles, board):
    for i, title in enumerate(titles):
        await asyncio.sleep(0.1 * (i + 1) + len(name) * 0.01)
        board.append((name, textwrap.shorten(title, width=30)))


async def main():
    board = []
    await asyncio.gather(*(feed(n, t, board) for n, t in FEEDS.items()))
    for name, short in board:
        print(f"{name:5}| {short}")
    print(textwrap.shorten("Hello  world!", width=12))
    print(textwrap.shorten("Hello world!", width=11))
    print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
    print(textwrap.shorten("Supercalifragilistic", width=10))
    try:
        textwrap.shorten("Hello world", width=3)
    except ValueError as err:
        print("ValueError:", err)
    wrapper = textwrap.TextWrapper(width=20, max_lines=3, placeholder=" …", initial_indent="- ", subsequent_indent="  ")
    text = "This summary is far too long to fit in three short lines of twenty characters each."
    for line in wrapper.wrap(text):
        print(repr(line))
    wrapper.width = 35
    print(wrapper.fill(text))
    print(wrapper.wrap("short"))
    print(textwrap.wrap("well-known re-entrant long-running-task names", width=9))
    print(textwrap.wrap("an em--dash and ---triple--- dashes", width=8))


asyncio.run(main())
