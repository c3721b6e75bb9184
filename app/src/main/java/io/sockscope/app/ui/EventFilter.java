package io.sockscope.app.ui;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Register;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which events the event list shows: one socket (or all), one type (or all), and a text the
 * event's summary or socket must contain.
 */
public final class EventFilter {
    private final StringProperty socket = new SimpleStringProperty(this, "socket", "");
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final I18n i18n;
    private final ObjectBinding<Predicate<Event>> predicate;

    public EventFilter(I18n i18n) {
        this.i18n = java.util.Objects.requireNonNull(i18n, "i18n");
        predicate = Bindings.createObjectBinding(this::build, socket, type, text, i18n.languageProperty());
    }

    /** The socket id to show, or "" for all. */
    public StringProperty socketProperty() {
        return socket;
    }

    /** The event type to show, or null for all. */
    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    /** Text the event must contain (case-insensitive), or "" for any. */
    public StringProperty textProperty() {
        return text;
    }

    /** The current predicate, null when nothing is filtered; changes whenever a criterion does. */
    public ObjectBinding<Predicate<Event>> predicateProperty() {
        return predicate;
    }

    private Predicate<Event> build() {
        String s = socket.get() == null ? "" : socket.get();
        EventType ty = type.get();
        String needle = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() && ty == null && needle.isEmpty()) {
            return null; // every event: the list shows the session as it is, nothing read to test it
        }
        return e -> (s.isEmpty() || concerns(e, s))
                && (ty == null || e.type() == ty)
                && (needle.isEmpty() || haystack(e).contains(needle));
    }

    /** True when {@code e} is about {@code id}: its own socket, an accepted child, or a registered channel. */
    static boolean concerns(Event e, String id) {
        return id.equals(e.socket())
                || e instanceof Accept a && id.equals(a.child())
                || e instanceof Register r && id.equals(r.selector());
    }

    private String haystack(Event e) {
        return (e.type().wireName() + " " + (e.socket() == null ? "" : e.socket()) + " "
                + EventSummary.of(e, i18n)).toLowerCase(Locale.ROOT);
    }
}
