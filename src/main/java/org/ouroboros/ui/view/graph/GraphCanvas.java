package org.ouroboros.ui.view.graph;

import java.util.HashMap;
import java.util.HashSet;
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
 * are kept by key between steps, so stepping only adds, removes or relabels. Scroll zooms around
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
        fitPending = true;
        requestLayout();
    }

    void show(ObjectGraph g, String selected, LocalizedMessages words, Locale locale) {
        graph = g;
        Set<String> keep = new HashSet<>(g.nodes().keySet());
        labels.keySet().removeIf(key -> {
            if (!keep.contains(key)) {
                nodeLayer.getChildren().remove(labels.get(key));
                return true;
            }
            return false;
        });
        for (GraphNode n : g.nodes().values()) {
            NodeLabel label = labels.get(n.key());
            if (label == null) {
                label = new NodeLabel(n);
                NodeLabel clicked = label;
                label.setOnMouseClicked(e -> onSelect.accept(clicked.node()));
                labels.put(n.key(), label);
                nodeLayer.getChildren().add(label);
            }
            label.update(n, words, locale, n.key().equals(selected));
        }
        Set<String> edgeKeys = new HashSet<>();
        for (GraphEdge e : g.edges()) {
            edgeKeys.add(e.key());
            edges.computeIfAbsent(e.key(), k -> {
                EdgeShape shape = new EdgeShape(e);
                edgeLayer.getChildren().add(shape);
                return shape;
            });
        }
        edges.keySet().removeIf(key -> {
            if (!edgeKeys.contains(key)) {
                edgeLayer.getChildren().remove(edges.get(key));
                return true;
            }
            return false;
        });
        requestLayout();
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
        double em = em();
        for (NodeLabel label : labels.values()) {
            label.applyCss();
            double[] c = placement.centre(label.node().key());
            if (c == null) {
                c = new double[] {0, 0};
            }
            double w = label.prefWidth(-1);
            double h = label.prefHeight(-1);
            label.resizeRelocate(c[0] * em - w / 2, c[1] * em - h / 2, w, h);
        }
        for (EdgeShape shape : edges.values()) {
            NodeLabel from = labels.get(shape.edge().from());
            NodeLabel to = labels.get(shape.edge().to());
            if (from != null && to != null) {
                shape.route(from.getBoundsInParent(), to.getBoundsInParent(), em);
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
