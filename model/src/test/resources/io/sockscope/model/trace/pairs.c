/* socketpair, sendmmsg/recvmmsg and Unix datagram sockets, for Sockscope's strace parser tests. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static void must(int ok, const char *what) { if (!ok) { perror(what); _exit(1); } }

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "/tmp";
    char buf[64];
    /* socketpair: two connected ends, no address */
    int sv[2];
    must(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0, "socketpair");
    must(write(sv[0], "ping", 4) == 4, "write");
    must(read(sv[1], buf, sizeof buf) == 4, "read");
    must(write(sv[1], "pong", 4) == 4, "write");
    must(read(sv[0], buf, sizeof buf) == 4, "read");
    close(sv[0]);
    must(read(sv[1], buf, sizeof buf) == 0, "read eof");
    close(sv[1]);
    /* Unix datagram sockets named by paths */
    struct sockaddr_un a = {.sun_family = AF_UNIX}, b = {.sun_family = AF_UNIX}, from;
    snprintf(a.sun_path, sizeof a.sun_path, "%s/srv.sock", dir);
    snprintf(b.sun_path, sizeof b.sun_path, "%s/cli.sock", dir);
    unlink(a.sun_path);
    unlink(b.sun_path);
    int srv = socket(AF_UNIX, SOCK_DGRAM, 0), cli = socket(AF_UNIX, SOCK_DGRAM, 0);
    must(bind(srv, (struct sockaddr *)&a, sizeof a) == 0, "bind srv");
    must(bind(cli, (struct sockaddr *)&b, sizeof b) == 0, "bind cli");
    must(sendto(cli, "hello", 5, 0, (struct sockaddr *)&a, sizeof a) == 5, "sendto");
    socklen_t len = sizeof from;
    must(recvfrom(srv, buf, sizeof buf, 0, (struct sockaddr *)&from, &len) == 5, "recvfrom");
    must(sendto(srv, "olleh", 5, 0, (struct sockaddr *)&from, len) == 5, "sendto back");
    must(recvfrom(cli, buf, sizeof buf, 0, NULL, NULL) == 5, "recvfrom back");
    close(cli);
    close(srv);
    unlink(a.sun_path);
    unlink(b.sun_path);
    /* sendmmsg / recvmmsg: three UDP datagrams in one call each way */
    int rx = socket(AF_INET, SOCK_DGRAM, 0), tx = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    must(bind(rx, (struct sockaddr *)&to, sizeof to) == 0, "bind rx");
    socklen_t tl = sizeof to;
    getsockname(rx, (struct sockaddr *)&to, &tl);
    const char *words[3] = {"one", "two", "three"};
    struct iovec iov[3];
    struct mmsghdr out[3], in[3];
    char bufs[3][16];
    struct sockaddr_in froms[3];
    memset(out, 0, sizeof out);
    memset(in, 0, sizeof in);
    for (int i = 0; i < 3; i++) {
        iov[i].iov_base = (void *)words[i];
        iov[i].iov_len = strlen(words[i]);
        out[i].msg_hdr.msg_name = &to;
        out[i].msg_hdr.msg_namelen = sizeof to;
        out[i].msg_hdr.msg_iov = &iov[i];
        out[i].msg_hdr.msg_iovlen = 1;
    }
    must(sendmmsg(tx, out, 3, 0) == 3, "sendmmsg");
    struct iovec riov[3];
    for (int i = 0; i < 3; i++) {
        riov[i].iov_base = bufs[i];
        riov[i].iov_len = sizeof bufs[i];
        in[i].msg_hdr.msg_name = &froms[i];
        in[i].msg_hdr.msg_namelen = sizeof froms[i];
        in[i].msg_hdr.msg_iov = &riov[i];
        in[i].msg_hdr.msg_iovlen = 1;
    }
    must(recvmmsg(rx, in, 3, MSG_WAITFORONE, NULL) == 3, "recvmmsg");
    close(tx);
    close(rx);
    puts("ok");
    return 0;
}
