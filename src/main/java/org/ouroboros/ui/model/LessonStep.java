package org.ouroboros.ui.model;

import java.util.Map;
import java.util.Objects;

/**
 * One step of a lesson: which program the editor gets, which view tab is shown, where the player
 * stands, and any view/VM settings. Its title and text are localised apart ({@link LessonText}).
 *
 * @param number   the step's number in its lesson, from 1
 * @param program  a program of {@link LessonPrograms}, e.g. {@code ch3_2.py} or {@code ch5/ch5_7_semaphore.py}
 * @param view     a view id of {@link LessonViewIds} ({@code execution}, {@code graph}, …)
 * @param at       where the player stands once the step's run has arrived
 * @param settings {@code key=value} pairs for the step's run: the lesson's {@code settings}, then the step's own
 * @param error    the exception type the program is meant to end with (e.g. {@code StopIteration}), or empty
 */
public record LessonStep(int number, String program, String view, StepPosition at, Map<String, String> settings,
        String error) {

    public LessonStep {
        if (number < 1) {
            throw new IllegalArgumentException("steps count from 1: " + number);
        }
        Objects.requireNonNull(program);
        Objects.requireNonNull(view);
        Objects.requireNonNull(at);
        settings = Map.copyOf(settings);
        error = error == null ? "" : error.strip();
    }

    /** True when the step's program is meant to end with an exception (the step explains it). */
    public boolean showsError() {
        return !error.isEmpty();
    }

    /** The id of the tab this step selects ({@code graph} → {@code graph-tab}). */
    public String tabId() {
        return LessonViewIds.tabId(view);
    }
}
