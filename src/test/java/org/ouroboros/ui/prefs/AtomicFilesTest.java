package org.ouroboros.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesReplacesAndLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("nested/deeper/file.txt");
        AtomicFiles.writeString(target, "first 第一");
        AtomicFiles.writeString(target, "second 第二");
        assertEquals("second 第二", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
    }
}
