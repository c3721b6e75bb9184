package io.sockscope.app.ui;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Keeps a live table's newest row in sight while the reader stays at the bottom; once they
 * scroll up it stops and a chip ("12 new ↓") counts the rows since, and brings them back.
 */
final class ListFollower {
    private final TableView<?> table;
    private final BooleanSupplier live;
    private final Button chip = new Button();
    private final StackPane pane;
    private final I18n i18n;
    /** The row count when the table last showed its end; -1 before it first did. */
    private int followedSize = -1;

    /** {@code live}: true while rows should be followed at all (a live session, nothing picked). */
    ListFollower(TableView<?> table, I18n i18n, BooleanSupplier live) {
        this.table = Objects.requireNonNull(table, "table");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.live = Objects.requireNonNull(live, "live");
        chip.setId("newRowsChip");
        chip.setGraphic(new FontIcon("mdi2a-arrow-down"));
        chip.getStyleClass().addAll("accent", "small");
        chip.setVisible(false);
        chip.setOnAction(e -> toEnd());
        pane = new StackPane(table, chip);
        StackPane.setAlignment(chip, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(chip, new Insets(0, 24, 12, 0));
        i18n.languageProperty().addListener((o, a, b) -> label());
    }

    /** The table with the chip over its corner. */
    StackPane node() {
        return pane;
    }

    /** Rows were added: follow them, or count them on the chip when the reader has scrolled up. */
    void rowsAdded() {
        int size = table.getItems().size();
        if (!live.getAsBoolean() || size == 0) {
            chip.setVisible(false);
            return;
        }
        if (followedSize < 0 || atFollowedEnd()) {
            toEnd();
        } else {
            label();
            chip.setVisible(size > followedSize);
        }
    }

    /** Rows added since the reader left the end. */
    int unseen() {
        return chip.isVisible() ? table.getItems().size() - followedSize : 0;
    }

    private void toEnd() {
        followedSize = table.getItems().size();
        if (followedSize > 0) {
            table.scrollTo(followedSize - 1);
        }
        chip.setVisible(false);
    }

    private void label() {
        chip.setText(i18n.t("events.newRows", Math.max(0, table.getItems().size() - followedSize)));
    }

    /** True when the last row shown is the one that was last when the table was followed. */
    private boolean atFollowedEnd() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= followedSize - 1;
    }
}
