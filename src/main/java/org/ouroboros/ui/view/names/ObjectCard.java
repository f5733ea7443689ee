package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.graph.ClassText;
import org.ouroboros.ui.view.graph.SnapshotIndex;
import org.ouroboros.ui.view.SkinnedLabels;

/**
 * One object on the right: its type and id, its value, the sticky notes (names) stuck on it, a
 * badge when the VM shares it (small-int cache, interned str, singleton), and one slot per drawn
 * item or attribute (each the start of an arrow to the object it refers to).
 */
final class ObjectCard extends VBox {
    /** A slot and the object it points at. */
    record Slot(Label label, long target) {}

    private final List<Slot> slots = new ArrayList<>();
    // The card's parts are kept and given new text: a reused label needs no new styling, and a
    // slot that stays the same node keeps its arrow where it was.
    private final Label typeLabel = styled(SkinnedLabels.of(""), "names-card-type");
    private final Label idLabel = styled(SkinnedLabels.of(""), "names-card-id");
    private final HBox header = new HBox(typeLabel, idLabel);
    private final FlowPane stuck = new FlowPane();
    private final List<Label> noteLabels = new ArrayList<>();
    private final Label value = styled(SkinnedLabels.of(""), "names-card-value");
    private final Label shared = styled(SkinnedLabels.of(""), "names-card-shared");
    private final Label role = styled(SkinnedLabels.of(""), "names-card-role");
    private final FlowPane slotRow = new FlowPane();
    private final List<Label> slotLabels = new ArrayList<>();
    private final Label moreSlots = styled(SkinnedLabels.of(""), "names-slot-more");
    private long id;
    private List<Object> shownKey;

    ObjectCard() {
        getStyleClass().add("names-card");
        // Tab reaches the cards; Enter opens the inspector on one.
        setFocusTraversable(true);
        header.getStyleClass().add("names-card-header");
        stuck.getStyleClass().add("names-card-notes");
        stuck.setPrefWrapLength(0);
        slotRow.getStyleClass().add("names-card-slots");
        // No 400 px default: the slots wrap within the card's width instead of setting it.
        slotRow.setPrefWrapLength(0);
    }

    /**
     * Draws {@code content} at {@code position}; a card already showing equal content is left
     * alone. The card is reused for whatever object comes at its place on the board.
     */
    void show(CardContent content, SnapshotIndex index, int position, LocalizedMessages words) {
        if (content.key().equals(shownKey)) {
            return;
        }
        shownKey = content.key();
        id = content.id();
        slots.clear();
        setId("names-card-" + Long.toHexString(id));
        boolean compared = content.comparisonRole() != null;
        styleIf(this, COMPARED, compared);
        List<Node> rows = new ArrayList<>();
        ObjectEvent e = index.at(id, position);
        ObjectEvent.ObjectSnapshot s = e instanceof ObjectEvent.ObjectSnapshot o ? o : null;
        typeLabel.setText(s != null ? s.typeName() : e instanceof ObjectEvent.ClassSnapshot c
                ? metaclassName(c, index, position) : "?");
        idLabel.setText(words.format("names.card.id", ClassText.hex(id)));
        value.setText(index.valueText(id, position));
        value.setId("names-value-" + Long.toHexString(id));
        rows.add(header);
        if (!content.notes().isEmpty()) {
            NamesCanvas.syncChildren(stuck.getChildren(), texts(noteLabels, content.notes(), "names-card-note"));
            rows.add(stuck);
        }
        rows.add(value);
        if (s != null && s.shared()) {
            shared.setText(words.text(sharedKey(s)));
            rows.add(shared);
        }
        if (compared) {
            role.setText(content.comparisonRole());
            rows.add(role);
        }
        if (s != null && !s.refs().isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < s.refs().size() && i < Board.SLOTS; i++) {
                ObjectEvent.Ref r = s.refs().get(i);
                keys.add(s.shape() == ObjectEvent.Shape.SEQUENCE ? "[" + r.key() + "]"
                        : s.shape() == ObjectEvent.Shape.SET ? "\u2022" : r.key());
            }
            List<Node> row = texts(slotLabels, keys, "names-slot");
            for (int i = 0; i < keys.size(); i++) {
                slots.add(new Slot((Label) row.get(i), s.refs().get(i).id()));
            }
            if (s.size() > keys.size()) {
                moreSlots.setText(words.format("names.card.more", String.valueOf(s.size() - keys.size())));
                row.add(moreSlots);
            }
            NamesCanvas.syncChildren(slotRow.getChildren(), row);
            rows.add(slotRow);
        }
        NamesCanvas.syncChildren(getChildren(), rows);
    }

    /** The first {@code texts.size()} labels of {@code pool} (made as needed), showing {@code texts}. */
    private static List<Node> texts(List<Label> pool, List<String> texts, String style) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (pool.size() <= i) {
                pool.add(styled(SkinnedLabels.of(""), style));
            }
            Label label = pool.get(i);
            label.setText(texts.get(i));
            out.add(label);
        }
        return out;
    }

    /** Empties the card (it is hidden, kept for an object that comes later). */
    void clear() {
        forget();
        slots.clear();
        setId(null);
        value.setId(null);
        getChildren().clear();
    }

    /** Makes the next {@link #show} draw the card anew, even with equal content. */
    void forget() {
        shownKey = null;
    }

    private static final String COMPARED = "names-card-compared";

    private static String sharedKey(ObjectEvent.ObjectSnapshot s) {
        return switch (s.typeName()) {
            case "int" -> "names.shared.int";
            case "str" -> "names.shared.str";
            default -> "names.shared.singleton";
        };
    }

    private static String metaclassName(ObjectEvent.ClassSnapshot c, SnapshotIndex index, int position) {
        ObjectEvent.ClassSnapshot meta = index.classAt(c.metaclass(), position);
        return meta == null ? "type" : meta.qualname();
    }

    /** The card {@code node} is part of, or null. */
    static ObjectCard around(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ObjectCard card) {
                return card;
            }
        }
        return null;
    }

    /** Gives {@code node} the style class {@code style} when {@code on}, else takes it away (an equal list is left alone: setting it restyles). */
    static void styleIf(Node node, String style, boolean on) {
        if (on != node.getStyleClass().contains(style)) {
            if (on) {
                node.getStyleClass().add(style);
            } else {
                node.getStyleClass().remove(style);
            }
        }
    }

    static <T extends Label> T styled(T label, String style) {
        label.getStyleClass().add(style);
        return label;
    }

    long objectId() {
        return id;
    }

    List<Slot> slots() {
        return slots;
    }
}
