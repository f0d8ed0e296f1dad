"""Bytes a real browser transfers for one page of the portal on a first visit: headless Chromium, driven through
chromedriver's WebDriver API (plain HTTP, so nothing to install), opens the page with the person's session cookie
and Chrome's own network log gives every file it fetched (page, CSS, JavaScript, any font or image the page really
uses) with the bytes received for it, headers included, compressed as sent. Prints JSON.
Usage: page_weight.py portal-address page-path session-id"""
import json
import socket
import subprocess
import sys
import time
import urllib.request

portal, path, session = sys.argv[1], sys.argv[2], sys.argv[3]
KINDS = {"Document": "page", "Stylesheet": "css", "Script": "js", "Font": "font", "Image": "image"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(base, method, path_, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path_, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())["value"]


port = free_port()
driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}"
try:
    for _ in range(100):
        try:
            call(base, "GET", "/status")
            break
        except OSError:
            time.sleep(0.1)
    capabilities = {"browserName": "chrome", "goog:loggingPrefs": {"performance": "ALL"},
                    "goog:chromeOptions": {"binary": "/usr/bin/chromium",
                                           "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                                                    "--window-size=1280,1024"]}}
    browser = call(base, "POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})["sessionId"]
    try:
        # The cookie needs a page of the portal's own first; that visit's log is then thrown away.
        call(base, "POST", f"/session/{browser}/url", {"url": portal + "/robots.txt"})
        call(base, "POST", f"/session/{browser}/cookie", {"cookie": {"name": "SESSION", "value": session}})
        call(base, "POST", f"/session/{browser}/cookie", {"cookie": {"name": "lang", "value": "en"}})
        call(base, "POST", f"/session/{browser}/se/log", {"type": "performance"})
        call(base, "POST", f"/session/{browser}/url", {"url": portal + path})
        time.sleep(2)  # lets late requests (modules imported by scripts) finish before the log is read
        entries = call(base, "POST", f"/session/{browser}/se/log", {"type": "performance"})
    finally:
        call(base, "DELETE", f"/session/{browser}")
finally:
    driver.terminate()

requests, headers, raw_headers, received, finished = {}, {}, {}, {}, {}
for entry in entries:
    message = json.loads(entry["message"])["message"]
    params = message.get("params", {})
    if message["method"] == "Network.requestWillBeSent":
        requests[params["requestId"]] = (params["request"]["url"], params.get("type", "Other"))
    elif message["method"] == "Network.responseReceived":
        headers[params["requestId"]] = params["response"]
    elif message["method"] == "Network.responseReceivedExtraInfo" and "headersText" in params:
        raw_headers[params["requestId"]] = len(params["headersText"].encode())
    elif message["method"] == "Network.dataReceived":
        received[params["requestId"]] = received.get(params["requestId"], 0) + params["encodedDataLength"]
    elif message["method"] == "Network.loadingFinished":
        finished[params["requestId"]] = params["encodedDataLength"]

files = []
for request_id, total in finished.items():
    if request_id not in requests:  # the visit before, finishing after its log was thrown away
        continue
    url, kind = requests[request_id]
    response = headers.get(request_id, {})
    response_headers = {name.lower(): value for name, value in response.get("headers", {}).items()}
    # Chrome gives the bytes off the wire either when loading finishes or, for some files, only as they arrive
    # (then the response's count covers what came with the headers); how they split into headers and body comes
    # from the headers as they came over the wire.
    total = max(total, int(response.get("encodedDataLength", 0)) + received.get(request_id, 0))
    header_bytes = raw_headers.get(request_id) or len(f"HTTP/1.1 {response.get('status')} OK\r\n\r\n") + sum(
        len(f"{name}: {value}\r\n".encode()) for name, value in response.get("headers", {}).items())
    files.append({"url": url, "kind": KINDS.get(kind, kind.lower()), "status": response.get("status"),
                  "bytes": int(total) - header_bytes, "header_bytes": header_bytes,
                  "encoding": response_headers.get("content-encoding"),
                  "cache_control": response_headers.get("cache-control")})
files.sort(key=lambda item: list(KINDS.values()).index(item["kind"]) if item["kind"] in KINDS.values() else 9)
json.dump({"files": files, "total_bytes": sum(f["bytes"] + f["header_bytes"] for f in files)}, sys.stdout, indent=1)
