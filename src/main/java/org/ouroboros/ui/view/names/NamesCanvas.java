package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.graph.SnapshotIndex;

/**
 * Frames with their sticky notes on the left, objects in two columns on the right, and an arrow
 * from every note (and every item slot) to the object it refers to. Rebuilt on each step: a step
 * changes few names, and the board is bounded ({@link Board#CARDS}).
 */
final class NamesCanvas extends Pane {
    private final VBox frameColumn = new VBox();
    private final VBox column1 = new VBox();
    private final VBox column2 = new VBox();
    private final Group arrows = new Group();
    private final Map<Long, ObjectCard> cards = new HashMap<>();
    /** Each arrow's start (a note or a slot) and the id it points at. */
    private final List<Object[]> links = new ArrayList<>();

    NamesCanvas() {
        getStyleClass().add("names-canvas");
        frameColumn.getStyleClass().add("names-frames");
        column1.getStyleClass().add("names-objects");
        column2.getStyleClass().add("names-objects");
        arrows.setMouseTransparent(true);
        arrows.setManaged(false);
        getChildren().addAll(frameColumn, column1, column2, arrows);
    }

    void show(Board board, SnapshotIndex index, int position, LocalizedMessages words) {
        frameColumn.getChildren().clear();
        column1.getChildren().clear();
        column2.getChildren().clear();
        cards.clear();
        links.clear();
        for (FrameNames f : board.frames()) {
            VBox box = new VBox();
            box.getStyleClass().addAll("names-frame", "names-frame-" + f.kind().name().toLowerCase().replace('_', '-'));
            box.setId("names-frame-" + f.key());
            box.getChildren().add(ObjectCard.styled(new Label(frameTitle(f, words)), "names-frame-title"));
            if (f.names().isEmpty()) {
                box.getChildren().add(ObjectCard.styled(new Label(words.text("names.frame.empty")), "names-frame-empty"));
            }
            f.names().forEach((name, id) -> {
                Label note = ObjectCard.styled(new Label(name), "names-note");
                note.setId("names-note-" + f.key() + "-" + name);
                box.getChildren().add(note);
                links.add(new Object[] {note, id});
            });
            frameColumn.getChildren().add(box);
        }
        for (long id : board.column1()) {
            column1.getChildren().add(card(id, board, index, position, words));
        }
        for (long id : board.column2()) {
            column2.getChildren().add(card(id, board, index, position, words));
        }
        if (board.notDrawn() > 0) {
            column2.getChildren().add(ObjectCard.styled(new Label(words.format("names.notDrawn",
                    String.valueOf(board.notDrawn()))), "names-not-drawn"));
        }
        for (ObjectCard c : cards.values()) {
            for (ObjectCard.Slot s : c.slots()) {
                links.add(new Object[] {s.label(), s.target()});
            }
        }
        requestLayout();
    }

    private ObjectCard card(long id, Board board, SnapshotIndex index, int position, LocalizedMessages words) {
        String role = null;
        if (board.comparison() != null && (board.comparison().left() == id || board.comparison().right() == id)) {
            boolean both = board.comparison().left() == board.comparison().right();
            role = words.format(both ? "names.role.both" : board.comparison().left() == id ? "names.role.left"
                    : "names.role.right", board.comparison().operator());
        }
        ObjectCard card = new ObjectCard(id, index, position, board.notesOn().getOrDefault(id, List.of()), words, role);
        cards.put(id, card);
        return card;
    }

    private static String frameTitle(FrameNames f, LocalizedMessages words) {
        return switch (f.kind()) {
            case MODULE -> words.format("names.frame.module", f.title());
            case CLASS_BODY -> words.format("names.frame.class", f.title());
            default -> words.format("names.frame.function", f.title());
        };
    }

    ObjectCard card(long id) {
        return cards.get(id);
    }

    /** Arrows drawn, one per name or slot whose object is on the board. */
    int arrowCount() {
        return (int) arrows.getChildren().stream().filter(n -> n instanceof CubicCurve).count();
    }

    private double em() {
        return frameColumn.getChildren().isEmpty() ? 14
                : ((Label) ((VBox) frameColumn.getChildren().get(0)).getChildren().get(0)).getFont().getSize();
    }

    @Override
    protected double computePrefWidth(double height) {
        double gap = em() * 5;
        return frameColumn.prefWidth(-1) + column1.prefWidth(-1) + column2.prefWidth(-1) + 2 * gap + em() * 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(frameColumn.prefHeight(-1), Math.max(column1.prefHeight(-1), column2.prefHeight(-1))) + em() * 2;
    }

    @Override
    protected void layoutChildren() {
        double em = em();
        double gap = em * 5;
        double x = em;
        for (VBox column : List.of(frameColumn, column1, column2)) {
            double w = column.prefWidth(-1);
            double h = column.prefHeight(w);
            column.resizeRelocate(x, em, w, h);
            column.layout();
            x += w + gap;
        }
        drawArrows(em);
    }

    private void drawArrows(double em) {
        arrows.getChildren().clear();
        for (Object[] link : links) {
            Node from = (Node) link[0];
            ObjectCard to = cards.get((Long) link[1]);
            if (to == null || from.getScene() == null && getScene() != null) {
                continue;
            }
            Bounds a = sceneToLocal(from.localToScene(from.getBoundsInLocal()));
            Bounds b = sceneToLocal(to.localToScene(to.getBoundsInLocal()));
            if (a == null || b == null) {
                continue;
            }
            arrow(a, b, em, from.getStyleClass().contains("names-note"));
        }
    }

    /**
     * A name's arrow leaves the note's right edge; an item's arrow leaves its slot downwards, so it
     * does not run across the slots beside it. Both end at the target card's nearer side.
     */
    private void arrow(Bounds from, Bounds to, double em, boolean fromNote) {
        double sx = fromNote ? from.getMaxX() : from.getCenterX();
        double sy = fromNote ? from.getCenterY() : from.getMaxY();
        boolean backwards = to.getMinX() < sx;
        double ex = backwards ? to.getMaxX() : to.getMinX();
        double ey = Math.min(to.getMaxY() - em * 0.8, to.getMinY() + em * 1.1);
        double pull = Math.max(em * 3, Math.abs(ex - sx) * 0.4);
        double c1x = fromNote ? sx + pull : sx;
        double c1y = fromNote ? sy : sy + em * 2.5;
        CubicCurve c = new CubicCurve(sx, sy, c1x, c1y, backwards ? ex + pull : ex - pull, ey, ex, ey);
        c.getStyleClass().addAll("names-arrow", fromNote ? "names-arrow-name" : "names-arrow-item");
        c.setFill(null);
        double size = em * 0.7;
        double dir = backwards ? 1 : -1;
        Polygon head = new Polygon(ex, ey, ex + dir * size, ey - size * 0.5, ex + dir * size, ey + size * 0.5);
        head.getStyleClass().addAll("names-arrow-head", fromNote ? "names-arrow-name" : "names-arrow-item");
        arrows.getChildren().addAll(c, head);
        // Made during layout, after this pulse's CSS pass: style them now or they stay unstroked.
        c.applyCss();
        head.applyCss();
    }
}
