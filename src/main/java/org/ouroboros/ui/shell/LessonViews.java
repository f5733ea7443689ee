package org.ouroboros.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Which view a lesson opens, as data. Views register a factory per lesson id; a lesson without
 * one shows a placeholder. Factories run on the FX thread each time the lesson is opened.
 */
public final class LessonViews {
    private final Map<String, Supplier<? extends Node>> factories = new HashMap<>();

    public void register(String lessonId, Supplier<? extends Node> factory) {
        factories.put(lessonId, factory);
    }

    public Optional<Node> create(String lessonId) {
        Supplier<? extends Node> factory = factories.get(lessonId);
        return factory == null ? Optional.empty() : Optional.of(factory.get());
    }
}
