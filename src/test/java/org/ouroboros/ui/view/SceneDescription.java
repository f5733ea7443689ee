package org.ouroboros.ui.view;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.shape.Shape;

/**
 * A view's scene graph as text: each shown node's type, id, style classes and text, its children
 * indented below it in order. Two views that draw the same thing describe the same: hidden nodes
 * (a view may keep them for later steps) draw nothing and are left out, and so is a label's
 * insides (its skin's Text), which follow from its text; shapes are leaves.
 */
public final class SceneDescription {
    private SceneDescription() {}

    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        describe(node, 0, out);
        return out.toString();
    }

    private static void describe(Node node, int depth, StringBuilder out) {
        if (!node.isVisible()) {
            return;
        }
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
        if (node.getId() != null) {
            out.append(" #").append(node.getId());
        }
        out.append(' ').append(node.getStyleClass());
        if (node instanceof Labeled l) {
            out.append(" \"").append(l.getText()).append('"');
        }
        out.append('\n');
        if (node instanceof Labeled || node instanceof Shape) {
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                describe(child, depth + 1, out);
            }
        }
    }
}
