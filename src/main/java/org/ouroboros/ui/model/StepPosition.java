package org.ouroboros.ui.model;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;

/**
 * Where a lesson step puts the player, as written in {@code steps.properties} ({@code step.k.at}).
 * A position is found in the trace of the step's run: an index as {@code PlayerModel} counts it
 * ({@code -1} before the first event, else the index of the last applied event).
 */
public sealed interface StepPosition {

    /** The index this position names in {@code trace}, or empty when the trace has no such point. */
    OptionalInt find(Trace trace);

    /** {@link #find}, or the end of the trace when the point is missing (a user edited the code). */
    default int resolve(Trace trace) {
        return find(trace).orElse(trace.size() - 1);
    }

    /** The text form, as parsed by {@link #parse}. */
    String text();

    /** Before the first event. */
    record Start() implements StepPosition {
        @Override
        public OptionalInt find(Trace trace) {
            return OptionalInt.of(-1);
        }

        @Override
        public String text() {
            return "start";
        }
    }

    /** After the last event: the program's final state. */
    record End() implements StepPosition {
        @Override
        public OptionalInt find(Trace trace) {
            return OptionalInt.of(trace.size() - 1);
        }

        @Override
        public String text() {
            return "end";
        }
    }

    /** The {@code occurrence}-th time (from 1) line {@code line} of the program starts to run. */
    record Line(int line, int occurrence) implements StepPosition {
        public Line {
            if (line < 1 || occurrence < 1) {
                throw new IllegalArgumentException("line and occurrence count from 1: " + line + "#" + occurrence);
            }
        }

        @Override
        public OptionalInt find(Trace trace) {
            List<TraceEvent> events = trace.events();
            int seen = 0;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof ExecutionEvent.LineReached reached && reached.line() == line
                        && ++seen == occurrence) {
                    return OptionalInt.of(i);
                }
            }
            return OptionalInt.empty();
        }

        @Override
        public String text() {
            return occurrence == 1 ? "line:" + line : "line:" + line + "#" + occurrence;
        }
    }

    /** The first event after which the program's standard output contains {@code text}. */
    record Output(String text) implements StepPosition {
        public Output {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("output: needs the text to wait for");
            }
        }

        @Override
        public OptionalInt find(Trace trace) {
            List<TraceEvent> events = trace.events();
            StringBuilder stdout = new StringBuilder();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof ExecutionEvent.OutputWritten written && !written.stderr()) {
                    stdout.append(written.text());
                    if (stdout.indexOf(text) >= 0) {
                        return OptionalInt.of(i);
                    }
                }
            }
            return OptionalInt.empty();
        }

        @Override
        public String text() {
            return "output:" + text;
        }
    }

    /** The first event of a kind, named by its record's simple name (e.g. {@code MroMergeStep}). */
    record Event(String kind) implements StepPosition {
        public Event {
            if (!kind.matches("[A-Z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("event: needs an event record's simple name, got '" + kind + "'");
            }
        }

        @Override
        public OptionalInt find(Trace trace) {
            List<TraceEvent> events = trace.events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).getClass().getSimpleName().equals(kind)) {
                    return OptionalInt.of(i);
                }
            }
            return OptionalInt.empty();
        }

        @Override
        public String text() {
            return "event:" + kind;
        }
    }

    /**
     * Reads {@code start}, {@code end}, {@code line:<n>}, {@code line:<n>#<k>}, {@code output:<text>}
     * or {@code event:<kind>}; anything else is an {@link IllegalArgumentException} saying what is
     * accepted.
     */
    static StepPosition parse(String text) {
        String s = text.strip();
        if (s.equals("start")) {
            return new Start();
        }
        if (s.equals("end")) {
            return new End();
        }
        int colon = s.indexOf(':');
        String kind = colon < 0 ? s : s.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : s.substring(colon + 1);
        switch (kind) {
            case "line" -> {
                String[] parts = rest.split("#", -1);
                try {
                    int line = Integer.parseInt(parts[0].strip());
                    int occurrence = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1;
                    if (parts.length <= 2) {
                        return new Line(line, occurrence);
                    }
                } catch (IllegalArgumentException e) {
                    // not numbers, or numbers below 1: the message below says what is accepted
                }
                throw new IllegalArgumentException("bad position '" + text + "': line:<n> or line:<n>#<k>, numbers from 1");
            }
            case "output" -> {
                return new Output(rest);
            }
            case "event" -> {
                return new Event(rest.strip());
            }
            default -> throw new IllegalArgumentException("bad position '" + text
                    + "': expected start, end, line:<n>, line:<n>#<k>, output:<text> or event:<kind>");
        }
    }
}
