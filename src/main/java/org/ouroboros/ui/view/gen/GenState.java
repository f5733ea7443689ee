package org.ouroboros.ui.view.gen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.GeneratorEvent;
import org.ouroboros.trace.TraceEvent;

/**
 * Every generator and coroutine at one position of a trace, the recent values that crossed
 * their boundaries, and the note on the latest step. Built by {@link GenFold} from
 * {@link GeneratorEvent}s, plus the task events of the asyncio loop to name what drives a coroutine.
 */
public final class GenState {
    /** Messages kept: the lane shows the latest few, and copies stay cheap. */
    static final int MAX_MESSAGES = 40;
    /** Frames kept; the oldest finished ones go first beyond this. */
    static final int MAX_FRAMES = 300;

    private final LinkedHashMap<Long, GenFrame> frames = new LinkedHashMap<>();
    private final Map<String, Integer> perName = new HashMap<>();
    private final Map<Long, String> taskNames = new HashMap<>();
    private final ArrayDeque<GenMessage> messages = new ArrayDeque<>();
    private int position = -1;
    private long pendingDelegation;
    private long lastOuterResumed;
    private GenNote note;
    private int notePosition = -1;

    public GenState copy() {
        GenState c = new GenState();
        c.frames.putAll(frames);
        c.perName.putAll(perName);
        c.taskNames.putAll(taskNames);
        c.messages.addAll(messages);
        c.position = position;
        c.pendingDelegation = pendingDelegation;
        c.lastOuterResumed = lastOuterResumed;
        c.note = note;
        c.notePosition = notePosition;
        return c;
    }

    /** The frames in creation order. */
    public List<GenFrame> frames() {
        return new ArrayList<>(frames.values());
    }

    public GenFrame frame(long id) {
        return frames.get(id);
    }

    /** The latest messages, oldest first. */
    public List<GenMessage> messages() {
        return new ArrayList<>(messages);
    }

    /** The note on the latest generator step, or null before any. */
    public GenNote note() {
        return note;
    }

    /** True when the event at the current position was a generator step (the note is about it). */
    public boolean noteIsFresh() {
        return note != null && notePosition == position;
    }

    public int position() {
        return position;
    }

    /**
     * The chains of delegation, outermost first: a frame nobody live delegates to, then what it
     * waits in ({@code yield from}/{@code await}), down to the innermost frame.
     */
    public List<List<GenFrame>> chains() {
        Map<Long, Long> delegatedBy = new HashMap<>();
        for (GenFrame f : frames.values()) {
            if (f.delegateTo() != 0 && frames.containsKey(f.delegateTo())) {
                delegatedBy.put(f.delegateTo(), f.id());
            }
        }
        List<List<GenFrame>> chains = new ArrayList<>();
        for (GenFrame f : frames.values()) {
            if (delegatedBy.containsKey(f.id())) {
                continue;
            }
            List<GenFrame> chain = new ArrayList<>();
            GenFrame at = f;
            while (at != null && chain.size() < 32) {
                chain.add(at);
                at = at.delegateTo() == 0 ? null : frames.get(at.delegateTo());
            }
            chains.add(chain);
        }
        return chains;
    }

    void apply(TraceEvent event) {
        position++;
        if (event instanceof GeneratorEvent g) {
            applyGenerator(g);
        } else if (event instanceof AioEvent.TaskCreated t) {
            taskCreated(t);
        } else if (event instanceof AioEvent.TaskStepped s) {
            taskStepped(s);
        }
    }

    private void applyGenerator(GeneratorEvent event) {
        if (event instanceof GeneratorEvent.GeneratorCreated c) {
            int n = perName.merge(c.qualname(), 1, Integer::sum);
            String label = n == 1 ? c.qualname() : c.qualname() + " #" + n;
            put(GenFrame.created(c.id(), label, c.qualname(), c.kind(), c.filename(), c.line()));
            note("gen.note.created." + c.kind(), label);
        } else if (event instanceof GeneratorEvent.GeneratorResumed r) {
            GenFrame f = frames.get(r.id());
            if (f == null) {
                return;
            }
            String by = resumer(f, r);
            if (r.callerId() == 0) {
                lastOuterResumed = r.id();
            }
            put(f.resumed(r.valueRepr(), by));
            GenMessage.Kind kind = switch (r.via()) {
                case "next" -> GenMessage.Kind.NEXT;
                case "throw" -> GenMessage.Kind.THROW;
                default -> GenMessage.Kind.SEND;
            };
            message(kind, by, f.label(), r.valueRepr());
            note("gen.note.resumed." + kind.name().toLowerCase(java.util.Locale.ROOT), f.label(), by, r.valueRepr());
        } else if (event instanceof GeneratorEvent.GeneratorDelegating d) {
            GenFrame f = frames.get(d.id());
            if (f == null) {
                return;
            }
            GenFrame sub = frames.get(d.subId());
            String description = sub != null ? sub.label() : d.subRepr();
            put(f.delegating(d.subId(), d.how(), description));
            pendingDelegation = d.id();
        } else if (event instanceof GeneratorEvent.GeneratorSuspended s) {
            GenFrame f = frames.get(s.id());
            if (f == null) {
                return;
            }
            boolean delegating = pendingDelegation == s.id();
            pendingDelegation = 0;
            GenFrame now = f.suspended(s.valueRepr(), s.line(), s.offset(), delegating);
            put(now);
            message(GenMessage.Kind.YIELD, f.label(), f.resumedBy(), s.valueRepr());
            if (delegating) {
                note("gen.note.delegating", f.label(), String.valueOf(s.line()), now.delegateHow(),
                        now.delegateDescription(), s.valueRepr());
            } else {
                note("gen.note.suspended", f.label(), String.valueOf(s.line()), s.valueRepr());
            }
        } else if (event instanceof GeneratorEvent.GeneratorFinished e) {
            GenFrame f = frames.get(e.id());
            if (f == null) {
                return;
            }
            for (GenFrame parent : frames.values()) {
                if (parent.delegateTo() == e.id() && !parent.status().done()) {
                    // the delegating frame's SEND caught the StopIteration: it runs on with the value
                    put(parent.delegating(0, "", "").withStatus(GenStatus.RUNNING));
                    break;
                }
            }
            if (e.raised()) {
                put(f.finished(GenStatus.RAISED, e.exceptionType(), e.line()));
                message(GenMessage.Kind.RAISE, f.label(), f.resumedBy(), e.exceptionType());
                note("gen.note.raised", f.label(), e.exceptionType(), f.resumedBy());
            } else {
                put(f.finished(GenStatus.RETURNED, e.valueRepr(), e.line()));
                message(GenMessage.Kind.RETURN, f.label(), f.resumedBy(), e.valueRepr());
                note("gen.note.returned", f.label(), e.valueRepr(), f.resumedBy());
            }
        } else if (event instanceof GeneratorEvent.GeneratorClosed c) {
            GenFrame f = frames.get(c.id());
            if (f != null) {
                put(f.withStatus(GenStatus.CLOSED));
                note("gen.note.closed", f.label());
            }
        }
    }

    /** Who resumed it: the delegating generator, the task that drives it, or the calling function. */
    private String resumer(GenFrame f, GeneratorEvent.GeneratorResumed r) {
        if (r.callerId() != 0 && frames.containsKey(r.callerId())) {
            return frames.get(r.callerId()).label();
        }
        if (!f.task().isEmpty()) {
            return f.task();
        }
        return r.caller().isEmpty() ? "?" : r.caller();
    }

    private void taskCreated(AioEvent.TaskCreated t) {
        taskNames.put(t.task(), t.name());
        // A first guess (the oldest coroutine of that name no task drives yet); its first step makes it exact.
        for (GenFrame f : new ArrayList<>(frames.values())) {
            if (f.qualname().equals(t.coroutine()) && f.task().isEmpty() && f.coroutine() && f.status() == GenStatus.CREATED) {
                put(f.inTask(t.name(), ""));
                return;
            }
        }
    }

    private void taskStepped(AioEvent.TaskStepped s) {
        GenFrame f = frames.get(lastOuterResumed);
        if (f == null) {
            return;
        }
        for (GenFrame other : new ArrayList<>(frames.values())) {
            if (other.id() != f.id() && other.task().equals(s.name())) {
                put(other.inTask("", ""));
            }
        }
        boolean awaiting = "AWAITING".equals(s.outcome());
        put(f.inTask(s.name(), awaiting ? s.detail() : ""));
        if (awaiting) {
            note("gen.note.task", s.name(), f.label(), s.detail());
        }
    }

    private void put(GenFrame f) {
        frames.put(f.id(), f);
        if (frames.size() > MAX_FRAMES) {
            Iterator<GenFrame> it = frames.values().iterator();
            while (it.hasNext() && frames.size() > MAX_FRAMES) {
                if (it.next().status().done()) {
                    it.remove();
                }
            }
        }
    }

    private void message(GenMessage.Kind kind, String from, String to, String value) {
        messages.addLast(new GenMessage(position, kind, from, to, value));
        while (messages.size() > MAX_MESSAGES) {
            messages.removeFirst();
        }
    }

    private void note(String key, String... args) {
        note = GenNote.of(key, args);
        notePosition = position;
    }
}
