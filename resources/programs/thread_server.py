#!/usr/bin/env python3
"""Echo server with one thread per client: the main thread accepts, a new thread serves each
connection. Threads share the process's descriptors (unlike fork, nothing is copied).

Run alone:  python3 thread_server.py [PORT] [CLIENTS]   (stops after CLIENTS clients, default 1)
"""
import socket
import sys
import threading

port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 1


def serve(conn):
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.sendall(data)
    conn.close()


server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening on 127.0.0.1", server.getsockname()[1], flush=True)

workers = []
for _ in range(clients):
    conn, _ = server.accept()
    worker = threading.Thread(target=serve, args=(conn,))
    worker.start()
    workers.append(worker)
for worker in workers:
    worker.join()
server.close()
