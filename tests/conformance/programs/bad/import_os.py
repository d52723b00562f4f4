# expect-exit: 2 line: 3
print("before the import")
import os
print(os.sep)
