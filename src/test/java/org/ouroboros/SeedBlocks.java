package org.ouroboros;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ouroboros.ui.files.LessonExamples;

/**
 * The course's programs, kept once in the app's resources ({@code org/ouroboros/lessons/programs/}),
 * and their CPython goldens, kept in the test resources ({@code seed/}, same relative names). See
 * {@code src/test/resources/seed/README.md}.
 */
public final class SeedBlocks {
    /** Classpath folder of every lesson program (seed blocks {@code chN_M.py}, {@code ch5/…}, lesson programs). */
    public static final String PROGRAMS = "/org/ouroboros/lessons/programs/";
    private static final String BLOCK_NAME = "ch\\d+_\\d+\\.py";

    private SeedBlocks() {}

    /** The programs folder on the classpath (target/classes). */
    public static Path programsDir() {
        return classpathDir(PROGRAMS);
    }

    /** The goldens folder on the classpath (target/test-classes/seed). */
    public static Path goldensDir() {
        return classpathDir("/seed/");
    }

    /** Every fenced code block of the course, {@code chN_M.py}, sorted by name. */
    public static List<Path> blocks() {
        return list(programsDir()).filter(p -> p.getFileName().toString().matches(BLOCK_NAME)).toList();
    }

    /** The chapter-5 programs built from the seed's blocks ({@code ch5/…}). */
    public static List<Path> chapter5() {
        return list(programsDir().resolve("ch5")).filter(p -> p.toString().endsWith(".py")).toList();
    }

    /** The golden of a program: {@code programs/ch3_2.py} → {@code seed/ch3_2.<extension>}. */
    public static Path golden(Path program, String extension) {
        String relative = programsDir().relativize(program).toString();
        return goldensDir().resolve(relative.substring(0, relative.length() - 3) + "." + extension);
    }

    /** A program's text by name, e.g. {@code "ch2_1.py"} or {@code "ch5/ch5_7_semaphore.py"}. */
    public static String source(String name) {
        try (InputStream in = SeedBlocks.class.getResourceAsStream(PROGRAMS + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no program " + name + " in " + PROGRAMS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The code the shell preloaded for a whole lesson before lessons had steps: chapters 1–4 are
     * their blocks one after another, chapters 5–7 have the program {@link LessonExamples#programOf} names.
     */
    public static String lessonExample(String lessonId) {
        return switch (lessonId) {
            case "objects" -> source("ch1_1.py") + "\n\n" + source("ch1_2.py");
            case "magic-methods" -> source("ch2_1.py");
            case "classes" -> source("ch3_2.py");
            case "metaclasses" -> source("ch4_2.py") + "\n" + source("ch4_3.py");
            default -> source(LessonExamples.programOf(lessonId));
        };
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classpathDir(String folder) {
        URL url = SeedBlocks.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("not on the classpath: " + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
