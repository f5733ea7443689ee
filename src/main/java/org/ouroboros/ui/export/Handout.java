package org.ouroboros.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * A printable handout: a title, an introduction, and one section per lesson step. Built from a
 * lesson by {@link LessonHandout}; written by {@link PdfHandoutWriter}.
 *
 * @param title    the lesson's title
 * @param intro    its introduction's paragraphs
 * @param language a BCP 47 tag for the document ({@code en}, {@code zh-CN})
 * @param steps    the sections, in order
 */
public record Handout(String title, List<String> intro, String language, List<Step> steps) {
    public Handout {
        Objects.requireNonNull(title);
        intro = List.copyOf(intro);
        Objects.requireNonNull(language);
        steps = List.copyOf(steps);
    }

    /**
     * One step: its heading and paragraphs (code spans in backticks), the picture of its view at
     * its position ({@code null}: none), and a code listing ({@code ""}: none) for steps whose view
     * is the code itself.
     */
    public record Step(String heading, List<String> paragraphs, BufferedImage picture, String code) {
        public Step {
            Objects.requireNonNull(heading);
            paragraphs = List.copyOf(paragraphs);
            code = code == null ? "" : code;
        }
    }

    /** Every character the handout prints: a font must have all of them. */
    public String allText() {
        StringBuilder text = new StringBuilder(title);
        intro.forEach(text::append);
        for (Step step : steps) {
            text.append(step.heading());
            step.paragraphs().forEach(text::append);
            text.append(step.code());
        }
        return text.toString();
    }
}
