prices = [19.99, 5.0, 0.1, 0.2, 1234.5, 0.005, 2.675]
total = 0.0
for p in prices:
    total += p
    print(f"{p:>10.2f} running {total:>10.2f}")
print(f"{'total':>10} {total:,.2f} exact {total!r}")
cents = sum(round(p * 100) for p in prices)
print(cents, f"{cents // 100}.{cents % 100:02d}")
tax_rate = 0.0825
for amount in [10, 99.99, 1000]:
    tax = round(amount * tax_rate, 2)
    print(f"amount {amount:>8} tax {tax:>7} total {amount + tax:>9.2f}")
split = 100 / 3
print(split, round(split, 2), f"{split:.2f}", round(split, 2) * 3)
print(f"{1e6:,.0f}", f"{-1234.5:,.2f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
