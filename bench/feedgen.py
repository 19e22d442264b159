#!/usr/bin/python3
"""Feed generator for bench/compare and bench/soak.

  feedgen.py big FILE SIZE_MB
      one RSS 2.0 document of about SIZE_MB megabytes (news-like items:
      escaped HTML descriptions, CDATA bodies, categories, enclosures).
  feedgen.py feeds DIR NFEEDS NITEMS
      NFEEDS small RSS 2.0 files DIR/fNNNNN.xml of NITEMS items each.
  feedgen.py churn DIR NFEEDS NITEMS --access-log LOG --items-log OUT ...
      keeps rewriting a fraction of those files, adding new items (some of
      them attack reports) until its time is up or it gets SIGTERM.  Only
      feeds that nginx's access log shows were fetched once already are
      touched, so no new item lands in a feed's first poll (which is
      recorded without being reported).  Every item added is written to
      OUT with the time it appeared and, later, the time it fell out of the
      feed's window.
  feedgen.py report --items-log OUT --access-log LOG --daemon-log ERR ...
      compares the items a poller must have seen (added, then fetched
      with a 200 while still in the feed) with the ids the daemon logged
      as new, and the attack items with the alerts it printed.

Output is deterministic for a given seed; files are replaced by rename so
nginx never serves half a document.
"""
import argparse
import os
import random
import re
import signal
import time
from email.utils import formatdate
from xml.sax.saxutils import escape

WORDS = ("council market river station report officials region talks "
         "budget airport port election court weather prices school "
         "bridge province capital harvest museum library festival train "
         "orchestra garden summit tourism exports ministry factory "
         "university stadium rainfall traffic").split()

# Places and phrasings for attack reports.  Reports of one attack are
# merged into one incident (alert/cluster.h: same place, dates at most two
# days apart), so attack report number j is dated 3 * j days back and its
# text names no day: every report is an attack of its own.
CITIES = [
    ("Peshawar", "Pakistan"), ("Quetta", "Pakistan"), ("Kabul", "Afghanistan"),
    ("Jalalabad", "Afghanistan"), ("Baghdad", "Iraq"), ("Mosul", "Iraq"),
    ("Kirkuk", "Iraq"), ("Mogadishu", "Somalia"), ("Maiduguri", "Nigeria"),
    ("Kano", "Nigeria"), ("Bamako", "Mali"), ("Ouagadougou", "Burkina Faso"),
    ("Niamey", "Niger"), ("Aden", "Yemen"), ("Sanaa", "Yemen"),
    ("Damascus", "Syria"), ("Aleppo", "Syria"), ("Benghazi", "Libya"),
    ("Tripoli", "Libya"), ("Karachi", "Pakistan"), ("Lahore", "Pakistan"),
    ("Kandahar", "Afghanistan"), ("Herat", "Afghanistan"),
    ("Srinagar", "India"), ("Manila", "Philippines"),
    ("Cotabato", "Philippines"), ("Goma", "Democratic Republic of the Congo"),
    ("Beni", "Democratic Republic of the Congo"), ("Juba", "South Sudan"),
    ("Khartoum", "Sudan"), ("Nairobi", "Kenya"), ("Garissa", "Kenya"),
    ("Mombasa", "Kenya"), ("Diffa", "Niger"), ("Gao", "Mali"),
    ("Timbuktu", "Mali"), ("Basra", "Iraq"), ("Ramadi", "Iraq"),
    ("Tikrit", "Iraq"), ("Homs", "Syria"),
]
ATTACKS = [
    ("A suicide bomber", "blew himself up"),
    ("Gunmen", "opened fire"),
    ("A car bomb", "exploded"),
    ("Militants armed with rifles", "stormed the building"),
    ("An explosive device", "went off"),
]
SITES = ["a crowded market", "a police checkpoint", "a bus station",
         "a mosque", "a hotel", "a school", "a wedding party",
         "a military post", "a government office", "a restaurant"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"]
BASE_TIME = 1795000000


def fname(d, f):
    return os.path.join(d, "f%05d.xml" % f)


def item_key(f, k):
    return "soak-f%d-i%d" % (f, k)


def plain_item(f, k):
    title = " ".join(WORDS[(f * 7 + k * 3 + j) % len(WORDS)] for j in range(8))
    text = " ".join(WORDS[(f + k * 5 + j * 11) % len(WORDS)] for j in range(60))
    return ("The %s %s" % (title, "update"),
            "The %s, officials said on %s." % (text, DAYS[k % 7]))


def attack_item(f, k):
    n = f * 131 + k * 17
    city, country = CITIES[n % len(CITIES)]
    who, did = ATTACKS[(n // len(CITIES)) % len(ATTACKS)]
    site = SITES[(n // 7) % len(SITES)]
    killed = 2 + n % 41
    injured = killed + 3 + n % 23
    title = "%s kills %d at %s in %s" % (who, killed, site, city)
    text = ("%s %s at %s in %s, %s, killing %d people and wounding "
            "%d others, police said. Ambulances took the wounded to the "
            "main hospital." % (who, did, site, city, country, killed,
                                injured))
    return title, text


def item_xml(f, k, attack):
    """attack: 0 for an ordinary item, else the attack report's number."""
    title, text = attack_item(f, k) if attack else plain_item(f, k)
    key = item_key(f, k)
    when = BASE_TIME - attack * 3 * 86400 if attack else BASE_TIME + k * 60 + f
    return ("<item><title>%s</title>"
            "<link>http://news%d.example/%s.html</link>"
            "<guid isPermaLink=\"false\">%s</guid>"
            "<pubDate>%s</pubDate>"
            "<description>%s</description></item>\n"
            % (escape(title), f, key, key,
               formatdate(when, usegmt=True), escape(text)))


def write_feed(d, f, items):
    """items: list of (k, attack number or 0), newest first."""
    body = "".join(item_xml(f, k, a) for k, a in items)
    path = fname(d, f)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fp:
        fp.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<rss version="2.0"><channel><title>Bench feed %d</title>'
                 '<link>http://news%d.example/</link>'
                 '<description>generated by bench/feedgen.py</description>\n'
                 '%s</channel></rss>\n' % (f, f, body))
    os.rename(tmp, path)


def initial_items(nitems):
    return [(k, 0) for k in range(nitems - 1, -1, -1)]


def cmd_feeds(a):
    os.makedirs(a.dir, exist_ok=True)
    for f in range(a.nfeeds):
        write_feed(a.dir, f, initial_items(a.nitems))


def cmd_big(a):
    rnd = random.Random(42)
    words = WORDS + ("police people statement residents morning witnesses "
                     "hospital authorities sources agency").split()

    def sentence(n):
        return " ".join(rnd.choice(words) for _ in range(n)).capitalize() + "."

    def para(n):
        return " ".join(sentence(rnd.randint(8, 20)) for _ in range(n))

    target = int(a.size_mb * 1000 * 1000)
    with open(a.file, "w", encoding="utf-8") as fp:
        fp.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                 'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                 'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
                 '<title>Bench News &amp; Reports</title>\n'
                 '<link>https://news.example.org/</link>\n'
                 '<description>generated by bench/feedgen.py</description>\n')
        i = 0
        while fp.tell() < target:
            i += 1
            summary = escape("<p>%s <a href=\"/story/%d\">more</a></p>"
                             % (para(rnd.randint(1, 3)), i))
            body = "<p>" + "</p><p>".join(
                para(rnd.randint(2, 5)) for _ in range(rnd.randint(2, 6))) + "</p>"
            fp.write('<item>\n<title>%s</title>\n'
                     '<link>https://news.example.org/story/%d</link>\n'
                     '<guid isPermaLink="false">story-%d</guid>\n'
                     '<pubDate>%s</pubDate>\n'
                     '<dc:creator>Reporter %d</dc:creator>\n'
                     '<category>World</category><category>%s</category>\n'
                     '<description>%s</description>\n'
                     '<content:encoded><![CDATA[%s]]></content:encoded>\n'
                     % (escape(sentence(rnd.randint(5, 12))), i, i,
                        formatdate(BASE_TIME - i * 97, usegmt=True), i % 97,
                        rnd.choice(words), summary, body))
            if i % 5 == 0:
                fp.write('<enclosure url="https://cdn.example.org/%d.jpg" '
                         'length="%d" type="image/jpeg"/>\n' % (i, 10000 + i))
            fp.write('</item>\n')
        fp.write('</channel>\n</rss>\n')
    print(i)


# Access log lines as written by bench/lib.sh's nginx:
#   MSEC STATUS URI "IF_NONE_MATCH" "IF_MODIFIED_SINCE" BYTES
LOG_RE = re.compile(r'^(\d+\.\d+) (\d+) /f(\d+)\.xml ')


class LogFollower:
    def __init__(self, path):
        self.path = path
        self.pos = 0
        self.rest = b""

    def lines(self):
        try:
            with open(self.path, "rb") as fp:
                fp.seek(self.pos)
                data = fp.read()
                self.pos += len(data)
        except FileNotFoundError:
            return
        data = self.rest + data
        parts = data.split(b"\n")
        self.rest = parts.pop()
        for p in parts:
            yield p.decode("utf-8", "replace")


stop = False


def on_term(signum, frame):
    global stop
    stop = True


def cmd_churn(a):
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    rnd = random.Random(a.seed)
    follower = LogFollower(a.access_log)
    fetched = set()          # feeds fetched at least once
    items = {}               # feed -> [(k, attack)] for churned feeds
    nextk = {}               # feed -> next item number
    last_write = {}          # feed -> time of last rewrite
    per_tick = max(1, int(round(a.nfeeds * a.fraction)))
    started = time.time()
    deadline = started + a.duration
    out = open(a.items_log, "w", encoding="utf-8", buffering=1)
    out.write("# event feed item attack time\n")
    total = attacks = 0
    while not stop and time.time() < deadline:
        t0 = time.time()
        for line in follower.lines():
            m = LOG_RE.match(line)
            if m and m.group(2) in ("200", "304"):
                fetched.add(int(m.group(3)))
        # Never rewrite a feed twice within 3 s: nginx's ETag and
        # Last-Modified have one-second resolution, so two versions
        # written in one second could look alike to a conditional GET.
        # The feeds were written just before the churn started.
        eligible = [f for f in fetched if t0 - last_write.get(f, started) > 3]
        rnd.shuffle(eligible)
        for f in eligible[:per_tick]:
            cur = items.get(f) or initial_items(a.nitems)
            k0 = nextk.get(f, a.nitems)
            n = rnd.randint(1, a.max_new)
            new = []
            for k in range(k0, k0 + n):
                j = 0
                if rnd.random() < a.attack_ratio:
                    attacks += 1
                    j = attacks
                new.append((k, j))
            cur = list(reversed(new)) + cur
            # Stamped before the rename: a 200 logged later may in a rare
            # race still have served the old file, but then the next
            # conditional poll fetches the new one.
            now = time.time()
            write_feed(a.dir, f, cur[:a.nitems])
            for k, j in new:
                out.write("add %d %d %d %.3f\n" % (f, k, j > 0, now))
            for k, j in cur[a.nitems:]:
                out.write("drop %d %d %d %.3f\n" % (f, k, j > 0, now))
            total += n
            items[f] = cur[:a.nitems]
            nextk[f] = k0 + n
            last_write[f] = now
        spent = time.time() - t0
        if not stop:
            time.sleep(max(0.0, a.tick - spent))
    out.write("# end %.3f items %d attacks %d\n" % (time.time(), total, attacks))
    out.close()


def cmd_report(a):
    # Items added and when they were in the feed.
    life = {}                # (f, k) -> [added, dropped or None, attack]
    for line in open(a.items_log, encoding="utf-8"):
        if line.startswith("#"):
            continue
        ev, f, k, attack, t = line.split()
        key = (int(f), int(k))
        if ev == "add":
            life[key] = [float(t), None, attack == "1"]
        elif key in life:
            life[key][1] = float(t)
    # 200 answers per feed, in order.
    fetches = {}
    req = cond = n200 = n304 = other = 0
    for line in open(a.access_log, encoding="utf-8", errors="replace"):
        m = LOG_RE.match(line)
        if not m:
            continue
        req += 1
        status = m.group(2)
        if status == "200":
            n200 += 1
            fetches.setdefault(int(m.group(3)), []).append(float(m.group(1)))
        elif status == "304":
            n304 += 1
        else:
            other += 1
        if '"-" "-"' not in line:
            cond += 1
    # Items served at least once: a 200 logged after the item's rewrite
    # began and before the rewrite that dropped it.
    must = set()
    for key, (t_add, t_drop, _) in life.items():
        for t in fetches.get(key[0], ()):
            if t > t_add and (t_drop is None or t < t_drop):
                must.add(key)
                break
    seen = {}
    id_re = re.compile(r'new item: .* id="soak-f(\d+)-i(\d+)"')
    for line in open(a.daemon_log, encoding="utf-8", errors="replace"):
        m = id_re.search(line)
        if m:
            key = (int(m.group(1)), int(m.group(2)))
            seen[key] = seen.get(key, 0) + 1
    logged = set(seen)
    dups = sum(1 for v in seen.values() if v > 1)
    initial = {k for k in logged if k not in life}
    missed = sorted(must - logged)
    alerts = set()
    if a.alerts:
        al_re = re.compile(r'soak-f(\d+)-i(\d+)')
        for line in open(a.alerts, encoding="utf-8", errors="replace"):
            for m in al_re.finditer(line):
                alerts.add((int(m.group(1)), int(m.group(2))))
    must_attack = {k for k in must if life[k][2]}
    print("generated_items %d" % len(life))
    print("generated_attacks %d" % sum(1 for v in life.values() if v[2]))
    print("expected_items %d" % len(must))
    print("expected_attacks %d" % len(must_attack))
    print("logged_items %d" % len(logged & set(life)))
    print("logged_expected %d" % len(must & logged))
    print("missed_items %d" % len(missed))
    print("duplicate_items %d" % dups)
    print("initial_items_reported %d" % len(initial))
    print("alerted_attacks %d" % len(alerts & must_attack))
    print("alerted_other %d" % len(alerts - must_attack))
    print("requests %d" % req)
    print("conditional %d" % cond)
    print("status_200 %d" % n200)
    print("status_304 %d" % n304)
    print("status_other %d" % other)
    for f, k in missed[:10]:
        t_add, t_drop, _ = life[(f, k)]
        print("missed soak-f%d-i%d added %.3f dropped %s fetched-200 %s"
              % (f, k, t_add, "%.3f" % t_drop if t_drop else "-",
                 ",".join("%.3f" % t for t in fetches.get(f, ())
                          if t > t_add)))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("big")
    s.add_argument("file")
    s.add_argument("size_mb", type=float)
    s = sub.add_parser("feeds")
    s.add_argument("dir")
    s.add_argument("nfeeds", type=int)
    s.add_argument("nitems", type=int)
    s = sub.add_parser("churn")
    s.add_argument("dir")
    s.add_argument("nfeeds", type=int)
    s.add_argument("nitems", type=int)
    s.add_argument("--access-log", required=True)
    s.add_argument("--items-log", required=True)
    s.add_argument("--duration", type=float, required=True, help="seconds")
    s.add_argument("--tick", type=float, default=5.0, help="seconds")
    s.add_argument("--fraction", type=float, default=0.01,
                   help="share of the feeds rewritten per tick")
    s.add_argument("--max-new", type=int, default=2,
                   help="new items per rewrite, 1 to this")
    s.add_argument("--attack-ratio", type=float, default=0.1)
    s.add_argument("--seed", type=int, default=7)
    s = sub.add_parser("report")
    s.add_argument("--items-log", required=True)
    s.add_argument("--access-log", required=True)
    s.add_argument("--daemon-log", required=True)
    s.add_argument("--alerts")
    a = p.parse_args()
    {"big": cmd_big, "feeds": cmd_feeds, "churn": cmd_churn,
     "report": cmd_report}[a.cmd](a)


if __name__ == "__main__":
    main()
