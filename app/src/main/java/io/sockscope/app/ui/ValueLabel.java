package io.sockscope.app.ui;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A field's value. One with no space in it (a file's name, "20261203-172510-select-server.sockscope",
 * a Unix socket's path) goes onto a new line after a hyphen, a dot, a slash or an underscore when
 * it is wider than the label: a label wraps only at spaces, and would otherwise break it inside a
 * word or a number. Text with spaces wraps as a label wraps it.
 */
final class ValueLabel extends Label {
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
        setText(room > 0 && name.indexOf(' ') < 0 ? lines(name, getFont(), room) : name);
    }

    /** {@code name} with a line break before each part that would not fit on the line so far (a part wider than a line wraps inside itself). */
    static String lines(String name, Font font, double room) {
        Text measure = new Text();
        measure.setFont(font);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String part : name.split("(?<=[-._/])")) {
            measure.setText(line + part);
            if (line.length() > 0 && measure.getLayoutBounds().getWidth() > room) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(part);
        }
        return out.append(line).toString();
    }
}
