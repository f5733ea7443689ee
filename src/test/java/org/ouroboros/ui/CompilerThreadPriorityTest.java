package org.ouroboros.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerThreadPriorityTest {
    @Test
    void findsOnlyCompilerThreadsByTheirKernelNames(@TempDir Path tasks) throws Exception {
        task(tasks, "101", "main");
        task(tasks, "102", "C2 CompilerThre");
        task(tasks, "103", "C1 CompilerThre");
        task(tasks, "104", "GC Thread#0");
        task(tasks, "105", "JavaFX Applicat");
        assertEquals(List.of("102", "103"), CompilerThreadPriority.compilerThreads(tasks));
    }

    @Test
    void noProcDirectoryMeansNothingToDo(@TempDir Path dir) {
        assertEquals(List.of(), CompilerThreadPriority.compilerThreads(dir.resolve("missing")));
    }

    @Test
    void renicesThisJvmsCompilerThreadsToTheLowestPriority() {
        List<String> ids = CompilerThreadPriority.compilerThreads(Path.of("/proc/self/task"));
        assumeTrue(!ids.isEmpty(), "no /proc or no JIT compiler threads here");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
                "no renice on this system");
        String self = String.valueOf(currentTid());
        Integer selfBefore = CompilerThreadPriority.niceOf(self);
        assertEquals(ids.size(), CompilerThreadPriority.lower());
        for (String id : ids) {
            assertEquals(CompilerThreadPriority.NICE, CompilerThreadPriority.niceOf(id), "thread " + id);
        }
        // only those: the test's own thread keeps its priority
        assertFalse(ids.contains(self));
        assertEquals(selfBefore, CompilerThreadPriority.niceOf(self));
    }

    private static long currentTid() {
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
        } catch (Exception e) {
            return -1;
        }
    }

    private static void task(Path tasks, String id, String name) throws Exception {
        Files.createDirectories(tasks.resolve(id));
        Files.writeString(tasks.resolve(id).resolve("comm"), name + "\n");
    }
}
