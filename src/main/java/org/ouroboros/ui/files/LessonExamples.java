package org.ouroboros.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ouroboros.ui.model.Lesson;

/**
 * The seed's example code for each lesson, shipped as {@code org/ouroboros/ui/lessons/<id>.py}.
 * Reads a resource: call it off the FX thread.
 */
public final class LessonExamples {
    private static final String FOLDER = "/org/ouroboros/ui/lessons/";

    public Optional<String> read(Lesson lesson) {
        try (InputStream in = LessonExamples.class.getResourceAsStream(FOLDER + lesson.id() + ".py")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
