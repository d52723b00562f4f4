class Config:
    debug = False

    def __init__(self, **settings):
        self.keys = sorted(settings)
        for key, value in settings.items():
            setattr(self, key, value)

    def describe(self):
        return ", ".join(f"{k}={getattr(self, k)}" for k in self.keys)


cfg = Config(host="localhost", port=8080)
print(cfg.describe())
print(getattr(cfg, "port"), getattr(cfg, "debug"), getattr(cfg, "missing", None))
for name in ["host", "user", "debug"]:
    print(name, hasattr(cfg, name))
setattr(cfg, "port", getattr(cfg, "port") + 1)
print(cfg.port)
method = getattr(cfg, "describe")
print(method())
action = "upper"
print(getattr("hello", action)())
handlers = {"double": lambda x: x * 2}
for op in ["double", "triple"]:
    handler = handlers.get(op)
    print(op, handler(21) if handler else "no handler")
