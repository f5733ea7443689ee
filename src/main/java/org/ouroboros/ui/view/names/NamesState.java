package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.ObjectEvent;

/**
 * The names at one trace position: module globals, then the call stack of each thread with the
 * locals of each frame; and the last {@code is}/{@code ==} comparison while its line is current.
 */
public final class NamesState {
    private final LinkedHashMap<String, FrameNames> modules;
    private final LinkedHashMap<Integer, List<FrameNames>> stacks;
    private ObjectEvent.ObjectsCompared comparison;
    private int linesSinceComparison;

    NamesState() {
        this(new LinkedHashMap<>(), new LinkedHashMap<>(), null, 0);
    }

    private NamesState(LinkedHashMap<String, FrameNames> modules, LinkedHashMap<Integer, List<FrameNames>> stacks,
                       ObjectEvent.ObjectsCompared comparison, int linesSinceComparison) {
        this.modules = modules;
        this.stacks = stacks;
        this.comparison = comparison;
        this.linesSinceComparison = linesSinceComparison;
    }

    NamesState copy() {
        LinkedHashMap<String, FrameNames> m = new LinkedHashMap<>();
        modules.forEach((k, f) -> m.put(k, f.copy()));
        LinkedHashMap<Integer, List<FrameNames>> s = new LinkedHashMap<>();
        stacks.forEach((t, frames) -> {
            List<FrameNames> copied = new ArrayList<>();
            frames.forEach(f -> copied.add(f.copy()));
            s.put(t, copied);
        });
        return new NamesState(m, s, comparison, linesSinceComparison);
    }

    void entered(ExecutionEvent.FrameEntered e) {
        stack(e.thread()).add(new FrameNames(e.thread(), e.function(), e.depth(), FrameNames.Kind.FUNCTION));
    }

    void exited(ExecutionEvent.FrameExited e) {
        List<FrameNames> stack = stack(e.thread());
        while (!stack.isEmpty() && stack.get(stack.size() - 1).depth() >= e.depth()) {
            stack.remove(stack.size() - 1);
        }
    }

    void line() {
        linesSinceComparison++;
    }

    void bound(ObjectEvent.NameBound e) {
        FrameNames frame = namespace(e.thread(), e.depth(), e.frame(), e.scope());
        frame.bind(e.name(), e.objectId());
    }

    void unbound(ObjectEvent.NameUnbound e) {
        namespace(e.thread(), e.depth(), e.frame(), e.scope()).unbind(e.name());
    }

    void compared(ObjectEvent.ObjectsCompared e) {
        comparison = e;
        linesSinceComparison = 0;
    }

    private FrameNames namespace(int thread, int depth, String title, ObjectEvent.Scope scope) {
        if (scope == ObjectEvent.Scope.GLOBAL) {
            return modules.computeIfAbsent(title, t -> new FrameNames(thread, t, -1, FrameNames.Kind.MODULE));
        }
        List<FrameNames> stack = stack(thread);
        for (int i = stack.size() - 1; i >= 0; i--) {
            FrameNames f = stack.get(i);
            if (f.depth() == depth) {
                if (scope == ObjectEvent.Scope.CLASS_BODY) {
                    f.markClassBody();
                }
                return f;
            }
        }
        // A frame the trace did not show entering (tracing began inside it): make one.
        FrameNames made = new FrameNames(thread, title, depth,
                scope == ObjectEvent.Scope.CLASS_BODY ? FrameNames.Kind.CLASS_BODY : FrameNames.Kind.FUNCTION);
        stack.add(made);
        return made;
    }

    private List<FrameNames> stack(int thread) {
        return stacks.computeIfAbsent(thread, t -> new ArrayList<>());
    }

    /**
     * What the left column shows, top to bottom: module globals ({@code __main__} first), then each
     * thread's running frames outermost first (module frames have no names of their own and are left out).
     */
    public List<FrameNames> frames() {
        List<FrameNames> all = new ArrayList<>();
        FrameNames main = modules.get("__main__");
        if (main != null) {
            all.add(main);
        }
        modules.values().stream().filter(f -> f != main).forEach(all::add);
        stacks.values().forEach(stack -> stack.stream().filter(f -> f.depth() > 0).forEach(all::add));
        return Collections.unmodifiableList(all);
    }

    /** The comparison made on the current or the just-finished line, or null. */
    public ObjectEvent.ObjectsCompared recentComparison() {
        return linesSinceComparison <= 1 ? comparison : null;
    }

    /** Every name → object id, for tests: "frame.name". */
    public Map<String, Long> allNames() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (FrameNames f : frames()) {
            f.names().forEach((n, id) -> out.put(f.title() + "." + n, id));
        }
        return out;
    }
}
