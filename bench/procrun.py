#!/usr/bin/python3
"""procrun.py OUT [--cwd DIR] [--env K=V] [--stdin F] [--stdout F] -- CMD...

Runs CMD with stdin from F (default /dev/null), stdout to F (default
OUT.stdout) and stderr to OUT.stderr, and writes one line to OUT:

    wall_s user_s sys_s max_rss_kb tree_rss_kb exit_status

user/sys/max_rss come from GNU time (a small C program, so the largest
process is not this interpreter's image before exec): CPU of CMD and every
descendant it waited for, and the largest single process.  A poller that forks a
pipeline per feed (sfeed_update) runs many processes at once, so the
largest one says little about its footprint: tree_rss_kb is the peak of
the summed RSS of CMD and all its live descendants, sampled every
INTERVAL seconds (default 0.05).
"""
import os
import subprocess
import sys
import threading
import time

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def tree_rss_kb(root):
    """Summed RSS of the descendants of root, root excluded."""
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name, "rb") as fp:
                stat = fp.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: split after
        # the last ')'.
        fields = stat[stat.rfind(b")") + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(name))
    total, todo = 0, list(children.get(root, ()))
    while todo:
        pid = todo.pop()
        try:
            with open("/proc/%d/statm" % pid, "rb") as fp:
                total += int(fp.read().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(children.get(pid, ()))
    return total


def main():
    args = sys.argv[1:]
    if "--" not in args or len(args) < 3:
        sys.exit(__doc__)
    sep = args.index("--")
    opts, cmd = args[:sep], args[sep + 1:]
    out, cwd, env = opts[0], None, dict(os.environ)
    stdin, stdout = "/dev/null", out + ".stdout"
    i = 1
    while i < len(opts):
        if opts[i] == "--cwd":
            cwd = opts[i + 1]
        elif opts[i] == "--env":
            k, _, v = opts[i + 1].partition("=")
            env[k] = v
        elif opts[i] == "--stdin":
            stdin = opts[i + 1]
        elif opts[i] == "--stdout":
            stdout = opts[i + 1]
        else:
            sys.exit("procrun.py: unknown option %s" % opts[i])
        i += 2
    interval = float(os.environ.get("INTERVAL", "0.05"))
    with open(stdin, "rb") as si, open(stdout, "wb") as so, \
            open(out + ".stderr", "wb") as se:
        t0 = time.monotonic()
        timed = ["/usr/bin/time", "-f", "%U %S %M", "-o", out + ".time", "--"]
        p = subprocess.Popen(timed + cmd, stdin=si, stdout=so, stderr=se, cwd=cwd,
                             env=env)
        peak = [0]
        done = threading.Event()

        def sample():
            while not done.wait(interval):
                peak[0] = max(peak[0], tree_rss_kb(p.pid))

        sampler = threading.Thread(target=sample)
        sampler.start()
        code = p.wait()
        wall = time.monotonic() - t0
        done.set()
        sampler.join()
        peak = peak[0]
    # time(1) puts "Command exited with non-zero status N" first.
    with open(out + ".time") as fp:
        user, sys_, maxrss = fp.read().split("\n")[-2].split()
    with open(out, "w") as fp:
        fp.write("%.3f %s %s %s %d %d\n" % (
            wall, user, sys_, maxrss, max(peak, int(maxrss)), code))
    sys.exit(0 if code == 0 else 1)


if __name__ == "__main__":
    main()
