#!/usr/bin/env python3
"""Starts a server program and then its clients, so that one trace shows both sides.

Usage:  python3 together.py SERVER.py [SERVER ARGS] -- CLIENT.py [CLIENT ARGS] [-- CLIENT.py ...]
The server is started with port 0 (a free port) prepended to its arguments; its first
output line must end in the port ("listening on 127.0.0.1 PORT"). Each client is started
after the previous one ended, with the port as its first argument. This launcher opens no
socket itself.
"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
parts = [[]]
for a in sys.argv[1:]:
    if a == "--":
        parts.append([])
    else:
        parts[-1].append(a)
if len(parts) < 2 or not parts[0] or not all(parts):
    sys.exit("usage: together.py SERVER.py [ARGS] -- CLIENT.py [ARGS] [-- CLIENT.py ...]")


def program(args):
    path = args[0] if os.path.isabs(args[0]) else os.path.join(here, args[0])
    return [sys.executable, path]


server = subprocess.Popen(program(parts[0]) + ["0"] + parts[0][1:], stdout=subprocess.PIPE, text=True)
first = server.stdout.readline()
print(first, end="", flush=True)
port = first.split()[-1]
for client in parts[1:]:
    subprocess.run(program(client) + [port] + client[1:], check=False)
for line in server.stdout:
    print(line, end="", flush=True)
sys.exit(server.wait())
