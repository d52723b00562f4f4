# expect-exit: 2 line: 3
import asyncio
import csv
print(csv.writer)
