# args: --set 8:20=0.5
import time


def worker(job):
    for i in range(5):
        print(f"{time.strftime('%X')} '{job}' in progress... (step {i + 1})")
        time.sleep(1)
    print(f"{time.strftime('%X')} '{job}' done.")


def main():
    start = time.perf_counter()
    for job in ["order milk", "order bread", "order eggs"]:
        worker(job)
    print(f"all jobs took {time.perf_counter() - start:.1f} s, clock reads {time.time()}")


if __name__ == "__main__":
    main()
