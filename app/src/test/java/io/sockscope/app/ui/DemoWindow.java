package io.sockscope.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Shows the window on the hand-made sample session, for looking at it by eye:
 * {@code -Ddemo.theme=dark -Ddemo.lang=zh -Ddemo.select=17 -Ddemo.file=session.sockscope}.
 */
public final class DemoWindow extends Application {
    /** Starts the demo (a plain main class, so JavaFX may sit on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(DemoWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("sockscope-demo");
        Settings settings = Settings.load(dir);
        settings.setTheme(Theme.parse(System.getProperty("demo.theme", "light")));
        settings.setLanguage(Language.fromTag(System.getProperty("demo.lang", "en")));
        SessionViewModel vm = new SessionViewModel(Runnable::run, SessionFiles.SOURCE);
        new MainWindow(stage, settings, vm);
        String file = System.getProperty("demo.file");
        if (file != null) {
            vm.open(Path.of(file));
        } else {
            vm.show(new LoadedSession(Path.of("echo-sample.sockscope"), "Echo over TCP", SampleEvents.echo()));
        }
        stage.show();
        String sel = System.getProperty("demo.select");
        if (sel != null) {
            javafx.application.Platform.runLater(() -> vm.selectEvent(Long.parseLong(sel)));
        }
    }
}
