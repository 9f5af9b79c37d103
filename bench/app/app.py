"""Benchmark app: each request waits (standing in for an external API or database call) and then
computes, in amounts given by the query string: /work?wait_ms=100&cpu_ms=2. `jitter=0.5` spreads
the wait evenly over ±50 % of wait_ms, as a language model's answer times spread; /stream sends
`tokens` chunks over the wait, as a streamed answer does, and holds its thread until the last."""
import random
import time

from flask import Flask, Response, request, stream_with_context

app = Flask(__name__)


def burn(cpu_ms):
    # thread_time() counts only this thread's CPU: process_time() would count every thread of
    # a gthread worker and silently shorten the work.
    end = time.thread_time() + cpu_ms / 1000.0
    x = 0
    while time.thread_time() < end:
        for i in range(200):
            x += i * i
    return x


def wait_seconds(args):
    wait_ms = float(args.get("wait_ms", 0))
    jitter = float(args.get("jitter", 0))
    return wait_ms * random.uniform(1 - jitter, 1 + jitter) / 1000.0


@app.route("/work")
def work():
    wait = wait_seconds(request.args)
    if wait > 0:
        time.sleep(wait)
    burn(float(request.args.get("cpu_ms", 0)))
    return "ok\n"


@app.route("/stream")
def stream():
    wait = wait_seconds(request.args)
    tokens = max(1, int(request.args.get("tokens", 50)))
    cpu_ms = float(request.args.get("cpu_ms", 0))

    def generate():
        for _ in range(tokens):
            time.sleep(wait / tokens)
            burn(cpu_ms / tokens)
            yield "token "
        yield "\n"

    return Response(stream_with_context(generate()), mimetype="text/plain")


@app.route("/")
def index():
    return "ok\n"
