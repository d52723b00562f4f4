# expect-exit: 2 line: 4
command = "go north"
verb = command.split()[0]
match verb:
    case "go":
        print("moving")
    case _:
        print("unknown")
