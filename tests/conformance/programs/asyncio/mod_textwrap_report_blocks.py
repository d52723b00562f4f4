# Building an indented status report from tasks: dedent for templates, indent for nesting.
import asyncio
import textwrap

TEMPLATE = """
    Job report
    ==========
      name:   {name}
      status: {status}

    Notes:
    {notes}
    """


async def job(name, seconds, ok):
    await asyncio.sleep(seconds)
    notes = f"The {name} job ran for {seconds} seconds and " + ("finished cleanly." if ok else "failed twice, then gave up.")
    return name, ("ok" if ok else "FAILED"), notes


async def main():
    results = await asyncio.gather(job("backup", 0.5, True), job("index", 0.2, False))
    for name, status, notes in results:
        body = textwrap.dedent(TEMPLATE).strip("\n")
        wrapped = textwrap.fill(notes, width=30)
        text = body.format(name=name, status=status, notes=textwrap.indent(wrapped, "  "))
        print(text)
        print(textwrap.indent(text, "| ", lambda line: line.strip() != ""))
    print(repr(textwrap.dedent("  a\n    b\n\t c\n")))
    print(repr(textwrap.dedent("    x\n  \n      y\n")))
    print(repr(textwrap.dedent("\tone\n\ttwo\n")), repr(textwrap.dedent("no indent\n  here")))
    print(repr(textwrap.dedent("   \n  \t\n")), repr(textwrap.dedent("")))
    print(repr(textwrap.indent("a\n\nb\r\nc", "> ")))
    print(repr(textwrap.indent("a\n\nb\n", "+", predicate=lambda line: True)))


asyncio.run(main())
