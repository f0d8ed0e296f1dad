"""Reads Java Flight Recorder's execution samples (jfr print --json --events jdk.ExecutionSample) and prints where
the CPU went: the share of samples on each kind of thread and under each part of a request, then the methods most
often on top of the stack (self) and anywhere in it (total)."""
import collections
import json
import re
import sys

# A sample counts for a part when any of its frames is in one of the part's packages; parts may overlap.
PARTS = {
    "sessions (Spring Session, Lettuce, Redis)": ("org.springframework.session.", "io.lettuce.",
                                                   "org.springframework.data.redis."),
    "Spring Security (filters, CSRF)": ("org.springframework.security.",),
    "Thymeleaf rendering": ("org.thymeleaf.",),
    "messages (ICU)": ("com.ibm.icu.", "uk.police.complaints.i18n."),
    "compression (gzip)": ("java.util.zip.", "io.netty.handler.codec.compression."),
    "the portal's own code": ("uk.police.complaints.portal.",),
    "socket reads and writes (NIO)": ("sun.nio.ch.",),
    "logging": ("ch.qos.logback.", "org.slf4j."),
}


def frame_name(frame):
    method = frame["method"]
    return (method["type"]["name"] + "." + method["name"]).replace("/", ".")


def main(path):
    with open(path) as file:
        events = json.load(file)["recording"]["events"]
    sampled = [event["values"] for event in events if event["values"].get("stackTrace")]
    stacks = [[frame_name(f) for f in values["stackTrace"]["frames"]] for values in sampled]
    total = len(stacks)
    print(f"{total} samples on the CPU\n")
    # Threads of a pool differ only by their number: reactor-http-epoll-1, -2...
    threads = collections.Counter(re.sub(r"(?:[-#]?\d+)+$", "", values["sampledThread"]["javaName"]) for values in sampled)
    print("| threads | share of samples |\n| --- | ---: |")
    for thread, count in threads.most_common(8):
        print(f"| {thread} | {100 * count / total:.1f}% |")
    print()
    print("| part of the request | share of samples |\n| --- | ---: |")
    for part, packages in PARTS.items():
        hits = sum(1 for stack in stacks if any(frame.startswith(packages) for frame in stack))
        print(f"| {part} | {100 * hits / total:.1f}% |")
    self_counts = collections.Counter(stack[0] for stack in stacks if stack)
    total_counts = collections.Counter(frame for stack in stacks for frame in set(stack))
    for title, counts in (("self", self_counts), ("total", total_counts)):
        print(f"\nTop methods ({title}):")
        for name, count in counts.most_common(40):
            print(f"{100 * count / total:5.1f}%  {name}")


main(sys.argv[1])
