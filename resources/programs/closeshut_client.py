#!/usr/bin/env python3
"""Client for closeshut_server.py: reads what arrives after the server's close(), waits to see
that no end of stream follows, then reads the end of stream its shutdown() sends.

Run alone:  python3 closeshut_client.py PORT
"""
import select
import socket
import sys

port = int(sys.argv[1])

client = socket.create_connection(("127.0.0.1", port))
print("got:", client.recv(1024).decode().rstrip(), flush=True)
readable, _, _ = select.select([client], [], [], 0.5)
print("after 0.5 s:", "something to read" if readable else "nothing to read, no end of stream", flush=True)
client.sendall(b"no end of stream yet\n")
print("then recv returned", client.recv(1024), flush=True)   # b'' : end of stream
client.close()
