package org.ouroboros.ui.view.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metaclasses on the top row, classes below them one row per inheritance depth ({@code object}
 * first), instances at the bottom grouped under their classes. Within a row, a class sits near
 * the mean position of its bases, so inheritance arrows stay short and rarely cross.
 */
public final class LayeredLayout {
    static final double ROW_GAP = 5.2;
    static final double COLUMN_GAP = 1.6;
    static final int INSTANCES_PER_ROW = 8;
    static final int CLASSES_PER_LINE = 7;

    private LayeredLayout() {}

    public static NodePlacement place(ObjectGraph graph) {
        Map<String, Integer> rows = new HashMap<>();
        Map<String, List<String>> bases = new HashMap<>();
        for (GraphEdge e : graph.edges()) {
            if (e.kind() == GraphEdge.Kind.SUBCLASS_OF) {
                bases.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            }
        }
        int lastClassRow = 0;
        for (GraphNode n : graph.nodes().values()) {
            if (n.kind() == GraphNode.Kind.METACLASS) {
                rows.put(n.key(), 0);
            } else if (n.kind() == GraphNode.Kind.CLASS) {
                int row = 1 + depth(n.key(), graph, bases, new HashMap<>(), 0);
                rows.put(n.key(), row);
                lastClassRow = Math.max(lastClassRow, row);
            }
        }
        Map<String, double[]> centres = new LinkedHashMap<>();
        double y = 0;
        for (int row = 0; row <= lastClassRow; row++) {
            List<GraphNode> inRow = new ArrayList<>();
            for (GraphNode n : graph.nodes().values()) {
                if (rows.getOrDefault(n.key(), -1) == row) {
                    inRow.add(n);
                }
            }
            List<Double> wish = new ArrayList<>();
            for (GraphNode n : inRow) {
                wish.add(meanX(bases.getOrDefault(n.key(), List.of()), centres, inRow.indexOf(n) * 100.0));
            }
            List<GraphNode> ordered = new ArrayList<>(inRow);
            ordered.sort(Comparator.comparingDouble(n -> wish.get(inRow.indexOf(n))));
            // A wide row wraps onto extra lines a little lower, so the graph stays legible when fitted.
            for (int i = 0; i < ordered.size(); i += CLASSES_PER_LINE) {
                placeRow(ordered.subList(i, Math.min(ordered.size(), i + CLASSES_PER_LINE)), y, centres);
                y += i + CLASSES_PER_LINE < ordered.size() ? ROW_GAP * 0.5 : 0;
            }
            y += inRow.isEmpty() ? 0 : ROW_GAP;
        }
        placeInstances(graph, y, centres);
        return new NodePlacement(centres);
    }

    /** Inheritance depth among plain classes: {@code object} is 0; metaclass bases do not count. */
    private static int depth(String key, ObjectGraph graph, Map<String, List<String>> bases, Map<String, Integer> memo,
                             int guard) {
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        int d = 0;
        if (guard < 64) {
            for (String b : bases.getOrDefault(key, List.of())) {
                GraphNode base = graph.node(b);
                if (base != null && base.kind() == GraphNode.Kind.CLASS) {
                    d = Math.max(d, 1 + depth(b, graph, bases, memo, guard + 1));
                }
            }
        }
        memo.put(key, d);
        return d;
    }

    private static double meanX(List<String> keys, Map<String, double[]> placed, double fallback) {
        double sum = 0;
        int n = 0;
        for (String k : keys) {
            double[] c = placed.get(k);
            if (c != null) {
                sum += c[0];
                n++;
            }
        }
        return n == 0 ? fallback : sum / n;
    }

    private static void placeRow(List<GraphNode> nodes, double y, Map<String, double[]> centres) {
        double total = 0;
        for (GraphNode n : nodes) {
            total += NodePlacement.estimatedWidth(n) + COLUMN_GAP;
        }
        double x = -total / 2;
        for (GraphNode n : nodes) {
            double w = NodePlacement.estimatedWidth(n);
            centres.put(n.key(), new double[] {x + w / 2, y});
            x += w + COLUMN_GAP;
        }
    }

    /** Instances in rows of a few, each class's instances together, classes in the order of their x. */
    private static void placeInstances(ObjectGraph graph, double top, Map<String, double[]> centres) {
        Map<String, List<GraphNode>> byClass = new LinkedHashMap<>();
        for (GraphNode n : graph.nodes().values()) {
            if (n.kind() == GraphNode.Kind.INSTANCE || n.kind() == GraphNode.Kind.COLLAPSED) {
                byClass.computeIfAbsent(GraphNode.objectKey(n.typeId()), k -> new ArrayList<>()).add(n);
            }
        }
        List<String> classes = new ArrayList<>(byClass.keySet());
        classes.sort(Comparator.comparingDouble(k -> centres.getOrDefault(k, new double[] {0, 0})[0]));
        List<GraphNode> all = new ArrayList<>();
        classes.forEach(k -> all.addAll(byClass.get(k)));
        for (int i = 0; i < all.size(); i += INSTANCES_PER_ROW) {
            int row = i / INSTANCES_PER_ROW;
            placeRow(all.subList(i, Math.min(all.size(), i + INSTANCES_PER_ROW)), top + row * ROW_GAP * 0.6,
                    centres);
        }
    }
}
