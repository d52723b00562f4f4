# Loading service configuration from JSON text at startup, then starting workers from it.
import asyncio
import json

CONFIG_TEXT = """
{
    "service": "thumbnailer",
    "workers": 3,
    "retry": {"attempts": 2, "backoff": 0.25},
    "queues": ["small", "large"],
    "debug": false,
    "timeout": null,
    "ratio": 1.5e-1
}
"""

DEFAULTS = {"workers": 1, "debug": True, "log_level": "info"}


async def load_config(text):
    await asyncio.sleep(0.1)  # pretend to read it from disk
    config = dict(DEFAULTS)
    config.update(json.loads(text))
    return config


async def worker(name, jobs, config):
    while True:
        job = await jobs.get()
        await asyncio.sleep(config["retry"]["backoff"] * job["size"])
        print(f"{name} resized {job['file']} -> {json.dumps(job, sort_keys=True)}")
        jobs.task_done()


async def main():
    config = await load_config(CONFIG_TEXT)
    print(sorted(config))
    print(config["retry"], type(config["ratio"]).__name__, config["ratio"], config["timeout"])
    jobs = asyncio.Queue()
    tasks = [asyncio.create_task(worker(f"w{i}", jobs, config)) for i in range(config["workers"])]
    raw_jobs = '[{"file": "a.png", "size": 2}, {"file": "b.png", "size": 1}, {"file": "c.png", "size": 3},' \
               ' {"file": "d.png", "size": 1}]'
    for job in json.loads(raw_jobs):
        await jobs.put(job)
    await jobs.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    # Round trip: what we dump comes back equal.
    again = json.loads(json.dumps(config))
    print(again == config, len(json.dumps(config)), json.dumps(config["queues"]))
    print(json.dumps({"workers": config["workers"], "ok": True, "none": None, "tuple": (1, 2)}))


asyncio.run(main())
