import time


def worker(job):
    # each job is 5 slices of blocking work
    for i in range(5):
        print(f"{time.strftime('%X')} '{job}' in progress...")
        # time.sleep blocks: nothing else can run meanwhile
        time.sleep(1)
    print(f"{time.strftime('%X')} '{job}' done.")


def main():
    start = time.perf_counter()
    for job in ["order milk", "order bread", "order eggs"]:
        worker(job)
    print(f"all jobs took {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
