package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesEnglishLightDefaults() {
        Settings s = Settings.load(dir);
        assertEquals(Language.EN, s.language());
        assertEquals(Theme.LIGHT, s.theme());
        assertTrue(s.recent().isEmpty());
    }

    @Test
    void savedSettingsReadBackEqual() {
        Settings s = Settings.load(dir);
        s.setLanguage(Language.ZH);
        s.setTheme(Theme.DARK);
        s.setSize(1000, 700);
        s.addRecent(dir.resolve("a.sockscope"));
        s.save();
        s.flush();
        Settings back = Settings.load(dir);
        assertEquals(Language.ZH, back.language());
        assertEquals(Theme.DARK, back.theme());
        assertEquals(1000, back.width());
        assertEquals(700, back.height());
        assertEquals(s.recent(), back.recent());
        assertTrue(Files.exists(dir.resolve("settings.json")));
    }

    @Test
    void recentKeepsTenNewestWithoutDuplicates() {
        Settings s = Settings.load(dir);
        for (int i = 0; i < 12; i++) {
            s.addRecent(dir.resolve("f" + i + ".sockscope"));
        }
        s.addRecent(dir.resolve("f5.sockscope"));
        assertEquals(Settings.MAX_RECENT, s.recent().size());
        assertEquals(dir.resolve("f5.sockscope"), s.recent().get(0));
        assertEquals(dir.resolve("f11.sockscope"), s.recent().get(1));
        assertEquals(1, s.recent().stream().filter(p -> p.endsWith("f5.sockscope")).count());
    }

    @Test
    void liveBoundsAreReadFromTheFileAndKeptWithinTheirRange() throws IOException {
        assertEquals(Settings.DEFAULT_LIVE_PAYLOAD_CAP, Settings.load(dir).livePayloadCap());
        assertEquals(Settings.DEFAULT_AUTOSAVE_BUDGET_MIB, Settings.load(dir).autosaveBudgetMib());
        Files.writeString(dir.resolve("settings.json"), "{\"livePayloadCapBytes\": 16, \"autosaveBudgetMiB\": 5}");
        Settings s = Settings.load(dir);
        assertEquals(16, s.livePayloadCap());
        assertEquals(5, s.autosaveBudgetMib());
        s.save();
        s.flush();
        assertEquals(16, Settings.load(dir).livePayloadCap());
        Files.writeString(dir.resolve("settings.json"), "{\"livePayloadCapBytes\": 999999999}");
        assertEquals(Settings.MAX_LIVE_PAYLOAD_CAP, Settings.load(dir).livePayloadCap());
        Files.writeString(dir.resolve("settings.json"), "{\"livePayloadCapBytes\": -3}");
        assertEquals(0, Settings.load(dir).livePayloadCap());
    }

    @Test
    void brokenFileFallsBackToDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        Settings s = Settings.load(dir);
        assertEquals(Language.EN, s.language());
    }

    @Test
    void systemPropertyChoosesTheDirectory() {
        String old = System.getProperty("sockscope.config.dir");
        System.setProperty("sockscope.config.dir", dir.toString());
        try {
            assertEquals(dir, Settings.defaultDir());
        } finally {
            if (old == null) {
                System.clearProperty("sockscope.config.dir");
            } else {
                System.setProperty("sockscope.config.dir", old);
            }
        }
    }
}
