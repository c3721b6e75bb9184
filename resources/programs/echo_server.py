#!/usr/bin/env python3
"""TCP echo server: accepts clients one after another and sends back what each sends.

Run alone:  python3 echo_server.py [PORT] [CLIENTS]   (PORT 0 picks a free port)
It prints "listening on 127.0.0.1 PORT" first, then serves CLIENTS clients (default 1).
"""
import socket
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 1

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening on 127.0.0.1", server.getsockname()[1], flush=True)

for _ in range(clients):
    conn, peer = server.accept()          # a new socket for this client
    print("connection from", peer, flush=True)
    while True:
        data = conn.recv(1024)
        if not data:                      # recv returned 0: the client closed
            break
        conn.sendall(data)
    conn.close()
server.close()
