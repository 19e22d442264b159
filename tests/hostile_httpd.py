#!/usr/bin/env python3
"""An HTTP server on 127.0.0.1 that answers with hostile feeds.

Every document is made on the fly from a few hundred bytes of template;
the large ones (gzip bomb, endless body, a million items) are streamed and
never held whole, neither in memory nor on disk.  Paths:

  /good.xml              a valid RSS feed that gains one item per request
  /xxe-file.xml          external entity SYSTEM "file:///etc/passwd"
  /xxe-net.xml           external DTD, parameter entity, general entity and
                         XInclude pointing at /leak?... on this server
  /billion-laughs.xml    ten levels of ten-fold entity expansion
  /quadratic.xml         a 50,000-byte entity referenced 50,000 times
  /gzip-bomb.xml         ~1 GiB after gunzip, ~1 MiB on the wire
  /gzip-bomb2.xml        the gzip bomb gzipped again ("gzip, gzip"): ~4 KiB
  /bad-gzip.xml          Content-Encoding: gzip over bytes that are not
  /endless.xml           a body that never ends (close-delimited)
  /slowloris.xml         a valid feed, one body byte every SLOW seconds
  /slow-headers.xml      the status line itself one byte every SLOW seconds
  /deep.xml              elements nested 100,000 deep after one good item
  /deep-text.xml         markup nested 100,000 deep inside a description
  /deep.json             a JSON Feed with arrays nested 100,000 deep
  /bad-utf8.xml          invalid UTF-8 (stray, overlong, surrogate, cut)
  /nul.xml               NUL bytes inside text and between elements
  /million.xml           10^6 items, streamed
  /big-title.xml         one item whose title is 1 MiB + 3 bytes
  /log-forge.xml         titles with newlines, a fake log line, escapes
  /endless-headers.xml   header lines that never end
  /endless-100.xml       "100 Continue" interim responses that never end
  /redirect-loop.xml     302 to itself
  /loop-a.xml            301 to /loop-b.xml, which 301s back
  /redirect-file.xml     302 to file:///etc/passwd
  /redirect-to/SCHEME    302 to SCHEME://127.0.0.1:CANARY/feed.xml
  /leak...               the target of the network entities: anything that
                         asks for it is a parser that fetched an entity

Beside the HTTP port it listens on two plain TCP ports: "canary" logs
every connection and closes it (a redirect to gopher:// or ftp:// that
was followed would land there), "silent" accepts and never answers.
"closed" is a port that was bound and released, so nothing listens there.

--port-file gets the HTTP port once everything listens; --aux-file (written
first) gets "CANARY SILENT CLOSED".  Every request and canary connection is
one JSON line in --log: {"time", "path", "status", "peer"}.  --write-docs
DIR writes the finite documents (all but the streamed ones) to DIR/NAME,
with PORT filled in, for feeding them to a parser directly.
"""

import argparse
import json
import os
import socket
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from serverlib import serve, write_atomically

LOCK = threading.Lock()
COUNTS = {}
SLOW = 2.0

XML_HEAD = b'<?xml version="1.0" encoding="utf-8"?>\n'


def rss(title, items_xml, head=XML_HEAD, doctype=b""):
    return (head + doctype + b'<rss version="2.0"><channel><title>' + title +
            b'</title><link>http://example.org/</link><description>hostile'
            b'</description>\n' + items_xml + b'</channel></rss>\n')


def item(title, guid, desc=b"d"):
    return (b"<item><title>" + title + b"</title><link>http://example.org/" +
            guid + b"</link><guid>" + guid + b"</guid><description>" + desc +
            b"</description></item>\n")


def doc_xxe_file(port):
    dt = (b'<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
          b'<!ENTITY xxe2 SYSTEM "/etc/passwd">\n]>\n')
    return rss(b"xxe file &xxe;", item(b"xxe &xxe; &xxe2;", b"xxe-file-1",
                                       b"&xxe;"), doctype=dt)


def doc_xxe_net(port):
    base = b"http://127.0.0.1:%d/leak" % port
    dt = (b'<!DOCTYPE rss SYSTEM "' + base + b'?dtd" [\n'
          b'<!ENTITY % pe SYSTEM "' + base + b'?pe">\n%pe;\n'
          b'<!ENTITY net SYSTEM "' + base + b'?entity">\n]>\n')
    xi = (b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="' +
          base + b'?xinclude" parse="text"/>')
    return rss(b"xxe net", item(b"net &net;", b"xxe-net-1", b"&net;" + xi),
               doctype=dt)


def doc_billion_laughs(port):
    ents = [b'<!ENTITY lol0 "lol">']
    for i in range(1, 10):
        ents.append(b'<!ENTITY lol%d "' % i +
                    (b"&lol%d;" % (i - 1)) * 10 + b'">')
    dt = b"<!DOCTYPE rss [\n" + b"\n".join(ents) + b"\n]>\n"
    return rss(b"laughs &lol9;", item(b"laughs &lol9;", b"laughs-1",
                                      b"&lol9;&lol9;"), doctype=dt)


def doc_quadratic(port):
    dt = b'<!DOCTYPE rss [\n<!ENTITY a "' + b"x" * 50000 + b'">\n]>\n'
    return rss(b"quadratic", item(b"quadratic &a;", b"quadratic-1",
                                  b"&a;" * 50000), doctype=dt)


def doc_deep(port):
    n = 100000
    return rss(b"deep", item(b"deep ok", b"deep-1") +
               b"<x>" * n + b"</x>" * n + item(b"after deep", b"deep-2"))


def doc_deep_text(port):
    n = 100000
    return rss(b"deep text", item(b"deep text", b"deep-text-1",
                                  b"<b>" * n + b"x" + b"</b>" * n))


def doc_deep_json(port):
    n = 100000
    return (b'{"version": "https://jsonfeed.org/version/1.1", "title": '
            b'"deep json", "items": [{"id": "deep-json-1", "title": "deep",'
            b' "content_text": "t", "_x": ' + b"[" * n + b"]" * n + b"}]}\n")


def doc_bad_utf8(port):
    bad = (b"bad \xff\xfe stray \xc0\xaf overlong \xed\xa0\x80 surrogate "
           b"\xf4\x90\x80\x80 too big \xe2\x82 cut")
    return rss(b"utf8 " + bad, item(b"title " + bad, b"utf8-1", bad) +
               item(b"plain after", b"utf8-2"))


def doc_nul(port):
    return rss(b"nul\x00feed", item(b"nul\x00title", b"nul-1",
                                    b"a\x00b\x00\x00c") + b"\x00\x00" +
               item(b"after nul", b"nul-2"))


def doc_log_forge(port):
    fake = b"feedwatchd: feed good: FORGED LINE"
    return rss(b"forge", item(b"forge\n" + fake + b"&#10;" + fake +
                              b"&#13;&#x85;\xe2\x80\xa8" + fake, b"forge-1"))


def doc_big_title(port):
    return rss(b"big title", item(b"T" * (1 << 20) + b"END", b"bigtitle-1"))


FINITE = {
    "xxe-file.xml": doc_xxe_file,
    "xxe-net.xml": doc_xxe_net,
    "billion-laughs.xml": doc_billion_laughs,
    "quadratic.xml": doc_quadratic,
    "deep.xml": doc_deep,
    "deep-text.xml": doc_deep_text,
    "deep.json": doc_deep_json,
    "bad-utf8.xml": doc_bad_utf8,
    "nul.xml": doc_nul,
    "big-title.xml": doc_big_title,
    "log-forge.xml": doc_log_forge,
}


class GzipBomb:
    """A gzip stream of a feed whose description is 1 GiB of 'A'.

    After a full flush deflate starts from an empty window, so every 1 MiB
    block compresses to the same bytes: the stream is the head, one block
    repeated BLOCKS times and the tail, built once from 1 MiB of input."""
    BLOCK = 1 << 20
    BLOCKS = 1024

    def __init__(self):
        head = rss(b"gzip bomb", b"")[:-len(b"</channel></rss>\n")]
        head += b"<item><title>bomb</title><guid>bomb-1</guid><description>"
        tail = b"</description></item></channel></rss>\n"
        block = b"A" * self.BLOCK
        c = zlib.compressobj(9, zlib.DEFLATED, 31)
        self.head = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
        self.zblock = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
        again = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
        assert again == self.zblock
        rest = c.compress(tail) + c.flush(zlib.Z_FINISH)
        # The trailer holds the CRC and size of the whole input, which the
        # compressor saw with only two blocks: recompute both.
        crc = zlib.crc32(head)
        for _ in range(self.BLOCKS):
            crc = zlib.crc32(block, crc)
        crc = zlib.crc32(tail, crc)
        size = len(head) + self.BLOCKS * self.BLOCK + len(tail)
        self.tail = (rest[:-8] + (crc & 0xffffffff).to_bytes(4, "little") +
                     (size & 0xffffffff).to_bytes(4, "little"))
        self.zlen = (len(self.head) + self.BLOCKS * len(self.zblock) +
                     len(self.tail))

    def chunks(self):
        yield self.head
        for _ in range(self.BLOCKS):
            yield self.zblock
        yield self.tail


def gzip_again(chunks):
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(c.compress(x) for x in chunks) + c.flush()


def endless():
    yield rss(b"endless", item(b"endless first", b"endless-1"))[:-len(
        b"</channel></rss>\n")]
    pad = b"<!-- this body does not end -->\n" * 2048
    while True:
        yield pad


def million():
    yield rss(b"million", b"")[:-len(b"</channel></rss>\n")]
    for k in range(1000):
        yield b"".join(item(b"m %d" % i, b"m-%d" % i)
                       for i in range(k * 1000, (k + 1) * 1000))
    yield b"</channel></rss>\n"


def good(n):
    first = max(1, n - 19)
    return rss(b"good", b"".join(item(b"good item %d" % i, b"good-%d" % i)
                                 for i in range(n, first - 1, -1)))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fwtest-hostile/1"

    def log_message(self, fmt, *args):
        pass

    def log_json(self, status):
        log(self.server.args.log, {"time": time.time(), "path": self.path,
                                   "status": status,
                                   "peer": self.client_address[0]})

    def head(self, status, headers, length=None):
        self.log_json(status)
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        if length is not None:
            self.send_header("Content-Length", str(length))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()

    def whole(self, body, ctype="application/rss+xml; charset=utf-8"):
        self.head(200, [("Content-Type", ctype)], len(body))
        self.wfile.write(body)

    def stream(self, chunks, headers=()):
        self.head(200, [("Content-Type", "application/rss+xml")] +
                  list(headers))
        for c in chunks:
            self.wfile.write(c)
        self.wfile.flush()

    def redirect(self, status, location):
        self.head(status, [("Location", location)], 0)

    def do_GET(self):
        try:
            self.route()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self):
        path = self.path.split("?", 1)[0]
        port = self.server.server_address[1]
        name = path.lstrip("/")
        if path == "/good.xml":
            with LOCK:
                COUNTS[path] = n = COUNTS.get(path, 0) + 1
            self.whole(good(n))
        elif name in FINITE:
            self.whole(FINITE[name](port), "application/json"
                       if name.endswith(".json") else
                       "application/rss+xml; charset=utf-8")
        elif path == "/gzip-bomb.xml":
            bomb = self.server.bomb
            self.head(200, [("Content-Type", "application/rss+xml"),
                            ("Content-Encoding", "gzip")], bomb.zlen)
            for c in bomb.chunks():
                self.wfile.write(c)
        elif path == "/gzip-bomb2.xml":
            body = self.server.bomb2
            self.head(200, [("Content-Type", "application/rss+xml"),
                            ("Content-Encoding", "gzip, gzip")], len(body))
            self.wfile.write(body)
        elif path == "/bad-gzip.xml":
            body = b"\x1f\x8b\x08\x00" + b"not deflate data at all" * 64
            self.head(200, [("Content-Type", "application/rss+xml"),
                            ("Content-Encoding", "gzip")], len(body))
            self.wfile.write(body)
        elif path == "/endless.xml":
            self.stream(endless())
        elif path == "/million.xml":
            self.stream(million())
        elif path == "/slowloris.xml":
            body = good(1)
            self.head(200, [("Content-Type", "application/rss+xml")],
                      len(body))
            self.wfile.flush()
            for i in range(len(body)):
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
                time.sleep(SLOW)
        elif path == "/slow-headers.xml":
            self.log_json(200)
            for b in b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n":
                self.wfile.write(bytes([b]))
                self.wfile.flush()
                time.sleep(SLOW)
            self.close_connection = True
        elif path == "/endless-headers.xml":
            self.log_json(200)
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            pad = b"X-Pad: " + b"p" * 1000 + b"\r\n"
            while True:
                self.wfile.write(pad * 64)
        elif path == "/endless-100.xml":
            self.log_json(100)
            while True:
                self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n" * 256)
        elif path == "/redirect-loop.xml":
            self.redirect(302, "/redirect-loop.xml")
        elif path == "/loop-a.xml":
            self.redirect(301, "/loop-b.xml")
        elif path == "/loop-b.xml":
            self.redirect(301, "http://127.0.0.1:%d/loop-a.xml" % port)
        elif path == "/redirect-file.xml":
            self.redirect(302, "file:///etc/passwd")
        elif path.startswith("/redirect-to/"):
            self.redirect(302, "%s://127.0.0.1:%d/feed.xml" % (
                name.split("/", 1)[1], self.server.canary_port))
        elif path.startswith("/leak"):
            self.whole(b"LEAKED-BY-ENTITY\n", "text/plain")
        else:
            self.head(404, [("Content-Type", "text/plain")], 10)
            self.wfile.write(b"not found\n")


def log(path, entry):
    with LOCK:
        with open(path, "a") as fp:
            fp.write(json.dumps(entry) + "\n")


def listen():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(64)
    return s


def canary(sock, logpath):
    while True:
        c, peer = sock.accept()
        log(logpath, {"time": time.time(), "path": "canary", "status": 0,
                      "peer": peer[0]})
        c.close()


def silent(sock):
    held = []
    while True:
        c, _ = sock.accept()
        held.append(c)
        # Keep the newest few open; a client that gave up is gone anyway.
        while len(held) > 64:
            held.pop(0).close()


def write_docs(outdir, port):
    os.makedirs(outdir, exist_ok=True)
    for name, fn in FINITE.items():
        with open(os.path.join(outdir, name), "wb") as fp:
            fp.write(fn(port))


def main():
    global SLOW
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--aux-file", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--write-docs")
    ap.add_argument("--slow", type=float, default=SLOW,
                    help="seconds between bytes of the slow responses")
    args = ap.parse_args()
    SLOW = args.slow

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.args = args
    server.bomb = GzipBomb()
    server.bomb2 = gzip_again(server.bomb.chunks())
    can, sil, closed = listen(), listen(), listen()
    server.canary_port = can.getsockname()[1]
    closed_port = closed.getsockname()[1]
    closed.close()
    threading.Thread(target=canary, args=(can, args.log), daemon=True).start()
    threading.Thread(target=silent, args=(sil,), daemon=True).start()
    port = server.server_address[1]
    if args.write_docs:
        write_docs(args.write_docs, port)
    write_atomically(args.aux_file, "%d %d %d\n" % (
        server.canary_port, sil.getsockname()[1], closed_port))
    return serve(server, args.port_file)


if __name__ == "__main__":
    sys.exit(main())
