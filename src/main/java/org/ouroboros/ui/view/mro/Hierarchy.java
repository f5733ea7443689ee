package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.MroEvent;

/**
 * A class and its ancestors as a graph laid out in layers: the class on top, each base below
 * every class that lists it (longest path), so a diamond shows as a diamond. Within a layer,
 * classes keep the order of {@code preferred} (the C3 result when there is one).
 */
public final class Hierarchy {
    /** A class placed at {@code layer} (0 on top) and {@code column} within its layer. */
    public record Node(String name, int layer, int column) {}

    /** {@code child} lists {@code base} as its {@code index}-th base. */
    public record Edge(String child, String base, int index) {}

    private final Map<String, Node> nodes;
    private final List<Edge> edges;
    private final int layers;

    private Hierarchy(Map<String, Node> nodes, List<Edge> edges, int layers) {
        this.nodes = nodes;
        this.edges = edges;
        this.layers = layers;
    }

    /** The hierarchy from a {@link MroEvent.ClassicOrder} event, which lists every class's bases. */
    public static Hierarchy of(MroEvent.ClassicOrder classic, List<String> preferred) {
        Map<String, List<String>> bases = new LinkedHashMap<>();
        for (int i = 0; i < classic.order().size(); i++) {
            bases.putIfAbsent(classic.order().get(i), classic.bases().get(i));
        }
        return of(classic.cls(), bases, preferred);
    }

    /** @param bases each class's direct bases, the top class first */
    public static Hierarchy of(String top, Map<String, List<String>> bases, List<String> preferred) {
        Map<String, Integer> layer = new LinkedHashMap<>();
        layer.put(top, 0);
        // Longest path from the top: relax until stable (hierarchies are acyclic and small).
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, List<String>> e : bases.entrySet()) {
                Integer l = layer.get(e.getKey());
                if (l == null) {
                    continue;
                }
                for (String b : e.getValue()) {
                    // Two classes may share a name; a loop of names must not loop the layout.
                    if (b.equals(e.getKey()) || l + 1 > bases.size()) {
                        continue;
                    }
                    Integer old = layer.get(b);
                    if (old == null || old < l + 1) {
                        layer.put(b, l + 1);
                        changed = true;
                    }
                }
            }
        }
        int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<String> names = new ArrayList<>(layer.keySet());
        names.sort((a, b) -> Integer.compare(rank(preferred, names, a), rank(preferred, names, b)));
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<Integer, Integer> nextColumn = new HashMap<>();
        for (String n : names) {
            int l = layer.get(n);
            int column = nextColumn.merge(l, 1, Integer::sum) - 1;
            nodes.put(n, new Node(n, l, column));
        }
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : bases.entrySet()) {
            if (!nodes.containsKey(e.getKey())) {
                continue;
            }
            for (int i = 0; i < e.getValue().size(); i++) {
                if (e.getValue().get(i).equals(e.getKey())) {
                    continue;
                }
                edges.add(new Edge(e.getKey(), e.getValue().get(i), i));
            }
        }
        return new Hierarchy(nodes, edges, layers);
    }

    private static int rank(List<String> preferred, List<String> fallback, String name) {
        int i = preferred.indexOf(name);
        return i >= 0 ? i : preferred.size() + fallback.indexOf(name);
    }

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public Node node(String name) {
        return nodes.get(name);
    }

    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    public int layerCount() {
        return layers;
    }

    /** True when {@code sub} reaches {@code base} by following bases (a class is not its own subclass here). */
    public boolean isProperSubclass(String sub, String base) {
        if (sub.equals(base)) {
            return false;
        }
        List<String> todo = new ArrayList<>(List.of(sub));
        List<String> seen = new ArrayList<>();
        while (!todo.isEmpty()) {
            String c = todo.remove(todo.size() - 1);
            if (seen.contains(c)) {
                continue;
            }
            seen.add(c);
            for (Edge e : edges) {
                if (e.child().equals(c)) {
                    if (e.base().equals(base)) {
                        return true;
                    }
                    todo.add(e.base());
                }
            }
        }
        return false;
    }
}
