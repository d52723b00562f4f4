# compare: stderr
# Logging with no configuration (warnings and above reach stderr through logging.lastResort,
# message only), NullHandler in a library, LoggerAdapter adding request ids from tasks, extra=,
# and basicConfig(force=True) replacing the setup.
import asyncio
import io
import logging

lib = logging.getLogger("mylib")
lib.addHandler(logging.NullHandler())
quiet = logging.getLogger("unconfigured")


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req {self.extra['rid']}] {msg}", kwargs


async def handle(rid, delay):
    log = RequestAdapter(logging.getLogger("web"), {"rid": rid})
    log.info("start")
    await asyncio.sleep(delay)
    if delay > 0.2:
        log.warning("slow: %.1fs", delay)
    log.info("end")
    return log


async def main():
    quiet.info("not shown: no handler and below WARNING")
    quiet.warning("shown by lastResort on stderr")
    quiet.error("so is %s", "this")
    lib.warning("swallowed by the library's NullHandler")
    print("lastResort level:", logging.getLevelName(logging.lastResort.level))

    logging.basicConfig(level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
    adapters = await asyncio.gather(handle(1, 0.1), handle(2, 0.3))
    print(repr(adapters[0]), adapters[0].name, adapters[0].isEnabledFor(logging.DEBUG))

    logging.getLogger("web").info("user %s", "ada", extra={"user": "ada"})
    try:
        logging.getLogger("web").info("bad", extra={"message": "x"})
    except KeyError as e:
        print("KeyError:", e)

    buf = io.StringIO()
    logging.basicConfig(stream=buf, format="%(user)s did %(message)s", force=True)
    logging.warning("a thing", extra={"user": "bob"})
    print("captured:", repr(buf.getvalue()))
    logging.basicConfig(level=logging.DEBUG)  # ignored: the root already has a handler
    print("root level:", logging.getLevelName(logging.getLogger().level))
    for kwargs in ({"stream": buf, "handlers": []}, {"style": "!"}, {"bogus": 1, "level": "INFO"}):
        kwargs["force"] = True
        try:
            logging.basicConfig(**kwargs)
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
