package org.ouroboros.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
        assertEquals(0, CompilerThreadPriority.lower(dir.resolve("missing")));
    }

    /**
     * Renices another JVM's compiler threads, not this one's: the test JVM runs the rest of the
     * suite, whose compiles should not wait behind it.
     */
    @Test
    void renicesTheCompilerThreadsOfAJvmToTheLowestPriorityAndNothingElse(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc here");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
                "no renice on this system");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A JVM that stays alive: the source launcher compiles and runs a class that sleeps.
        Path sleeper = dir.resolve("Sleeper.java");
        Files.writeString(sleeper, "class Sleeper { public static void main(String[] a) throws Exception { "
                + "System.out.println(\"up\"); Thread.sleep(30_000); } }");
        Process jvm = new ProcessBuilder(java.toString(), sleeper.toString()).redirectErrorStream(true).start();
        try {
            assertEquals("up", new String(jvm.getInputStream().readNBytes(2)), "the child JVM started");
            Path tasks = Path.of("/proc", String.valueOf(jvm.pid()), "task");
            List<String> compilers = CompilerThreadPriority.compilerThreads(tasks);
            assumeTrue(!compilers.isEmpty(), "no JIT compiler threads in this JVM");
            String main = String.valueOf(jvm.pid());
            Integer mainBefore = CompilerThreadPriority.niceOf(tasks, main);

            assertEquals(compilers.size(), CompilerThreadPriority.lower(tasks));

            for (String id : compilers) {
                assertEquals(CompilerThreadPriority.NICE, CompilerThreadPriority.niceOf(tasks, id), "thread " + id);
            }
            assertTrue(mainBefore != null && mainBefore < CompilerThreadPriority.NICE);
            assertEquals(mainBefore, CompilerThreadPriority.niceOf(tasks, main), "the JVM's other threads keep theirs");
        } finally {
            jvm.destroyForcibly();
        }
    }

    private static void task(Path tasks, String id, String name) throws Exception {
        Files.createDirectories(tasks.resolve(id));
        Files.writeString(tasks.resolve(id).resolve("comm"), name + "\n");
    }
}
