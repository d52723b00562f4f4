prices = {"milk": 1.25, "bread": 2.5}
for item in ["milk", "bread", "caviar"]:
    print(item, prices[item])
