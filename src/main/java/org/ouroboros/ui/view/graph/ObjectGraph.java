package org.ouroboros.ui.view.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ouroboros.trace.ObjectEvent;

/**
 * The nodes and edges to draw for a {@link GraphState}: classes and metaclasses with their
 * {@code __bases__} ("subclass of") and {@code type()} ("instance of") edges, instances with
 * theirs, one node per collapsed group; then the filters applied.
 */
public record ObjectGraph(Map<String, GraphNode> nodes, List<GraphEdge> edges) {
    private static final int LABEL_LIMIT = 26;

    public static ObjectGraph of(GraphState state, SnapshotIndex index, int position, GraphFilters filters) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (ObjectEvent.ClassSnapshot c : state.classes().values()) {
            String key = GraphNode.objectKey(c.id());
            nodes.put(key, new GraphNode(key, c.isMetaclass() ? GraphNode.Kind.METACLASS : GraphNode.Kind.CLASS,
                    c.id(), c.metaclass(), c.qualname(), c.builtin(), 1));
            for (int i = 0; i < c.bases().size(); i++) {
                edges.add(new GraphEdge(key, GraphNode.objectKey(c.bases().get(i)), GraphEdge.Kind.SUBCLASS_OF, i));
            }
            edges.add(new GraphEdge(key, GraphNode.objectKey(c.metaclass()), GraphEdge.Kind.INSTANCE_OF, 0));
        }
        state.instances().forEach((typeId, ids) -> {
            ObjectEvent.ClassSnapshot type = state.classes().get(typeId);
            boolean builtin = type == null || type.builtin();
            for (long id : ids) {
                String key = GraphNode.objectKey(id);
                nodes.put(key, new GraphNode(key, GraphNode.Kind.INSTANCE, id, typeId,
                        instanceLabel(index.objectAt(id, position)), builtin, 1));
                edges.add(new GraphEdge(key, GraphNode.objectKey(typeId), GraphEdge.Kind.INSTANCE_OF, 0));
            }
            int more = state.collapsed().getOrDefault(typeId, 0);
            if (more > 0) {
                String key = GraphNode.collapsedKey(typeId);
                nodes.put(key, new GraphNode(key, GraphNode.Kind.COLLAPSED, 0, typeId,
                        type == null ? "?" : type.qualname(), builtin, more));
                edges.add(new GraphEdge(key, GraphNode.objectKey(typeId), GraphEdge.Kind.INSTANCE_OF, 0));
            }
        });
        return filter(nodes, edges, state, filters);
    }

    /** An instance's text: its value when short ({@code 1}, {@code 'abc'}, {@code [1, 2]}), else "A object". */
    static String instanceLabel(ObjectEvent.ObjectSnapshot s) {
        if (s == null) {
            return "?";
        }
        String repr = s.repr();
        if (repr.startsWith("<") || repr.length() > LABEL_LIMIT) {
            if (s.shape() == ObjectEvent.Shape.FUNCTION) {
                int space = repr.indexOf(" at ");
                return space > 0 ? repr.substring(1, space) : repr;
            }
            if (repr.startsWith("<")) {
                // "<__main__.Point object at 0x7f3a000400a0>" reads as "Point …00a0": the end of its address tells instances apart.
                String hex = Long.toHexString(s.id());
                return s.typeName() + " \u2026" + hex.substring(Math.max(0, hex.length() - 4));
            }
            return repr.substring(0, LABEL_LIMIT - 1) + "\u2026";
        }
        return repr;
    }

    private static ObjectGraph filter(Map<String, GraphNode> nodes, List<GraphEdge> edges, GraphState state,
                                      GraphFilters filters) {
        Set<String> keep = new HashSet<>();
        for (GraphNode n : nodes.values()) {
            boolean instance = n.kind() == GraphNode.Kind.INSTANCE || n.kind() == GraphNode.Kind.COLLAPSED;
            if (filters.hideInstances() && instance) {
                continue;
            }
            if (filters.hideBuiltins() && n.builtin() && !isRoot(n, state)) {
                continue;
            }
            keep.add(n.key());
        }
        if (filters.focus() != null && nodes.containsKey(filters.focus())) {
            keep.retainAll(ancestry(filters.focus(), edges));
        }
        Map<String, GraphNode> keptNodes = new LinkedHashMap<>();
        nodes.forEach((key, n) -> {
            if (keep.contains(key)) {
                keptNodes.put(key, n);
            }
        });
        List<GraphEdge> keptEdges = new ArrayList<>();
        for (GraphEdge e : edges) {
            if (keep.contains(e.from()) && keep.contains(e.to())) {
                keptEdges.add(e);
            }
        }
        return new ObjectGraph(keptNodes, keptEdges);
    }

    /** {@code object} and {@code type} stay even when builtins are hidden: every arrow ends there. */
    private static boolean isRoot(GraphNode n, GraphState state) {
        if (!n.isClass()) {
            return false;
        }
        ObjectEvent.ClassSnapshot c = state.classes().get(n.id());
        return c != null && (c.qualname().equals("object") || c.qualname().equals("type"));
    }

    /** The node and everything reachable along its edges: its class, bases, their metaclasses, up to the roots. */
    private static Set<String> ancestry(String focus, List<GraphEdge> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(focus);
        while (!todo.isEmpty()) {
            String key = todo.poll();
            if (!seen.add(key)) {
                continue;
            }
            for (GraphEdge e : edges) {
                if (e.from().equals(key)) {
                    todo.add(e.to());
                }
            }
        }
        return seen;
    }

    public GraphNode node(String key) {
        return nodes.get(key);
    }
}
