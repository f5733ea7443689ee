package org.ouroboros.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldRoundTrips() throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        Preferences prefs = new Preferences(Language.SIMPLIFIED_CHINESE, ThemeChoice.HIGH_CONTRAST, "threads",
                new WindowBounds(10, 20, 900, 700, true), List.of(Path.of("/tmp/a.py"), Path.of("/tmp/路径/b.py")),
                1.5, false, 4);
        store.save(prefs);
        assertEquals(prefs, store.load(Language.ENGLISH));
    }

    @Test
    void noFileGivesDefaultsForTheSystemLanguage() {
        Preferences loaded = new PreferencesStore(dir).load(Language.SIMPLIFIED_CHINESE);
        assertEquals(Preferences.defaults(Language.SIMPLIFIED_CHINESE), loaded);
    }

    @Test
    void damagedValuesFallBackOneByOne() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE_NAME),
                "language=klingon\ntheme=dark\nzoom=huge\nwindow.width=-5\n");
        Preferences loaded = new PreferencesStore(dir).load(Language.ENGLISH);
        assertEquals(Language.ENGLISH, loaded.language());
        assertEquals(ThemeChoice.DARK, loaded.theme());
        assertEquals(1.0, loaded.zoom());
        assertEquals(WindowBounds.DEFAULT, loaded.windowBounds());
    }

    @Test
    void recentFilesAreDeduplicatedNewestFirstAndCapped() {
        Preferences prefs = Preferences.defaults(Language.ENGLISH);
        for (int i = 0; i < 12; i++) {
            prefs = prefs.withRecentFile(Path.of("/tmp/f" + i + ".py"));
        }
        prefs = prefs.withRecentFile(Path.of("/tmp/f5.py"));
        List<Path> recent = prefs.recentFiles();
        assertEquals(Preferences.MAX_RECENT_FILES, recent.size());
        assertEquals(Path.of("/tmp/f5.py"), recent.get(0));
        assertEquals(1, new ArrayList<>(recent).stream().filter(p -> p.equals(Path.of("/tmp/f5.py"))).count());
    }
}
