package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.graph.SnapshotIndex;
import org.ouroboros.ui.view.SkinnedLabels;

/**
 * Frames with their sticky notes on the left, objects in two columns on the right, and an arrow
 * from every note (and every item slot) to the object it refers to. Nodes are kept between steps
 * (frame boxes and notes by frame and name, cards by what they show), and a step that changes
 * nothing drawn changes no node; the board is bounded ({@link Board#CARDS}).
 */
final class NamesCanvas extends Pane {
    private final VBox frameColumn = new VBox();
    private final VBox column1 = new VBox();
    private final VBox column2 = new VBox();
    private final ArrowLayer arrows = new ArrowLayer();
    private final Map<Long, ObjectCard> cards = new HashMap<>();
    /** Each arrow's start (a note or a slot) and the id it points at. */
    private final List<Object[]> links = new ArrayList<>();
    /** Nodes kept between steps, so a step that adds one name adds one note (and restyles nothing else). */
    private final Map<String, FrameBox> frameBoxes = new HashMap<>();
    private final Map<String, Label> notes = new HashMap<>();
    private final Map<List<Object>, ObjectCard> cardCache = new HashMap<>();
    private Locale shownLocale;
    private List<Object> shownKey = List.of();

    NamesCanvas() {
        getStyleClass().add("names-canvas");
        frameColumn.getStyleClass().add("names-frames");
        column1.getStyleClass().add("names-objects");
        column2.getStyleClass().add("names-objects");
        getChildren().addAll(frameColumn, column1, column2, arrows);
    }

    void show(Board board, SnapshotIndex index, int position, LocalizedMessages words, Locale locale) {
        List<Object> key = contentKey(board, index, position, locale);
        if (key.equals(shownKey)) {
            // Most steps change no name and no drawn object: the board on screen is already right.
            return;
        }
        shownKey = key;
        if (!locale.equals(shownLocale)) {
            shownLocale = locale;
            frameBoxes.clear();
            notes.clear();
            cardCache.clear();
        }
        links.clear();
        List<Node> boxes = new ArrayList<>();
        Set<String> liveNotes = new HashSet<>();
        Set<String> liveFrames = new HashSet<>();
        for (FrameNames f : board.frames()) {
            FrameBox box = frameBoxes.computeIfAbsent(f.key(), k -> new FrameBox(f.key()));
            liveFrames.add(f.key());
            box.setKind(f.kind());
            box.title.setText(frameTitle(f, words));
            List<Node> rows = new ArrayList<>();
            rows.add(box.title);
            if (f.names().isEmpty()) {
                rows.add(box.empty(words));
            }
            f.names().forEach((name, id) -> {
                String noteKey = f.key() + "\u0000" + name;
                liveNotes.add(noteKey);
                Label note = notes.computeIfAbsent(noteKey, k -> {
                    Label made = ObjectCard.styled(SkinnedLabels.of(name), "names-note");
                    made.setId("names-note-" + f.key() + "-" + name);
                    return made;
                });
                rows.add(note);
                links.add(new Object[] {note, id});
            });
            syncChildren(box.getChildren(), rows);
            boxes.add(box);
        }
        frameBoxes.keySet().retainAll(liveFrames);
        notes.keySet().retainAll(liveNotes);
        syncChildren(frameColumn.getChildren(), boxes);
        Map<List<Object>, ObjectCard> cardsNow = new HashMap<>();
        cards.clear();
        List<Node> first = new ArrayList<>();
        for (long id : board.column1()) {
            first.add(card(id, board, index, position, words, cardsNow));
        }
        List<Node> second = new ArrayList<>();
        for (long id : board.column2()) {
            second.add(card(id, board, index, position, words, cardsNow));
        }
        if (board.notDrawn() > 0) {
            second.add(ObjectCard.styled(SkinnedLabels.of(words.format("names.notDrawn",
                    String.valueOf(board.notDrawn()))), "names-not-drawn"));
        }
        cardCache.clear();
        cardCache.putAll(cardsNow);
        syncChildren(column1.getChildren(), first);
        syncChildren(column2.getChildren(), second);
        for (ObjectCard c : cards.values()) {
            for (ObjectCard.Slot s : c.slots()) {
                links.add(new Object[] {s.label(), s.target()});
            }
        }
        requestLayout();
    }

    /**
     * Everything the drawn board depends on: the frames and their names, the cards in order, and
     * for each card the description of its object (and of a class's metaclass) at this position.
     */
    private static List<Object> contentKey(Board board, SnapshotIndex index, int position, Locale locale) {
        List<Object> key = new ArrayList<>();
        key.add(locale);
        key.add(index);
        for (FrameNames f : board.frames()) {
            key.add(List.of(f.key(), f.kind(), f.title(), new ArrayList<>(f.names().entrySet())));
        }
        key.add(board.column1());
        key.add(board.column2());
        key.add(board.notDrawn());
        key.add(board.comparison() == null ? "" : board.comparison());
        for (List<Long> column : List.of(board.column1(), board.column2())) {
            for (long id : column) {
                key.add(cardKey(id, board, index, position));
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
     * Makes {@code children} equal to {@code target} touching only the part after their common
     * prefix: nodes kept in place keep their CSS and layout, so a new name costs one new note.
     */
    static void syncChildren(List<Node> children, List<Node> target) {
        int common = 0;
        int limit = Math.min(children.size(), target.size());
        while (common < limit && children.get(common) == target.get(common)) {
            common++;
        }
        if (common == children.size() && common == target.size()) {
            return;
        }
        if (common < children.size()) {
            children.subList(common, children.size()).clear();
        }
        if (common < target.size()) {
            children.addAll(target.subList(common, target.size()));
        }
    }

    /** One frame's box: its title, the "no names yet" line when empty, then its notes. */
    private static final class FrameBox extends VBox {
        final Label title = ObjectCard.styled(SkinnedLabels.of(""), "names-frame-title");
        private Label empty;
        private FrameNames.Kind kind;

        FrameBox(String key) {
            setId("names-frame-" + key);
        }

        void setKind(FrameNames.Kind k) {
            if (k != kind) {
                kind = k;
                getStyleClass().setAll("names-frame", "names-frame-" + k.name().toLowerCase().replace('_', '-'));
            }
        }

        Label empty(LocalizedMessages words) {
            if (empty == null) {
                empty = ObjectCard.styled(SkinnedLabels.of(words.text("names.frame.empty")), "names-frame-empty");
            }
            return empty;
        }
    }

    private ObjectCard card(long id, Board board, SnapshotIndex index, int position, LocalizedMessages words,
                            Map<List<Object>, ObjectCard> cardsNow) {
        List<Object> key = cardKey(id, board, index, position);
        ObjectCard card = cardCache.get(key);
        if (card == null) {
            String role = null;
            if (board.comparison() != null && (board.comparison().left() == id || board.comparison().right() == id)) {
                boolean both = board.comparison().left() == board.comparison().right();
                role = words.format(both ? "names.role.both" : board.comparison().left() == id ? "names.role.left"
                        : "names.role.right", board.comparison().operator());
            }
            card = new ObjectCard(id, index, position, board.notesOn().getOrDefault(id, List.of()), words, role);
        }
        cardsNow.put(key, card);
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

    /** Marks the card of {@code id} (null: none) as the one the inspector shows. */
    void markSelected(Long id) {
        for (ObjectCard c : cards.values()) {
            boolean on = id != null && c.objectId() == id;
            if (on != c.getStyleClass().contains(SELECTED)) {
                if (on) {
                    c.getStyleClass().add(SELECTED);
                } else {
                    c.getStyleClass().remove(SELECTED);
                }
            }
        }
    }

    private static final String SELECTED = "names-card-selected";

    /** Arrows drawn, one per name or slot whose object is on the board. */
    int arrowCount() {
        return arrows.drawn().size();
    }

    private double em() {
        return frameColumn.getChildren().isEmpty() ? 14
                : ((Label) ((VBox) frameColumn.getChildren().get(0)).getChildren().get(0)).getFont().getSize();
    }

    @Override
    protected double computePrefWidth(double height) {
        double gap = em() * 4;
        return frameColumn.prefWidth(-1) + column1.prefWidth(-1) + column2.prefWidth(-1) + 2 * gap + em() * 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(frameColumn.prefHeight(-1), Math.max(column1.prefHeight(-1), column2.prefHeight(-1))) + em() * 2;
    }

    @Override
    protected void layoutChildren() {
        double em = em();
        double gap = em * 4;
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
        List<ArrowPlan> plans = new ArrayList<>();
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
            plans.add(ArrowPlan.of(a, b, em, from.getStyleClass().contains("names-note")));
        }
        arrows.draw(plans);
    }
}
