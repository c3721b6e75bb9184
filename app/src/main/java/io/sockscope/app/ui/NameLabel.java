package io.sockscope.app.ui;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A label for a name without spaces (a session file's, "20261203-172510-select-server.sockscope")
 * that goes onto a new line after a hyphen, a dot or an underscore when it is wider than the
 * label: a label wraps only at spaces, and would otherwise break the name inside a word.
 */
final class NameLabel extends Label {
    private String name = "";

    NameLabel() {
        setWrapText(true); // a part wider than the label still wraps, inside itself
        setMaxWidth(Double.MAX_VALUE); // as wide as its cell, whatever lines it shows
        widthProperty().addListener((o, a, b) -> rebreak());
        fontProperty().addListener((o, a, b) -> rebreak());
    }

    void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
        rebreak();
    }

    String name() {
        return name;
    }

    private void rebreak() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        setText(room > 0 ? lines(name, getFont(), room) : name);
    }

    /** {@code name} with a line break before each part that would not fit on the line so far. */
    static String lines(String name, Font font, double room) {
        Text measure = new Text();
        measure.setFont(font);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String part : name.split("(?<=[-._])")) {
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
