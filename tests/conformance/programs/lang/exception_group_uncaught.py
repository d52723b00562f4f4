def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is missing"))
    if record.get("age", 0) < 0:
        problems.append(ValueError("age is negative"))
    if problems:
        raise ExceptionGroup("invalid record", problems)
    return "ok"


print(validate({"name": "ann", "age": 3}))
print(validate({"name": "", "age": -1}))
