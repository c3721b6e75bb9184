#!/usr/bin/env python3
"""HTTP-like server: reads the whole request (until recv returns 0), then answers and closes.

Run alone:  python3 halfclose_server.py [PORT]
"""
import socket
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 0

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening on 127.0.0.1", server.getsockname()[1], flush=True)

conn, _ = server.accept()
request = b""
while True:
    chunk = conn.recv(1024)
    if not chunk:                         # the client shut down its sending side
        break
    request += chunk
conn.sendall(b"got %d bytes\n" % len(request))
conn.close()
server.close()
