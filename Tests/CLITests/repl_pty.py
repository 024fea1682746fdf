#!/usr/bin/env python3
"""Drives `vocgraph repl` through a pseudo-terminal, as a person at a keyboard would.

    repl_pty.py VOCGRAPH GRAPH KEYS...

Each KEYS argument is typed in turn; after one that ends a line (Enter or Ctrl-C) the next
waits until the REPL shows a prompt again (`?> ` or `...> `); one starting with `~` is typed
after a second without waiting (Ctrl-C during a running query). Escapes:
\\n Enter, \\x03 Ctrl-C, \\x04 Ctrl-D, \\x1b[A the up arrow. Prints everything the terminal showed,
then `EXIT <status>`. Gives up (exit 2) when a prompt does not come within 20 seconds."""
import os
import pty
import select
import sys
import time


def main():
    binary, graph, keys = sys.argv[1], sys.argv[2], sys.argv[3:]
    env = dict(os.environ, TERM="xterm", VOCGRAPH_HISTORY="")
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary, "repl", "--graph", graph], env)
    seen = b""

    def wait_for_prompt(since):
        deadline = time.time() + 20
        while time.time() < deadline:
            tail = seen[since:]
            if tail.rstrip(b" ").endswith((b"?>", b"...>")):
                return True
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return False
                if not chunk:
                    return False
                seen_append(chunk)
        return False

    def wait_for_echo(since, typed):
        text = typed.encode("utf-8").decode("unicode_escape").encode("latin-1")
        last = text.rstrip()[-1:] if text.strip() else b""
        deadline = time.time() + 20
        while time.time() < deadline:
            if last and last in seen[since:]:
                time.sleep(0.1)
                return
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                seen_append(chunk)

    def seen_append(chunk):
        nonlocal seen
        seen += chunk

    mark = 0
    previous = "\\n"
    for key in keys:
        if key.startswith("~"):
            key = key[1:]
            time.sleep(1)
        elif not previous.endswith(("\\n", "\\x03")):
            # A partial line: wait until the editor has echoed it (it is reading input), so a
            # key such as Ctrl-C lands in the line editor even on a loaded machine.
            wait_for_echo(mark, previous)
        elif not wait_for_prompt(mark):
            sys.stdout.write(seen.decode("utf-8", "replace"))
            print("\nTIMEOUT waiting for a prompt")
            os.kill(pid, 9)
            sys.exit(2)
        else:
            # libedit prints the prompt before it switches the terminal to its own mode; a key
            # sent in between (Ctrl-D at once) is read in the wrong mode and lost.
            time.sleep(0.3)
        mark = len(seen)
        data = key.encode("utf-8").decode("unicode_escape").encode("latin-1")
        os.write(fd, data)
        previous = key
    deadline = time.time() + 20
    status = None
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if chunk:
                seen_append(chunk)
                continue
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(code)
            break
    sys.stdout.write(seen.decode("utf-8", "replace"))
    print(f"\nEXIT {status}")


main()
