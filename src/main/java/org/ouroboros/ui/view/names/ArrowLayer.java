package org.ouroboros.ui.view.names;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * Every arrow of the board, one curve and one head each, kept by what the arrow joins (its note or
 * slot and the object it points at). A step moves only the arrows whose ends moved; an arrow that
 * goes is hidden and kept for the next one that comes. JavaFX repaints a group's whole area when
 * a child leaves it, and one shape for all arrows would repaint them all at any change: this way a
 * step repaints where it changed something.
 */
final class ArrowLayer extends Group {
    /** What an arrow joins: the node it leaves (a note or a slot) and the id of the object it points at. */
    record Key(Node from, long target) {}

    /** An arrow to draw. */
    record Arrow(Key key, ArrowPlan plan) {}

    private record Drawn(CubicCurve curve, Polygon head, boolean name) {
        void show(boolean on) {
            curve.setVisible(on);
            head.setVisible(on);
        }
    }

    private static final String NAME = "names-arrow-name";
    private static final String ITEM = "names-arrow-item";

    private final Group items = new Group();
    private final Group names = new Group();
    private final Map<Key, Drawn> drawn = new HashMap<>();
    private final Deque<Drawn> spareItems = new ArrayDeque<>();
    private final Deque<Drawn> spareNames = new ArrayDeque<>();

    ArrowLayer() {
        setMouseTransparent(true);
        setManaged(false);
        // Items under names: a name's arrow is the one the lesson is about.
        getChildren().addAll(items, names);
    }

    /** Draws exactly {@code arrows}: unchanged arrows are left untouched (and so not repainted). */
    void draw(List<Arrow> arrows) {
        Set<Key> wanted = new HashSet<>();
        for (Arrow a : arrows) {
            wanted.add(a.key());
        }
        // A key's kind never changes (it is its note's or slot's): a kept key keeps its nodes.
        drawn.entrySet().removeIf(e -> {
            if (wanted.contains(e.getKey())) {
                return false;
            }
            e.getValue().show(false);
            (e.getValue().name() ? spareNames : spareItems).push(e.getValue());
            return true;
        });
        List<Node> madeItems = new ArrayList<>();
        List<Node> madeNames = new ArrayList<>();
        for (Arrow a : arrows) {
            Drawn d = drawn.get(a.key());
            if (d == null) {
                boolean name = a.plan().fromNote();
                d = (name ? spareNames : spareItems).poll();
                if (d == null) {
                    d = made(name);
                    List<Node> to = name ? madeNames : madeItems;
                    to.add(d.curve());
                    to.add(d.head());
                }
                drawn.put(a.key(), d);
                d.show(true);
            }
            a.plan().update(d.curve(), d.head());
        }
        // One change per group (not one per arrow): each change re-measures the groups above it.
        items.getChildren().addAll(madeItems);
        names.getChildren().addAll(madeNames);
        if (!madeItems.isEmpty() || !madeNames.isEmpty()) {
            // Made during layout, after this pulse's CSS pass: style them now or they stay unstroked.
            applyCss();
        }
    }

    private static Drawn made(boolean name) {
        String kind = name ? NAME : ITEM;
        CubicCurve curve = new CubicCurve();
        curve.setFill(null);
        curve.getStyleClass().setAll("names-arrow", kind);
        Polygon head = new Polygon();
        head.getStyleClass().setAll("names-arrow-head", kind);
        return new Drawn(curve, head, name);
    }

    /** How many arrows are drawn. */
    int count() {
        return drawn.size();
    }
}
