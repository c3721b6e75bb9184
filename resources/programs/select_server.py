#!/usr/bin/env python3
"""Echo server with select(): one thread serves the listener and every client.

Run alone:  python3 select_server.py [PORT] [CLIENTS]   (stops after CLIENTS clients left)
"""
import select
import socket
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 2

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
server.setblocking(False)
print("listening on 127.0.0.1", server.getsockname()[1], flush=True)

watched = [server]
finished = 0
while finished < clients:
    readable, _, _ = select.select(watched, [], [])
    for s in readable:
        if s is server:                   # readable listener: a connection waits in the queue
            conn, peer = server.accept()
            conn.setblocking(False)
            watched.append(conn)
        else:
            data = s.recv(1024)
            if data:
                s.sendall(data)
            else:                         # end of stream: forget this client
                watched.remove(s)
                s.close()
                finished += 1
server.close()
