package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import java.util.Objects;

/**
 * One socket's (or selector's) lifeline: who owns it, what it is, from which row it lives and
 * where it ends. An accepted child inherits its server's owner and records the server as parent.
 */
public final class Lifeline {
    private final String socket;
    private final String owner;
    private final String group;
    private final Proto proto;
    private final Family family;
    private final int fd;
    private final int firstRow;
    private final String parent;
    /** The family it may share a lane with ({@link Lanes#family}). */
    private final String laneFamily;
    private int lastRow = -1;

    Lifeline(String socket, String owner, Proto proto, Family family, int fd, int firstRow, String parent) {
        this(socket, owner, null, proto, family, fd, firstRow, parent);
    }

    /** {@code group}: the key lifelines are grouped by (a process), null for the owner label. */
    Lifeline(String socket, String owner, String group, Proto proto, Family family, int fd, int firstRow, String parent) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.owner = owner == null || owner.isEmpty() ? "app" : owner;
        this.group = group == null || group.isEmpty() ? this.owner : group;
        this.proto = Objects.requireNonNull(proto, "proto");
        this.family = Objects.requireNonNull(family, "family");
        this.fd = fd;
        this.firstRow = firstRow;
        this.parent = parent;
        this.laneFamily = Lanes.familyOf(this.owner, parent, proto);
    }

    public String socket() {
        return socket;
    }

    /** The owner group (server, client, external...). */
    public String owner() {
        return owner;
    }

    /**
     * True for an outside program's socket entered by {@code serve} (no descriptor of ours, an
     * {@code external:} owner): its own calls happen in another process and are never seen.
     */
    public boolean outside() {
        return fd < 0 && owner.startsWith("external");
    }

    /** What the lifeline is grouped by: its process when known, else its owner label. */
    public String group() {
        return group;
    }

    public Proto proto() {
        return proto;
    }

    public Family family() {
        return family;
    }

    /** Real descriptor number, -1 if unknown. */
    public int fd() {
        return fd;
    }

    /** Row where the lifeline starts (its open or accept). */
    public int firstRow() {
        return firstRow;
    }

    /** Row of its close, or -1 while open. */
    public int lastRow() {
        return lastRow;
    }

    /** The server socket that accepted this one, or null. */
    public String parent() {
        return parent;
    }

    String laneFamily() {
        return laneFamily;
    }

    public LifelineKind kind() {
        return proto == Proto.SELECTOR ? LifelineKind.SELECTOR : LifelineKind.SOCKET;
    }

    /** True once closed. */
    public boolean closed() {
        return lastRow >= 0;
    }

    /** True if the lifeline exists at {@code row}. */
    public boolean alive(int row) {
        return row >= firstRow && (lastRow < 0 || row <= lastRow);
    }

    /** The same lifeline not closed yet (as it was before its close). */
    Lifeline reopened() {
        return new Lifeline(socket, owner, group, proto, family, fd, firstRow, parent);
    }

    void close(int row) {
        if (lastRow < 0) {
            lastRow = row;
        }
    }

    @Override
    public String toString() {
        return "Lifeline[" + socket + " " + proto + " " + owner + " rows " + firstRow + ".." + lastRow + "]";
    }
}
