class Registry:
    instances = 0
    shared_tags = []

    def __init__(self, name):
        self.name = name
        self.own_tags = []
        Registry.instances += 1
        self.number = Registry.instances

    def tag(self, t):
        self.shared_tags.append(t)
        self.own_tags.append(t)


a = Registry("a")
b = Registry("b")
a.tag("red")
b.tag("blue")
print(a.shared_tags, b.shared_tags, a.shared_tags is b.shared_tags)
print(a.own_tags, b.own_tags)
print(a.number, b.number, Registry.instances)
a.instances = 99
print(a.instances, b.instances, Registry.instances)


class Sub(Registry):
    instances = 100


s = Sub("s")
print(s.number, Sub.instances, Registry.instances)
print(s.shared_tags)
