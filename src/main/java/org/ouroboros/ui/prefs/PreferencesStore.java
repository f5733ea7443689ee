package org.ouroboros.ui.prefs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;

/**
 * Loads and saves {@link Preferences} as a UTF-8 properties file in the config folder. A missing
 * or damaged file gives the defaults: preferences must never stop the app from starting.
 */
public final class PreferencesStore {
    public static final String FILE_NAME = "preferences.properties";

    private final Path file;

    public PreferencesStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Preferences load(Language systemLanguage) {
        Preferences defaults = Preferences.defaults(systemLanguage);
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return defaults;
        }
        return new Preferences(
                Language.fromTag(p.getProperty("language"), defaults.language()),
                ThemeChoice.fromTag(p.getProperty("theme"), defaults.theme()),
                p.getProperty("lastLesson", ""),
                readBounds(p),
                readRecentFiles(p),
                readDouble(p, "zoom", defaults.zoom()),
                Boolean.parseBoolean(p.getProperty("presentationHighContrast",
                        String.valueOf(defaults.presentationHighContrast()))),
                (int) readDouble(p, "lastStep", 1));
    }

    public void save(Preferences prefs) throws IOException {
        Properties p = new Properties();
        p.setProperty("language", prefs.language().tag());
        p.setProperty("theme", prefs.theme().tag());
        p.setProperty("lastLesson", prefs.lastLesson());
        p.setProperty("lastStep", String.valueOf(prefs.lastStep()));
        WindowBounds b = prefs.windowBounds();
        p.setProperty("window.x", String.valueOf(b.x()));
        p.setProperty("window.y", String.valueOf(b.y()));
        p.setProperty("window.width", String.valueOf(b.width()));
        p.setProperty("window.height", String.valueOf(b.height()));
        p.setProperty("window.maximized", String.valueOf(b.maximized()));
        List<Path> recent = prefs.recentFiles();
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty("recent." + i, recent.get(i).toString());
        }
        p.setProperty("zoom", String.valueOf(prefs.zoom()));
        p.setProperty("presentationHighContrast", String.valueOf(prefs.presentationHighContrast()));
        StringWriter out = new StringWriter();
        p.store(out, "Ouroboros preferences");
        AtomicFiles.writeString(file, out.toString());
    }

    private static WindowBounds readBounds(Properties p) {
        double width = readDouble(p, "window.width", WindowBounds.DEFAULT.width());
        double height = readDouble(p, "window.height", WindowBounds.DEFAULT.height());
        if (!(width > 0) || !(height > 0)) {
            return WindowBounds.DEFAULT;
        }
        return new WindowBounds(readDouble(p, "window.x", Double.NaN), readDouble(p, "window.y", Double.NaN),
                width, height, Boolean.parseBoolean(p.getProperty("window.maximized", "false")));
    }

    private static List<Path> readRecentFiles(Properties p) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < Preferences.MAX_RECENT_FILES; i++) {
            String value = p.getProperty("recent." + i);
            if (value == null) {
                break;
            }
            try {
                files.add(Path.of(value));
            } catch (InvalidPathException ignored) {
                // A path from another OS cannot be opened here; drop it.
            }
        }
        return files;
    }

    private static double readDouble(Properties p, String key, double fallback) {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
