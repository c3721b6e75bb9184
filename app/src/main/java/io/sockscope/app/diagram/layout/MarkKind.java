package io.sockscope.app.diagram.layout;

/** Kinds of single-row marks; each has its own shape in the painter and the legend. */
public enum MarkKind {
    /** recv returned end of stream: the peer will send nothing more. */
    EOF,
    /** shutdown of one or both directions. */
    HALF_CLOSE,
    /** the connection was reset (a RESET failure, or an abortive close sending RST). */
    RESET,
    /** a call failed for another reason (refused, timed out, in use...). */
    ERROR,
    /** a non-blocking call had nothing to do (EAGAIN). */
    WOULD_BLOCK,
    /** send moved fewer bytes than asked (send buffer full). */
    PARTIAL,
    /** descriptor released: the lifeline ends. */
    CLOSE,
    /** channel registered with a selector (interest ops in the label). */
    REGISTER,
    /** a socket option was set. */
    OPTION
}
