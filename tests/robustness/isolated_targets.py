"""Functions the isolation tests run in a child process: misbehaving "parsers"."""
import time


def hang(path):
    while True:
        time.sleep(1)


def hog(path):
    chunks = []
    while True:
        chunks.append(bytearray(256 * 1024 * 1024))


def die(path):
    import os
    os._exit(3)


def echo(path):
    return {"path": path}
