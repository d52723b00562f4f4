records = [
    ("alice", "sales", 5000),
    ("bob", "eng", 7000),
    ("carol", "eng", 7000),
    ("dave", "sales", 4500),
    ("erin", "hr", 5000),
    ("frank", "eng", 6500),
]
by_salary = sorted(records, key=lambda r: r[2], reverse=True)
for r in by_salary:
    print(r)
by_dept_then_salary = sorted(sorted(records, key=lambda r: -r[2]), key=lambda r: r[1])
print([r[0] for r in by_dept_then_salary])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2], r[0]))])
departments = {}
for name, dept, salary in records:
    departments.setdefault(dept, []).append(salary)
for dept in sorted(departments):
    salaries = departments[dept]
    print(f"{dept:<6} n={len(salaries)} total={sum(salaries):>6} avg={sum(salaries) / len(salaries):.1f}")
print(sorted(records, key=lambda r: len(r[0]))[0], min(records, key=lambda r: r[2]))
