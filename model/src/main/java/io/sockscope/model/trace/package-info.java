/**
 * Traces an unmodified program's real system calls with {@code strace -f} and turns its
 * socket calls into the session's events: a line parser ({@link io.sockscope.model.trace.StraceLine}),
 * per-process descriptor tables and the mapping to events ({@link io.sockscope.model.trace.TraceMapper}),
 * address lookup through {@code /proc/net}, and the running tracer as an event source
 * ({@link io.sockscope.model.trace.Tracer}). No JavaFX.
 */
package io.sockscope.model.trace;
