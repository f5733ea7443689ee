package org.ouroboros.ui.exercise;

/** What a {@link ExerciseKind.WriteCode} exercise's program must print (stdout, compared line by line). */
public sealed interface Goal {
    /** Exactly this text: the task's own specification ("make it always print 0"). */
    record ExactOutput(String text) implements Goal {}

    /** What {@code program} prints under the same settings, computed at check time. */
    record SameOutputAs(String program) implements Goal {}
}
