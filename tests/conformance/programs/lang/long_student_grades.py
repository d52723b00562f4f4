from dataclasses import dataclass, field


@dataclass
class Student:
    name: str
    scores: dict = field(default_factory=dict)

    def average(self):
        if not self.scores:
            return 0.0
        return sum(self.scores.values()) / len(self.scores)


def letter(avg):
    for threshold, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= threshold:
            return grade
    return "F"


RAW = """ann:math=95,physics=88,history=92
bob:math=72,physics=65,history=80
cid:math=58,physics=61
dee:math=88,physics=94,history=79,art=100
eve:"""

students = []
for line in RAW.splitlines():
    name, _, rest = line.partition(":")
    student = Student(name)
    for pair in filter(None, rest.split(",")):
        subject, value = pair.split("=")
        student.scores[subject] = int(value)
    students.append(student)

subjects = []
for s in students:
    for subject in s.scores:
        if subject not in subjects:
            subjects.append(subject)

header = f"{'name':<6}" + "".join(f"{sub:>9}" for sub in subjects) + f"{'avg':>8} grade"
print(header)
print("-" * len(header))
for s in sorted(students, key=lambda st: -st.average()):
    cells = "".join(f"{s.scores[sub]:>9}" if sub in s.scores else f"{'-':>9}" for sub in subjects)
    avg = s.average()
    print(f"{s.name:<6}{cells}{avg:>8.2f} {letter(avg):>5}")
print("-" * len(header))
for sub in subjects:
    values = [s.scores[sub] for s in students if sub in s.scores]
    best = max((s for s in students if sub in s.scores), key=lambda st: st.scores[sub])
    print(f"{sub:<8} n={len(values)} mean={sum(values) / len(values):6.2f} "
          f"min={min(values):3} max={max(values):3} best={best.name}")
distribution = {}
for s in students:
    g = letter(s.average())
    distribution[g] = distribution.get(g, 0) + 1
print("grades:", dict(sorted(distribution.items())))
honours = [s.name for s in students if s.average() >= 85 and len(s.scores) >= 3]
print("honours:", honours)
print(students[-1], students[-1].average())
