package org.ouroboros.ui.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ouroboros.ui.prefs.AtomicFiles;

/**
 * The learner's unfinished answers, one file per exercise in the config folder
 * ({@code exercises/<lesson>/exercise-<k>.txt}), like the step drafts: an answer typed yesterday
 * is still there today. Blocking I/O: call off the FX thread.
 */
public final class ExerciseDraftStore {
    static final String FOLDER = "exercises";
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9-]+");

    private final Path root;

    public ExerciseDraftStore(Path configDir) {
        this.root = configDir.resolve(FOLDER);
    }

    public Optional<String> read(Exercise exercise) {
        Path file = file(exercise);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void write(Exercise exercise, String text) throws IOException {
        AtomicFiles.writeString(file(exercise), text);
    }

    public void delete(Exercise exercise) throws IOException {
        Files.deleteIfExists(file(exercise));
    }

    Path file(Exercise exercise) {
        if (!LESSON_ID.matcher(exercise.lessonId()).matches()) {
            throw new IllegalArgumentException("not a lesson id: " + exercise.lessonId());
        }
        return root.resolve(exercise.lessonId()).resolve("exercise-" + exercise.number() + ".txt");
    }
}
