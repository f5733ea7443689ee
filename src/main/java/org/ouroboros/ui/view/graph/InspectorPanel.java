package org.ouroboros.ui.view.graph;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The inspector beside the graph (and beside the names view's board): one row per
 * characteristic, each value a wrapped label. Its words come from the graph's bundle.
 */
public final class InspectorPanel extends VBox {
    private final Label title = new Label();
    private final Label note = new Label();
    private final GridPane rows = new GridPane();
    private int row;

    public InspectorPanel() {
        getStyleClass().add("graph-inspector");
        getStylesheets().add(Objects.requireNonNull(InspectorPanel.class.getResource("inspector-panel.css"))
                .toExternalForm());
        title.getStyleClass().add("graph-inspector-title");
        title.setId("graph-inspector-title");
        note.getStyleClass().add("graph-inspector-note");
        note.setId("graph-inspector-note");
        note.setWrapText(true);
        rows.getStyleClass().add("graph-inspector-rows");
        getChildren().addAll(title, note, rows);
    }

    void show(GraphNode node, Inspection in, LocalizedMessages words) {
        title.setText(words.text("graph.inspector.title"));
        rows.getChildren().clear();
        row = 0;
        if (node == null) {
            note.setText(words.text("graph.inspector.none"));
            return;
        }
        if (node.kind() == GraphNode.Kind.COLLAPSED) {
            note.setText(words.format("graph.inspector.collapsed", String.valueOf(node.count()), node.label()));
            return;
        }
        showRows(in, words);
    }

    /** Shows {@code in} (an object or class picked elsewhere); null: not described at this step. */
    public void show(Inspection in, LocalizedMessages words) {
        title.setText(words.text("graph.inspector.title"));
        rows.getChildren().clear();
        row = 0;
        showRows(in, words);
    }

    private void showRows(Inspection in, LocalizedMessages words) {
        if (in == null) {
            note.setText(words.text("graph.inspector.notYet"));
            return;
        }
        note.setText("");
        add("id", words.text("graph.inspector.id"), in.id() + "  (" + ClassText.hex(in.id()) + ")");
        add("type", words.text("graph.inspector.type"), in.type());
        add("value", words.text("graph.inspector.value"), in.value());
        String dict = in.dict() == null ? words.text("graph.inspector.noDict")
                : in.dict().isEmpty() ? "{}" : String.join("\n", in.dict());
        if (in.dictMore() > 0) {
            dict += "\n" + words.format("graph.inspector.more", String.valueOf(in.dictMore()));
        }
        add("dict", "__dict__", dict);
        add("dir", "dir()", String.join(", ", in.dir()));
        add("bases", "__bases__", in.bases() == null ? words.text("graph.inspector.notClass") : in.bases());
        add("mro", "__mro__", in.mro() == null ? words.text("graph.inspector.notClass") : in.mro());
        add("class", "__class__", in.cls());
    }

    private void add(String key, String name, String value) {
        Label k = new Label(name);
        k.getStyleClass().add("graph-inspector-key");
        // Names stay whole; the values wrap.
        k.setMinWidth(Label.USE_PREF_SIZE);
        Label v = new Label(value);
        v.getStyleClass().add("graph-inspector-value");
        v.setId("graph-inspector-" + key);
        v.setWrapText(true);
        rows.addRow(row++, k, v);
    }

    /** The value shown for a row ("id", "type", "value", "dict", "dir", "bases", "mro", "class"), or null. */
    public String value(String key) {
        return rows.getChildren().stream().filter(n -> ("graph-inspector-" + key).equals(n.getId()))
                .map(n -> ((Label) n).getText()).findFirst().orElse(null);
    }
}
