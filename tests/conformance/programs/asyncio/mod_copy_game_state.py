# Snapshots of a game state taken with copy.deepcopy while tasks keep changing it; shallow
# copies share the nested lists, deep copies do not; shared references and cycles survive.
import asyncio
import copy


class Player:
    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __repr__(self):
        return f"Player({self.name!r}, {self.items})"


async def play(state, name, loot):
    for item in loot:
        await asyncio.sleep(0.1)
        state["players"][name].items.append(item)
        state["turn"] += 1


async def main():
    state = {"turn": 0, "players": {"ann": Player("ann", []), "bob": Player("bob", ["map"])}}
    snapshots = []

    async def photographer():
        for _ in range(3):
            await asyncio.sleep(0.15)
            snapshots.append(copy.deepcopy(state))

    await asyncio.gather(play(state, "ann", ["sword", "key"]), play(state, "bob", ["gem"]), photographer())
    for snap in snapshots:
        print(snap["turn"], snap["players"])
    print("now", state["turn"], state["players"])

    grid = [[0, 0], [0, 0]]
    shallow = copy.copy(grid)
    deep = copy.deepcopy(grid)
    grid[0][0] = 9
    print(shallow, deep, shallow[0] is grid[0], deep[0] is grid[0], shallow is grid)

    shared = [1, 2]
    pair = [shared, shared]
    twin = copy.deepcopy(pair)
    print(twin, twin[0] is twin[1], twin[0] is shared)
    loop = [1]
    loop.append(loop)
    clone = copy.deepcopy(loop)
    print(clone[1] is clone, clone[1] is loop, len(clone))
    t = (1, "a", None)
    print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)


asyncio.run(main())
