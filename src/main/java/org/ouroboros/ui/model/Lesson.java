package org.ouroboros.ui.model;

/**
 * One chapter of the course. Titles and introductions live in the resource bundle under
 * {@code lesson.<id>.title} and {@code lesson.<id>.intro}.
 *
 * @param number chapter number as printed in the seed (1-based)
 * @param id     stable identifier, used in preferences and as the bundle key stem
 */
public record Lesson(int number, String id) {

    public Lesson {
        if (number < 1) {
            throw new IllegalArgumentException("chapter numbers start at 1: " + number);
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("lesson id must not be blank");
        }
    }

    public String titleKey() {
        return "lesson." + id + ".title";
    }

    public String introKey() {
        return "lesson." + id + ".intro";
    }
}
