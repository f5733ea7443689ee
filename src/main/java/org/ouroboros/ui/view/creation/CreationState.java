package org.ouroboros.ui.view.creation;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.CreationEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.view.CallStacks;

/**
 * The creation sequence diagrams of a trace up to some position, built from the VM's
 * {@link CreationEvent}s. A diagram begins with a top-level {@code C(...)} or class statement
 * and takes every creation step nested in it; arrows go from the active lifeline (the method
 * running) to the lifeline whose method is called. Which method runs where comes from the events.
 */
public final class CreationState {
    private static final int CALLER = 0;

    /** An open call or class statement of the current diagram, and the lifelines it involves. */
    private record Frame(boolean statement, String name, int depth, int from, int to, int made) {
        Frame making(int lifeline) {
            return new Frame(statement, name, depth, from, to, lifeline);
        }
    }

    private final List<Frame> frames;
    /** Lifelines whose method is running, innermost last (the caller is below them all). */
    private final List<Integer> active;
    /** The diagram being drawn (only the latest can change), and how many there were. */
    private Diagram diagram;
    private int count;
    /** The line of the frame running now: a diagram's title names it. */
    private final CallStacks lines;
    /** When set, every diagram by ordinal in its latest form (for {@link #allDiagrams}); not copied. */
    private List<Diagram> record;

    public CreationState() {
        this(new ArrayList<>(), new ArrayList<>(), null, 0, new CallStacks());
    }

    private CreationState(List<Frame> frames, List<Integer> active, Diagram diagram, int count, CallStacks lines) {
        this.frames = frames;
        this.active = active;
        this.diagram = diagram;
        this.count = count;
        this.lines = lines;
    }

    /** Costs the same at any position: the finished diagrams are not kept. */
    public CreationState copy() {
        return new CreationState(new ArrayList<>(frames), new ArrayList<>(active), diagram, count, lines.copy());
    }

    /** Every diagram of {@code events}, complete, in order (one pass over the trace). */
    public static List<Diagram> allDiagrams(List<TraceEvent> events) {
        CreationState state = new CreationState();
        state.record = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            state.apply(events.get(i), i);
        }
        return List.copyOf(state.record);
    }

    /** The diagram the latest creation event belongs to, or null before the first. */
    public Diagram current() {
        return diagram;
    }

    public int diagramCount() {
        return count;
    }

    public void apply(TraceEvent event, int position) {
        if (event instanceof CreationEvent e) {
            applyCreation(e, position);
        } else {
            lines.apply(event);
        }
    }

    private void applyCreation(CreationEvent event, int p) {
        if (event instanceof CreationEvent.ClassStatementStarted s) {
            beginIfTopLevel(s.depth(), p, "title.statement", List.of(s.name()));
            String bases = String.join(", ", s.bases());
            String meta = s.explicitMetaclass().isEmpty() ? "" : (bases.isEmpty() ? "" : ", ") + "metaclass="
                    + s.explicitMetaclass();
            note(p, CALLER, Message.Kind.NOTE, "statement", s.name(), bases + meta);
            frames.add(new Frame(true, s.name(), s.depth(), activeLifeline(), activeLifeline(), -1));
        } else if (event instanceof CreationEvent.ClassCalled c) {
            beginIfTopLevel(c.depth(), p, "title.call", List.of(c.cls()));
            if (diagram == null) {
                return;
            }
            int from = activeLifeline();
            int to = lifeline(c.metaclass(), Lifeline.Role.METACLASS);
            lifeline(c.cls(), c.cls().equals("type") ? Lifeline.Role.METACLASS : Lifeline.Role.CLASS);
            message(p, from, to, Message.Kind.CALL, "call", c.callOwner(), c.cls());
            frames.add(new Frame(false, c.cls(), c.depth(), from, to, -1));
            active.add(to);
        } else if (diagram == null || frames.isEmpty()) {
            return;
        } else if (event instanceof CreationEvent.MetaclassResolved r) {
            lifeline(r.winner(), Lifeline.Role.METACLASS);
            note(p, CALLER, Message.Kind.NOTE, "resolved", r.start(), String.join(", ", r.baseMetaclasses()), r.winner());
        } else if (event instanceof CreationEvent.NamespacePrepared n) {
            int meta = lifeline(n.metaclass(), Lifeline.Role.METACLASS);
            message(p, activeLifeline(), meta, Message.Kind.CALL, "prepare", n.owner().isEmpty() ? n.metaclass()
                    : n.owner(), n.name());
        } else if (event instanceof CreationEvent.ClassBodyExecuted b) {
            note(p, CALLER, Message.Kind.NOTE, b.names().isEmpty() ? "bodyEmpty" : "body", String.join(", ", b.names()));
        } else if (event instanceof CreationEvent.NewCalled n) {
            int to = lifeline(n.cls(), null);
            message(p, activeLifeline(), to, Message.Kind.CALL, "new", n.owner(), n.cls());
            active.add(to);
        } else if (event instanceof CreationEvent.TypeNewStarted t) {
            lifeline(t.metaclass(), Lifeline.Role.METACLASS);
            note(p, activeLifeline(), Message.Kind.NOTE, "typeNew", t.metaclass(), t.name(), String.join(", ", t.bases()));
        } else if (event instanceof CreationEvent.ClassCreated c) {
            int made = lifeline(c.name(), Lifeline.Role.CLASS);
            message(p, activeLifeline(), made, Message.Kind.CREATE, "created", c.name(), c.metaclass(),
                    String.join(" → ", c.mro()));
        } else if (event instanceof CreationEvent.SetNameCalled s) {
            note(p, lifeline(s.cls(), null), Message.Kind.NOTE, "setName", s.descriptorType(), s.cls(), s.attribute());
        } else if (event instanceof CreationEvent.InitSubclassCalled i) {
            message(p, activeLifeline(), lifeline(i.cls(), null), Message.Kind.CALL, "initSubclass", i.owner(), i.cls());
        } else if (event instanceof CreationEvent.NewReturned r) {
            int from = popActive();
            int made = isClassRepr(r.resultRepr()) ? classLifelineFor(r.resultRepr())
                    : instance(r.resultRepr(), r.isInstance() ? Lifeline.Role.INSTANCE : Lifeline.Role.OTHER);
            setMade(r.cls(), made);
            message(p, from, activeLifeline(), Message.Kind.RETURN, r.isInstance() ? "newReturned" : "newReturnedOther",
                    r.resultRepr(), r.cls());
        } else if (event instanceof CreationEvent.InitSkipped s) {
            note(p, activeLifeline(), Message.Kind.SKIP, "initSkipped", s.resultType(), s.cls());
        } else if (event instanceof CreationEvent.InitCalled i) {
            Frame f = openCall(i.cls());
            int to = f != null && f.made() >= 0 ? f.made() : lifeline(i.cls(), null);
            message(p, activeLifeline(), to, Message.Kind.CALL, "init", i.owner());
        } else if (event instanceof CreationEvent.ClassCallFinished f) {
            int index = lastFrame(false, f.cls());
            if (index < 0) {
                return;
            }
            Frame frame = frames.get(index);
            while (frames.size() > index) {
                frames.remove(frames.size() - 1);
            }
            while (!active.isEmpty() && active.get(active.size() - 1) != frame.to()) {
                popActive();
            }
            popActive();
            message(p, frame.to(), frame.from(), Message.Kind.RETURN, "finished", f.resultRepr());
            endIfDone();
        } else if (event instanceof CreationEvent.ClassStatementFinished s) {
            int index = lastFrame(true, s.name());
            if (index < 0) {
                return;
            }
            while (frames.size() > index) {
                frames.remove(frames.size() - 1);
            }
            note(p, CALLER, Message.Kind.NOTE, "bound", s.name(), s.classRepr());
            endIfDone();
        }
    }

    /** Starts a new diagram when no creation is open (or the open one never finished: it raised). */
    private void beginIfTopLevel(int depth, int position, String titleKey, List<String> titleArgs) {
        if (!frames.isEmpty() && depth >= frames.get(0).depth()) {
            return;
        }
        frames.clear();
        active.clear();
        set(new Diagram(count, position, lines.line(), titleKey, titleArgs,
                List.of(new Lifeline("caller", "", Lifeline.Role.CALLER, 0)), List.of()));
        count++;
    }

    private void set(Diagram d) {
        diagram = d;
        if (record != null) {
            if (d.ordinal() == record.size()) {
                record.add(d);
            } else {
                record.set(d.ordinal(), d);
            }
        }
    }

    private void endIfDone() {
        if (frames.isEmpty()) {
            active.clear();
        }
    }

    private Diagram diagram() {
        return diagram;
    }

    private List<Lifeline> lifelines() {
        return diagram().lifelines();
    }

    private int activeLifeline() {
        return active.isEmpty() ? CALLER : active.get(active.size() - 1);
    }

    private int popActive() {
        return active.isEmpty() ? CALLER : active.remove(active.size() - 1);
    }

    private static String key(String name) {
        return "obj:" + name;
    }

    /** The class lifeline {@code name}, added if new; a non-null role upgrades a plain class to a metaclass. */
    private int lifeline(String name, Lifeline.Role role) {
        int index = diagram().indexOf("cls:" + name);
        if (index < 0) {
            set(diagram().withLifeline(new Lifeline("cls:" + name, name,
                    role == null ? Lifeline.Role.CLASS : role, diagram().messages().size())));
            return lifelines().size() - 1;
        }
        if (role == Lifeline.Role.METACLASS && lifelines().get(index).role() != Lifeline.Role.METACLASS) {
            set(diagram().withRole(index, role));
        }
        return index;
    }

    private static boolean isClassRepr(String repr) {
        return repr.startsWith("<class '");
    }

    /** The lifeline of the class a {@code <class '__main__.Us'>} repr names. */
    private int classLifelineFor(String repr) {
        String name = repr;
        if (isClassRepr(repr)) {
            String qualified = repr.substring("<class '".length(), repr.length() - 2);
            name = qualified.substring(qualified.lastIndexOf('.') + 1);
        }
        return lifeline(name, null);
    }

    private int instance(String repr, Lifeline.Role role) {
        int index = diagram().indexOf(key(repr));
        if (index >= 0) {
            return index;
        }
        set(diagram().withLifeline(new Lifeline(key(repr), repr, role, diagram().messages().size())));
        return lifelines().size() - 1;
    }

    private Frame openCall(String cls) {
        int index = lastFrame(false, cls);
        return index < 0 ? null : frames.get(index);
    }

    private void setMade(String cls, int lifeline) {
        int index = lastFrame(false, cls);
        if (index >= 0) {
            frames.set(index, frames.get(index).making(lifeline));
        }
    }

    private int lastFrame(boolean statement, String name) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).statement() == statement && frames.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void message(int position, int from, int to, Message.Kind kind, String key, String... args) {
        set(diagram().withMessage(new Message(position, from, to, kind, key, List.of(args))));
    }

    private void note(int position, int at, Message.Kind kind, String key, String... args) {
        message(position, at, at, kind, key, args);
    }
}
