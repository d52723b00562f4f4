# expect-exit: 2 line: 4
import time

from os import path
print(path.sep, time.time())
