package io.sockscope.app.ui;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A file's path on one line that gives way without cutting a name: the whole path where it
 * fits, else with the home folder written "~", else the file name alone (the tooltip always
 * has the whole path). The file name is never cut: it is the label's least width.
 */
final class PathLabel extends Label {
    private Path path;
    private String shortest = "";

    /** Shows {@code path}, or {@code none} when there is no file. */
    void show(Path path, String none) {
        this.path = path;
        if (path == null) {
            shortest = none;
            setTooltip(null);
        } else {
            Path name = path.getFileName();
            shortest = name == null ? path.toString() : name.toString();
            setTooltip(new Tooltip(path.toString()));
        }
        setText(shortest);
        requestLayout();
    }

    @Override
    protected double computeMinWidth(double height) {
        return path == null ? super.computeMinWidth(height) : width(shortest) + around(); // in the font the label has now
    }

    @Override
    protected double computePrefWidth(double height) {
        return path == null ? super.computePrefWidth(height) : width(path.toString()) + around();
    }

    /** The room beside the text: the insets and the label's own padding (a theme sets it). */
    private double around() {
        return snappedLeftInset() + snappedRightInset() + getLabelPadding().getLeft() + getLabelPadding().getRight();
    }

    @Override
    protected void layoutChildren() {
        if (path != null) {
            double room = getWidth() - around();
            String home = System.getProperty("user.home");
            String whole = path.toString();
            String tilde = home != null && !home.isEmpty() && whole.startsWith(home + "/") ? "~" + whole.substring(home.length()) : whole;
            String text = width(whole) <= room ? whole : width(tilde) <= room ? tilde : shortest;
            if (!text.equals(getText())) {
                setText(text);
            }
        }
        super.layoutChildren();
    }

    private double width(String s) {
        Text t = new Text(s);
        t.setFont(getFont());
        return Math.ceil(t.getLayoutBounds().getWidth()) + 1;
    }
}
