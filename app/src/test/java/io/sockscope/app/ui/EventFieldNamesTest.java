package io.sockscope.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.Event;
import java.lang.reflect.RecordComponent;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The inspector names every field of every event in the window's language, not by its Java name. */
class EventFieldNamesTest {
    @Test
    void everyEventFieldHasANameInBothBundles() {
        Set<String> fields = new TreeSet<>();
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add("field." + c.getName());
            }
        }
        assertThat(fields).contains("field.timeoutMs", "field.requested");
        for (Language lang : Language.values()) {
            ResourceBundle b = I18n.load(lang);
            assertThat(fields.stream().filter(k -> !b.containsKey(k)).toList()).as(lang + " misses").isEmpty();
        }
        assertThat(I18n.load(Language.ZH).getString("field.timeoutMs")).isNotEqualTo("timeoutMs");
    }
}
