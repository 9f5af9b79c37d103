"""ASGI benchmark app: /work awaits (an async endpoint on the event loop), /work-def sleeps in a
plain def endpoint (FastAPI runs it in its thread pool); both then compute, as the WSGI app."""
import asyncio
import time

from fastapi import FastAPI

app = FastAPI()


def burn(cpu_ms: float) -> int:
    # thread_time(): this thread's CPU only, so the pool's other threads do not shorten the work.
    end = time.thread_time() + cpu_ms / 1000.0
    x = 0
    while time.thread_time() < end:
        for i in range(200):
            x += i * i
    return x


@app.get("/work")
async def work(wait_ms: float = 0, cpu_ms: float = 0) -> str:
    if wait_ms > 0:
        await asyncio.sleep(wait_ms / 1000.0)
    burn(cpu_ms)
    return "ok"


@app.get("/work-def")
def work_def(wait_ms: float = 0, cpu_ms: float = 0) -> str:
    if wait_ms > 0:
        time.sleep(wait_ms / 1000.0)
    burn(cpu_ms)
    return "ok"


@app.get("/")
async def index() -> str:
    return "ok"
