# __new__ (singletons, caching, returning other objects), __init_subclass__ (plugin registries)
# and __class_getitem__.


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name):
        self.name = name


a = Singleton("first")
b = Singleton("second")
print(a is b, a.name)


class Celsius:
    def __new__(cls, degrees):
        if degrees < -273.15:
            return None
        return super().__new__(cls)

    def __init__(self, degrees):
        self.degrees = degrees


print(Celsius(20).degrees, Celsius(-300))


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int])


class Descriptor:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name

    def __get__(self, obj, objtype=None):
        return self.name


class Model:
    field = Descriptor()


print(Model.field, Model().field)
try:
    object.__new__(list)
except TypeError as e:
    print("TypeError:", e)
