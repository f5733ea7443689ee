package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lesson texts use only characters the app's fonts draw: no emoji (supplementary code points or
 * emoji presentation selectors), which the Linux fonts we rely on show as empty boxes.
 */
class LessonGlyphsTest {

    @Test
    void lessonTextsHaveNoEmoji() throws IOException, URISyntaxException {
        Path lessons = Path.of(LessonGlyphsTest.class.getResource("/org/ouroboros/ui/lessons").toURI());
        List<Path> texts;
        try (Stream<Path> files = Files.walk(lessons)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".properties")).toList();
        }
        assertFalse(texts.isEmpty(), "lesson files found under " + lessons);
        List<String> problems = new ArrayList<>();
        for (Path file : texts) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int line = i + 1;
                lines.get(i).codePoints()
                        .filter(cp -> Character.isSupplementaryCodePoint(cp) || cp == 0xFE0F)
                        .forEach(cp -> problems.add(lessons.relativize(file) + ":" + line + " U+"
                                + Integer.toHexString(cp).toUpperCase()));
            }
        }
        assertEquals(List.of(), problems);
    }
}
