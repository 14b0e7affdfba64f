#!/usr/bin/env python3
"""Tests of heapscope's interactive interpreter (src/cli/repl.c), run by `make test` through
tools/runtests.py (--driver), printing one 'PASS name' / 'FAIL name: why' line per test.

1. Transcripts: each tests/repl/NAME.in is fed to `heapscope -i -q` through a pipe (the
   REPL without a terminal: prompts and tracebacks on stderr, echoed values on stdout) and
   stdout, stderr and the exit status must equal CPython 3.11's, recorded by
   tools/gen_repl_expected.py in NAME.out/.err/.code.
2. Terminal sessions: heapscope with no argument under a pseudo-terminal (python3's pty),
   so the libedit path runs: banner, prompts, echo, _, multi-line blocks, a traceback and
   going on, Ctrl-C while reading and while a loop runs, history (Ctrl-P), line editing
   (Ctrl-A), exit(3) and Ctrl-D.
Usage: tools/test_repl.py HEAPSCOPE
"""
import glob
import os
import pty
import select
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0",
       "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
TIMEOUT = float(os.environ.get("HS_REPL_TIMEOUT", "20"))

# ==== transcripts ====


def read_text(path, default=""):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return default


def first_difference(want, got):
    w, g = want.splitlines(), got.splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return f" at line {i + 1}: expected {a!r}, got {b!r}"
    return ""


def transcript_test(exe, path):
    """None when heapscope's REPL fed with 'path' prints what CPython printed, else why not."""
    base = path[:-3]
    with open(path, "rb") as f:
        try:
            proc = subprocess.run([exe, "-i", "-q"], stdin=f, capture_output=True, cwd=ROOT,
                                  env=ENV, timeout=TIMEOUT * 3)
        except subprocess.TimeoutExpired:
            return "timed out"
    if proc.returncode < 0:
        return f"crashed (signal {-proc.returncode})"
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    problems = []
    want_out, want_err = read_text(base + ".out"), read_text(base + ".err")
    if out != want_out:
        problems.append("stdout differs" + first_difference(want_out, out))
    if err != want_err:
        problems.append("stderr differs" + first_difference(want_err, err))
    want_code = int(read_text(base + ".code", "0").strip() or 0)
    if proc.returncode != want_code:
        problems.append(f"exit code {proc.returncode}, expected {want_code}")
    return "; ".join(problems) or None


# ==== terminal sessions ====


class Session:
    """heapscope under a pseudo-terminal; 'out' is everything it wrote (CRLF as sent)."""

    def __init__(self, exe):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            env = dict(ENV, TERM="dumb", HOME="/nonexistent")
            os.execve(exe, [exe], env)
        self.out = b""
        self.status = None

    def read_until(self, pattern, start=0):
        """Read until 'pattern' appears in out[start:]; False on EOF or timeout."""
        end = time.time() + TIMEOUT
        while pattern not in self.out[start:]:
            if time.time() > end:
                return False
            r, _, _ = select.select([self.fd], [], [], 0.1)
            if not r:
                continue
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                return False
            if not data:
                return False
            self.out += data
        return True

    def send(self, data, wait_for=b">>> "):
        """Type 'data' and wait until 'wait_for' is shown after it."""
        time.sleep(0.1)  # let the line editor take the terminal before typing
        start = len(self.out)
        os.write(self.fd, data)
        return self.read_until(wait_for, start)

    def finish(self):
        """Wait for the process (reading what is left); its exit status."""
        self.read_until(b"\0never\0")
        end = time.time() + TIMEOUT
        while time.time() < end:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                break
            time.sleep(0.05)
        else:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        os.close(self.fd)
        return self.status

    def text(self):
        return self.out.decode("utf-8", "replace").replace("\r\n", "\n")


def expect(cond, why, problems):
    if not cond:
        problems.append(why)


def session_basics(exe):
    s = Session(exe)
    problems = []
    expect(s.read_until(b">>> "), "no first prompt", problems)
    expect(s.send(b"1 + 1\r"), "no prompt after 1 + 1", problems)
    expect(s.send(b"_ * 3\r"), "no prompt after _ * 3", problems)
    expect(s.send(b"None\r"), "no prompt after None", problems)
    expect(s.send(b"\x04", b"\n"), "no newline after Ctrl-D", problems)
    status = s.finish()
    t = s.text()
    head = t.split("\n")
    expect(head[0].startswith("Python 3.11.7 (") and head[0].endswith(" on linux"),
           f"banner line 1 is {head[0]!r}", problems)
    expect(len(head) > 1 and head[1] == 'Type "help", "copyright", "credits" or "license" '
           "for more information.", f"banner line 2 is {head[1:2]!r}", problems)
    expect(">>> 1 + 1\n2\n>>> _ * 3\n6\n>>> None\n>>> \n" in t,
           f"echo transcript wrong: {t[-120:]!r}", problems)
    expect(t.endswith(">>> \n"), f"Ctrl-D did not end with a newline: {t[-20:]!r}", problems)
    expect(status == 0, f"exit status {status} after Ctrl-D", problems)
    return problems


def session_blocks(exe):
    s = Session(exe)
    problems = []
    s.read_until(b">>> ")
    expect(s.send(b"def twice(x):\r", b"... "), "no ps2 after def line", problems)
    expect(s.send(b"    return 2 * x\r", b"... "), "no ps2 inside the body", problems)
    expect(s.send(b"\r"), "blank line did not end the def", problems)
    expect(s.send(b"twice(21)\r"), "no prompt after call", problems)
    expect(s.send(b"for i in range(3):\r", b"... "), "no ps2 after for", problems)
    expect(s.send(b"    print(i * 10)\r", b"... "), "no ps2 in for", problems)
    expect(s.send(b"\r"), "blank line did not end the for", problems)
    expect(s.send(b"1 / 0\r"), "no prompt after the traceback", problems)
    expect(s.send(b"print('still', 'here')\r"), "no prompt after print", problems)
    expect(s.send(b"exit(3)\r", b"\0never\0") is False, "exit(3) did not end", problems)
    status = s.finish()
    t = s.text()
    want = (">>> def twice(x):\n...     return 2 * x\n... \n>>> twice(21)\n42\n"
            ">>> for i in range(3):\n...     print(i * 10)\n... \n0\n10\n20\n"
            ">>> 1 / 0\nTraceback (most recent call last):\n"
            '  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n'
            ">>> print('still', 'here')\nstill here\n>>> exit(3)\n")
    expect(want in t, f"transcript wrong: {t[-400:]!r}", problems)
    expect(status == 3, f"exit status {status} after exit(3), expected 3", problems)
    return problems


def session_editing(exe):
    s = Session(exe)
    problems = []
    s.read_until(b">>> ")
    expect(s.send(b"abc\x03", b"KeyboardInterrupt"), "Ctrl-C printed no KeyboardInterrupt",
           problems)
    expect(s.read_until(b">>> ", len(s.out) - 20), "no prompt after Ctrl-C", problems)
    expect(s.send(b"40 + 2\r"), "no prompt after 40 + 2", problems)
    # Ctrl-P recalls the previous line from the history
    expect(s.send(b"\x10\r"), "no prompt after Ctrl-P", problems)
    # Ctrl-A moves to the start of the line: '+5' becomes '10+5'
    expect(s.send(b"+5\x0110\r"), "no prompt after Ctrl-A edit", problems)
    expect(s.send(b"\x04", b"\n"), "no newline after Ctrl-D", problems)
    status = s.finish()
    t = s.text()
    expect("\nKeyboardInterrupt\n>>> " in t, f"Ctrl-C transcript wrong: {t!r}", problems)
    expect(t.count("\n42\n") == 2, f"history recall did not run 40 + 2 again: {t!r}", problems)
    expect("\n15\n" in t, f"Ctrl-A edit did not give 15: {t!r}", problems)
    expect(status == 0, f"exit status {status}", problems)
    return problems


def session_interrupt(exe):
    s = Session(exe)
    problems = []
    s.read_until(b">>> ")
    expect(s.send(b"n = 0\r"), "no prompt after n = 0", problems)
    expect(s.send(b"while True:\r", b"... "), "no ps2 after while", problems)
    expect(s.send(b"    n += 1\r", b"... "), "no ps2 in while", problems)
    time.sleep(0.1)
    os.write(s.fd, b"\r")  # the blank line starts the endless loop
    time.sleep(0.5)
    start = len(s.out)
    os.write(s.fd, b"\x03")
    expect(s.read_until(b">>> ", start), "Ctrl-C did not stop the loop", problems)
    expect(s.send(b"n > 1000\r"), "no prompt after n > 1000", problems)
    expect(s.send(b"\x04", b"\n"), "no newline after Ctrl-D", problems)
    status = s.finish()
    t = s.text()
    want = ('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
            "KeyboardInterrupt\n>>> n > 1000\nTrue\n>>> \n")
    expect(want in t, f"transcript wrong: {t[-200:]!r}", problems)
    expect(status == 0, f"exit status {status}", problems)
    return problems


def has_libedit(exe):
    """True when 'exe' is linked with libedit (else its editing keys are not tested)."""
    try:
        out = subprocess.run(["ldd", exe], capture_output=True, text=True).stdout
    except OSError:
        return True
    return "libedit" in out


SESSIONS = [session_basics, session_blocks, session_editing, session_interrupt]

# ==== main ====


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: tools/test_repl.py HEAPSCOPE")
    exe = os.path.abspath(sys.argv[1])
    failed = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "repl", "*.in"))):
        name = "repl_transcript_" + os.path.basename(path)[:-3]
        why = transcript_test(exe, path)
        print(f"PASS {name}" if why is None else f"FAIL {name}: {why}", flush=True)
        failed += why is not None
    for test in SESSIONS:
        if test is session_editing and not has_libedit(exe):
            print("repl_tty_editing not run: heapscope was built without libedit", flush=True)
            continue
        problems = test(exe)
        name = "repl_tty_" + test.__name__[len("session_"):]
        print(f"PASS {name}" if not problems else f"FAIL {name}: {'; '.join(problems)}",
              flush=True)
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
