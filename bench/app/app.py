"""Benchmark app: each request waits (standing in for an external API or database call) and then
computes, in amounts given by the query string: /work?wait_ms=100&cpu_ms=2."""
import time

from flask import Flask, request

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


@app.route("/work")
def work():
    wait_ms = float(request.args.get("wait_ms", 0))
    cpu_ms = float(request.args.get("cpu_ms", 0))
    if wait_ms > 0:
        time.sleep(wait_ms / 1000.0)
    burn(cpu_ms)
    return "ok\n"


@app.route("/")
def index():
    return "ok\n"
