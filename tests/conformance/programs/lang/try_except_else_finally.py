def attempt(x):
    try:
        print("  try", x)
        result = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "failed"
    else:
        print("  else", result)
        return "ok"
    finally:
        print("  finally")


print(attempt(2))
print(attempt(0))


def finally_overrides():
    try:
        return "from try"
    finally:
        print("  finally runs before return")


print(finally_overrides())


def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("  not here")
        finally:
            print("  inner finally")
    except KeyError as e:
        print("  outer caught", e)
    finally:
        print("  outer finally")


nested()
for i in range(3):
    try:
        if i == 1:
            continue
        print("  loop body", i)
    finally:
        print("  loop finally", i)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
e = "unchanged"
try:
    raise ValueError("v")
except ValueError as e:
    print("caught", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
