#!/usr/bin/env python3
"""HTTP-like client: sends a request, shuts down its sending side, then reads the answer.

Run alone:  python3 halfclose_client.py PORT
"""
import socket
import sys

port = int(sys.argv[1])

client = socket.create_connection(("127.0.0.1", port))
client.sendall(b"GET /index.html\r\n")
client.sendall(b"\r\n")
client.shutdown(socket.SHUT_WR)           # "I am done sending", yet still receiving
answer = b""
while True:
    chunk = client.recv(1024)
    if not chunk:
        break
    answer += chunk
print("answer:", answer.decode().rstrip(), flush=True)
client.close()
