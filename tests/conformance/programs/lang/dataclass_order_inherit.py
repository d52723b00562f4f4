from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


versions = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(versions))
print(max(versions), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))


@dataclass
class Animal:
    name: str
    legs: int = 4


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


print(Bird("robin"), Bird("penguin", can_fly=False), Animal("cat"))
print(isinstance(Bird("x"), Animal), Bird("a") == Animal("a", 2))


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = [Job(3, "low"), Job(1, "urgent"), Job(2, "normal")]
print([j.name for j in sorted(jobs)])
print(Job(1, "a") == Job(1, "b"))
