package org.ouroboros.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The programs lesson steps load, kept once in the app's resources: the course's code blocks
 * ({@code chN_M.py}, chapter 5's {@code ch5/…}) and lesson-specific programs ({@code <lesson>-<name>.py}).
 * Reads a resource: call off the FX thread.
 */
public final class LessonPrograms {
    public static final String FOLDER = "/org/ouroboros/lessons/programs/";

    private LessonPrograms() {}

    /** True when {@code name} is a well-formed program name: a relative path ending in {@code .py}, no {@code ..}. */
    public static boolean isValidName(String name) {
        return name.endsWith(".py") && !name.startsWith("/") && !name.contains("..") && !name.contains("\\");
    }

    public static boolean exists(String name) {
        return isValidName(name) && LessonPrograms.class.getResource(FOLDER + name) != null;
    }

    public static Optional<String> read(String name) {
        if (!isValidName(name)) {
            return Optional.empty();
        }
        try (InputStream in = LessonPrograms.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
