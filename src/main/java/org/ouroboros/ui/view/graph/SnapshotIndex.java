package org.ouroboros.ui.view.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;

/**
 * Where each object's descriptions are in one trace, so a view can ask "what did object {@code id}
 * look like at position {@code p}" in O(log n) without keeping every object in its fold state.
 * Built once per trace in one pass; immutable afterwards.
 */
public final class SnapshotIndex {
    private static final int[] NONE = new int[0];

    private final Trace trace;
    private final Map<Long, int[]> positions;

    private SnapshotIndex(Trace trace, Map<Long, int[]> positions) {
        this.trace = trace;
        this.positions = positions;
    }

    public static SnapshotIndex of(Trace trace) {
        Map<Long, int[]> growing = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (int p = 0; p < trace.size(); p++) {
            long id = idOf(trace.get(p));
            if (id == 0) {
                continue;
            }
            long key = key(id);
            int n = counts.merge(key, 1, Integer::sum);
            int[] at = growing.get(key);
            if (at == null) {
                at = new int[1];
            } else if (n > at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            at[n - 1] = p;
            growing.put(key, at);
        }
        growing.replaceAll((id, at) -> at.length == counts.get(id) ? at : Arrays.copyOf(at, counts.get(id)));
        return new SnapshotIndex(trace, growing);
    }

    /** Ids are 16 apart; an odd multiplier (a bijection) spreads them over the hash table. */
    private static long key(long id) {
        return id * 0x9E3779B97F4A7C15L;
    }

    private static long idOf(TraceEvent e) {
        if (e instanceof ObjectEvent.ObjectSnapshot s) {
            return s.id();
        }
        if (e instanceof ObjectEvent.ClassSnapshot c) {
            return c.id();
        }
        return 0;
    }

    public Trace trace() {
        return trace;
    }

    /** The latest description of {@code id} at or before {@code position}, or null if there is none yet. */
    public ObjectEvent at(long id, int position) {
        int[] at = positions.getOrDefault(key(id), NONE);
        int lo = 0;
        int hi = at.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : (ObjectEvent) trace.get(at[found]);
    }

    /** The object's description at {@code position} when it is a plain object (not a class), else null. */
    public ObjectEvent.ObjectSnapshot objectAt(long id, int position) {
        return at(id, position) instanceof ObjectEvent.ObjectSnapshot s ? s : null;
    }

    public ObjectEvent.ClassSnapshot classAt(long id, int position) {
        return at(id, position) instanceof ObjectEvent.ClassSnapshot c ? c : null;
    }

    /** The short text for an object at a position: its repr, a class's repr, or its address when not described yet. */
    public String valueText(long id, int position) {
        ObjectEvent e = at(id, position);
        if (e instanceof ObjectEvent.ObjectSnapshot s) {
            return s.repr();
        }
        if (e instanceof ObjectEvent.ClassSnapshot c) {
            return ClassText.repr(c);
        }
        return "0x" + Long.toHexString(id);
    }
}
