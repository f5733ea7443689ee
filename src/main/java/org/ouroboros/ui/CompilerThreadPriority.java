package org.ouroboros.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Gives the JVM's JIT compiler threads the lowest scheduling priority of the OS (nice 19), so a
 * frame that is due gets a core before a background compile does.
 *
 * <p>Why: on a two-core machine the C2 compiler keeps compiling JavaFX's and the views' code for
 * minutes after start-up (measured with async-profiler: 1.8–2.9 s of CPU in an 8 s animation,
 * after a 30 s warm-up). With the FX thread, the render thread and a compile all runnable, the
 * pulse timer or the FX thread waits for a core and 5–10% of frames miss their 16 ms pulse even
 * though each frame's own work is 10–12 ms. With the compiler threads reniced, the same run keeps
 * every pulse but the rare long step ({@code bench frames}). The compiles still run, on whatever
 * CPU the UI leaves; the Python VM's own thread is untouched.
 *
 * <p>Linux only: the threads are found by name in {@code /proc/self/task} and reniced with the
 * {@code renice} command (argument list, no shell, a timeout). Raising a nice value needs no
 * privilege. Elsewhere, or when anything fails, nothing changes.
 */
public final class CompilerThreadPriority {
    /** {@code -Douroboros.compilerPriority=normal} leaves the compiler threads as the JVM made them. */
    public static final String PROPERTY = "ouroboros.compilerPriority";
    /** The lowest priority: nice 19. */
    public static final int NICE = 19;
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long TIMEOUT_MS = 2000;

    private CompilerThreadPriority() {}

    /**
     * Renices the compiler threads to {@link #NICE}; blocks while {@code renice} runs (tens of
     * milliseconds), so call it off the FX thread. Returns how many threads were reniced.
     */
    public static int lower() {
        return lower(TASKS);
    }

    /** {@link #lower()} for the process whose {@code /proc/<pid>/task} directory is {@code tasks}. */
    static int lower(Path tasks) {
        List<String> ids = compilerThreads(tasks);
        if (ids.isEmpty()) {
            return 0;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(NICE), "-p"));
        command.addAll(ids);
        try {
            Process renice = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                renice.destroyForcibly();
                return 0;
            }
            return renice.exitValue() == 0 ? ids.size() : 0;
        } catch (IOException e) {
            return 0; // no renice on this system: frames just compete with compiles as before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Lowers the priority on a daemon thread of its own, so the caller does not wait for
     * {@code renice}; unless {@code -Douroboros.compilerPriority=normal} says to leave it.
     */
    public static void lowerInBackground() {
        if ("normal".equals(System.getProperty(PROPERTY))) {
            return;
        }
        Thread thread = new Thread(CompilerThreadPriority::lower, "ouroboros-compiler-priority");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The ids of the JIT compiler threads under {@code tasks} (a {@code /proc/<pid>/task} directory). */
    static List<String> compilerThreads(Path tasks) {
        if (!Files.isDirectory(tasks)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(tasks)) {
            return all.filter(CompilerThreadPriority::isCompilerThread).map(task -> task.getFileName().toString())
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** HotSpot names them "C1 CompilerThread0", "C2 CompilerThread1"…; the kernel keeps 15 characters. */
    private static boolean isCompilerThread(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            return name.matches("C[12] CompilerThre.*");
        } catch (IOException e) {
            return false; // the thread ended meanwhile
        }
    }

    /** The nice value of thread {@code id} under {@code tasks}, from {@code /proc} (for checks); null when unknown. */
    static Integer niceOf(Path tasks, String id) {
        try {
            String stat = Files.readString(tasks.resolve(id).resolve("stat"));
            // after "pid (comm) ", nice is field 19: the 17th after the closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
