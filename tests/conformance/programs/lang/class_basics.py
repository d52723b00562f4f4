class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.describe(), fido.describe())
print(rex.birthday().birthday().describe())
print(rex.species, Dog.species, Dog.count)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
Dog.species = "dog"
print(rex.species, fido.species)
print(type(rex).__name__, isinstance(rex, Dog), isinstance(3, Dog))
fido.tricks = ["sit"]
print(fido.tricks, hasattr(rex, "tricks"))
method = rex.describe
print(method(), Dog.describe(fido))
print(Dog.__name__, rex.__class__.__name__)
print(rex.__dict__)
