def load():
    try:
        return {}["config"]
    except KeyError as e:
        raise RuntimeError("stop here") from e


print("loading")
load()
