package org.ouroboros.ui.view;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The scale a picture is being taken at, for nodes that rasterise on their own (canvases): a
 * snapshot scaled 2× enlarges a canvas's pixels, so while a hint is set such a node draws at that
 * many pixels per unit and its text stays as sharp as a label's. The hint lives on the scene's
 * root for the length of one snapshot.
 */
public final class ExportScale {
    private static final String KEY = ExportScale.class.getName();

    private ExportScale() {}

    /** The scale of the picture being taken of {@code scene}, or 1 when none is. */
    public static double of(Scene scene) {
        Object hint = scene == null || scene.getRoot() == null ? null : scene.getRoot().getProperties().get(KEY);
        return hint instanceof Double d ? d : 1;
    }

    /** Sets the hint for {@code node}'s scene and lays the scene out again, so canvases redraw at {@code scale}. */
    public static void begin(Node node, double scale) {
        Parent root = rootOf(node);
        if (root != null) {
            root.getProperties().put(KEY, scale);
            relayout(root);
            root.layout();
        }
    }

    /** Takes the hint away; canvases draw at screen density again at the next pulse. */
    public static void end(Node node) {
        Parent root = rootOf(node);
        if (root != null && root.getProperties().remove(KEY) != null) {
            relayout(root);
        }
    }

    private static Parent rootOf(Node node) {
        return node.getScene() == null ? null : node.getScene().getRoot();
    }

    /** Every parent lays out again: a canvas board checks its pixel scale when it lays out. */
    private static void relayout(Parent parent) {
        parent.requestLayout();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                relayout(p);
            }
        }
    }
}
