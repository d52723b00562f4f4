NAME = "queue-demo"

import config  # noqa: E402

print("app loaded, config has WORKERS:", hasattr(config, "WORKERS"))
