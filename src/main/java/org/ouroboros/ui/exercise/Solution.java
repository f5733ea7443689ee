package org.ouroboros.ui.exercise;

import java.util.List;
import java.util.Set;

/**
 * The answer the VM gives, computed by running the exercise's program(s) when asked.
 *
 * @param lines what the VM printed (output, order), the MRO's class names ({@code ["error"]} when
 *     the class cannot be created), the goal's output (code); for settings, each choice's output
 * @param choices for settings: the indices of the choices whose output differs; else empty
 * @param note extra text from the run: the TypeError of an inconsistent MRO, else ""
 */
public record Solution(List<String> lines, Set<Integer> choices, String note) {
    public static final String MRO_ERROR = "error";

    public Solution {
        lines = List.copyOf(lines);
        choices = Set.copyOf(choices);
    }

    public static Solution ofLines(List<String> lines) {
        return new Solution(lines, Set.of(), "");
    }
}
