package io.sockscope.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;

/** The lines a wrapping label shows, read from where its text node lays each character out. */
final class WrappedLines {
    private WrappedLines() {
    }

    /** The label's lines as laid out (call on the FX thread, after layout). */
    static List<String> of(Labeled label) {
        Text text = label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no text drawn for " + label.getText()));
        String s = text.getText();
        List<String> lines = new ArrayList<>();
        int start = 0;
        double lineTop = Double.NaN;
        for (int i = 0; i < s.length(); i++) {
            double top = new Path(text.rangeShape(i, i + 1)).getBoundsInLocal().getMinY();
            if (!Double.isNaN(lineTop) && top > lineTop + 1) {
                lines.add(s.substring(start, i));
                start = i;
            }
            lineTop = Double.isNaN(lineTop) || top > lineTop + 1 ? top : lineTop;
        }
        lines.add(s.substring(start));
        return lines;
    }

    /**
     * True when a line ends inside a word: a letter or digit at the end of one line and at the
     * start of the next (a break after a space, a hyphen, a dot or between Chinese characters is
     * where a reader expects one).
     */
    static boolean breaksAWord(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String before = lines.get(i - 1).replaceAll("\n$", "");
            String after = lines.get(i);
            if (before.isEmpty() || after.isEmpty()) {
                continue;
            }
            int last = before.codePointBefore(before.length());
            int first = after.codePointAt(0);
            if (latin(last) && latin(first)) {
                return true;
            }
        }
        return false;
    }

    private static boolean latin(int c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** Every label under {@code n} that is shown. */
    static List<Labeled> labels(Node n) {
        List<Labeled> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<Labeled> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
