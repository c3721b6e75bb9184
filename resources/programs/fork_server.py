#!/usr/bin/env python3
"""Echo server with one process per client (fork), as classic Unix servers do.

Run alone:  python3 fork_server.py [PORT] [CLIENTS]   (stops after CLIENTS clients, default 1)
After fork both processes hold the listener and the connection. The child closes the
listener, the parent closes the connection: each close drops one descriptor, and the
socket lives on in the other process.
"""
import os
import socket
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 1

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening on 127.0.0.1", server.getsockname()[1], flush=True)

children = []
for _ in range(clients):
    conn, peer = server.accept()
    pid = os.fork()
    if pid == 0:                          # child: serves this client only
        server.close()
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data)
        conn.close()
        os._exit(0)
    conn.close()                          # parent: the child holds the connection now
    children.append(pid)
for pid in children:
    os.waitpid(pid, 0)
server.close()
