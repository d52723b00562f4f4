orders = [
    ("ann", "milk", 2), ("bob", "bread", 1), ("ann", "eggs", 12), ("cid", "milk", 1),
    ("bob", "milk", 3), ("ann", "milk", 1), ("cid", "jam", 2),
]
per_customer = {}
per_item = {}
for customer, item, qty in orders:
    per_customer.setdefault(customer, []).append(item)
    per_item[item] = per_item.get(item, 0) + qty
print(per_customer)
print(per_item)
print(max(per_item, key=per_item.get), min(per_item.items(), key=lambda kv: kv[1]))
nested = {}
for customer, item, qty in orders:
    nested.setdefault(customer, {})
    nested[customer][item] = nested[customer].get(item, 0) + qty
print(nested)
for customer in sorted(nested):
    items = nested[customer]
    print(customer, ", ".join(f"{k} x{v}" for k, v in sorted(items.items())))
word_index = {}
for i, word in enumerate("the cat and the hat and the bat".split()):
    word_index.setdefault(word, []).append(i)
print(word_index)
print({k: len(v) for k, v in word_index.items() if len(v) > 1})
