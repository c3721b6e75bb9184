package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and Chinese bundles say the same things, and every key the code asks for exists. */
class MessagesBundleTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9]+)+)\"");

    private final ResourceBundle en = I18n.load(Language.EN);
    private final ResourceBundle zh = I18n.load(Language.ZH);

    @Test
    void englishAndChineseHaveTheSameKeys() {
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(zh.keySet()));
    }

    @Test
    void bundlesAreTheirOwnLanguage() {
        assertEquals(Locale.ENGLISH.getLanguage(), en.getLocale().getLanguage());
        assertEquals("zh", zh.getLocale().getLanguage());
        assertEquals("文件", zh.getString("menu.file"), "zh bundle must be read as UTF-8");
    }

    @Test
    void noValueIsEmpty() {
        for (ResourceBundle b : List.of(en, zh)) {
            for (String k : b.keySet()) {
                assertFalse(b.getString(k).isBlank(), b.getLocale() + " " + k + " is empty");
            }
        }
    }

    @Test
    void placeholdersMatchBetweenLanguages() {
        for (String k : en.keySet()) {
            int a = new MessageFormat(en.getString(k)).getFormatsByArgumentIndex().length;
            int b = new MessageFormat(zh.getString(k)).getFormatsByArgumentIndex().length;
            assertEquals(a, b, "placeholders of " + k);
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> prefixes = en.keySet().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        int used = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/sockscope/app/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.')))) {
                        used++;
                        if (!en.containsKey(key)) {
                            missing.add(f.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertTrue(used > 40, "the scan found only " + used + " keys; is it looking in the right place?");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyQueueSourceIsExplained() {
        for (io.sockscope.model.event.QueueSource q : io.sockscope.model.event.QueueSource.values()) {
            assertTrue(en.containsKey("socket.source." + q.name()), q.name());
        }
    }

    @Test
    void everyEventTypeHasAWireNameShownAsIs() {
        // the event list shows wire names (send, recvfrom...), which are the same in both languages
        for (EventType t : EventType.values()) {
            assertEquals(t, EventType.fromWire(t.wireName()));
        }
    }
}
