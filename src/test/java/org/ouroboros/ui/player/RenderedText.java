package org.ouroboros.ui.player;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** What a view shows, as text: every visible label and text run with its style classes, in scene order. */
public final class RenderedText {
    private RenderedText() {}

    public static List<String> of(Node root) {
        List<String> lines = new ArrayList<>();
        collect(root, lines);
        return lines;
    }

    private static String classes(Node node) {
        return "[" + String.join(", ", node.getStyleClass()) + "]";
    }

    private static void collect(Node node, List<String> lines) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            lines.add(classes(node) + " " + labeled.getText());
            return;
        }
        if (node instanceof Text text && node.getParent() instanceof TextFlow) {
            lines.add(classes(node) + " " + text.getText());
            return;
        }
        if (node instanceof ScrollPane scroll) {
            // The content, not the skin: the same whether or not the pane has been shown yet.
            if (scroll.getContent() != null) {
                collect(scroll.getContent(), lines);
            }
            return;
        }
        if (node instanceof SplitPane split) {
            for (Node item : split.getItems()) {
                collect(item, lines);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, lines);
            }
        }
    }
}
