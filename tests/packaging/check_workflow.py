"""Checks the GitHub Actions workflow without running it.

    python3 check_workflow.py .github/workflows/release.yml

It must be valid YAML, and have the shape the release process relies on:
the three platforms on pinned runner images, Qt 6.8 and QtKeychain 0.15,
NSIS installed, keychain tests required, steps that either run a command or
use a pinned action, artifacts uploaded, and balanced ${{ }} expressions.
"""

import re
import sys

import yaml


def fail(message):
    print(f"{sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    with open(sys.argv[1], encoding="utf-8") as stream:
        text = stream.read()
    try:
        workflow = yaml.safe_load(text)
    except yaml.YAMLError as error:
        fail(f"not valid YAML: {error}")

    if not isinstance(workflow, dict):
        fail("the top level is not a mapping")
    # YAML 1.1 reads a bare `on` key as the boolean true.
    if "on" not in workflow and True not in workflow:
        fail("no `on:` trigger")
    jobs = workflow.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        fail("no jobs")

    if text.count("${{") != text.count("}}"):
        fail("unbalanced ${{ }} expressions")

    runners = set()
    uploads = 0
    for name, job in jobs.items():
        if "runs-on" not in job:
            fail(f"job {name} has no runs-on")
        runs_on = job["runs-on"]
        if isinstance(runs_on, str) and "matrix." in runs_on:
            for entry in job.get("strategy", {}).get("matrix", {}).get("include", []):
                runners.add(entry.get("os"))
        else:
            runners.add(runs_on)
        steps = job.get("steps")
        if not steps:
            fail(f"job {name} has no steps")
        for index, step in enumerate(steps):
            if ("run" in step) == ("uses" in step):
                fail(f"job {name}, step {index + 1}: needs exactly one of run/uses")
            uses = step.get("uses", "")
            if uses and not re.search(r"@(v\d+(\.\d+)*|[0-9a-f]{40})$", uses):
                fail(f"job {name}: action {uses} is not pinned to a version")
            if uses.startswith("actions/upload-artifact@"):
                uploads += 1

    # Pinned images: "-latest" moves to a new image under the workflow.
    for runner in runners:
        if not isinstance(runner, str) or runner.endswith("-latest"):
            fail(f"runner {runner!r} is not a pinned image")
    for system in ("windows-", "macos-", "ubuntu-24.04"):
        if not any(runner.startswith(system) for runner in runners):
            fail(f"no job runs on {system}*")
    env = workflow.get("env", {})
    qt_version = str(env.get("QT_VERSION", ""))
    if not qt_version.startswith("6.8"):
        fail(f"QT_VERSION is {qt_version!r}, not the 6.8 LTS")
    keychain = tuple(int(part) for part in str(env.get("QTKEYCHAIN_VERSION", "0")).split("."))
    if keychain < (0, 15):
        fail(f"QTKEYCHAIN_VERSION {env.get('QTKEYCHAIN_VERSION')!r}: 0.14 does not build with Qt 6.8")
    # The keychain tests run, and must not be skipped.
    if "FLOORWATCH_KEYCHAIN_REQUIRED: '1'" not in text or re.search(r"-LE [^\n]*keychain", text):
        fail("the test job does not require the keychain tests")
    if "choco install nsis" not in text:
        fail("NSIS is not installed for CPack's NSIS generator")
    if uploads == 0:
        fail("nothing is uploaded as an artifact")

    print(f"{sys.argv[1]}: {len(jobs)} jobs on {', '.join(sorted(runners))}, Qt {qt_version}")


if __name__ == "__main__":
    main()
