package org.ouroboros.ui.exercise.pane;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ouroboros.ui.exercise.RunSettings;
import org.ouroboros.ui.player.LocalizedMessages;

/** Run settings in words: {@code cpython=3.9;mode=free} → "CPython 3.9, free-threaded (no GIL)". */
final class SettingsWords {
    private SettingsWords() {}

    static String describe(RunSettings settings, LocalizedMessages words) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : settings.values().entrySet()) {
            parts.add(e.getKey().equals("mode")
                    ? words.text("choice.mode." + e.getValue().toLowerCase(java.util.Locale.ROOT))
                    : words.format("choice." + e.getKey(), e.getValue()));
        }
        return parts.isEmpty() ? words.text("choice.default") : String.join(", ", parts);
    }
}
