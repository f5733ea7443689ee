package org.ouroboros.ui.view.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;

/**
 * A force-directed placement by GraphStream's {@link SpringBox}: the graph is copied into a
 * GraphStream {@link MultiGraph}, nodes start where the {@link LayeredLayout} puts them (and a fixed
 * random seed), so the result is the same every time for the same graph; then labels that
 * overlap are moved apart ({@link OverlapRemoval}).
 */
public final class ForceLayout {
    /** GraphStream units per em: its springs like lengths near 1. */
    private static final double EM_PER_UNIT = 12.0;
    private static final int MAX_STEPS = 400;

    private ForceLayout() {}

    public static NodePlacement place(ObjectGraph graph) {
        if (graph.nodes().isEmpty()) {
            return NodePlacement.EMPTY;
        }
        NodePlacement start = LayeredLayout.place(graph);
        Graph gs = new MultiGraph("objects", false, true);
        SpringBox layout = new SpringBox(false, new Random(20_251_126L));
        gs.addSink(layout);
        layout.addAttributeSink(gs);
        for (GraphNode n : graph.nodes().values()) {
            gs.addNode(n.key());
        }
        int e = 0;
        for (GraphEdge edge : graph.edges()) {
            if (!edge.isLoop()) {
                gs.addEdge("e" + e++, edge.from(), edge.to(), true);
            }
        }
        for (GraphNode n : graph.nodes().values()) {
            double[] c = start.centre(n.key());
            layout.moveNode(n.key(), c[0] / EM_PER_UNIT, -c[1] / EM_PER_UNIT, 0);
        }
        int steps = graph.nodes().size() > 300 ? MAX_STEPS / 8 : MAX_STEPS;
        for (int i = 0; i < steps && layout.getStabilization() < 0.95; i++) {
            layout.compute();
        }
        Map<String, double[]> centres = new LinkedHashMap<>();
        for (GraphNode n : graph.nodes().values()) {
            Node node = gs.getNode(n.key());
            double[] xyz = GraphPosLengthUtils.nodePosition(node);
            double[] c = xyz == null ? start.centre(n.key()) : new double[] {xyz[0] * EM_PER_UNIT, -xyz[1] * EM_PER_UNIT};
            centres.put(n.key(), c);
        }
        gs.clear();
        return OverlapRemoval.apply(graph, new NodePlacement(centres));
    }
}
