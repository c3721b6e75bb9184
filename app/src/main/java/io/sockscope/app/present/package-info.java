/**
 * Presentation mode: a session shown full screen for a lecture, step by step from the window's
 * own transport, with a projector-sized caption, the present step spotlighted, a clicker's
 * keys, a blank screen and a pointer dot. Sits above the window ({@code ui}); the window only
 * knows it as a {@code Runnable} (F5).
 */
package io.sockscope.app.present;
