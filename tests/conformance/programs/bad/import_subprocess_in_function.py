# expect-exit: 2 line: 4
def run():
    print("running")
    import subprocess
    return subprocess


print("module level first")
