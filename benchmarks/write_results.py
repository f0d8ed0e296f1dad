"""Turns one run's working files (Gatling's stats, wrk's output, RSS samples, the outbox counts, the page weight)
into the tables of benchmarks/RESULTS.md: between its two markers when the file is named, else printed."""
import json
import re
import sys
from pathlib import Path

work, startup_ms, seconds, java_opts = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
LEVELS = (16, 64, 256)
# The columns of the statistics table in Gatling's index.html (it writes no machine-readable stats since 3.10).
COLUMNS = {2: "total", 3: "ok", 4: "ko", 6: "rate", 8: "p50", 9: "p75", 10: "p95", 11: "p99", 12: "max", 13: "mean"}


def requests(level):
    """Gatling's statistics for one load level, by request name ("All Requests" for all of them)."""
    page = (work / f"stats-users-{level}.html").read_text()
    named = {}
    for row in re.findall(r"<tr id=\"[^\"]+\"(?: data-parent=\"[^\"]*\")? >?(.*?)</tr>", page, re.S):
        name = re.search(r'class="ellipsed-name">([^<]+)</span>', row)
        if not name:
            continue
        cells = dict(re.findall(r'<td class="value \w+ col-(\d+)">([^<]*)</td>', row))
        named[name.group(1).strip()] = {key: float(cells.get(str(col), "nan").replace(",", "") or "nan")
                                        for col, key in COLUMNS.items()}
    return named


def wrk(name):
    text = (work / f"wrk-{name}.txt").read_text()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    latency = {p: re.search(rf"\s{p}%\s+([\d.]+\w+)", text).group(1) for p in ("50", "75", "90", "99")}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    sockets = re.search(r"Socket errors: (.*)", text)
    return rate, latency, (int(errors.group(1)) if errors else 0), (sockets.group(1) if sockets else "none")


def rss(level):
    samples = [int(line) for line in (work / f"rss-{level}.txt").read_text().split() if line.strip()]
    return max(samples) / 1024, sum(samples) / len(samples) / 1024


def row(stats, name, level):
    entry = stats.get(name)
    if entry is None:
        return f"| {level} | {name} | - | - | - | - | - | - |"
    return (f"| {level} | {name} | {entry['ok']:.0f} | {entry['ko']:.0f} | {entry['rate']:.1f}"
            f" | {entry['p50']:.0f} | {entry['p95']:.0f} | {entry['p99']:.0f} |")


out = []
out.append(f"Run at {Path(work).name}: {seconds} s per load level after a 20 s warm-up; portal JVM `{java_opts}`.\n")

portal_rate, portal_latency, portal_errors, portal_sockets = wrk("portal")
nginx_rate, nginx_latency, nginx_errors, nginx_sockets = wrk("nginx")
out.append("### Question page GET against nginx serving the same page (wrk, 64 connections, 20 s, gzip)\n")
out.append("| server | requests/s | p50 | p75 | p90 | p99 | non-2xx | socket errors |")
out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
out.append(f"| portal `/complaint/who-is-complaining` (with a session) | {portal_rate:,.0f} | "
           + " | ".join(portal_latency.values()) + f" | {portal_errors} | {portal_sockets} |")
out.append(f"| nginx, the same page as a static file | {nginx_rate:,.0f} | "
           + " | ".join(nginx_latency.values()) + f" | {nginx_errors} | {nginx_sockets} |")
out.append(f"\n**Ratio: the portal serves {100 * portal_rate / nginx_rate:.1f}% of nginx's static throughput.**\n")

out.append("### The journeys under load (Gatling, closed model, no think time; times in ms)\n")
out.append("| people | request | ok | errors | per second | p50 | p95 | p99 |")
out.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for level in LEVELS:
    stats = requests(level)
    for name in ("question page", "answer", "send complaint", "send review", "send service-feedback",
                 "start page", "guide", "All Requests"):
        out.append(row(stats, name, level))

out.append("\n### Sent to a durable reference (complaints and reviews committed with their outbox entry)\n")
out.append("| people | sent per second | p99 of sending (ms) | errors |")
out.append("| ---: | ---: | ---: | ---: |")
for level in LEVELS:
    stats = requests(level)
    sends = [stats[n] for n in ("send complaint", "send review") if n in stats]
    if not sends:
        out.append(f"| {level} | none reached the end of a complaint or review in the time | - | - |")
        continue
    rate = sum(s["rate"] * s["ok"] / s["total"] for s in sends)
    worst = max(s["p99"] for s in sends)
    errors = sum(s["ko"] for s in sends)
    out.append(f"| {level} | {rate:.1f} | {worst:.0f} (the worse of complaint and review) | {errors:.0f} |")

delivered, waiting, span, busiest, submissions = (work / "delivery.txt").read_text().split()
delivered, waiting, busiest = int(delivered), int(waiting), int(busiest)
span = float(span)
out.append("\n### Delivery to the back office (webhook to nginx on loopback, answering 204)\n")
out.append(f"- {delivered:,} outbox messages delivered ({submissions} submissions and survey responses stored), "
           f"{waiting} still waiting when the run ended;")
out.append(f"- {delivered / span if span else 0:.1f} a second on average from the first delivery to the last "
           f"({span:.0f} s, which includes the pauses between load levels), {busiest} in the busiest second.")

out.append("\n### Memory, start-up and weight\n")
out.append("| people | resident memory, highest (MB) | mean (MB) |")
out.append("| ---: | ---: | ---: |")
for level in LEVELS:
    peak, mean = rss(level)
    out.append(f"| {level} | {peak:.0f} | {mean:.0f} |")
out.append(f"\nStart-up to the first page served (launch of `java -jar` to the first 200 for `/`): **{startup_ms:,} ms**.\n")

weight = json.loads((work / "weight.json").read_text())
out.append("| file | kind | bytes (body, as sent) | header bytes | encoding | Cache-Control |")
out.append("| --- | --- | ---: | ---: | --- | --- |")
for item in weight["files"]:
    name = item["url"].split("127.0.0.1")[-1].split("/", 1)[-1]
    out.append(f"| `/{name}` | {item['kind']} | {item['bytes']:,} | {item['header_bytes']:,} | "
               f"{item['encoding'] or 'none'} | {item['cache_control'] or ''} |")
out.append(f"\nA question page with its assets: **{weight['total_bytes'] / 1024:.1f} KB** transferred "
           "(bodies and response headers, as headless Chromium fetched them on a first visit with an empty cache; "
           "only what the page really uses is fetched).")
tables = "\n".join(out)
if len(sys.argv) > 5:
    results = Path(sys.argv[5])
    START, END = "<!-- generated by benchmarks/run: start -->", "<!-- generated by benchmarks/run: end -->"
    text = results.read_text()
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    results.write_text(f"{before}{START}\n{tables}\n{END}{after}")
else:
    print(tables)
