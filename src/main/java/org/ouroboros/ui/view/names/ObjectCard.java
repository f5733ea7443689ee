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
    private long id;
    private List<Object> shownKey;

    ObjectCard() {
        getStyleClass().add("names-card");
        // Tab reaches the cards; Enter opens the inspector on one.
        setFocusTraversable(true);
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
        if (compared != getStyleClass().contains(COMPARED)) {
            if (compared) {
                getStyleClass().add(COMPARED);
            } else {
                getStyleClass().remove(COMPARED);
            }
        }
        List<Node> rows = new ArrayList<>();
        ObjectEvent e = index.at(id, position);
        ObjectEvent.ObjectSnapshot s = e instanceof ObjectEvent.ObjectSnapshot o ? o : null;
        String type = s != null ? s.typeName() : e instanceof ObjectEvent.ClassSnapshot c
                ? metaclassName(c, index, position) : "?";
        Label typeLabel = styled(SkinnedLabels.of(type), "names-card-type");
        Label idLabel = styled(SkinnedLabels.of(words.format("names.card.id", ClassText.hex(id))), "names-card-id");
        HBox header = new HBox(typeLabel, idLabel);
        header.getStyleClass().add("names-card-header");
        Label value = styled(SkinnedLabels.of(index.valueText(id, position)), "names-card-value");
        value.setId("names-value-" + Long.toHexString(id));
        rows.add(header);
        if (!content.notes().isEmpty()) {
            FlowPane stuck = new FlowPane();
            stuck.getStyleClass().add("names-card-notes");
            stuck.setPrefWrapLength(0);
            for (String n : content.notes()) {
                stuck.getChildren().add(styled(SkinnedLabels.of(n), "names-card-note"));
            }
            rows.add(stuck);
        }
        rows.add(value);
        if (s != null && s.shared()) {
            rows.add(styled(SkinnedLabels.of(words.text(sharedKey(s))), "names-card-shared"));
        }
        if (compared) {
            rows.add(styled(SkinnedLabels.of(content.comparisonRole()), "names-card-role"));
        }
        if (s != null && !s.refs().isEmpty()) {
            FlowPane row = new FlowPane();
            row.getStyleClass().add("names-card-slots");
            // No 400 px default (as for the notes above): the slots wrap within the card's width instead of setting it.
            row.setPrefWrapLength(0);
            for (int i = 0; i < s.refs().size() && i < Board.SLOTS; i++) {
                ObjectEvent.Ref r = s.refs().get(i);
                String text = s.shape() == ObjectEvent.Shape.SEQUENCE ? "[" + r.key() + "]"
                        : s.shape() == ObjectEvent.Shape.SET ? "\u2022" : r.key();
                Label slot = styled(SkinnedLabels.of(text), "names-slot");
                row.getChildren().add(slot);
                slots.add(new Slot(slot, r.id()));
            }
            if (s.size() > Math.min(s.refs().size(), Board.SLOTS)) {
                row.getChildren().add(styled(SkinnedLabels.of(words.format("names.card.more",
                        String.valueOf(s.size() - Math.min(s.refs().size(), Board.SLOTS)))), "names-slot-more"));
            }
            rows.add(row);
        }
        getChildren().setAll(rows);
    }

    /** Empties the card (it is hidden, kept for an object that comes later). */
    void clear() {
        forget();
        slots.clear();
        setId(null);
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
