# compare: stderr
# One logger per component, named with dots: children propagate to their parents' handlers,
# levels are inherited (getEffectiveLevel), propagate=False stops the climb, and a handler on
# stdout shows a different format from the root's on stderr.
import asyncio
import logging
import sys

root_handler = logging.StreamHandler()
root_handler.setFormatter(logging.Formatter("ROOT [%(name)s] %(levelname)s %(message)s"))
logging.getLogger().addHandler(root_handler)
logging.getLogger().setLevel(logging.WARNING)

app = logging.getLogger("app")
db = logging.getLogger("app.db")
net = logging.getLogger("app.net")
audit = logging.getLogger("audit")

console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(funcName)s:%(lineno)d|%(message)s"))
app.addHandler(console)
app.setLevel(logging.DEBUG)
net.setLevel(logging.ERROR)
audit.propagate = False
audit.addHandler(console)


async def query(sql):
    db.debug("running %r", sql)
    await asyncio.sleep(0.2)
    db.info("query done")
    return 42


async def fetch(url):
    net.info("GET %s", url)  # below ERROR for app.net
    await asyncio.sleep(0.3)
    net.error("GET %s failed: %s", url, "timeout")


async def main():
    await asyncio.gather(query("SELECT 1"), fetch("http://example.com"))
    audit.warning("user %s logged in", "ada")
    for logger in (app, db, net, audit, logging.getLogger()):
        print(logger.name, logging.getLevelName(logger.level), logging.getLevelName(logger.getEffectiveLevel()),
              logger.isEnabledFor(logging.INFO), logger.propagate)
    print("db parent:", db.parent.name, "| app parent:", app.parent.name)
    print("same object:", logging.getLogger("app.db") is db, app.getChild("db") is db)
    late = logging.getLogger("app.cache.redis")
    print("late logger parent:", late.parent.name, late.getEffectiveLevel())
    cache = logging.getLogger("app.cache")
    print("after app.cache exists:", late.parent.name)
    print(repr(app), repr(net), repr(logging.getLogger()))
    print("has handlers:", late.hasHandlers(), audit.hasHandlers())


asyncio.run(main())
