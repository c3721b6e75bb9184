package io.sockscope.app.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

/**
 * Fixes the height of a table's rows, all one line high, at the height the table gave its first
 * row itself. Without a fixed height the table lays out sample rows to estimate its length each
 * time rows are added, which a live session does on every frame. The height is measured again
 * when a cell's font is not the one measured with (another language's font family, another
 * size), so rows look as they would without it.
 */
final class MeasuredRowHeight {
    private final TableView<?> table;
    /** The cells' font when the height was measured, or null while it is not fixed. */
    private Font measuredWith;

    private MeasuredRowHeight(TableView<?> table) {
        this.table = table;
    }

    /** Starts measuring {@code table}'s rows; tell it each cell's font ({@link #cellFont}) as it changes. */
    static MeasuredRowHeight of(TableView<?> table) {
        MeasuredRowHeight m = new MeasuredRowHeight(Objects.requireNonNull(table, "table"));
        table.needsLayoutProperty().addListener((o, was, is) -> {
            if (!is) {
                m.measure();
            }
        });
        return m;
    }

    /** A cell now has {@code font}: another than measured with lets the rows take their natural height again, measured after the next layout. */
    void cellFont(Font font) {
        if (measuredWith != null && !measuredWith.equals(font)) {
            measuredWith = null;
            table.setFixedCellSize(-1);
        }
    }

    private void measure() {
        if (table.getFixedCellSize() > 0) {
            return;
        }
        for (Node n : table.lookupAll(".table-row-cell")) {
            // a row laid out at its natural height (the flow may still show the old one for a pulse)
            if (n instanceof TableRow<?> row && !row.isEmpty() && row.isVisible() && row.getHeight() > 0
                    && Math.abs(row.getHeight() - row.prefHeight(-1)) < 0.5) {
                for (Node c : row.getChildrenUnmodifiable()) {
                    if (c instanceof Labeled cell) {
                        measuredWith = cell.getFont();
                        table.setFixedCellSize(row.getHeight());
                        return;
                    }
                }
            }
        }
    }
}
