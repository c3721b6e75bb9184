package io.sockscope.sessions;

/**
 * The last line of a file was cut off mid-write (no final newline, not parsable), as happens
 * when a recording process is killed; the reader skipped it.
 *
 * @param line  the 1-based number of the dropped line
 * @param bytes how many bytes that partial line held
 */
public record DroppedTail(long line, long bytes) {
}
