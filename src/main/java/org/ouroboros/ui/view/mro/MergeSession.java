package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ouroboros.trace.MroEvent;

/**
 * The recorded events of one linearization (one class statement or {@code type(...)} call), in
 * order, up to the player's position. Immutable: the fold replaces a session to extend it.
 *
 * @param ordinal  0 for the first class linearized in the trace, 1 for the next, …
 * @param cls      the class's name (two classes may share one; the ordinal tells them apart)
 * @param position the trace index of the session's first event
 */
public record MergeSession(int ordinal, String cls, int position, List<MroEvent> events) {
    public MergeSession {
        events = List.copyOf(events);
    }

    /** As a record's equals, cheapest tests first: the view compares the session it drew with the next one every step. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MergeSession m && ordinal == m.ordinal && position == m.position
                && events.size() == m.events.size() && cls.equals(m.cls) && events.equals(m.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ordinal, cls, position, events);
    }

    public MergeSession with(MroEvent event) {
        List<MroEvent> more = new ArrayList<>(events);
        more.add(event);
        return new MergeSession(ordinal, cls, position, more);
    }

    /** True once the merge has a result or an error: later events of this class start a new session. */
    public boolean ended() {
        MroEvent last = events.get(events.size() - 1);
        return last instanceof MroEvent.MergeFinished || last instanceof MroEvent.MergeFailed;
    }

    public MroEvent.MergeStarted started() {
        return events.get(0) instanceof MroEvent.MergeStarted s ? s : null;
    }

    /** The depth-first order and every class's bases, when the trace has them. */
    public MroEvent.ClassicOrder classicOrder() {
        for (MroEvent e : events) {
            if (e instanceof MroEvent.ClassicOrder c) {
                return c;
            }
        }
        return null;
    }
}
