/**
 * Where a session's events live once open: {@link io.sockscope.sessions.store.SessionStore}
 * with an in-memory and a file-backed implementation. See docs/architecture.md, "Session store".
 */
package io.sockscope.sessions.store;
