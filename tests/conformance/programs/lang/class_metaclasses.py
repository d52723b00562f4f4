# Metaclasses as tutorials show them: a registry, a singleton via __call__, a class that can be
# iterated and measured, 3-argument type(), __prepare__ and super().__new__.


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, namespace, **kwargs):
        namespace.setdefault("kind", name.lower())
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.initialised = True


class Animal(metaclass=Registry):
    pass


class Dog(Animal):
    pass


print(Registry.classes, Dog.kind, Dog.initialised, type(Dog).__name__, isinstance(Dog, Registry))


class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, path):
        self.path = path


print(Config("a.ini") is Config("b.ini"), Config("c").path)


class Colors(type):
    def __iter__(cls):
        return iter(cls.values)

    def __len__(cls):
        return len(cls.values)

    def __getitem__(cls, i):
        return cls.values[i]

    def __contains__(cls, item):
        return item in cls.values

    def __repr__(cls):
        return f"<palette {cls.__name__}>"


class Warm(metaclass=Colors):
    values = ["red", "orange"]


print(list(Warm), len(Warm), Warm[1], "red" in Warm, "blue" in Warm, Warm, [Warm])

Point = type("Point", (object,), {"x": 0, "move": lambda self, dx: self.x + dx})
p = Point()
print(Point.__name__, p.move(5), Point.__bases__, type(Point) is type)
Sub = type("Sub", (Point,), {})
print(Sub().move(1), Sub.__mro__)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"created_by": mcs.__name__}


class Form(metaclass=Ordered):
    a = 1


print(Form.created_by, Form.a)
try:
    type("Bad", (bool,), {})
except TypeError as e:
    print("TypeError:", e)
