package io.sockscope.model.trace;

import io.sockscope.model.source.Stamp;

/** Where the mapper's events go: stamped in order of the trace; {@code micros} is strace's clock (-1 if none). */
@FunctionalInterface
interface TraceSink {
    void emit(long micros, Stamp stamp);
}
