package io.sockscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Families of lifelines that can share one lane: the sockets a server accepted (one family per
 * server), and the sockets of one protocol whose owners differ only by a number or letter
 * ({@code client-1}, {@code client-2}... or {@code client A}, {@code client B}). A family of one
 * is no family.
 */
public final class Lanes {
    /** A trailing number or single capital letter, as in {@code client-2} or {@code client A}. */
    private static final Pattern SUFFIX = Pattern.compile("(?:[ -]?\\d+|[ -][A-Z])$");

    private Lanes() {
    }

    /**
     * The family key of a lifeline: {@code ⇐s1} for sockets s1 accepted, else the owner without its
     * number. The lifeline keeps it: columns are laid out again for every live batch.
     */
    public static String family(Lifeline l) {
        return l.laneFamily();
    }

    /**
     * The key {@link #family} gives a lifeline with this owner, parent and protocol; computed once
     * per lifeline, and one string for all the lifelines of a family (a live session may have
     * hundreds of thousands). Sockets of one owner but another protocol (a server's selector
     * beside its TCP sockets) are another family: a lane's head names one protocol.
     */
    static String familyOf(String owner, String parent, io.sockscope.model.event.Proto proto) {
        return (parent != null ? "⇐" + parent : base(owner) + "·" + proto.name().toLowerCase(java.util.Locale.ROOT)).intern();
    }

    /** {@code client-2} → {@code client}, {@code client A} → {@code client}; {@code server} stays. */
    static String base(String owner) {
        return SUFFIX.matcher(owner).replaceFirst("");
    }

    /** The families with more than one member, in column order, each with its members. */
    public static Map<String, List<Lifeline>> families(List<Lifeline> columns) {
        return families(columns, null);
    }

    /** {@link #families(List)} among those named in {@code only} (null: all). */
    static Map<String, List<Lifeline>> families(List<Lifeline> columns, Set<String> only) {
        Map<String, List<Lifeline>> all = new LinkedHashMap<>();
        if (only != null && only.isEmpty()) {
            return all;
        }
        for (Lifeline l : columns) {
            String fam = family(l);
            if (only == null || only.contains(fam)) {
                all.computeIfAbsent(fam, k -> new ArrayList<>()).add(l);
            }
        }
        all.values().removeIf(members -> members.size() < 2);
        return all;
    }

    /** The owner of the lane whose first member is {@code first}: the server's for accepted sockets, else the owner without its number. */
    static String laneOwner(Lifeline first) {
        String owner = first.parent() != null ? first.owner() : base(first.owner());
        return owner.isEmpty() ? "app" : owner; // as a lifeline names an owner it was not given
    }

    /**
     * The lane lifeline that stands for {@code members}: named by its first and last socket and
     * its count ({@code s3…s11 ×5}), living from the first member's birth to the last one's end.
     */
    static Lifeline lane(String family, List<Lifeline> members) {
        int born = Integer.MAX_VALUE;
        int end = -1;
        boolean allClosed = true;
        for (Lifeline m : members) {
            born = Math.min(born, m.firstRow());
            allClosed &= m.closed();
            end = Math.max(end, m.lastRow());
        }
        return lane(family, members.get(0), members.get(members.size() - 1), members.size(), born, allClosed ? end : -1);
    }

    /** The lane of {@code count} members from {@code first} to {@code last}, born at row {@code born}, closed at {@code end} (-1: open). */
    static Lifeline lane(String family, Lifeline first, Lifeline last, int count, int born, int end) {
        String id = first.socket() + "…" + last.socket() + " ×" + count;
        Lifeline lane = new Lifeline(id, laneOwner(first), first.proto(), first.family(), -1, born, null);
        if (end >= 0) {
            lane.close(end);
        }
        return lane;
    }
}
