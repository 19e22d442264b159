#!/usr/bin/env python3
"""A scriptable HTTP/1.1 server for end-to-end tests.

Serves files from --root on 127.0.0.1 at a free port, which it writes to
--port-file once it listens.  Behaviour per path comes from --routes, a
JSON object re-read on every request so a test can change it between
polls:

  {"/path": {
     "status": 200,                 # response status (default 200)
     "file": "name.xml",            # body from ROOT/name.xml (default: the path)
     "body": "text",                # or an inline body
     "generate": {"items": N, "pad": BYTES},  # or an RSS document made here
     "content_type": "application/rss+xml; charset=utf-8",
     "etag": true | "\"v1\"",       # true: derived from the body
     "last_modified": true | "Sun, 06 Nov 1994 08:49:37 GMT",  # true: file mtime
     "location": "/other",          # for 3xx (relative or absolute)
     "retry_after": "2",            # seconds or an HTTP date
     "gzip": true,                  # Content-Encoding: gzip
     "delay": 0.5,                  # seconds before the response starts
     "stall": {"after": 100, "sleep": 30},   # send 100 body bytes, then wait
     "headers": {"X-Any": "v"}}}    # extra response headers

Paths without a route are served from ROOT (404 when absent).  ETag and
Last-Modified are answered with 304 to matching If-None-Match /
If-Modified-Since.  Every request is logged to --log as one JSON line:
{"time", "method", "path", "headers", "status", "concurrent"} where
concurrent counts requests in progress when it arrived (for cap tests).
"""

import argparse
import email.utils
import gzip
import hashlib
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from serverlib import serve

LOCK = threading.Lock()
ACTIVE = [0]


def generated_rss(items, pad):
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">'
             '<channel><title>generated</title><link>http://example.org/</link>'
             '<description>generated</description>\n']
    filler = "x" * pad
    for i in range(items):
        parts.append('<item><title>generated %d</title>'
                     '<link>http://example.org/g/%d</link><guid>g-%d</guid>'
                     '<description>%s</description></item>\n' % (i, i, i, filler))
    parts.append('</channel></rss>\n')
    return "".join(parts).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fwtest-httpd/1"

    def log_message(self, fmt, *args):
        pass

    def log_request_json(self, status):
        entry = {
            "time": time.time(),
            "method": self.command,
            "path": self.path,
            "headers": {k: v for k, v in self.headers.items()},
            "status": status,
            "concurrent": self.concurrent,
        }
        with LOCK:
            with open(self.server.args.log, "a") as fp:
                fp.write(json.dumps(entry) + "\n")

    def load_route(self):
        try:
            with open(self.server.args.routes) as fp:
                routes = json.load(fp)
        except (OSError, ValueError):
            routes = {}
        path = self.path.split("?", 1)[0]
        return path, routes.get(path, {})

    def body_for(self, path, route):
        if "body" in route:
            return route["body"].encode(), None
        if "generate" in route:
            g = route["generate"]
            return generated_rss(int(g.get("items", 10)), int(g.get("pad", 0))), None
        name = route.get("file", path.lstrip("/"))
        full = os.path.normpath(os.path.join(self.server.args.root, name))
        if not full.startswith(os.path.abspath(self.server.args.root)):
            return None, None
        try:
            with open(full, "rb") as fp:
                return fp.read(), os.stat(full).st_mtime
        except OSError:
            return None, None

    def send(self, status, headers, body=b""):
        self.log_request_json(status)
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and status != 304 and body:
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        with LOCK:
            ACTIVE[0] += 1
            self.concurrent = ACTIVE[0]
        try:
            self.handle_get()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with LOCK:
                ACTIVE[0] -= 1

    def handle_get(self):
        path, route = self.load_route()
        if route.get("delay"):
            time.sleep(float(route["delay"]))
        status = int(route.get("status", 200))
        headers = [(k, str(v)) for k, v in route.get("headers", {}).items()]
        if "retry_after" in route:
            headers.append(("Retry-After", str(route["retry_after"])))
        if 300 <= status < 400 and "location" in route:
            headers.append(("Location", route["location"]))
        if status != 200:
            body = route.get("body", "").encode()
            self.send(status, headers, body)
            return

        body, mtime = self.body_for(path, route)
        if body is None:
            self.send(404, [("Content-Type", "text/plain")], b"not found\n")
            return
        etag = route.get("etag", True)
        if etag is True:
            etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        lm = route.get("last_modified", True)
        if lm is True:
            lm = email.utils.formatdate(mtime or time.time(), usegmt=True)
        if etag:
            headers.append(("ETag", etag))
        if lm:
            headers.append(("Last-Modified", lm))

        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None and etag:
            if etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*":
                self.send(304, headers)
                return
        elif ims is not None and lm:
            try:
                if email.utils.parsedate_to_datetime(ims) >= \
                        email.utils.parsedate_to_datetime(lm):
                    self.send(304, headers)
                    return
            except (TypeError, ValueError):
                pass

        headers.append(("Content-Type", route.get(
            "content_type", "application/rss+xml; charset=utf-8")))
        if route.get("gzip"):
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))

        stall = route.get("stall")
        if not stall:
            self.send(200, headers, body)
            return
        self.log_request_json(200)
        self.send_response(200)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        after = int(stall.get("after", 0))
        self.wfile.write(body[:after])
        self.wfile.flush()
        time.sleep(float(stall.get("sleep", 30)))
        self.wfile.write(body[after:])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", required=True)
    ap.add_argument("--routes", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--port-file", required=True)
    args = ap.parse_args()
    args.root = os.path.abspath(args.root)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.args = args
    return serve(server, args.port_file)


if __name__ == "__main__":
    sys.exit(main())
