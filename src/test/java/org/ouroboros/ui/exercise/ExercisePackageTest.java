package org.ouroboros.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model and checker stay JavaFX-free: they run on worker threads and in plain tests. */
class ExercisePackageTest {
    @Test
    void noClassOfTheCheckingPackageImportsJavaFx() throws IOException {
        Path dir = Path.of("src/main/java/org/ouroboros/ui/exercise");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 10, "found " + sources);
        for (Path source : sources) {
            assertFalse(Files.readString(source).contains("import javafx"), source + " imports JavaFX");
        }
    }
}
