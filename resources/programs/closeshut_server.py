#!/usr/bin/env python3
"""close() is not shutdown(): with two descriptors of one connection, close drops a descriptor
and sends nothing; shutdown(SHUT_WR) sends FIN at once, whatever descriptors remain.

Run alone:  python3 closeshut_server.py [PORT]   (then closeshut_client.py PORT)
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
spare = conn.dup()                        # dup(): a second descriptor of the same socket
conn.close()                              # drops one descriptor: no FIN, the connection goes on
spare.sendall(b"sent after close\n")      # would fail (EPIPE) had the close sent FIN
print("client says:", spare.recv(1024).decode().rstrip(), flush=True)
other = spare.dup()                       # two descriptors again
spare.shutdown(socket.SHUT_WR)            # FIN now, although 'other' is still open
while other.recv(1024):                   # until the client closes
    pass
other.close()
spare.close()
server.close()
