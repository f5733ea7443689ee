package org.ouroboros.ui.model;

import java.util.List;
import java.util.Optional;

/** The course as data: the ordered list of lessons the navigator shows. */
public record LessonRegistry(List<Lesson> lessons) {

    public LessonRegistry {
        lessons = List.copyOf(lessons);
        if (lessons.isEmpty()) {
            throw new IllegalArgumentException("a course needs at least one lesson");
        }
    }

    /** The seven chapters of the seed course, in the seed's order. */
    public static LessonRegistry seedCourse() {
        return new LessonRegistry(List.of(
                new Lesson(1, "objects"),
                new Lesson(2, "magic-methods"),
                new Lesson(3, "classes"),
                new Lesson(4, "metaclasses"),
                new Lesson(5, "threads"),
                new Lesson(6, "coroutines"),
                new Lesson(7, "asyncio")));
    }

    public Optional<Lesson> byId(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    public Lesson first() {
        return lessons.get(0);
    }
}
