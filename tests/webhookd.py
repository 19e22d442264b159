#!/usr/bin/env python3
"""A webhook receiver for end-to-end tests.

Listens on 127.0.0.1 (a free port, or --port to come back on the same one
after being stopped), writes the port to --port-file once it listens, and
records every request as one JSON line in --log:

  {"time", "method", "path", "headers", "body", "status"}

with status the answer given (0 for a request left hanging).  How it
answers comes from --mode, a file re-read on every request:

  200              answer 200 (also the default when the file is missing)
  500              answer 500
  429 SECONDS|DATE answer 429 with that Retry-After
  hang SECONDS     keep the request open that long, then close it

A word after=SECONDS in the file delays the answer (200 after=0.5), so
deliveries can be caught in flight.

A receiver that is down is simply not running.  The receiver checks
nothing: tests verify signatures and ids from the log.
"""

import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from serverlib import serve

LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fwtest-webhookd/1"

    def log_message(self, fmt, *args):
        pass

    def mode(self):
        try:
            with open(self.server.args.mode) as fp:
                words = fp.read().split()
        except OSError:
            words = []
        return words or ["200"]

    def record(self, body, status):
        entry = {
            "time": time.time(),
            "method": self.command,
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "body": body.decode("utf-8", "replace"),
            "status": status,
        }
        with LOCK:
            with open(self.server.args.log, "a") as fp:
                fp.write(json.dumps(entry) + "\n")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        words = self.mode()
        delay = 0.0
        for w in words[1:]:
            if w.startswith("after="):
                delay = float(w[len("after="):])
        words = [w for w in words if not w.startswith("after=")]
        if words[0] == "hang":
            self.record(body, 0)
            time.sleep(float(words[1]) if len(words) > 1 else 60)
            self.close_connection = True
            return
        status = int(words[0])
        headers = []
        if status == 429 and len(words) > 1:
            headers.append(("Retry-After", " ".join(words[1:])))
        self.record(body, status)
        if delay > 0:
            time.sleep(delay)
        reply = b"ok\n" if status == 200 else b"no\n"
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_PUT = do_POST


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--log", required=True)
    ap.add_argument("--mode", required=True)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()

    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.args = args
    return serve(server, args.port_file)


if __name__ == "__main__":
    sys.exit(main())
