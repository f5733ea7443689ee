package org.ouroboros.ui.lecture;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.PlaybackSpeed;

/**
 * A prepared demo: the program, the lesson and view it is shown in, where the player stands,
 * and every setting that decides what the class sees. Saved as a {@code .ouro} file by
 * {@link LectureCodec}; opening it puts the app back exactly here.
 *
 * @param lesson       lesson id ({@code threads})
 * @param step         the lesson step, from 1; 0 when the file names no step
 * @param view         id of the view tab in front ({@code gil-tab}, {@code execution-tab})
 * @param position     the player's event index in the run of {@code source}
 * @param settings     per owner (a view, the scheduler), that owner's settings as key → value
 * @param source       the program, exactly as typed (line ends, tabs, trailing blanks kept)
 */
public record Lecture(String lesson, int step, String view, int position, PlaybackSpeed speed,
        ThemeChoice theme, Language language, boolean presentation,
        Map<String, Map<String, String>> settings, String source) {

    /** Owner names: no dots, so {@code settings.<owner>.<key>} splits at the first dot. */
    static final Pattern OWNER = Pattern.compile("[A-Za-z0-9_-]+");
    /** Setting keys: plain property-key characters, never escaped in the file. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

    public Lecture {
        requireId(lesson, "lesson");
        requireId(view, "view");
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0: " + step);
        }
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0: " + position);
        }
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        settings = copySorted(settings);
    }

    /** The settings {@code owner} saved (empty when it saved none). */
    public Map<String, String> settingsOf(String owner) {
        return settings.getOrDefault(owner, Map.of());
    }

    private static void requireId(String value, String what) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a plain id: " + value);
        }
    }

    private static Map<String, Map<String, String>> copySorted(Map<String, Map<String, String>> settings) {
        TreeMap<String, Map<String, String>> copy = new TreeMap<>();
        Objects.requireNonNull(settings, "settings").forEach((owner, values) -> {
            if (!OWNER.matcher(owner).matches()) {
                throw new IllegalArgumentException("settings owner must be [A-Za-z0-9_-]+: " + owner);
            }
            TreeMap<String, String> ownerCopy = new TreeMap<>();
            values.forEach((key, value) -> {
                if (!KEY.matcher(key).matches()) {
                    throw new IllegalArgumentException("setting key must be [A-Za-z0-9_.-]+: " + key);
                }
                ownerCopy.put(key, Objects.requireNonNull(value, key));
            });
            if (!ownerCopy.isEmpty()) {
                copy.put(owner, java.util.Collections.unmodifiableMap(ownerCopy));
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
