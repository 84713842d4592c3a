#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets: every response example of the
official Intercom OpenAPI subset in tests/data, one file each, plus the
regression inputs kept next to this script.

    make_seeds.py OUTPUT_DIR
"""
import json
import pathlib
import shutil
import sys

here = pathlib.Path(__file__).resolve().parent
spec = here.parent / "data" / "openapi" / "intercom-subset.json"


def examples(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "examples" and isinstance(value, list):
                yield from value
            else:
                yield from examples(value)
    elif isinstance(node, list):
        for value in node:
            yield from examples(value)


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with open(spec, encoding="utf-8") as f:
        tree = json.load(f)
    count = 0
    for number, example in enumerate(examples(tree)):
        (out / f"example-{number:03}.json").write_text(
            json.dumps(example, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
        count += 1
    for regression in sorted((here / "regressions").iterdir()):
        shutil.copy(regression, out / regression.name)
        count += 1
    print(f"{count} seeds in {out}")


if __name__ == "__main__":
    main()
