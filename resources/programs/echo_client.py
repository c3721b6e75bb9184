#!/usr/bin/env python3
"""TCP echo client: sends a few lines to an echo server and reads each one back.

Run alone:  python3 echo_client.py PORT [MESSAGE ...]
Before sending it tries one non-blocking recv: with nothing to read the kernel answers
EAGAIN (Python raises BlockingIOError), where Java's read would return 0.
"""
import socket
import sys

port = int(sys.argv[1])
messages = sys.argv[2:] or ["hello", "world"]

client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect(("127.0.0.1", port))
client.setblocking(False)
try:
    client.recv(1024)
except BlockingIOError as e:
    print("nothing to read yet:", e.strerror, flush=True)
client.setblocking(True)
for m in messages:
    client.sendall(m.encode() + b"\n")
    print("echoed:", client.recv(1024).decode().rstrip(), flush=True)
client.close()
