package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;

/**
 * The class hierarchy drawn in layers on a canvas: a box per class, a line with an open
 * triangle from each subclass to each of its bases (UML's "is a"), numbered when a class has
 * several bases, and each class's place in the result as a badge. Sizes come from the CSS looks
 * (em), so the graph grows with the app's zoom. {@link #text}, {@link #mark} and {@link #badge}
 * say what each class's box shows.
 *
 * <p>A class's box is as wide as its widest mark ("B ✗" in bold), so marking a class moves
 * nothing: while one merge steps, the edges stay where they are, on a canvas of their own below
 * the boxes that is drawn again only when the hierarchy, the size or the looks change. (Stroking
 * curves is the costliest drawing here with software rendering.)
 */
final class HierarchyGraph extends CanvasBoard {
    /** How a class is marked at the current step: always with text and border, never colour alone. */
    enum Mark {
        PLAIN, SELF, JOINED, TAKEN_NOW, REJECTED_NOW, BLOCKED;

        /** The pseudo-class of its look ({@code taken-now} for TAKEN_NOW); null for PLAIN. */
        final String state = name().equals("PLAIN") ? null : name().toLowerCase().replace('_', '-');
    }

    /** The looks this board draws with. */
    static void addLooks(Looks looks) {
        for (Mark m : Mark.values()) {
            looks.label("mro-graph-node", m.state);
        }
        looks.label("mro-graph-badge", null).label("mro-graph-edge-index", null)
                .shape(new QuadCurve(), "mro-graph-edge").shape(new Polygon(), "mro-graph-arrow");
    }

    private final Canvas edgeLayer = new Canvas();
    /** What the edge layer shows: the placement of the classes and the line looks it was drawn with. */
    private List<Object> edgesDrawn = List.of();
    private List<Boxes.Painted> edgeTexts = List.of();
    private Hierarchy hierarchy;
    /** Each class's box width, measured for {@link #widthsLook} (a new look: measured again). */
    private final Map<String, Double> widths = new HashMap<>();
    private Looks.Look widthsLook;
    private Map<String, Mark> marks = Map.of();
    private Map<String, Integer> positions = Map.of();
    /** One canvas per layer of classes, above the edges: a step redraws only the layers whose marks or badges changed. */
    private final List<Canvas> layerCanvases = new ArrayList<>();
    /** What each layer's canvas shows, and the texts drawn on it. */
    private final List<List<Object>> layerDrawn = new ArrayList<>();
    private final List<List<Boxes.Painted>> layerTexts = new ArrayList<>();

    HierarchyGraph(Looks looks, Boxes boxes, Runnable laidOut) {
        super(looks, boxes, laidOut);
        getStyleClass().add("mro-graph");
        edgeLayer.setManaged(false);
        edgeLayer.setMouseTransparent(true);
        getChildren().add(0, edgeLayer);
    }

    /**
     * @param marks     how each class is marked (absent: plain)
     * @param positions each class's index in the result so far (absent: not in it yet)
     */
    void show(Hierarchy graph, Map<String, Mark> marks, Map<String, Integer> positions) {
        if (graph == hierarchy && marks.equals(this.marks) && positions.equals(this.positions)) {
            return;
        }
        hierarchy = graph;
        this.marks = Map.copyOf(marks);
        this.positions = Map.copyOf(positions);
        redraw();
    }

    /** The classes drawn, in the hierarchy's order (empty when none is shown). */
    List<String> classes() {
        return hierarchy == null ? List.of() : hierarchy.nodes().stream().map(Hierarchy.Node::name).toList();
    }

    /** What the class's box says: its name, with ✓ when taken now and ✗ when rejected now. */
    String text(String cls) {
        return markedName(cls, mark(cls));
    }

    Mark mark(String cls) {
        return marks.getOrDefault(cls, Mark.PLAIN);
    }

    /** The class's place in the result so far (its badge), or null when it has none yet. */
    Integer badge(String cls) {
        return positions.get(cls);
    }

    private static String markedName(String name, Mark mark) {
        return switch (mark) {
            case TAKEN_NOW -> name + " \u2713";
            case REJECTED_NOW -> name + " \u2717";
            default -> name;
        };
    }

    // ---- layout ----

    private double em() {
        return looks.look("mro-graph-node", null).font().getSize();
    }

    /** At least each class's CSS minimum height, which fits every mark's border: a mark does not move the rows. */
    private double rowHeight() {
        double row = 0;
        for (Mark m : Mark.values()) {
            row = Math.max(row, boxes.height(looks.look("mro-graph-node", m.state), 1));
        }
        return row;
    }

    /** The widest the class's box is in any mark: the same for every step. */
    private double boxWidth(String cls) {
        Looks.Look plain = looks.look("mro-graph-node", null);
        if (plain != widthsLook) {
            widths.clear();
            widthsLook = plain;
        }
        return widths.computeIfAbsent(cls, c -> {
            double w = 0;
            for (Mark m : Mark.values()) {
                w = Math.max(w, boxes.width(looks.look("mro-graph-node", m.state), markedName(c, m)));
            }
            return w;
        });
    }

    private double layerWidth(int layer) {
        double w = 0;
        int count = 0;
        for (Hierarchy.Node n : hierarchy.nodes()) {
            if (n.layer() == layer) {
                w += boxWidth(n.name());
                count++;
            }
        }
        return w + Math.max(0, count - 1) * em() * 2.0;
    }

    @Override
    protected double[] measure() {
        if (hierarchy == null) {
            return new double[] {0, 0};
        }
        double w = 0;
        for (int l = 0; l < hierarchy.layerCount(); l++) {
            w = Math.max(w, layerWidth(l));
        }
        int layers = hierarchy.layerCount();
        double h = layers * rowHeight() + Math.max(0, layers - 1) * em() * 2.8 + em() * 0.6;
        return new double[] {Math.ceil(w + em()), Math.ceil(h)};
    }

    /** Each class's box: {x, y, w, h}, its layer centred in the width. */
    private Map<String, double[]> place(double width) {
        Map<String, double[]> at = new LinkedHashMap<>();
        double row = rowHeight();
        double em = em();
        for (int l = 0; l < hierarchy.layerCount(); l++) {
            double x = Math.max(0, (width - layerWidth(l)) / 2);
            double y = em * 0.6 + l * (row + em * 2.8);
            for (Hierarchy.Node n : hierarchy.nodes()) {
                if (n.layer() == l) {
                    double w = boxWidth(n.name());
                    at.put(n.name(), new double[] {Math.round(x), Math.round(y), w, row});
                    x += w + em * 2.0;
                }
            }
        }
        return at;
    }

    /**
     * The classes layer by layer, each layer on a canvas of its own: a merge step changes the marks
     * and badges of a class or two, and only their layers are drawn (and painted on screen) again.
     */
    @Override
    protected List<Boxes.Painted> draw(double width, double height, double scale) {
        List<Boxes.Painted> painted = none();
        if (hierarchy == null || width <= 0 || height <= 0) {
            if (!edgesDrawn.isEmpty()) {
                GraphicsContext edges = edgeLayer.getGraphicsContext2D();
                edges.setTransform(1, 0, 0, 1, 0, 0);
                edges.clearRect(0, 0, edgeLayer.getWidth(), edgeLayer.getHeight());
                edgesDrawn = List.of();
                edgeTexts = List.of();
            }
            keepLayers(0);
            return painted;
        }
        Map<String, double[]> at = place(width);
        paintEdges(at, width, height, painted);
        double margin = Math.ceil(em() * 0.5);
        Looks.Look badge = looks.look("mro-graph-badge", null);
        for (int l = 0; l < hierarchy.layerCount(); l++) {
            List<Hierarchy.Node> nodes = new ArrayList<>();
            for (Hierarchy.Node n : hierarchy.nodes()) {
                if (n.layer() == l) {
                    nodes.add(n);
                }
            }
            double top = nodes.isEmpty() ? 0 : at.get(nodes.get(0).name())[1] - margin;
            double bottom = nodes.isEmpty() ? 0 : at.get(nodes.get(0).name())[1] + rowHeight() + margin;
            List<Object> key = new ArrayList<>();
            key.add(width);
            key.add(top);
            key.add(bottom);
            key.add(scale);
            key.add(badge);
            for (Hierarchy.Node n : nodes) {
                key.add(n.name());
                key.add(java.util.Arrays.toString(at.get(n.name())));
                key.add(looks.look("mro-graph-node", mark(n.name()).state));
                key.add(positions.get(n.name()));
            }
            if (l < layerDrawn.size() && key.equals(layerDrawn.get(l))) {
                painted.addAll(layerTexts.get(l));
                continue;
            }
            if (l == layerCanvases.size()) {
                Canvas canvas = new Canvas();
                canvas.setManaged(false);
                canvas.setMouseTransparent(true);
                layerCanvases.add(canvas);
                layerDrawn.add(List.of());
                layerTexts.add(List.of());
                getChildren().add(canvas);
            }
            Canvas canvas = layerCanvases.get(l);
            canvas.relocate(snappedLeftInset(), snappedTopInset() + top);
            if (canvas.getWidth() != width * scale || canvas.getHeight() != (bottom - top) * scale) {
                resize(canvas, width, bottom - top, scale);
            }
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.setTransform(scale, 0, 0, scale, 0, -top * scale);
            List<Boxes.Painted> texts = paintLayer(g, nodes, at, badge);
            layerDrawn.set(l, key);
            layerTexts.set(l, List.copyOf(texts));
            painted.addAll(texts);
        }
        keepLayers(hierarchy.layerCount());
        return painted;
    }

    /** The classes of one layer with their marks, then their badges (the place in the result so far). */
    private List<Boxes.Painted> paintLayer(GraphicsContext g, List<Hierarchy.Node> nodes, Map<String, double[]> at,
            Looks.Look badge) {
        List<Boxes.Painted> painted = none();
        for (Hierarchy.Node n : nodes) {
            double[] box = at.get(n.name());
            painted.addAll(boxes.paint(g, looks.look("mro-graph-node", mark(n.name()).state), text(n.name()), true,
                    box[0], box[1], box[2], box[3]));
        }
        for (Hierarchy.Node n : nodes) {
            Integer place = positions.get(n.name());
            if (place == null) {
                continue;
            }
            double[] box = at.get(n.name());
            String text = String.valueOf(place);
            double bw = boxes.width(badge, text);
            double bh = boxes.height(badge, 1);
            painted.addAll(boxes.paint(g, badge, text, true, Math.round(box[0] + box[2] - bw * 0.35),
                    Math.round(box[1] + (box[3] - bh) / 2), bw, bh));
        }
        return painted;
    }

    /** Removes the canvases of layers from {@code count} on (a smaller hierarchy is shown). */
    private void keepLayers(int count) {
        while (layerCanvases.size() > count) {
            int last = layerCanvases.size() - 1;
            getChildren().remove(layerCanvases.remove(last));
            layerDrawn.remove(last);
            layerTexts.remove(last);
        }
    }

    /** Not used: {@link #draw} draws each layer on its own canvas. */
    @Override
    protected List<Boxes.Painted> paint(GraphicsContext g, double width, double height) {
        return none();
    }

    /** Draws the edge layer again when the classes moved or the line looks changed; keeps it otherwise. */
    private void paintEdges(Map<String, double[]> at, double width, double height, List<Boxes.Painted> painted) {
        Looks.Look index = looks.look("mro-graph-edge-index", null);
        List<Object> key = new ArrayList<>();
        key.add(hierarchy);
        key.add(pixelScale());
        key.add(width);
        key.add(height);
        at.values().forEach(box -> key.add(java.util.Arrays.toString(box)));
        key.add(looks.line("mro-graph-edge"));
        key.add(looks.line("mro-graph-arrow"));
        key.add(index.font());
        key.add(index.text());
        if (key.equals(edgesDrawn)) {
            painted.addAll(edgeTexts);
            return;
        }
        edgesDrawn = key;
        double scale = pixelScale();
        resize(edgeLayer, width, height, scale);
        edgeLayer.relocate(snappedLeftInset(), snappedTopInset());
        GraphicsContext g = edgeLayer.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, edgeLayer.getWidth(), edgeLayer.getHeight());
        g.setTransform(scale, 0, 0, scale, 0, 0);
        Map<String, Integer> basesOf = new HashMap<>();
        for (Hierarchy.Edge e : hierarchy.edges()) {
            basesOf.merge(e.child(), 1, Integer::sum);
        }
        List<Boxes.Painted> texts = new ArrayList<>();
        for (Hierarchy.Edge e : hierarchy.edges()) {
            paintEdge(g, e, at, basesOf.get(e.child()) > 1, texts);
        }
        edgeTexts = List.copyOf(texts);
        painted.addAll(edgeTexts);
    }

    /**
     * From the bottom centre of the subclass to the top centre of the base, triangle at the base.
     * An edge that skips layers bends sideways so it does not run through the classes between.
     */
    private void paintEdge(GraphicsContext g, Hierarchy.Edge e, Map<String, double[]> at, boolean numbered,
            List<Boxes.Painted> painted) {
        double[] c = at.get(e.child());
        double[] b = at.get(e.base());
        if (c == null || b == null) {
            return;
        }
        double em = em();
        double x1 = c[0] + c[2] / 2;
        double y1 = c[1] + c[3];
        double x2 = b[0] + b[2] / 2;
        double y2 = b[1];
        double size = em * 0.7;
        int span = hierarchy.node(e.base()).layer() - hierarchy.node(e.child()).layer();
        double cx = (x1 + x2) / 2;
        double cy = (y1 + y2) / 2;
        if (span > 1) {
            double side = Math.abs(x2 - x1) > 1 ? Math.signum(x2 - x1) : (e.index() == 0 ? -1 : 1);
            cx += side * em * 5 * (span - 1);
        }
        // Direction into the base: from the control point to the end.
        double len = Math.hypot(x2 - cx, y2 - cy);
        double ux = len == 0 ? 0 : (x2 - cx) / len;
        double uy = len == 0 ? 1 : (y2 - cy) / len;
        // The line stops at the triangle's base so the open triangle stays open.
        double bx = x2 - ux * size;
        double by = y2 - uy * size;
        Looks.Line edge = looks.line("mro-graph-edge");
        g.setStroke(edge.stroke());
        g.setLineWidth(edge.width());
        g.beginPath();
        g.moveTo(x1, y1);
        g.quadraticCurveTo(cx, cy, bx, by);
        g.stroke();
        double px = -uy * size * 0.6;
        double py = ux * size * 0.6;
        Looks.Line arrow = looks.line("mro-graph-arrow");
        double[] xs = {x2, bx + px, bx - px};
        double[] ys = {y2, by + py, by - py};
        g.setFill(Boxes.orTransparent(arrow.fill()));
        g.fillPolygon(xs, ys, 3);
        g.setStroke(arrow.stroke());
        g.setLineWidth(arrow.width());
        g.strokePolygon(xs, ys, 3);
        if (!numbered) {
            return;
        }
        double lx = cx - x1;
        double ly = cy - y1;
        double llen = Math.hypot(lx, ly);
        ux = llen == 0 ? 0 : lx / llen;
        uy = llen == 0 ? 1 : ly / llen;
        Looks.Look index = looks.look("mro-graph-edge-index", null);
        String text = String.valueOf(e.index() + 1);
        double iw = boxes.width(index, text);
        double ih = boxes.height(index, 1);
        painted.addAll(boxes.paint(g, index, text, true, x1 + ux * size * 1.6 - iw / 2 + (ux >= 0 ? iw * 0.6 : -iw * 0.6),
                y1 + uy * size * 1.6 - ih / 2, iw, ih));
    }

    @Override
    protected String describe() {
        if (hierarchy == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Hierarchy.Node n : hierarchy.nodes()) {
            Integer place = positions.get(n.name());
            parts.add(text(n.name()) + (place == null ? "" : " (" + place + ")"));
        }
        for (Hierarchy.Edge e : hierarchy.edges()) {
            parts.add(e.child() + " \u2192 " + e.base());
        }
        return String.join(", ", parts);
    }
}
