package io.sockscope.app.diagram.paint.fx;

import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.paint.Palette;
import io.sockscope.app.diagram.paint.Symbols;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** A key to every mark, arrow and band the diagram draws, using the very same shapes on small canvases. */
public final class Legend {
    private static final double W = 34;
    private static final double H = 22;

    private Legend() {
    }

    /** Every text key the legend asks for, in order (for translation bundles and their tests). */
    public static final java.util.List<String> KEYS = java.util.List.of("legend.stream", "legend.datagram",
            "legend.lost", "legend.unread", "legend.creation", "legend.signal", "legend.rst", "legend.eof",
            "legend.half_close", "legend.reset", "legend.error", "legend.would_block", "legend.partial",
            "legend.close", "legend.register", "legend.blocked", "legend.select", "legend.queues");

    /** English default texts for {@link #create(Palette, Function)} keys. */
    public static String english(String key) {
        return switch (key) {
            case "legend.stream" -> "stream bytes (range)";
            case "legend.datagram" -> "datagram";
            case "legend.lost" -> "datagram lost";
            case "legend.unread" -> "sent, not read (yet)";
            case "legend.creation" -> "accept creates socket";
            case "legend.signal" -> "SYN / FIN (connect, close)";
            case "legend.rst" -> "RST (abortive close)";
            case "legend.eof" -> "EOF (peer sends no more)";
            case "legend.half_close" -> "shutdown (half-close)";
            case "legend.reset" -> "reset (RST)";
            case "legend.error" -> "error";
            case "legend.would_block" -> "would block (EAGAIN)";
            case "legend.partial" -> "partial send";
            case "legend.close" -> "close";
            case "legend.register" -> "register with selector";
            case "legend.blocked" -> "blocked call (thread waits)";
            case "legend.select" -> "select; badges ready / asked";
            case "legend.queues" -> "send queue ◀ ▶ receive queue";
            default -> key;
        };
    }

    /** The legend with texts looked up by key (e.g. from a ResourceBundle); see {@link #english}. */
    public static FlowPane create(Palette p, Function<String, String> text) {
        Objects.requireNonNull(p, "palette");
        Objects.requireNonNull(text, "text");
        FlowPane pane = new FlowPane(14, 6);
        pane.setPadding(new Insets(6));
        pane.getStyleClass().add("diagram-legend");
        fill(pane, p, text);
        return pane;
    }

    /** Redraws a legend made by {@link #create} in other colours (e.g. after switching to dark). */
    public static void fill(FlowPane pane, Palette p, Function<String, String> text) {
        Objects.requireNonNull(pane, "pane");
        pane.getChildren().clear();
        add(pane, text.apply("legend.stream"), p, (g, q) -> arrow(g, q.stream(), false));
        add(pane, text.apply("legend.datagram"), p, (g, q) -> arrow(g, q.datagram(), false));
        add(pane, text.apply("legend.lost"), p, (g, q) -> {
            g.setStroke(q.lost());
            g.setLineWidth(2.2);
            g.strokeLine(3, H / 2, W - 10, H / 2);
            Symbols.cross(g, W - 8, H / 2, 5, q.lost());
        });
        add(pane, text.apply("legend.unread"), p, (g, q) -> {
            g.setStroke(q.stream());
            g.setLineWidth(2.2);
            g.strokeLine(2, 4, W - 10, 8);
            g.setLineWidth(1.6);
            g.setLineDashes(3, 3);
            g.strokeLine(W - 10, 8, W - 10, H - 6);
            g.setLineDashes();
            g.setFill(q.background());
            g.fillOval(W - 14, H - 9, 8, 8);
            g.strokeOval(W - 14, H - 9, 8, 8);
        });
        add(pane, text.apply("legend.creation"), p, (g, q) -> arrow(g, q.creation(), true));
        add(pane, text.apply("legend.signal"), p, (g, q) -> signal(g, q.muted()));
        add(pane, text.apply("legend.rst"), p, (g, q) -> signal(g, q.lost()));
        for (MarkKind k : new MarkKind[] {MarkKind.EOF, MarkKind.HALF_CLOSE, MarkKind.RESET, MarkKind.ERROR,
                MarkKind.WOULD_BLOCK, MarkKind.PARTIAL, MarkKind.CLOSE, MarkKind.REGISTER}) {
            add(pane, text.apply("legend." + k.name().toLowerCase()), p, (g, q) -> Symbols.mark(g, k, W / 2, H / 2, 7, q));
        }
        add(pane, text.apply("legend.blocked"), p, (g, q) -> Symbols.hatched(g, W / 2 - 6, 1, 12, H - 2, q.blocked(), q.background()));
        add(pane, text.apply("legend.select"), p, (g, q) -> {
            g.setFill(q.select());
            g.fillRoundRect(2, 3, 11, 16, 4, 4);
            g.setStroke(q.select());
            g.strokeRoundRect(16, 3, 11, 16, 4, 4);
        });
        add(pane, text.apply("legend.queues"), p, (g, q) -> {
            g.setFill(q.sendQ().withOpacity(0.5));
            g.fillRect(4, 2, 12, H - 4);
            g.setFill(q.recvQ().withOpacity(0.5));
            g.fillRect(W / 2 + 1, 2, 8, H - 4);
            g.setStroke(q.muted());
            g.strokeLine(W / 2, 0, W / 2, H);
        });
    }

    private static void signal(Surface g, Rgba c) {
        g.setStroke(c);
        g.setLineWidth(1.4);
        g.setLineDashes(2, 3);
        g.strokeLine(2, H / 2, W - 6, H / 2);
        g.setLineDashes();
        Symbols.arrowHead(g, 2, H / 2, W - 2, H / 2, 9, c);
    }

    private static void arrow(Surface g, Rgba c, boolean dashed) {
        g.setStroke(c);
        g.setLineWidth(2.2);
        if (dashed) {
            g.setLineDashes(5, 3);
        }
        g.strokeLine(2, H / 2, W - 4, H / 2);
        g.setLineDashes();
        Symbols.arrowHead(g, 2, H / 2, W - 2, H / 2, 10, c);
    }

    private static void add(FlowPane pane, String label, Palette p, BiConsumer<Surface, Palette> icon) {
        Canvas c = new Canvas(W, H);
        Surface g = new CanvasSurface(c.getGraphicsContext2D());
        g.setFill(p.background());
        g.fillRect(0, 0, W, H);
        icon.accept(g, p);
        Label l = new Label(label);
        HBox box = new HBox(6, c, l);
        box.setAlignment(Pos.CENTER_LEFT);
        pane.getChildren().add(box);
    }
}
