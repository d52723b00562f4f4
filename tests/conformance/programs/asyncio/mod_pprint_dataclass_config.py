# Dataclass configuration objects built by async loaders, shown with pprint (3.11's dataclass layout).
import asyncio
import pprint
from dataclasses import dataclass, field


@dataclass
class Endpoint:
    host: str
    port: int = 8080
    tags: list = field(default_factory=list)


@dataclass
class Service:
    name: str
    endpoints: list
    limits: dict
    secret: str = field(default="hunter2", repr=False)


class Writer:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


async def load_endpoint(host, delay):
    await asyncio.sleep(delay)
    return Endpoint(host, 443 if host.endswith(".com") else 8080, ["primary"] if delay < 0.2 else [])


async def main():
    endpoints = await asyncio.gather(load_endpoint("api.example.com", 0.1), load_endpoint("backup.internal", 0.3))
    service = Service("payments", endpoints, {"rps": 1200, "burst": 2500, "timeouts": {"read": 2.5, "write": 5.0}})
    pprint.pprint(endpoints[0])
    pprint.pprint(service)
    pprint.pprint(service, width=40)
    pprint.pprint([service, endpoints[1]], width=60)
    out = Writer()
    pprint.pprint({"service": service.name, "ports": [e.port for e in endpoints]}, stream=out)
    print(repr(out.text))
    print(pprint.pformat(endpoints, depth=1))
    for bad in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
        try:
            pprint.PrettyPrinter(**bad)
        except ValueError as err:
            print("ValueError:", err)


asyncio.run(main())
