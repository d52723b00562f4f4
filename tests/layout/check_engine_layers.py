#!/usr/bin/env python3
"""The engine's folders follow its pipeline, and each uses only the folders below it.

    python3 tests/layout/check_engine_layers.py

Checks, from the source files alone (engine/README.md explains the layers):
1. every `#include "…"` of an engine header names an existing file by its folder path;
2. a file in engine/<folder>/ includes only its own folder, the folders below it in LAYERS and
   engine.h (the API's vocabulary: RunOptions, OutputSinks, RunResult) — except the EXCEPTIONS below,
   each of which must still be needed;
3. app/ includes only the engine's public headers (PUBLIC);
4. the shape: at most eight source files at engine/'s top, three or more files in every folder, no
   file over 1,000 lines but the compiler's and the dispatch loop.
The last line is `N passed, N failed`; exit 0 only when nothing failed.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ENGINE = os.path.join(ROOT, "engine")

# Bottom to top. The engine's own top (engine.cpp, runtime_setup.cpp) may use every folder.
LAYERS = ["source", "numbers", "syntax", "compiler", "trace", "vm", "objects", "builtins", "modules", "asyncio"]

# (including file, included header): why the upward include is there.
EXCEPTIONS = {
    ("trace/trace_recorder.cpp", "vm/interp.h"):
        "the recorder reads the live runtime (the current frame, the clock) to write trace records",
    ("trace/trace_recorder.cpp", "asyncio/asyncio_objects.h"):
        "the recorder reads live tasks, futures and timer handles to write trace records",
    ("trace/trace_recorder_labels.cpp", "vm/interp.h"):
        "a task's position and label are read from its live frames and the program's source lines",
    ("trace/trace_recorder_labels.cpp", "asyncio/asyncio_objects.h"):
        "what a task waits on is read from its live future",
    ("vm/vm_frames.cpp", "asyncio/asyncio_objects.h"):
        "the call fast path: `await asyncio.sleep(x)` and `await q.get()` without their coroutines",
    ("vm/vm_support.cpp", "asyncio/asyncio_objects.h"):
        "`async with lock:` on asyncio's own Lock acquires it without the coroutine of __aenter__",
    ("vm/interp.cpp", "asyncio/asyncio_objects.h"):
        "the instruction budget's message names the task whose step ran too long",
}

# What app/ may include: the engine's public API.
PUBLIC = {
    "engine.h",
    "source/diagnostic.h",
    "numbers/float_format.h",
    "syntax/literal_edit.h",
    "compiler/parameters.h",
    "trace/trace.h",
    "trace/trace_format.h",
}

# Files allowed past 1,000 lines (STYLE.md: the compiler and the dispatch loop).
LONG_FILES_ALLOWED = re.compile(r"^(compiler/compiler[a-z_]*\.cpp|vm/vm_dispatch\.cpp)$")

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def engine_files():
    for folder, _, names in os.walk(ENGINE):
        for name in names:
            if name.endswith((".h", ".cpp")):
                yield os.path.relpath(os.path.join(folder, name), ENGINE)


def folder_of(rel):
    return rel.split("/")[0] if "/" in rel else "."


def rank(folder):
    return len(LAYERS) if folder == "." else LAYERS.index(folder)


def main():
    failures = []
    checks = 0
    used_exceptions = set()
    files = sorted(engine_files())
    known = set(files)

    for rel in files:
        folder = folder_of(rel)
        if folder != "." and folder not in LAYERS:
            failures.append(f"engine/{rel}: folder '{folder}' is not a layer (add it to LAYERS and engine/README.md)")
            continue
        text = open(os.path.join(ENGINE, rel), encoding="utf-8").read()
        for header in INCLUDE.findall(text):
            checks += 1
            if header not in known:
                if os.path.exists(os.path.join(ENGINE, folder, header)) and "/" not in header:
                    failures.append(f"engine/{rel}: include \"{header}\" by its folder path")
                # Anything else is not an engine header (a system or generated file).
                continue
            target = folder_of(header)
            if header == "engine.h" or target == folder or rank(target) < rank(folder):
                continue
            if (rel, header) in EXCEPTIONS:
                used_exceptions.add((rel, header))
                continue
            failures.append(f"engine/{rel}: includes {header}, a layer above {folder}/ "
                            f"(order: {' < '.join(LAYERS)})")

    for stale in sorted(set(EXCEPTIONS) - used_exceptions):
        failures.append(f"exception {stale[0]} -> {stale[1]} is no longer needed: remove it from EXCEPTIONS")

    for folder, _, names in os.walk(os.path.join(ROOT, "app")):
        for name in names:
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(folder, name)
            for header in INCLUDE.findall(open(path, encoding="utf-8").read()):
                checks += 1
                if header in known and header not in PUBLIC:
                    failures.append(f"{os.path.relpath(path, ROOT)}: includes engine/{header}, not a public header")

    top = [f for f in files if folder_of(f) == "."]
    checks += 1
    if len(top) > 8:
        failures.append(f"engine/ holds {len(top)} source files at its top (at most 8): {', '.join(top)}")
    for layer in LAYERS:
        checks += 1
        count = len([f for f in os.listdir(os.path.join(ENGINE, layer)) if f.endswith((".h", ".cpp", ".py"))])
        if count < 3:
            failures.append(f"engine/{layer}/ holds {count} files (a folder is one idea of three or more files)")
    for rel in files:
        checks += 1
        lines = sum(1 for _ in open(os.path.join(ENGINE, rel), encoding="utf-8"))
        if lines > 1000 and not LONG_FILES_ALLOWED.match(rel):
            failures.append(f"engine/{rel}: {lines} lines (only the compiler and the dispatch loop pass 1,000)")

    for failure in failures:
        print("FAIL", failure)
    print(f"{checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
