package org.ouroboros.ui.exercise;

/**
 * A fact a {@link ExerciseKind.WriteCode} answer's run (or source) must show, so that printing the
 * right text some other way does not count. {@link #key()} names its description in the pane's bundle.
 */
public sealed interface Requirement {
    String key();

    /** The text the description is formatted with ("" when none). */
    default String argument() {
        return "";
    }

    /** A {@code threading.Lock} (or RLock) was acquired by at least two threads. */
    record UsesLock() implements Requirement {
        @Override
        public String key() {
            return "lock";
        }
    }

    /** A generator delegated to a subgenerator with {@code yield from}. */
    record UsesYieldFrom() implements Requirement {
        @Override
        public String key() {
            return "yield-from";
        }
    }

    /** The scheduler found no deadlock. */
    record NoDeadlock() implements Requirement {
        @Override
        public String key() {
            return "no-deadlock";
        }
    }

    /** A Python function (or method) named {@code function} ran. */
    record Calls(String function) implements Requirement {
        @Override
        public String key() {
            return "call";
        }

        @Override
        public String argument() {
            return function;
        }
    }

    /** The source still contains {@code text} (e.g. the exercise is to fix a call, not to remove it). */
    record SourceContains(String text) implements Requirement {
        @Override
        public String key() {
            return "source";
        }

        @Override
        public String argument() {
            return text;
        }
    }
}
