package org.ouroboros.ui.view.graph;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * One drawn node: a label whose shape says what it is (CSS): metaclass a hexagon, class a
 * rectangle, instance a rounded pill, a collapsed group a stack with a dotted border. The text
 * carries the kind too ("«metaclass»" for metaclasses), so nothing relies on colour.
 */
final class NodeLabel extends Label {
    private GraphNode node;

    NodeLabel(GraphNode node) {
        getStyleClass().add("graph-node");
        setId("graph-node-" + node.key());
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        update(node, null, Locale.ROOT, false);
    }

    GraphNode node() {
        return node;
    }

    /** Shows {@code n}; true when anything drawn changed (style or text), so the canvas re-lays it out. */
    boolean update(GraphNode n, LocalizedMessages words, Locale locale, boolean selected) {
        node = n;
        List<String> styles = new ArrayList<>(List.of("label", "graph-node", "graph-node-" + n.kind().name().toLowerCase(Locale.ROOT)));
        if (n.builtin()) {
            styles.add("graph-node-builtin");
        }
        if (selected) {
            styles.add("graph-node-selected");
        }
        boolean changed = false;
        // Setting equal style classes would still restyle the node: only touch them when they differ.
        if (!getStyleClass().equals(styles)) {
            getStyleClass().setAll(styles);
            changed = true;
        }
        String text = text(n, words, locale);
        if (!text.equals(getText())) {
            setText(text);
            changed = true;
        }
        return changed;
    }

    static String text(GraphNode n, LocalizedMessages words, Locale locale) {
        if (words == null) {
            return n.label();
        }
        return switch (n.kind()) {
            case METACLASS -> words.format("graph.node.metaclass", n.label());
            case COLLAPSED -> words.format("graph.node.more", NumberFormat.getIntegerInstance(locale).format(n.count()),
                    n.label());
            default -> n.label();
        };
    }
}
