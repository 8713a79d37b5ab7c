#!/usr/bin/env python3
"""Records what jixiao prints into a transcript (app/src/test/resources/jixiao/app/transcripts/), which
TranscriptTest then holds the program to, byte for byte.

usage: bench/startup/record-transcript.py JAR TRANSCRIPT...

A transcript lists command lines, each followed by what it printed and its exit status:

    $ score --target ≥1 --weight abc      the arguments, split on spaces
    > a line of standard output           (">" alone: an empty line)
    ! a line of standard error            ("!" alone: an empty line)
    ? 2                                   the exit status
    > …                                   after some output lines: the rest of standard output is not compared

Lines starting with "#" before the first command line are kept. Recording keeps each command line and a
"> …" cut (after as many lines as before) and replaces the rest by what JAR prints now, run with a fresh
data folder and database: run it on a jar built before a change to record what the change must keep.
"""
import os
import subprocess
import sys
import tempfile


def lines_of(stream, name, command):
    text = stream.decode("utf-8")
    if text and not text.endswith("\n"):
        sys.exit("%s of '%s' does not end with a line break: a transcript cannot hold it" % (name, command))
    return text.split("\n")[:-1]


def record(jar, path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    cuts, command = {}, None   # command line -> stdout lines shown before "> …"
    shown = 0
    for line in lines:
        if line.startswith("$ "):
            command, shown = line, 0
        elif command and line == "> …":
            cuts[command] = shown
        elif command and (line == ">" or line.startswith("> ")):
            shown += 1
    result = list(header)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_DATA_HOME=os.path.join(home, "data"), JIXIAO_DB=os.path.join(home, "j.db"))
        env.pop("JIXIAO_LANG", None)
        for line in lines:
            if not line.startswith("$ "):
                continue
            args = line[2:].split(" ")
            run = subprocess.run(["java", "-jar", jar, *args], env=env, stdin=subprocess.DEVNULL, capture_output=True)
            out = lines_of(run.stdout, "standard output", line)
            err = lines_of(run.stderr, "standard error", line)
            result.append(line)
            result.extend(">" if text == "" else "> " + text for text in out[:cuts.get(line, len(out))])
            if line in cuts:
                result.append("> …")
            result.extend("!" if text == "" else "! " + text for text in err)
            result.append("? %d" % run.returncode)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(result) + "\n")


if __name__ == "__main__":
    for transcript in sys.argv[2:]:
        record(sys.argv[1], transcript)
