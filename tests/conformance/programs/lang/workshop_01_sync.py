import time


def worker(job):
    for _ in range(5):
        print(f"'{job}' in progress...")
        time.sleep(1)
    print(f"'{job}' done.")


def main():
    print(f"started at {time.strftime('%X')}")
    for job in ["order milk", "order bread", "order eggs"]:
        worker(job)
    print(f"finished at {time.strftime('%X')}")


if __name__ == "__main__":
    main()
