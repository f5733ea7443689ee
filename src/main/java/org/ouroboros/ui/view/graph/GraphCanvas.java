package org.ouroboros.ui.view.graph;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * Draws an {@link ObjectGraph} at fixed {@link NodePlacement} positions (in em). Nodes and edges
 * are kept by key between steps, so stepping only adds, removes or relabels, and a layout pass
 * measures only new or changed nodes and re-routes only the edges that touch them. Scroll zooms around
 * the pointer, dragging the background pans, {@link #fit} shows everything the trace will show.
 */
final class GraphCanvas extends Region {
    private static final double MIN_SCALE = 0.2;
    private static final double MAX_SCALE = 4;

    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, NodeLabel> labels = new HashMap<>();
    private final Map<String, EdgeShape> edges = new HashMap<>();
    /** Labels new or restyled since the last layout (only they are measured and placed again). */
    private final Set<NodeLabel> unplaced = new LinkedHashSet<>();
    /** Edges not routed yet; the others are re-routed only when an end moves. */
    private final Set<EdgeShape> unrouted = new LinkedHashSet<>();
    private double laidOutEm = -1;
    private NodePlacement placement = NodePlacement.EMPTY;
    private ObjectGraph graph = new ObjectGraph(Map.of(), java.util.List.of());
    private Consumer<GraphNode> onSelect = n -> { };
    private double dragX;
    private double dragY;
    private boolean fitPending = true;

    GraphCanvas() {
        getStyleClass().add("graph-canvas");
        world.setAutoSizeChildren(false);
        world.getTransforms().add(scale);
        world.getChildren().addAll(edgeLayer, nodeLayer);
        getChildren().add(world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(Math.pow(1.1, e.getDeltaY() / 40), e.getX(), e.getY());
                e.consume();
            }
        });
        setOnMousePressed(e -> {
            dragX = e.getX() - world.getTranslateX();
            dragY = e.getY() - world.getTranslateY();
            requestFocus();
        });
        setOnMouseDragged(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                world.setTranslateX(e.getX() - dragX);
                world.setTranslateY(e.getY() - dragY);
            }
        });
        setMinSize(0, 0);
    }

    void setOnSelect(Consumer<GraphNode> action) {
        onSelect = action;
    }

    /** New positions (a new trace or layout): the next layout pass fits the whole graph. */
    void setPlacement(NodePlacement p) {
        placement = p;
        unplaced.addAll(labels.values());
        fitPending = true;
        requestLayout();
    }

    void show(ObjectGraph g, String selected, LocalizedMessages words, Locale locale) {
        graph = g;
        Set<String> keep = new HashSet<>(g.nodes().keySet());
        List<javafx.scene.Node> removedLabels = new ArrayList<>();
        labels.keySet().removeIf(key -> {
            if (!keep.contains(key)) {
                removedLabels.add(labels.get(key));
                unplaced.remove(labels.get(key));
                return true;
            }
            return false;
        });
        List<javafx.scene.Node> addedLabels = new ArrayList<>();
        for (GraphNode n : g.nodes().values()) {
            NodeLabel label = labels.get(n.key());
            if (label == null) {
                label = new NodeLabel(n);
                NodeLabel clicked = label;
                label.setOnMouseClicked(e -> onSelect.accept(clicked.node()));
                labels.put(n.key(), label);
                addedLabels.add(label);
            }
            if (label.update(n, words, locale, n.key().equals(selected)) || addedLabels.contains(label)) {
                unplaced.add(label);
            }
        }
        // One change per layer, not one per node: each change re-measures the layer.
        nodeLayer.getChildren().removeAll(removedLabels);
        nodeLayer.getChildren().addAll(addedLabels);
        Set<String> edgeKeys = new HashSet<>();
        List<javafx.scene.Node> addedEdges = new ArrayList<>();
        for (GraphEdge e : g.edges()) {
            edgeKeys.add(e.key());
            edges.computeIfAbsent(e.key(), k -> {
                EdgeShape shape = new EdgeShape(e);
                addedEdges.add(shape);
                unrouted.add(shape);
                return shape;
            });
        }
        List<javafx.scene.Node> removedEdges = new ArrayList<>();
        edges.keySet().removeIf(key -> {
            if (!edgeKeys.contains(key)) {
                removedEdges.add(edges.get(key));
                unrouted.remove(edges.get(key));
                return true;
            }
            return false;
        });
        edgeLayer.getChildren().removeAll(removedEdges);
        edgeLayer.getChildren().addAll(addedEdges);
        if (!unplaced.isEmpty() || !unrouted.isEmpty() || !removedLabels.isEmpty() || !removedEdges.isEmpty()) {
            requestLayout();
        }
    }

    /** The drawn node for a key (tests and the inspector's highlight), or null when not shown. */
    NodeLabel label(String key) {
        return labels.get(key);
    }

    EdgeShape edge(String key) {
        return edges.get(key);
    }

    double zoom() {
        return scale.getX();
    }

    private double em() {
        NodeLabel any = labels.values().stream().findFirst().orElse(null);
        return any == null ? 14 : any.getFont().getSize();
    }

    @Override
    protected void layoutChildren() {
        // Styles first: the type size (em) comes from a styled label.
        unplaced.forEach(NodeLabel::applyCss);
        double em = em();
        if (em != laidOutEm) {
            // New type size: every node's size and place change.
            laidOutEm = em;
            unplaced.addAll(labels.values());
        }
        Set<String> moved = new HashSet<>();
        for (NodeLabel label : unplaced) {
            if (label.getParent() == null) {
                continue;
            }
            double[] c = placement.centre(label.node().key());
            if (c == null) {
                c = new double[] {0, 0};
            }
            double w = label.prefWidth(-1);
            double h = label.prefHeight(-1);
            label.resizeRelocate(c[0] * em - w / 2, c[1] * em - h / 2, w, h);
            moved.add(label.node().key());
        }
        unplaced.clear();
        for (EdgeShape shape : edges.values()) {
            boolean stale = unrouted.contains(shape) || moved.contains(shape.edge().from()) || moved.contains(shape.edge().to());
            NodeLabel from = labels.get(shape.edge().from());
            NodeLabel to = labels.get(shape.edge().to());
            if (stale && from != null && to != null) {
                shape.route(from.getBoundsInParent(), to.getBoundsInParent(), em);
                unrouted.remove(shape);
            }
        }
        if (fitPending && getWidth() > 0 && getHeight() > 0 && !labels.isEmpty()) {
            fitPending = false;
            fit();
        }
    }

    /** Zooms and pans so every node the trace will ever show fits (Ctrl+0). */
    void fit() {
        double em = em();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] c : placement.centres().values()) {
            minX = Math.min(minX, c[0] * em - 9 * em);
            maxX = Math.max(maxX, c[0] * em + 9 * em);
            minY = Math.min(minY, c[1] * em - 3 * em);
            maxY = Math.max(maxY, c[1] * em + 2 * em);
        }
        if (minX > maxX || getWidth() <= 0) {
            scale.setX(1);
            scale.setY(1);
            world.setTranslateX(0);
            world.setTranslateY(0);
            return;
        }
        double s = Math.min(getWidth() / (maxX - minX), getHeight() / (maxY - minY));
        // Never so small that labels become unreadable; in presentation mode not below full size.
        double floor = getScene() != null && getScene().getRoot().getStyleClass().contains("presentation") ? 0.9 : 0.45;
        s = Math.max(floor, Math.min(1.25, s));
        scale.setX(s);
        scale.setY(s);
        world.setTranslateX(getWidth() / 2 - (minX + maxX) / 2 * s);
        boolean tall = s * (maxY - minY) > getHeight();
        world.setTranslateY(tall ? -minY * s : getHeight() / 2 - (minY + maxY) / 2 * s);
    }

    /**
     * Zooms and pans so the whole graph drawn now fits, however small that makes it: a picture of
     * everything (export), where {@link #fit} keeps labels readable and lets a big graph overflow.
     * Uses the drawn extents (labels and routed edges), so call it after a layout pass, and the
     * place of every node the trace will show, so pictures of several steps share one framing.
     */
    void fitAll() {
        Bounds drawn = world.getBoundsInLocal();
        if (drawn.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            fit();
            return;
        }
        double em = em();
        double minX = drawn.getMinX();
        double minY = drawn.getMinY();
        double maxX = drawn.getMaxX();
        double maxY = drawn.getMaxY();
        for (double[] c : placement.centres().values()) {
            // A node gone by the end of the trace still has a place; half a short label around it.
            minX = Math.min(minX, (c[0] - 4) * em);
            maxX = Math.max(maxX, (c[0] + 4) * em);
            minY = Math.min(minY, (c[1] - 1) * em);
            maxY = Math.max(maxY, (c[1] + 1) * em);
        }
        double s = Math.min((getWidth() - 2 * em) / (maxX - minX), (getHeight() - 2 * em) / (maxY - minY));
        s = Math.max(0.01, Math.min(1.25, s));
        scale.setX(s);
        scale.setY(s);
        world.setTranslateX(getWidth() / 2 - (minX + maxX) / 2 * s);
        world.setTranslateY(getHeight() / 2 - (minY + maxY) / 2 * s);
    }

    void zoomAt(double factor, double x, double y) {
        double old = scale.getX();
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, old * factor));
        double k = s / old;
        world.setTranslateX(x - (x - world.getTranslateX()) * k);
        world.setTranslateY(y - (y - world.getTranslateY()) * k);
        scale.setX(s);
        scale.setY(s);
    }

    Bounds worldBounds() {
        return world.getBoundsInParent();
    }
}
