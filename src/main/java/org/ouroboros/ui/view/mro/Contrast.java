package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;

/**
 * C3 beside the depth-first, left-to-right order of Python 2's classic classes: the positions
 * where they differ, and the first place the depth-first order puts a class before one of its
 * own subclasses (the flaw C3 fixes). Both orders come from the trace.
 *
 * @param c3        the C3 result (empty when the merge failed)
 * @param classic   the depth-first order
 * @param differing positions where the two lists hold different classes
 * @param early     a class the depth-first order reaches too early, or null
 * @param subclass  a subclass of {@code early} that it reaches only later, or null
 */
public record Contrast(List<String> c3, List<String> classic, List<Integer> differing, String early,
                       String subclass) {
    public Contrast {
        c3 = List.copyOf(c3);
        classic = List.copyOf(classic);
        differing = List.copyOf(differing);
    }

    public static Contrast of(List<String> c3, List<String> classic, Hierarchy hierarchy) {
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < Math.max(c3.size(), classic.size()); i++) {
            if (i >= c3.size() || i >= classic.size() || !c3.get(i).equals(classic.get(i))) {
                differing.add(i);
            }
        }
        for (int i = 0; i < classic.size(); i++) {
            for (int j = i + 1; j < classic.size(); j++) {
                if (hierarchy.isProperSubclass(classic.get(j), classic.get(i))) {
                    return new Contrast(c3, classic, differing, classic.get(i), classic.get(j));
                }
            }
        }
        return new Contrast(c3, classic, differing, null, null);
    }

    public boolean same() {
        return differing.isEmpty();
    }
}
