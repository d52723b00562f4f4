# StringIO as a small editable buffer: overwriting in the middle, truncate, seek from the end,
# writing past the end, and the errors for closed buffers and wrong types.
import asyncio
import io


async def producer(buf, parts):
    for part in parts:
        await asyncio.sleep(0.1)
        buf.write(part)


async def main():
    buf = io.StringIO()
    await asyncio.gather(producer(buf, ["aa", "bb"]), producer(buf, ["11", "22"]))
    print("interleaved:", buf.getvalue())

    buf.seek(2)
    buf.write("XY")
    print("overwrite at 2:", buf.getvalue(), "tell", buf.tell())
    print("truncate() ->", buf.truncate(), repr(buf.getvalue()), "tell", buf.tell())
    buf.seek(0, io.SEEK_END)
    buf.write("+end")
    print("appended:", buf.getvalue())
    print("truncate(3) ->", buf.truncate(3), repr(buf.getvalue()), "tell", buf.tell())
    buf.write("!")
    print("write after truncate:", repr(buf.getvalue()))
    print("seek(0, 1) ->", buf.seek(0, 1), "seek(2) ->", buf.seek(2))

    lines = io.StringIO("one\ntwo\nthree")
    print("last line without newline:", list(lines))
    print("readable/writable/seekable:", lines.readable(), lines.writable(), lines.seekable())

    attempts = [
        lambda: io.StringIO(42),
        lambda: io.StringIO().write(3.5),
        lambda: io.StringIO("abc").seek(-1),
        lambda: io.StringIO("abc").seek(1, 1),
        lambda: io.StringIO("abc").seek(0, 5),
        lambda: io.StringIO("abc").truncate(-2),
        lambda: io.StringIO(newline="x"),
    ]
    for attempt in attempts:
        try:
            attempt()
        except (TypeError, ValueError, OSError) as e:
            print(type(e).__name__ + ":", e)
    closed = io.StringIO("data")
    closed.close()
    for op in (closed.getvalue, closed.read, lambda: closed.write("x"), closed.tell):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
