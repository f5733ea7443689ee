package org.ouroboros.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseDraftStoreTest {
    @TempDir
    Path config;

    private static Exercise exercise(String lesson, int number) {
        return new Exercise(lesson, number, new ExerciseKind.PredictMro("classes-try-mro.py", "F"));
    }

    @Test
    void anAnswerIsWrittenPerExerciseReadBackAndDeleted() throws Exception {
        ExerciseDraftStore store = new ExerciseDraftStore(config);
        Exercise first = exercise("classes", 1);
        assertEquals(Optional.empty(), store.read(first));
        store.write(first, "F D B\n类");
        assertEquals(Optional.of("F D B\n类"), store.read(first));
        assertEquals(Optional.empty(), store.read(exercise("classes", 2)));
        assertEquals("F D B\n类", Files.readString(config.resolve("exercises/classes/exercise-1.txt")));
        store.delete(first);
        assertEquals(Optional.empty(), store.read(first));
    }

    @Test
    void aLessonIdCannotLeaveTheFolder() {
        ExerciseDraftStore store = new ExerciseDraftStore(config);
        assertThrows(IllegalArgumentException.class, () -> store.write(exercise("../evil", 1), "x"));
    }
}
