package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.ui.view.graph.SnapshotIndex;

/**
 * Which objects the names view draws at one position, and in which column: those names refer to
 * (column 1, in the order the names appear), then what their first few items or attributes refer
 * to (column 2). Bounded, so a 100,000-item list draws a handful of cards and says how many more.
 */
public record Board(List<FrameNames> frames, List<Long> column1, List<Long> column2,
                    Map<Long, List<String>> notesOn, ObjectEvent.ObjectsCompared comparison, int notDrawn) {
    /** Items or attributes drawn per object (the rest are summarized). */
    public static final int SLOTS = 8;
    /** Cards drawn at most. */
    public static final int CARDS = 40;

    public static Board of(NamesState state, SnapshotIndex index, int position) {
        List<FrameNames> frames = state.frames();
        Set<Long> first = new LinkedHashSet<>();
        Map<Long, List<String>> notes = new LinkedHashMap<>();
        for (FrameNames f : frames) {
            f.names().forEach((name, id) -> {
                first.add(id);
                notes.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
            });
        }
        ObjectEvent.ObjectsCompared cmp = state.recentComparison();
        if (cmp != null) {
            first.add(cmp.left());
            first.add(cmp.right());
        }
        Set<Long> second = new LinkedHashSet<>();
        for (long id : first) {
            ObjectEvent.ObjectSnapshot s = index.objectAt(id, position);
            if (s == null) {
                continue;
            }
            for (int i = 0; i < s.refs().size() && i < SLOTS; i++) {
                long target = s.refs().get(i).id();
                if (!first.contains(target)) {
                    second.add(target);
                }
            }
        }
        List<Long> col1 = new ArrayList<>(first);
        List<Long> col2 = new ArrayList<>(second);
        int total = col1.size() + col2.size();
        if (col1.size() > CARDS) {
            col1 = new ArrayList<>(col1.subList(0, CARDS));
        }
        int room = CARDS - col1.size();
        if (col2.size() > room) {
            col2 = new ArrayList<>(col2.subList(0, room));
        }
        return new Board(frames, List.copyOf(col1), List.copyOf(col2), notes, cmp, total - col1.size() - col2.size());
    }

    public boolean drawn(long id) {
        return column1.contains(id) || column2.contains(id);
    }
}
