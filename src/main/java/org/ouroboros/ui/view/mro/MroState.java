package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.TraceEvent;

/**
 * What the MRO view knows after some events: every linearization so far (one
 * {@link MergeSession} each) and every constructor chain ({@link SuperWalk}). Built by
 * {@link #apply}ing events in order at their trace positions; other events are ignored.
 */
public final class MroState {
    /** An instance just created whose {@code __init__} may come next, and the depth it was created at. */
    private record Pending(String type, int depth) {}

    private final List<MergeSession> sessions;
    private final List<SuperWalk> walks;
    /** Shared with copies until one of them learns a new MRO (copy on write: a step copies the state). */
    private Map<String, List<String>> knownMros;
    private boolean knownMrosShared;
    private Pending pending;
    private int depth;

    public MroState() {
        this(new ArrayList<>(), new ArrayList<>(), new HashMap<>(), null, -1);
    }

    private MroState(List<MergeSession> sessions, List<SuperWalk> walks, Map<String, List<String>> knownMros,
                     Pending pending, int depth) {
        this.sessions = sessions;
        this.walks = walks;
        this.knownMros = knownMros;
        this.pending = pending;
        this.depth = depth;
    }

    public MroState copy() {
        knownMrosShared = true;
        MroState copy = new MroState(new ArrayList<>(sessions), new ArrayList<>(walks), knownMros, pending, depth);
        copy.knownMrosShared = true;
        return copy;
    }

    /** Applies the event at trace index {@code position}. */
    public void apply(TraceEvent event, int position) {
        if (event instanceof MroEvent mro) {
            applyMro(mro, position);
        } else if (event instanceof ExecutionEvent.ObjectCreated created) {
            if (knownMros.containsKey(created.type())) {
                pending = new Pending(created.type(), depth);
            }
        } else if (event instanceof ExecutionEvent.FrameEntered entered) {
            depth = entered.depth();
            frameEntered(entered, position);
        } else if (event instanceof ExecutionEvent.FrameExited exited) {
            depth = exited.depth() - 1;
            SuperWalk walk = activeWalk();
            if (walk != null) {
                replaceLastWalk(walk.exit(exited.depth()));
            }
        } else if (event instanceof ExecutionEvent.LineReached) {
            // The creating frame went on: the instance's __init__ (if any) has already run.
            if (pending != null && depth <= pending.depth()) {
                pending = null;
            }
        } else if (event instanceof ExecutionEvent.OutputWritten written && !written.stderr()) {
            SuperWalk walk = activeWalk();
            if (walk != null) {
                replaceLastWalk(walk.print(written.text()));
            }
        }
    }

    private void applyMro(MroEvent event, int position) {
        String cls = className(event);
        int open = openSession(cls);
        if (open < 0) {
            sessions.add(new MergeSession(sessions.size(), cls, position, List.of(event)));
        } else {
            sessions.set(open, sessions.get(open).with(event));
        }
        if (event instanceof MroEvent.MergeFinished finished) {
            if (knownMrosShared) {
                knownMros = new HashMap<>(knownMros);
                knownMrosShared = false;
            }
            knownMros.put(finished.cls(), finished.mro());
        }
    }

    /** The index of the latest session of {@code cls} that has not ended (a merge in progress), or -1. */
    private int openSession(String cls) {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            MergeSession s = sessions.get(i);
            if (s.cls().equals(cls)) {
                return s.ended() ? -1 : i;
            }
        }
        return -1;
    }

    private void frameEntered(ExecutionEvent.FrameEntered entered, int position) {
        String owner = initOwner(entered.function());
        if (owner == null) {
            return;
        }
        WalkFrame frame = new WalkFrame(owner, entered.function(), entered.depth());
        SuperWalk walk = activeWalk();
        if (walk != null) {
            if (walk.mro().contains(owner)) {
                replaceLastWalk(walk.enter(frame));
            }
            return;
        }
        if (pending != null && entered.depth() == pending.depth() + 1) {
            List<String> mro = knownMros.get(pending.type());
            if (mro.contains(owner)) {
                walks.add(SuperWalk.start(pending.type(), mro, frame, position));
            }
            pending = null;
        }
    }

    /** "C.__init__" → "C"; "Outer.Inner.__init__" → "Inner"; anything else → null. */
    static String initOwner(String function) {
        String suffix = ".__init__";
        if (function == null || !function.endsWith(suffix) || function.length() == suffix.length()) {
            return null;
        }
        String qual = function.substring(0, function.length() - suffix.length());
        return qual.substring(qual.lastIndexOf('.') + 1);
    }

    private SuperWalk activeWalk() {
        if (walks.isEmpty()) {
            return null;
        }
        SuperWalk last = walks.get(walks.size() - 1);
        return last.finished() ? null : last;
    }

    private void replaceLastWalk(SuperWalk walk) {
        walks.set(walks.size() - 1, walk);
    }

    private static String className(MroEvent event) {
        if (event instanceof MroEvent.MergeStarted e) {
            return e.cls();
        } else if (event instanceof MroEvent.CandidateRejected e) {
            return e.cls();
        } else if (event instanceof MroEvent.CandidateTaken e) {
            return e.cls();
        } else if (event instanceof MroEvent.MergeFinished e) {
            return e.cls();
        } else if (event instanceof MroEvent.MergeFailed e) {
            return e.cls();
        } else if (event instanceof MroEvent.ClassicOrder e) {
            return e.cls();
        }
        throw new IllegalArgumentException("unknown MRO event " + event);
    }

    /** Every linearization so far, oldest first. */
    public List<MergeSession> sessions() {
        return List.copyOf(sessions);
    }

    /** The {@code ordinal}-th linearization, or null when there is none yet (no copy of the list, unlike {@link #sessions}). */
    public MergeSession session(int ordinal) {
        return ordinal >= 0 && ordinal < sessions.size() ? sessions.get(ordinal) : null;
    }

    /** How many linearizations there are so far. */
    public int sessionCount() {
        return sessions.size();
    }

    /** Every constructor chain so far, oldest first; the last may still be running. */
    public List<SuperWalk> walks() {
        return List.copyOf(walks);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MroState that && sessions.equals(that.sessions) && walks.equals(that.walks)
                && knownMros.equals(that.knownMros) && Objects.equals(pending, that.pending) && depth == that.depth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessions, walks, knownMros, pending, depth);
    }
}
