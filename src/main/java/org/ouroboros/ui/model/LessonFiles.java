package org.ouroboros.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** Reads a lesson's files from {@code org/ouroboros/ui/lessons/<id>/} on the classpath (UTF-8 properties). */
public final class LessonFiles {
    static final String FOLDER = "/org/ouroboros/ui/lessons/";

    private LessonFiles() {}

    public static String path(String lessonId, String file) {
        return FOLDER + lessonId + "/" + file;
    }

    public static Optional<Properties> read(String lessonId, String file) {
        try (InputStream in = LessonFiles.class.getResourceAsStream(path(lessonId, file))) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IllegalArgumentException e) {
                throw new LessonFormatException(path(lessonId, file) + ": " + e.getMessage());
            }
            return Optional.of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
