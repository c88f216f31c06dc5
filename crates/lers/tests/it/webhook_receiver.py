"""A webhook receiver for the alert tests, run as its own process.

Paths say what it plays:
- /signed...      LERS' signed JSON: X-LERS-Timestamp must be within --tolerance
                  seconds of the receiver's clock and X-LERS-Signature must be
                  "sha256=" + hex HMAC-SHA256(secret, timestamp + "." + body);
                  otherwise 401 (replay or forgery).
- /pagerduty...   PagerDuty Events API v2: routing_key, event_action
                  (trigger/acknowledge/resolve), dedup_key (<= 255); a trigger needs
                  payload.summary (<= 1024), payload.source and payload.severity
                  (critical/error/warning/info). 202 as PagerDuty answers, else 400.
- /opsgenie...    Opsgenie Alert API: "Authorization: GenieKey <secret>"; creating
                  (POST .../v2/alerts) needs message (<= 130), alias (<= 512),
                  priority P1-P5 and string-valued details; acknowledging
                  (.../{alias}/acknowledge?identifierType=alias). 202, else 401/422.
POST /_clock sets the receiver's clock (Unix seconds): the tests move LERS' clock.
--fail-first N answers the first N posts 503 (to see LERS retry).
Each post is appended to --log as one JSON line before the answer is sent.
"""

import argparse
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

LOCK = threading.Lock()
STATE = {"clock": 0, "fail": 0}


def check_signed(args, headers, body):
    stamp = headers.get("x-lers-timestamp", "")
    signature = headers.get("x-lers-signature", "")
    if not stamp.isdigit():
        return 401, "no timestamp"
    if abs(int(stamp) - STATE["clock"]) > args.tolerance:
        return 401, "timestamp too old or too new"
    expected = "sha256=" + hmac.new(
        args.secret.encode(), stamp.encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    if not hmac.compare_digest(expected, signature):
        return 401, "bad signature"
    event = json.loads(body)
    for key in ("type", "id", "occurred_at", "data"):
        if key not in event:
            return 400, "missing " + key
    return 200, "ok"


def check_pagerduty(event):
    errors = []
    if not isinstance(event.get("routing_key"), str) or not event["routing_key"]:
        errors.append("routing_key")
    if event.get("event_action") not in ("trigger", "acknowledge", "resolve"):
        errors.append("event_action")
    dedup = event.get("dedup_key")
    if not isinstance(dedup, str) or not 0 < len(dedup) <= 255:
        errors.append("dedup_key")
    if event.get("event_action") == "trigger":
        payload = event.get("payload")
        if not isinstance(payload, dict):
            errors.append("payload")
        else:
            summary = payload.get("summary")
            if not isinstance(summary, str) or not 0 < len(summary) <= 1024:
                errors.append("payload.summary")
            if not isinstance(payload.get("source"), str) or not payload["source"]:
                errors.append("payload.source")
            if payload.get("severity") not in ("critical", "error", "warning", "info"):
                errors.append("payload.severity")
        for link in event.get("links", []):
            if not isinstance(link, dict) or not isinstance(link.get("href"), str):
                errors.append("links")
    if errors:
        return 400, "invalid event: " + ", ".join(errors)
    return 202, "ok"


def check_opsgenie(args, path, query, headers, event):
    if headers.get("authorization") != "GenieKey " + (args.genie_key or args.secret):
        return 401, "bad GenieKey"
    if path.endswith("/acknowledge"):
        if query.get("identifierType") != ["alias"]:
            return 422, "identifierType"
        return 202, "ok"
    errors = []
    message = event.get("message")
    if not isinstance(message, str) or not 0 < len(message) <= 130:
        errors.append("message")
    alias = event.get("alias")
    if not isinstance(alias, str) or not 0 < len(alias) <= 512:
        errors.append("alias")
    if event.get("priority") not in ("P1", "P2", "P3", "P4", "P5"):
        errors.append("priority")
    details = event.get("details", {})
    if not isinstance(details, dict) or not all(isinstance(v, str) for v in details.values()):
        errors.append("details")
    if errors:
        return 422, "invalid alert: " + ", ".join(errors)
    return 202, "ok"


def make_handler(args):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_):
            pass

        def do_POST(self):
            url = urlparse(self.path)
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            if url.path == "/_clock":
                STATE["clock"] = int(body)
                self.send_response(204)
                self.end_headers()
                return
            if url.path.startswith("/endless"):
                # An error answer that never ends: LERS must read a little and drop it.
                self.send_response(500)
                self.end_headers()
                try:
                    while True:
                        self.wfile.write(b"endless-answer " * 64)
                except OSError:
                    return
            try:
                event = json.loads(body)
            except ValueError:
                event = None
            if event is None:
                status, verdict = 400, "not JSON"
            elif url.path.startswith("/signed"):
                status, verdict = check_signed(args, headers, body)
            elif url.path.startswith("/pagerduty"):
                status, verdict = check_pagerduty(event)
            elif url.path.startswith("/opsgenie"):
                status, verdict = check_opsgenie(args, url.path, parse_qs(url.query), headers, event)
            else:
                status, verdict = 404, "unknown path"
            with LOCK:
                if STATE["fail"] > 0:
                    STATE["fail"] -= 1
                    status, verdict = 503, "failing on purpose"
                with open(args.log, "a", encoding="utf-8") as log:
                    log.write(json.dumps({
                        "path": url.path,
                        "query": url.query,
                        "headers": headers,
                        "body": event,
                        "status": status,
                        "verdict": verdict,
                    }) + "\n")
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps({"status": verdict}).encode())

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--genie-key", default="")
    parser.add_argument("--clock", type=int, default=0)
    parser.add_argument("--tolerance", type=int, default=300)
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()
    STATE["clock"] = args.clock
    STATE["fail"] = args.fail_first
    ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args)).serve_forever()


if __name__ == "__main__":
    main()
