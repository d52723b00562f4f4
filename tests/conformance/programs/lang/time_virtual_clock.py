import time

print("start", time.strftime("%X"), time.time())
time.sleep(1)
print("after 1 s", time.strftime("%X"), time.time())
time.sleep(0.25)
print("after 0.25 s", time.time(), time.monotonic(), time.perf_counter())
time.sleep(3600 - 1.25)
print("one hour", time.strftime("%X"), time.strftime("%H:%M:%S"), time.strftime("%Y-%m-%d"))
start = time.perf_counter()
for i in range(3):
    time.sleep(0.5)
elapsed = time.perf_counter() - start
print(f"loop took {elapsed:.2f} s, {elapsed!r}")
time.sleep(0)
print(time.time())
time.sleep(86400)
print(time.strftime("%X"), time.strftime("%d/%m/%Y %A %B"), time.strftime("%j"))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
