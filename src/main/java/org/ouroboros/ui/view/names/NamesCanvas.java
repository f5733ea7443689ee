package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.SteppedSize;
import org.ouroboros.ui.view.graph.SnapshotIndex;

/**
 * Frames with their sticky notes on the left, objects in two columns on the right, and an arrow
 * from every note (and every item slot) to the object it refers to; the board is bounded
 * ({@link Board#CARDS}).
 *
 * <p>Software rendering repaints every pixel a step dirties, and JavaFX dirties a whole region
 * when it changes size or loses a child. So the board keeps its nodes: frame boxes, cards and
 * arrows are reused place by place and hidden when not needed; columns are as tall as the board,
 * and the board changes size only in coarse steps (see {@link #columnSize} and {@link #tallest}).
 * A step repaints the cards, notes and arrows it changed, not the board.
 */
final class NamesCanvas extends Pane {
    /** An arrow's start (a name's note, or an item's slot) and the id of the object it points at. */
    record Link(Node from, long target, boolean fromNote) {}

    private final VBox frameColumn = new VBox();
    private final Places<FrameBox> frameBoxes = new Places<>(frameColumn.getChildren(), FrameBox::new, FrameBox::clear);
    private final CardColumn column1 = new CardColumn();
    private final CardColumn column2 = new CardColumn();
    private final ArrowLayer arrows = new ArrowLayer();
    private final List<VBox> columns = List.of(frameColumn, column1, column2);
    private final List<Link> links = new ArrayList<>();
    private final Map<Long, ObjectCard> shownCards = new HashMap<>();
    /**
     * The tallest this board has been since the trace changed, while taller than the view: it
     * stays that tall, so steps that add and remove a card at its bottom do not resize it (a
     * region that changes size is repainted whole, with everything in it). A board the view
     * shows whole takes the height it needs.
     */
    private double tallest;
    private DoubleSupplier visibleHeight = () -> Double.MAX_VALUE;
    private SnapshotIndex shownIndex;
    private Locale shownLocale;
    private List<Object> shownKey = List.of();

    NamesCanvas() {
        getStyleClass().add("names-canvas");
        frameColumn.getStyleClass().add("names-frames");
        getChildren().addAll(frameColumn, column1, column2, arrows);
    }

    void show(Board board, SnapshotIndex index, int position, LocalizedMessages words, Locale locale) {
        List<CardContent> first = contents(board.column1(), board, index, position, words);
        List<CardContent> second = contents(board.column2(), board, index, position, words);
        List<Object> key = contentKey(board, first, second, index, locale);
        if (key.equals(shownKey)) {
            // Most steps change no name and no drawn object: the board on screen is already right.
            return;
        }
        shownKey = key;
        if (index != shownIndex) {
            // another run: its board starts small again
            shownIndex = index;
            tallest = 0;
        }
        if (!locale.equals(shownLocale)) {
            shownLocale = locale;
            column1.forgetContents();
            column2.forgetContents();
        }
        links.clear();
        List<FrameNames> frames = board.frames();
        List<FrameBox> boxes = frameBoxes.take(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            boxes.get(i).show(frames.get(i), words, links);
        }
        column1.show(first, index, position, words, null);
        column2.show(second, index, position, words,
                board.notDrawn() > 0 ? words.format("names.notDrawn", String.valueOf(board.notDrawn())) : null);
        shownCards.clear();
        for (CardColumn column : List.of(column1, column2)) {
            for (ObjectCard c : column.cards()) {
                shownCards.put(c.objectId(), c);
                for (ObjectCard.Slot s : c.slots()) {
                    links.add(new Link(s.label(), s.target(), false));
                }
            }
        }
        requestLayout();
    }

    private static List<CardContent> contents(List<Long> ids, Board board, SnapshotIndex index, int position,
                                              LocalizedMessages words) {
        List<CardContent> out = new ArrayList<>();
        ObjectEvent.ObjectsCompared cmp = board.comparison();
        for (long id : ids) {
            String role = null;
            if (cmp != null && (cmp.left() == id || cmp.right() == id)) {
                boolean both = cmp.left() == cmp.right();
                role = words.format(both ? "names.role.both" : cmp.left() == id ? "names.role.left"
                        : "names.role.right", cmp.operator());
            }
            out.add(new CardContent(id, cardKey(id, board, index, position), board.notesOn().getOrDefault(id, List.of()),
                    role));
        }
        return out;
    }

    /**
     * Everything the drawn board depends on: the frames and their names, and the cards in order,
     * each by its content key (its object, and a class's metaclass, at this position).
     */
    private static List<Object> contentKey(Board board, List<CardContent> first, List<CardContent> second,
                                           SnapshotIndex index, Locale locale) {
        List<Object> key = new ArrayList<>();
        key.add(locale);
        key.add(index);
        for (FrameNames f : board.frames()) {
            key.add(List.of(f.key(), f.kind(), f.title(), new ArrayList<>(f.names().entrySet())));
        }
        key.add(board.notDrawn());
        key.add(board.comparison() == null ? "" : board.comparison());
        for (List<CardContent> column : List.of(first, second)) {
            key.add(column.size());
            for (CardContent c : column) {
                key.add(c.key());
            }
        }
        return key;
    }

    /** What one card shows; equal keys draw equal cards. */
    private static List<Object> cardKey(long id, Board board, SnapshotIndex index, int position) {
        ObjectEvent e = index.at(id, position);
        Object meta = e instanceof ObjectEvent.ClassSnapshot c ? String.valueOf(index.classAt(c.metaclass(), position)) : "";
        ObjectEvent.ObjectsCompared cmp = board.comparison();
        boolean compared = cmp != null && (cmp.left() == id || cmp.right() == id);
        return List.of(id, e == null ? "" : e, meta, board.notesOn().getOrDefault(id, List.of()),
                compared ? cmp : "");
    }

    /**
     * Makes {@code children} equal to {@code target} touching only the part between their common
     * prefix and common suffix, and there, when as many nodes come as go, only the places that
     * differ. A node kept in place keeps its CSS and is not repainted: a card replaced by one of the
     * same size repaints that card alone, where re-adding the column's tail repainted the column.
     */
    static void syncChildren(List<Node> children, List<Node> target) {
        int limit = Math.min(children.size(), target.size());
        int prefix = 0;
        while (prefix < limit && children.get(prefix) == target.get(prefix)) {
            prefix++;
        }
        if (prefix == children.size() && prefix == target.size()) {
            return;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && children.get(children.size() - 1 - suffix) == target.get(target.size() - 1 - suffix)) {
            suffix++;
        }
        List<Node> going = children.subList(prefix, children.size() - suffix);
        List<Node> coming = target.subList(prefix, target.size() - suffix);
        if (going.size() == coming.size() && Collections.disjoint(new HashSet<>(going), coming)) {
            for (int i = 0; i < coming.size(); i++) {
                if (going.get(i) != coming.get(i)) {
                    going.set(i, coming.get(i));
                }
            }
            return;
        }
        going.clear();
        children.addAll(prefix, coming);
    }

    /** The card shown for {@code id}, or null. */
    ObjectCard card(long id) {
        return shownCards.get(id);
    }

    /** Marks the card of {@code id} (null: none) as the one the inspector shows. */
    void markSelected(Long id) {
        for (CardColumn column : List.of(column1, column2)) {
            for (ObjectCard c : column.places()) {
                ObjectCard.styleIf(c, SELECTED, id != null && c.isVisible() && c.objectId() == id);
            }
        }
    }

    private static final String SELECTED = "names-card-selected";

    /** Arrows drawn, one per name or slot whose object is on the board. */
    int arrowCount() {
        return arrows.count();
    }

    private double em() {
        return frameBoxes.all().isEmpty() ? 14 : frameBoxes.all().get(0).titleFont().getSize();
    }

    @Override
    protected double computePrefWidth(double height) {
        double em = em();
        double width = 0;
        for (int i = 0; i < columns.size(); i++) {
            width += columnSize(i, em)[0];
        }
        return width + 2 * em * 4 + em * 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        double em = em();
        double needed = 0;
        for (int i = 0; i < columns.size(); i++) {
            needed = Math.max(needed, columnSize(i, em)[1]);
        }
        needed += em * 2;
        if (needed <= visibleHeight.getAsDouble()) {
            tallest = 0;
            return needed;
        }
        // grown in steps: a board that gains a note per step resizes now and then
        tallest = Math.max(tallest, SteppedSize.roundUp(needed, HEIGHT_STEP * em));
        return tallest;
    }

    /**
     * Tells the board how much of its height the view shows (in the board's own units). A board
     * taller than that does not shrink while the trace is the same (see {@link #tallest}).
     */
    void setVisibleHeight(DoubleSupplier height) {
        visibleHeight = height;
    }

    /**
     * A column's width: what it needs, rounded up to whole steps of {@link #WIDTH_STEP} ems, so a
     * card that widens a little leaves the column's size, and the next column's place, as they
     * were (a region that changes size is repainted whole, with everything in it). Its height:
     * what its cards need.
     */
    private double[] columnSize(int column, double em) {
        VBox c = columns.get(column);
        double w = SteppedSize.roundUp(c.prefWidth(-1), WIDTH_STEP * em);
        return new double[] {w, c.prefHeight(w)};
    }

    /** Column widths are rounded up to whole steps of these many ems (see {@link #columnSize}). */
    static final double WIDTH_STEP = 2;
    /** A board taller than the view grows in steps of these many ems (see {@link #tallest}). */
    static final double HEIGHT_STEP = 12;

    @Override
    protected void layoutChildren() {
        double em = em();
        double gap = em * 4;
        double x = em;
        // Every column as tall as the tallest: a column whose cards come and go keeps its size.
        double height = computePrefHeight(-1) - em * 2;
        for (int i = 0; i < columns.size(); i++) {
            double[] size = columnSize(i, em);
            VBox column = columns.get(i);
            column.resizeRelocate(x, em, size[0], height);
            column.layout();
            x += size[0] + gap;
        }
        drawArrows(em);
    }

    private void drawArrows(double em) {
        List<ArrowLayer.Arrow> plans = new ArrayList<>();
        for (Link link : links) {
            Node from = link.from();
            ObjectCard to = card(link.target());
            if (to == null || from.getScene() == null && getScene() != null) {
                continue;
            }
            Bounds a = sceneToLocal(from.localToScene(from.getBoundsInLocal()));
            Bounds b = sceneToLocal(to.localToScene(to.getBoundsInLocal()));
            if (a == null || b == null) {
                continue;
            }
            plans.add(new ArrowLayer.Arrow(new ArrowLayer.Key(from, to.objectId()),
                    ArrowPlan.of(a, b, em, link.fromNote())));
        }
        arrows.draw(plans);
    }
}
