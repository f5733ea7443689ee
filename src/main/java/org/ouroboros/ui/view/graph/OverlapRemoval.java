package org.ouroboros.ui.view.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves the nodes of a force-directed placement apart until no two labels overlap: the springs
 * see points, not the boxes drawn around the names, so two short edges can put "bool" on top of
 * "function". Each overlapping pair is pushed apart along the axis where it overlaps less, half
 * each way, until a pass moves nothing. Deterministic: same placement in, same placement out.
 */
final class OverlapRemoval {
    /** A node box's height in em (one line of label and its padding). */
    static final double HEIGHT = 2.4;
    /** Room kept between two boxes, in em. */
    static final double MARGIN = 0.8;
    private static final int MAX_PASSES = 60;

    private OverlapRemoval() {}

    static NodePlacement apply(ObjectGraph graph, NodePlacement placement) {
        List<Box> boxes = new ArrayList<>();
        for (GraphNode n : graph.nodes().values()) {
            double[] c = placement.centre(n.key());
            if (c != null) {
                boxes.add(new Box(n.key(), c[0], c[1], NodePlacement.estimatedWidth(n)));
            }
        }
        double widest = boxes.stream().mapToDouble(b -> b.width).max().orElse(0);
        for (int pass = 0; pass < MAX_PASSES && separate(boxes, widest); pass++) {
            // each pass settles the overlaps the previous one created
        }
        Map<String, double[]> centres = new LinkedHashMap<>(placement.centres());
        for (Box b : boxes) {
            centres.put(b.key, new double[] {b.x, b.y});
        }
        return new NodePlacement(centres);
    }

    /** One sweep over the pairs close enough in x to overlap; true when it moved a box. */
    private static boolean separate(List<Box> boxes, double widest) {
        List<Box> byX = new ArrayList<>(boxes);
        byX.sort(Comparator.comparingDouble((Box b) -> b.x).thenComparing(b -> b.key));
        boolean moved = false;
        for (int i = 0; i < byX.size(); i++) {
            Box a = byX.get(i);
            for (int j = i + 1; j < byX.size() && byX.get(j).x - a.x < widest + MARGIN; j++) {
                moved |= push(a, byX.get(j));
            }
        }
        return moved;
    }

    private static boolean push(Box a, Box b) {
        double overlapX = (a.width + b.width) / 2 + MARGIN - Math.abs(a.x - b.x);
        double overlapY = HEIGHT + MARGIN - Math.abs(a.y - b.y);
        if (overlapX <= 1e-9 || overlapY <= 1e-9) {
            return false;
        }
        if (overlapX < overlapY) {
            double dir = a.x < b.x || a.x == b.x && a.key.compareTo(b.key) < 0 ? -1 : 1;
            a.x += dir * overlapX / 2;
            b.x -= dir * overlapX / 2;
        } else {
            double dir = a.y < b.y || a.y == b.y && a.key.compareTo(b.key) < 0 ? -1 : 1;
            a.y += dir * overlapY / 2;
            b.y -= dir * overlapY / 2;
        }
        return true;
    }

    private static final class Box {
        final String key;
        double x;
        double y;
        final double width;

        Box(String key, double x, double y, double width) {
            this.key = key;
            this.x = x;
            this.y = y;
            this.width = width;
        }
    }
}
