#!/usr/bin/python3
"""feedparser-poll.py URLS STATE THREADS

One poll of every URL in the file URLS with python3-feedparser, THREADS at
a time: feedparser.parse(url, etag=..., modified=...) per feed, the way its
documentation says a poller should, with the validators of the previous
run kept in the JSON file STATE.  Prints "feeds N entries N 200 N 304 N
errors N".
"""
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor

import feedparser


def poll(url, old):
    d = feedparser.parse(url, etag=old.get("etag"), modified=old.get("modified"))
    new = {}
    # A 304 carries no validators of its own: keep the old ones.
    for k in ("etag", "modified"):
        v = d.get(k) or old.get(k)
        if v:
            new[k] = v
    return url, d.get("status"), len(d.entries), new


def main():
    urls_file, state_file, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(urls_file) as fp:
        urls = [u.strip() for u in fp if u.strip()]
    state = {}
    if os.path.exists(state_file):
        with open(state_file) as fp:
            state = json.load(fp)
    counts = {"entries": 0, 200: 0, 304: 0, "errors": 0}
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for url, status, n, new in pool.map(lambda u: poll(u, state.get(u, {})), urls):
            state[url] = new
            counts["entries"] += n
            if status in (200, 304):
                counts[status] += 1
            else:
                counts["errors"] += 1
    with open(state_file + ".tmp", "w") as fp:
        json.dump(state, fp)
    os.rename(state_file + ".tmp", state_file)
    print("feeds %d entries %d 200 %d 304 %d errors %d" % (
        len(urls), counts["entries"], counts[200], counts[304], counts["errors"]))


if __name__ == "__main__":
    main()
