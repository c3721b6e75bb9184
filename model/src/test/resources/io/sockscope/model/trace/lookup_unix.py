# A user lookup (the C library may ask nscd over a Unix socket under /var/run), then the
# program's own Unix client connecting to a path nobody listens on.
import os
import pwd
import socket

pwd.getpwuid(os.getuid())
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print(s.connect_ex("/tmp/sockscope-nobody-listens-here"))
s.close()
