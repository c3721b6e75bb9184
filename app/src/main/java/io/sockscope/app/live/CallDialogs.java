package io.sockscope.app.live;

import io.sockscope.app.ui.I18n;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Small argument dialogs for socket calls (address, size, payload, timeout...). Each field
 * remembers the last value entered for that call, so repeating a call is one Enter away.
 * Dialogs never block the caller: the answer goes to a callback, nothing on Cancel.
 */
public final class CallDialogs {
    /** One field: {@code choices} makes it an editable drop-down; {@code flag} makes it a check box. */
    public record Field(String name, String labelKey, String initial, List<String> choices, boolean flag) {
        public static Field text(String name, String labelKey, String initial) {
            return new Field(name, labelKey, initial, List.of(), false);
        }

        public static Field choice(String name, String labelKey, String initial, List<String> choices) {
            return new Field(name, labelKey, initial, List.copyOf(choices), false);
        }

        public static Field check(String name, String labelKey, boolean initial) {
            return new Field(name, labelKey, String.valueOf(initial), List.of(), true);
        }
    }

    private final I18n i18n;
    private final Window owner;
    private final Map<String, String> memory = new HashMap<>();

    public CallDialogs(I18n i18n, Window owner) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.owner = owner;
    }

    /** The width of the field names' column; a longer name wraps onto another line. */
    private static final double LABEL_WIDTH = 230;

    /**
     * Asks for {@code fields} of call {@code call} on {@code socket}; {@code suggested} values
     * win over remembered ones (e.g. the one listening server for connect).
     */
    public void ask(String call, String socket, List<Field> fields, Map<String, String> suggested,
                    Consumer<Map<String, String>> then) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(i18n.t("live.dialog.title", call, socket));
        d.setHeaderText(i18n.t("live.dialog.header", call, socket));
        d.getDialogPane().setId("callDialog");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        io.sockscope.app.ui.DialogButtons.localize(d.getDialogPane(), i18n);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Map<String, Control> inputs = new LinkedHashMap<>();
        int row = 0;
        for (Field f : fields) {
            String value = suggested.getOrDefault(f.name(), memory.getOrDefault(call + "." + f.name(), f.initial()));
            Control c = input(f, value);
            c.setId("field-" + f.name());
            inputs.put(f.name(), c);
            grid.add(fieldLabel(i18n.t(f.labelKey())), 0, row);
            grid.add(c, 1, row++);
        }
        d.getDialogPane().setContent(grid);
        d.setOnShown(e -> inputs.values().stream().findFirst().ifPresent(Node::requestFocus));
        d.setOnHidden(e -> {
            if (d.getResult() != ButtonType.OK) {
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            inputs.forEach((name, c) -> values.put(name, value(c)));
            values.forEach((name, v) -> memory.put(call + "." + name, v));
            then.accept(values);
        });
        d.show();
    }

    /** A field's name, wrapped onto a second line rather than cut when it is long. */
    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPrefWidth(LABEL_WIDTH);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Control input(Field f, String value) {
        if (f.flag()) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.parseBoolean(value));
            return box;
        }
        if (!f.choices().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(f.choices());
            box.setEditable(true);
            box.setValue(value);
            return box;
        }
        TextField t = new TextField(value);
        t.setPrefColumnCount(24);
        return t;
    }

    @SuppressWarnings("unchecked")
    private static String value(Control c) {
        if (c instanceof CheckBox b) {
            return String.valueOf(b.isSelected());
        }
        if (c instanceof ComboBox<?> box) {
            String typed = ((ComboBox<String>) box).getEditor().getText();
            Object v = box.getValue();
            return typed != null && !typed.isEmpty() ? typed : v == null ? "" : v.toString();
        }
        return ((TextField) c).getText().trim();
    }
}
