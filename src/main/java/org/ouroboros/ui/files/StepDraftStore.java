package org.ouroboros.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ouroboros.ui.prefs.AtomicFiles;

/**
 * The user's edits of lesson steps' code, one file per edited step in the config folder
 * ({@code drafts/<lesson>/step-<k>.py}), so going to another step and back, or quitting, never
 * loses them. A step without a draft shows its program. Blocking I/O: call off the FX thread.
 */
public final class StepDraftStore {
    static final String FOLDER = "drafts";
    private static final Pattern FILE = Pattern.compile("step-(\\d+)\\.py");
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9-]+");

    private final Path root;

    public StepDraftStore(Path configDir) {
        this.root = configDir.resolve(FOLDER);
    }

    /** The key a draft is filed under: {@code <lesson>#<step>}. */
    public static String key(String lessonId, int step) {
        return lessonId + "#" + step;
    }

    public void write(String lessonId, int step, String text) throws IOException {
        AtomicFiles.writeString(file(lessonId, step), text);
    }

    public void delete(String lessonId, int step) throws IOException {
        Files.deleteIfExists(file(lessonId, step));
    }

    /** Every draft, by {@link #key}; unreadable files are skipped. */
    public Map<String, String> readAll() {
        Map<String, String> drafts = new HashMap<>();
        if (!Files.isDirectory(root)) {
            return drafts;
        }
        try (Stream<Path> lessons = Files.list(root)) {
            for (Path lesson : lessons.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(lesson)) {
                    for (Path f : files.toList()) {
                        Matcher m = FILE.matcher(f.getFileName().toString());
                        if (m.matches()) {
                            drafts.put(key(lesson.getFileName().toString(), Integer.parseInt(m.group(1))),
                                    Files.readString(f, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return drafts;
        }
        return drafts;
    }

    private Path file(String lessonId, int step) {
        if (!LESSON_ID.matcher(lessonId).matches() || step < 1) {
            throw new IllegalArgumentException("not a lesson step: " + lessonId + " " + step);
        }
        return root.resolve(lessonId).resolve("step-" + step + ".py");
    }
}
