"""Bytes a browser downloads for one page of the portal with gzip: the page, its CSS and JavaScript, and the fonts
its CSS uses (the woff2 files, which every browser the portal supports takes). Prints JSON."""
import gzip
import json
import re
import sys
import urllib.request
from urllib.parse import urljoin

portal, path, session = sys.argv[1], sys.argv[2], sys.argv[3]


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    if cookie:
        request.add_header("Cookie", cookie)
    with urllib.request.urlopen(request) as response:
        body = response.read()
        headers = str(response.headers)
        encoding = response.headers.get("Content-Encoding")
        cache = response.headers.get("Cache-Control")
    text = gzip.decompress(body) if encoding == "gzip" else body
    return {"url": url, "bytes": len(body), "header_bytes": len(headers), "encoding": encoding,
            "cache_control": cache}, text.decode("utf-8", "replace")


page_url = portal + path
page, html = fetch(page_url, "SESSION=" + session + "; lang=en")
files = [dict(page, kind="page")]
seen = set()


def add(url, kind):
    """Adds a file once, and what it pulls in: a module's imports, a stylesheet's fonts."""
    if url in seen:
        return
    seen.add(url)
    asset, text = fetch(url)
    files.append(dict(asset, kind=kind))
    if kind == "js":
        for module in re.findall(r'(?:from|import)\s*\(?\s*["\']([^"\']+\.m?js)["\']', text):
            add(urljoin(url, module), "js")
    if kind == "css":
        for font in sorted(set(re.findall(r'url\(["\']?([^"\')]+\.woff2)', text))):
            add(urljoin(url, font), "font")


# portal.js imports GOV.UK Frontend's module from the path the layout puts on <html>.
for kind, pattern in (("css", r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"'), ("js", r'<script[^>]+src="([^"]+)"'),
                      ("js", r'data-govuk-frontend="([^"]+)"')):
    for link in re.findall(pattern, html):
        add(urljoin(page_url, link), kind)

json.dump({"files": files, "total_bytes": sum(f["bytes"] + f["header_bytes"] for f in files)}, sys.stdout, indent=1)
