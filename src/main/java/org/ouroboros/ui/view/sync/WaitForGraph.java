package org.ouroboros.ui.view.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ouroboros.trace.SchedEvent;

/**
 * The deadlock report's wait-for graph as nodes and arrows: each blocked thread points to the
 * primitive it waits for ("waits for"), each held primitive to its holder ("held by"). Arrows
 * and nodes on the reported cycle are marked. A primitive nobody holds (a lost notify) has no
 * outgoing arrow: nothing can ever wake its waiter.
 */
public record WaitForGraph(List<Node> nodes, List<Edge> edges, String report) {

    public enum Kind { THREAD, PRIMITIVE }

    public record Node(String key, Kind kind, String label, boolean onCycle) {}

    public record Edge(String from, String to, boolean waitsFor, boolean onCycle) {}

    public static WaitForGraph of(SchedEvent.DeadlockDetected deadlock) {
        Set<Integer> cycle = new LinkedHashSet<>(deadlock.cycle());
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (SchedEvent.WaitEdge e : deadlock.edges()) {
            String waiter = threadKey(e.waiter());
            String primitive = "p" + e.primitive();
            boolean waiterOnCycle = cycle.contains(e.waiter());
            boolean holderOnCycle = e.holder() >= 0 && cycle.contains(e.holder());
            boolean edgeOnCycle = waiterOnCycle && holderOnCycle;
            nodes.merge(waiter, new Node(waiter, Kind.THREAD, e.waiterName(), waiterOnCycle), WaitForGraph::either);
            nodes.merge(primitive, new Node(primitive, Kind.PRIMITIVE, e.primitiveLabel(), edgeOnCycle), WaitForGraph::either);
            edges.add(new Edge(waiter, primitive, true, edgeOnCycle));
            if (e.holder() >= 0) {
                String holder = threadKey(e.holder());
                nodes.merge(holder, new Node(holder, Kind.THREAD, e.holderName(), holderOnCycle), WaitForGraph::either);
                edges.add(new Edge(primitive, holder, false, edgeOnCycle));
            }
        }
        return new WaitForGraph(List.copyOf(nodes.values()), List.copyOf(edges), deadlock.report());
    }

    private static String threadKey(int id) {
        return "t" + id;
    }

    private static Node either(Node a, Node b) {
        return new Node(a.key(), a.kind(), a.label().isEmpty() ? b.label() : a.label(), a.onCycle() || b.onCycle());
    }

    public boolean hasCycle() {
        return edges.stream().anyMatch(Edge::onCycle);
    }
}
