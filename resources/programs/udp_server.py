#!/usr/bin/env python3
"""UDP echo server: no listen, no accept; every datagram says who sent it.

Run alone:  python3 udp_server.py [PORT] [DATAGRAMS]   (stops after DATAGRAMS, default 2)
"""
import socket
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(("127.0.0.1", port))
print("listening on 127.0.0.1", sock.getsockname()[1], flush=True)
for _ in range(count):
    data, peer = sock.recvfrom(1024)
    sock.sendto(data.upper(), peer)
sock.close()
