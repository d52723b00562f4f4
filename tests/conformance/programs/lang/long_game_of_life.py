def parse(picture):
    return [[1 if ch == "#" else 0 for ch in row] for row in picture.strip().split("\n")]


def render(grid):
    return "\n".join("".join("#" if cell else "." for cell in row) for row in grid)


def neighbours(grid, r, c):
    rows, cols = len(grid), len(grid[0])
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr, cc = (r + dr) % rows, (c + dc) % cols
            total += grid[rr][cc]
    return total


def step(grid):
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, cell in enumerate(row):
            n = neighbours(grid, r, c)
            alive = (cell and n in (2, 3)) or (not cell and n == 3)
            new_row.append(1 if alive else 0)
        new.append(new_row)
    return new


def population(grid):
    return sum(sum(row) for row in grid)


START = """
..........
...#......
....#.....
..###.....
..........
......##..
......##..
..........
"""

grid = parse(START)
seen = {}
for generation in range(9):
    key = render(grid)
    if key in seen:
        print(f"generation {generation} repeats generation {seen[key]}")
    seen[key] = generation
    if generation % 4 == 0:
        print(f"generation {generation}, population {population(grid)}")
        print(render(grid))
    grid = step(grid)
blinker = parse("""
.....
..#..
..#..
..#..
.....
""")
period = [render(blinker)]
for _ in range(2):
    blinker = step(blinker)
    period.append(render(blinker))
print("blinker period 2:", period[0] == period[2], period[0] != period[1])
print(render(step(parse("##\n##"))) == "##\n##" or "torus changes small grids")
