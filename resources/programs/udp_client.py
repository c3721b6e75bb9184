#!/usr/bin/env python3
"""UDP client: sends datagrams with sendto and reads each answer with recvfrom.

Run alone:  python3 udp_client.py PORT [MESSAGE ...]
"""
import socket
import sys

port = int(sys.argv[1])
messages = sys.argv[2:] or ["ping", "pong"]

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for m in messages:
    sock.sendto(m.encode(), ("127.0.0.1", port))
    data, peer = sock.recvfrom(1024)
    print("answer from", peer, data.decode(), flush=True)
sock.close()
