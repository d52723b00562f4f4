class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def __init__(self, name, weeks):
        super().__init__(name)
        self.weeks = weeks

    def speak(self):
        base = super().speak()
        return base + f" (a {self.weeks}-week-old {self.kind().lower()})"


class Cat(Animal):
    def speak(self):
        return f"{self.name} ignores you"


pets = [Animal("generic"), Dog("Rex"), Puppy("Bit", 8), Cat("Tom")]
for pet in pets:
    print(pet.speak())
print([isinstance(p, Dog) for p in pets])
print([type(p).__name__ for p in pets])
print(isinstance(pets[2], Animal), issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(Puppy.__mro__[1].__name__, Puppy.__bases__[0].__name__)


class Base:
    def __init__(self):
        print("Base init")
        self.tag = "base"


class Child(Base):
    def __init__(self):
        print("Child init start")
        super().__init__()
        print("Child init end", self.tag)


Child()


class NoInit(Base):
    pass


print(NoInit().tag)
