package io.sockscope.app.live;

import io.sockscope.app.ui.I18n;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * The status bar's figures of a running live session, refreshed every second: the heap in use
 * and the autosave's size, each with how fast it grew over the last {@value #WINDOW_S} seconds.
 * Reads no file (the autosave's size is the session's own count), so the FX thread never waits.
 */
final class GrowthLabel {
    /** Seconds the growth rates are taken over. */
    static final int WINDOW_S = 10;
    private static final double MIB = 1 << 20;

    private final Label label = new Label();
    private final I18n i18n;
    private final Supplier<LiveSession> session;
    private final long[] heap = new long[WINDOW_S + 1];
    private final long[] disk = new long[WINDOW_S + 1];
    private int ticks;
    private LiveSession shown;

    GrowthLabel(I18n i18n, Supplier<LiveSession> session) {
        this.i18n = i18n;
        this.session = session;
        label.setId("statusGrowth");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the file name gives way, never these figures
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
        Timeline timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        i18n.languageProperty().addListener((o, a, b) -> show());
    }

    Label node() {
        return label;
    }

    /** Takes a sample now (the timer does so every second). */
    void tick() {
        LiveSession s = session.get();
        if (s != shown) {
            shown = s;
            ticks = 0;
        }
        if (s == null || s.closed()) {
            label.setVisible(false);
            return;
        }
        Runtime rt = Runtime.getRuntime();
        heap[ticks % heap.length] = rt.totalMemory() - rt.freeMemory();
        disk[ticks % disk.length] = s.recordedBytes();
        ticks++;
        show();
    }

    private void show() {
        if (ticks == 0 || shown == null || shown.closed()) {
            return;
        }
        int now = (ticks - 1) % heap.length;
        int span = Math.min(ticks - 1, WINDOW_S);
        int then = (ticks - 1 - span) % heap.length;
        label.setText(i18n.t("live.growth", mib(heap[now]), rate(heap[now] - heap[then], span),
                mib(disk[now]), rate(disk[now] - disk[then], span)));
        label.setVisible(true);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / MIB);
    }

    private static String rate(long grown, int seconds) {
        double perS = seconds == 0 ? 0 : grown / MIB / seconds;
        return String.format(Locale.ROOT, "%+.1f", perS);
    }

    /** The figures shown now (tests). */
    String text() {
        return label.getText();
    }
}
