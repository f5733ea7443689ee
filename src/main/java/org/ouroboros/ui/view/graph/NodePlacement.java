package org.ouroboros.ui.view.graph;

import java.util.Collections;
import java.util.Map;

/**
 * Where each node's centre goes, in em (the canvas multiplies by its font size, so spacing grows
 * with presentation type). Computed once per trace for every node the trace ever shows, so nodes
 * never move while the player steps.
 */
public record NodePlacement(Map<String, double[]> centres) {
    public static final NodePlacement EMPTY = new NodePlacement(Map.of());

    public NodePlacement {
        centres = Collections.unmodifiableMap(centres);
    }

    public double[] centre(String key) {
        return centres.get(key);
    }

    /** The width a node's label needs, in em, before it is measured (layouts plan with this). */
    static double estimatedWidth(GraphNode n) {
        int chars = n.kind() == GraphNode.Kind.COLLAPSED ? n.label().length() + 10 : n.label().length();
        // A metaclass's hexagon has wide points and its name guillemets.
        double extra = n.kind() == GraphNode.Kind.METACLASS ? 4.2 : 0;
        return 0.62 * chars + 2.6 + extra;
    }
}
