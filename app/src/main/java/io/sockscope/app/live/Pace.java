package io.sockscope.app.live;

import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioRunner;

/**
 * A {@link ScenarioRunner.Pacer} a person controls through the window's transport: waits
 * {@link #setSecondsPerStep seconds} before each
 * step, holds while paused, and lets one step through at each {@link #next()}. Thread-safe; the
 * scenario thread waits here, never the FX thread.
 */
public final class Pace implements ScenarioRunner.Pacer, io.sockscope.app.transport.Transport.Producer {
    private double seconds;
    private boolean paused;
    private int permits;

    public Pace(double seconds) {
        this.seconds = seconds;
    }

    @Override
    public synchronized void beforeStep(int step, Caption caption) throws InterruptedException {
        long deadline = System.nanoTime() + (step == 1 ? 0 : (long) (seconds * 1e9));
        while (true) {
            if (permits > 0) {
                permits--;
                return;
            }
            long left = deadline - System.nanoTime();
            if (!paused && left <= 0) {
                return;
            }
            if (paused) {
                wait();
            } else {
                wait(Math.max(1, left / 1_000_000), 0);
            }
            if (!paused) {
                deadline = Math.min(deadline, System.nanoTime() + (long) (seconds * 1e9));
            }
        }
    }

    /** Seconds between steps (0: as fast as the calls go). */
    @Override
    public synchronized void setSecondsPerStep(double s) {
        seconds = Math.max(0, s);
        notifyAll();
    }

    @Override
    public synchronized void setPaused(boolean p) {
        paused = p;
        notifyAll();
    }

    public synchronized boolean paused() {
        return paused;
    }

    /** Lets the next step start now, paused or not. */
    @Override
    public synchronized void next() {
        permits++;
        notifyAll();
    }
}
