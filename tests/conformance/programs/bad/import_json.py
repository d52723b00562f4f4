# expect-exit: 2 line: 3
import asyncio
import json
print(json.dumps({"a": 1}))
