package io.sockscope.app.live.bench;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.live.Autosave;
import io.sockscope.app.live.LiveFeed;
import io.sockscope.app.live.LiveSession;
import io.sockscope.model.scenario.ScenarioRunner;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Control for {@link LiveWindowBench}: the same scenario fed to a bare {@link DiagramView} (no window panes). */
public final class ViewOnlyBench {
    private static long pauseMicros;

    private ViewOnlyBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        pauseMicros = args.length > 2 ? Long.parseLong(args[2]) : 0;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        long[] busy = new long[100_000];
        int[] count = {0};
        long[] startEnd = {0, 0};
        AtomicBoolean finished = new AtomicBoolean();
        Platform.runLater(() -> {
            try {
                DiagramView view = new DiagramView();
                LiveFeed feed = new LiveFeed(view::append);
                Stage stage = new Stage();
                stage.setScene(new Scene(view, 900, 600));
                stage.show();
                LiveSession session = LiveSession.start(new Autosave(Files.createTempDirectory("bench-view")), "bench", "", "en");
                feed.attach(session);
                Thread runner = new Thread(() -> {
                    try {
                        new ScenarioRunner(session.engine().orElseThrow(), "en", ScenarioRunner.Pacer.NONE, Duration.ofSeconds(30))
                                .run(new ThousandConnections(n, pauseMicros * 1000L));
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                    finished.set(true);
                });
                long[] pulse = {0};
                stage.getScene().addPostLayoutPulseListener(() -> {
                    if (pulse[0] != 0 && count[0] < busy.length) {
                        busy[count[0]++] = System.nanoTime() - pulse[0];
                    }
                });
                new AnimationTimer() {
                    private int frame;

                    @Override
                    public void handle(long now) {
                        if (++frame == 30) {
                            startEnd[0] = now;
                            runner.start();
                        }
                        pulse[0] = frame > 30 ? System.nanoTime() : 0;
                        if (finished.get() && feed.pump() == 0) {
                            startEnd[1] = now;
                            stop();
                            session.close();
                            done.countDown();
                        }
                    }
                }.start();
            } catch (Exception e) {
                e.printStackTrace();
                done.countDown();
            }
        });
        done.await();
        long[] b = Arrays.copyOf(busy, count[0]);
        Arrays.sort(b);
        double s = (startEnd[1] - startEnd[0]) / 1e9;
        System.out.printf(Locale.ROOT, "view only, %d connections: %.2f s, %d pulses, %.1f fps; FX work per pulse median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                n, s, b.length, b.length / s, b[b.length / 2] / 1e6, b[(int) (b.length * 0.99)] / 1e6, b[b.length - 1] / 1e6);
        System.exit(0);
    }
}
