package org.ouroboros.ui.view.gen;

import java.util.List;

/** The sentence explaining the latest step: a bundle key and its arguments (rendered in the view's language). */
public record GenNote(String key, List<String> args) {
    public GenNote {
        args = List.copyOf(args);
    }

    static GenNote of(String key, String... args) {
        return new GenNote(key, List.of(args));
    }
}
