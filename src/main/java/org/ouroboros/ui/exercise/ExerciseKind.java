package org.ouroboros.ui.exercise;

import java.util.List;

/** What an exercise asks the learner to do, with the program it is about. */
public sealed interface ExerciseKind {
    /** The program the exercise shows (and, for {@link WriteCode}, the learner's starting code). */
    String program();

    /** The name used in {@code exercise.k.kind=}. */
    String id();

    /** Predict every line the program prints (stdout), run with {@code settings}. */
    record PredictOutput(String program, RunSettings settings) implements ExerciseKind {
        @Override
        public String id() {
            return "output";
        }
    }

    /**
     * Predict {@code className.__mro__} after the program ran, as class names; when the program
     * cannot create the class (an inconsistent hierarchy) the answer is "error".
     */
    record PredictMro(String program, String className) implements ExerciseKind {
        @Override
        public String id() {
            return "mro";
        }
    }

    /**
     * Edit the program until every run (one per entry of {@code runs}) ends normally, prints what
     * {@code goal} says and shows every requirement in its trace.
     */
    record WriteCode(String program, List<RunSettings> runs, Goal goal, List<Requirement> requirements)
            implements ExerciseKind {
        public WriteCode {
            runs = List.copyOf(runs);
            requirements = List.copyOf(requirements);
        }

        @Override
        public String id() {
            return "code";
        }
    }

    /**
     * Pick the settings (of {@code choices}) under which the unchanged program prints something
     * other than {@code expectedOutput}, e.g. which interpreter settings lose updates.
     */
    record ChooseSettings(String program, List<RunSettings> choices, String expectedOutput) implements ExerciseKind {
        public ChooseSettings {
            choices = List.copyOf(choices);
        }

        @Override
        public String id() {
            return "settings";
        }
    }

    /** Put the lines the program prints (shown as cards, sorted) in the order the run prints them. */
    record OrderLines(String program, RunSettings settings) implements ExerciseKind {
        @Override
        public String id() {
            return "order";
        }
    }
}
