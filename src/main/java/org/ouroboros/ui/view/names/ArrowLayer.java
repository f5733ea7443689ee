package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * Every arrow of the board, drawn as four shapes: the names' curves and heads (solid) and the
 * items' curves and heads (dashed, muted). Software rendering rasterizes each shape row by row
 * with a fixed cost per row, so forty separate curves, each as tall as the board, cost about half
 * of a step's paint; four shapes cost a tenth of that.
 */
final class ArrowLayer extends Group {
    private final Path itemCurves = path("names-arrow", "names-arrow-item");
    private final Path itemHeads = path("names-arrow-head", "names-arrow-item");
    private final Path nameCurves = path("names-arrow", "names-arrow-name");
    private final Path nameHeads = path("names-arrow-head", "names-arrow-name");
    private List<ArrowPlan> drawn = List.of();

    ArrowLayer() {
        setMouseTransparent(true);
        setManaged(false);
        itemCurves.setFill(null);
        nameCurves.setFill(null);
        itemHeads.setStroke(null);
        nameHeads.setStroke(null);
        // Items under names: a name's arrow is the one the lesson is about.
        getChildren().addAll(itemCurves, itemHeads, nameCurves, nameHeads);
    }

    private static Path path(String... styles) {
        Path p = new Path();
        p.getStyleClass().setAll(styles);
        return p;
    }

    /**
     * Draws {@code plans}. A kind of arrow (names or items) whose arrows are all where they were
     * keeps its shapes untouched, so nothing of it is repainted.
     */
    void draw(List<ArrowPlan> plans) {
        if (plans.equals(drawn)) {
            return;
        }
        List<ArrowPlan> names = plans.stream().filter(ArrowPlan::fromNote).toList();
        List<ArrowPlan> items = plans.stream().filter(p -> !p.fromNote()).toList();
        if (!names.equals(drawn.stream().filter(ArrowPlan::fromNote).toList())) {
            set(nameCurves, nameHeads, names);
        }
        if (!items.equals(drawn.stream().filter(p -> !p.fromNote()).toList())) {
            set(itemCurves, itemHeads, items);
        }
        drawn = List.copyOf(plans);
    }

    private static void set(Path curves, Path heads, List<ArrowPlan> plans) {
        List<PathElement> curve = new ArrayList<>();
        List<PathElement> head = new ArrayList<>();
        for (ArrowPlan plan : plans) {
            plan.appendCurve(curve);
            plan.appendHead(head);
        }
        curves.getElements().setAll(curve);
        heads.getElements().setAll(head);
    }

    /** The arrows drawn, in the order their plans came. */
    List<ArrowPlan> drawn() {
        return drawn;
    }
}
