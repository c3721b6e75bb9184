package io.sockscope.app.ui;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A field's value, broken into lines by words: at spaces and between Chinese characters, and a
 * word wider than the label (a file's name, "20261203-172510-select-server.sockscope", a Unix
 * socket's path inside a sentence) after a hyphen, a dot, a slash or an underscore. A label left
 * to wrap by itself breaks such a word anywhere, inside a name or a number.
 */
final class ValueLabel extends Label {
    /**
     * Where a line may end: after a space, and before or after a Chinese character or full-width
     * sign, but not before closing punctuation nor after an opening bracket.
     */
    private static final String WORDS = "(?<= )|(?<=[\\u3000-\\u9fff\\uff00-\\uffef&&[^（「『]])(?![，。：；！？）」』、])"
            + "|(?<![（「『])(?=[\\u3000-\\u9fff\\uff00-\\uffef&&[^，。：；！？）」』、]])";
    private String name = "";

    ValueLabel() {
        setWrapText(true); // a part wider than the label still wraps, inside itself
        setMaxWidth(Double.MAX_VALUE); // as wide as its cell, whatever lines it shows
        widthProperty().addListener((o, a, b) -> rebreak());
        fontProperty().addListener((o, a, b) -> rebreak());
    }

    void setValue(String name) {
        this.name = Objects.requireNonNull(name, "name");
        rebreak();
    }

    private void rebreak() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        setText(room > 0 ? lines(name, getFont(), room) : name);
    }

    /**
     * {@code text} with a line break before each word that would not fit on the line so far; a
     * word wider than a line is broken after its hyphens, dots, slashes and underscores (a part
     * wider than a line still wraps inside itself). Lines the text breaks itself stay.
     */
    static String lines(String text, Font font, double room) {
        Text measure = new Text();
        measure.setFont(font);
        StringBuilder out = new StringBuilder();
        String[] given = text.split("\n", -1);
        for (int i = 0; i < given.length; i++) {
            out.append(i > 0 ? "\n" : "").append(paragraph(given[i], measure, room));
        }
        return out.toString();
    }

    private static String paragraph(String text, Text measure, double room) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(WORDS)) {
            if (word.isEmpty()) {
                continue;
            }
            if (fits(measure, line + word.stripTrailing(), room)) {
                line.append(word);
                continue;
            }
            if (line.length() > 0) {
                out.append(line).append('\n'); // its space stays: a reader of the lines sees where words end
                line.setLength(0);
            }
            if (fits(measure, word.stripTrailing(), room)) {
                line.append(word);
                continue;
            }
            for (String part : word.split("(?<=[-._/])")) { // a word wider than a line
                if (line.length() > 0 && !fits(measure, line + part.stripTrailing(), room)) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(part);
            }
        }
        return out.append(line).toString();
    }

    private static boolean fits(Text measure, String s, double room) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth() <= room;
    }
}
