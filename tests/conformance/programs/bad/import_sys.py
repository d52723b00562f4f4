# expect-exit: 2 line: 2
import sys
print(sys.maxsize > 0)
