MAZE = [
    "##########",
    "#S...#...#",
    "#.##.#.#.#",
    "#.#..#.#.#",
    "#.#.##.#.#",
    "#...#..#E#",
    "###.#.##.#",
    "#.....#..#",
    "##########",
]


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    return None


def bfs(start, goal):
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        current = queue[head]
        head += 1
        if current == goal:
            break
        r, c = current
        for dr, dc in [(-1, 0), (0, 1), (1, 0), (0, -1)]:
            nxt = (r + dr, c + dc)
            if MAZE[nxt[0]][nxt[1]] != "#" and nxt not in came_from:
                came_from[nxt] = current
                queue.append(nxt)
    if goal not in came_from:
        return None, head
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1], head


start, goal = find("S"), find("E")
print("start", start, "goal", goal)
path, explored = bfs(start, goal)
print("path length:", len(path) - 1, "explored:", explored)
print(path)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
turns = 0
for a, b, c in zip(path, path[1:], path[2:]):
    if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]):
        turns += 1
print("turns:", turns)
print("(7, 1) reachable:", bfs(start, (7, 1))[0] is not None)
