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

    private final long id;
    private final List<Slot> slots = new ArrayList<>();

    ObjectCard(long id, SnapshotIndex index, int position, List<String> notes, LocalizedMessages words,
               String comparisonRole) {
        this.id = id;
        getStyleClass().add("names-card");
        // Tab reaches the cards; Enter opens the inspector on one.
        setFocusTraversable(true);
        setId("names-card-" + Long.toHexString(id));
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
        getChildren().add(header);
        if (!notes.isEmpty()) {
            FlowPane stuck = new FlowPane();
            stuck.getStyleClass().add("names-card-notes");
            stuck.setPrefWrapLength(0);
            for (String n : notes) {
                stuck.getChildren().add(styled(SkinnedLabels.of(n), "names-card-note"));
            }
            getChildren().add(stuck);
        }
        getChildren().add(value);
        if (s != null && s.shared()) {
            getChildren().add(styled(SkinnedLabels.of(words.text(sharedKey(s))), "names-card-shared"));
        }
        if (comparisonRole != null) {
            getStyleClass().add("names-card-compared");
            getChildren().add(styled(SkinnedLabels.of(comparisonRole), "names-card-role"));
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
            getChildren().add(row);
        }
    }

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
