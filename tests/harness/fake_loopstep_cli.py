#!/usr/bin/env python3
"""A stand-in for loopstep-cli, used only to test tests/conformance/check.py itself.

    fake_loopstep_cli.py run|steps FILE.py [--seed N] [--set LINE:COL=NUMBER]...

`run` and `steps` delegate to cpython_vclock.py (so on a correct expectation it passes).  Programs
with a `# expect-exit: N line: L` marker are "refused" the way Loopstep must refuse them:
`FILE:L:1: error: construct is not supported` on stderr, exit N.  Set FAKE_CLI_BREAK=1 to make
every `run` print one extra line, which check.py must report as a failure.
"""

import os
import re
import subprocess
import sys

HARNESS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython_vclock.py")


def main(argv):
    if len(argv) < 2 or argv[0] not in ("run", "steps"):
        print("usage: fake_loopstep_cli.py run|steps FILE.py [options]", file=sys.stderr)
        return 2
    command, path, options = argv[0], argv[1], argv[2:]
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*expect-exit:\s*(\d+)(?:\s+line:\s*(\d+))?", line)
            if m:
                print(f"{path}:{m.group(2) or 1}:1: error: construct is not supported", file=sys.stderr)
                return int(m.group(1))
    mode = ["--steps"] if command == "steps" else []
    done = subprocess.run([sys.executable, HARNESS, path, *mode, *options])
    if command == "run" and os.environ.get("FAKE_CLI_BREAK"):
        print("an extra line")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
