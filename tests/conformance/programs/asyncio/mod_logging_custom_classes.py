# compare: stderr
# A "structured logging" exercise: every piece of logging replaced by the program's own class —
# a Formatter subclass (format and formatTime), a Filter that is a plain function, a Handler that
# collects records, a Logger subclass through setLoggerClass with its own makeRecord, a record
# factory.
import asyncio
import io
import logging


class JsonishFormatter(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return f"t={record.created:.3f}"

    def format(self, record):
        base = super().format(record)
        return "{" + base + f", 'task': {record.task!r}" + "}"


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage(), record.lineno, record.funcName))


class TaggingLogger(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        record = super().makeRecord(*args, **kwargs)
        record.tagged = True
        return record


old_factory = logging.getLogRecordFactory()


def record_factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    try:
        record.task = asyncio.current_task().get_name()
    except RuntimeError:
        record.task = None
    return record


logging.setLogRecordFactory(record_factory)
logging.setLoggerClass(TaggingLogger)

buffer = io.StringIO()
stream_handler = logging.StreamHandler(buffer)
stream_handler.setFormatter(JsonishFormatter("'at': '%(asctime)s', 'level': '%(levelname)s', 'msg': '%(message)s'"))
stream_handler.addFilter(lambda record: "secret" not in record.getMessage())
collector = ListHandler()
log = logging.getLogger("shop")
log.setLevel(logging.DEBUG)
log.addHandler(stream_handler)
log.addHandler(collector)
log.propagate = False


async def customer(name, delay):
    log.debug("%s is browsing", name)
    await asyncio.sleep(delay)
    log.info("%s bought %d items", name, len(name))
    log.warning("secret discount for %s", name)
    return name


async def main():
    names = await asyncio.gather(customer("ann", 0.25), customer("bob", 0.5))
    log.error("done with %s", names)
    print(buffer.getvalue(), end="")
    for entry in collector.records:
        print(entry)
    print(type(log).__name__, collector.level)
    print("still running")


asyncio.run(main())
