package org.ouroboros.ui.view.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ouroboros.trace.ObjectEvent;

/**
 * The object graph's content at one trace position: every class met so far and, per class, the
 * first {@link #cap} instances described; further instances of a class are only counted (the
 * view draws them as one "+ N more" node), so the state stays small for any program.
 */
public final class GraphState {
    private final int cap;
    private final LinkedHashMap<Long, ObjectEvent.ClassSnapshot> classes;
    private final LinkedHashMap<Long, List<Long>> instances;
    private final Set<Long> shown;
    private final LinkedHashMap<Long, Integer> collapsed;

    GraphState(int cap) {
        this(cap, new LinkedHashMap<>(), new LinkedHashMap<>(), new HashSet<>(), new LinkedHashMap<>());
    }

    private GraphState(int cap, LinkedHashMap<Long, ObjectEvent.ClassSnapshot> classes,
                       LinkedHashMap<Long, List<Long>> instances, Set<Long> shown,
                       LinkedHashMap<Long, Integer> collapsed) {
        this.cap = cap;
        this.classes = classes;
        this.instances = instances;
        this.shown = shown;
        this.collapsed = collapsed;
    }

    void add(ObjectEvent.ClassSnapshot c) {
        classes.put(c.id(), c);
    }

    void add(ObjectEvent.ObjectSnapshot s) {
        if (!s.first() || shown.contains(s.id())) {
            return;
        }
        List<Long> ofType = instances.computeIfAbsent(s.typeId(), t -> new ArrayList<>());
        if (ofType.size() < cap) {
            ofType.add(s.id());
            shown.add(s.id());
        } else {
            collapsed.merge(s.typeId(), 1, Integer::sum);
        }
    }

    GraphState copy() {
        LinkedHashMap<Long, List<Long>> lists = new LinkedHashMap<>();
        instances.forEach((type, ids) -> lists.put(type, new ArrayList<>(ids)));
        return new GraphState(cap, new LinkedHashMap<>(classes), lists, new HashSet<>(shown),
                new LinkedHashMap<>(collapsed));
    }

    /** Classes in the order they were met (builtins first). */
    public Map<Long, ObjectEvent.ClassSnapshot> classes() {
        return Collections.unmodifiableMap(classes);
    }

    /** The instances drawn one by one, per class id, in creation order. */
    public Map<Long, List<Long>> instances() {
        return Collections.unmodifiableMap(instances);
    }

    /** Instances beyond the cap, counted per class id. */
    public Map<Long, Integer> collapsed() {
        return Collections.unmodifiableMap(collapsed);
    }

    public boolean isShown(long id) {
        return shown.contains(id);
    }

    public int cap() {
        return cap;
    }

    /** All instances described so far, drawn or counted. */
    public long instanceCount() {
        return shown.size() + collapsed.values().stream().mapToLong(Integer::longValue).sum();
    }
}
