package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LessonRegistryTest {
    @Test
    void theSeedCourseHasItsSevenChaptersInOrder() {
        LessonRegistry course = LessonRegistry.seedCourse();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7),
                course.lessons().stream().map(Lesson::number).collect(Collectors.toList()));
        assertEquals("objects", course.first().id());
        assertTrue(course.byId("asyncio").isPresent());
        assertTrue(course.byId("nope").isEmpty());
    }

    @Test
    void aChineseSystemLocalePicksChineseAndEverythingElseEnglish() {
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.forSystemLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.forSystemLocale(Locale.TRADITIONAL_CHINESE));
        assertEquals(Language.ENGLISH, Language.forSystemLocale(Locale.GERMANY));
        assertEquals(Language.ENGLISH, Language.fromTag("xx", Language.ENGLISH));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.fromTag("zh_CN", Language.ENGLISH));
    }
}
