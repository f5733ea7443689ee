package org.ouroboros.ui.exercise;

import java.util.List;
import java.util.Set;

/** What the learner answered, one shape per {@link ExerciseKind}. */
public sealed interface Answer {
    /** Predicted output: the lines as typed. */
    record Lines(String text) implements Answer {}

    /** A predicted MRO: class names separated by spaces, commas or arrows, or "error". */
    record ClassNames(String text) implements Answer {}

    /** A whole program. */
    record Code(String source) implements Answer {}

    /** The chosen settings, by index into {@link ExerciseKind.ChooseSettings#choices()} (0-based). */
    record Choices(Set<Integer> picked) implements Answer {
        public Choices {
            picked = Set.copyOf(picked);
        }
    }

    /** The cards in the learner's order. */
    record Order(List<String> lines) implements Answer {
        public Order {
            lines = List.copyOf(lines);
        }
    }
}
