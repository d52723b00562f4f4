import time

for _ in range(10):
    time.sleep(0.1)
print(time.time(), time.time() == 1.0)
time.sleep(0.2)
print(repr(time.time()))
t0 = time.monotonic()
time.sleep(1 / 3)
print(time.monotonic() - t0)
print(f"{time.time():.3f}", round(time.time(), 6))
print(time.strftime("%X"))
