package org.ouroboros.ui.view.loop;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Holds live text that may grow but not shrink back: when a number gains or loses a digit and a
 * line wraps differently, everything below would move and be repainted; kept at the largest
 * height its content needed, only the text itself is. Never smaller than its content needs now,
 * so nothing is cut off. {@link #reset} lets it shrink once (new run, new language).
 */
public final class GrowOnlyPane extends StackPane {
    private double largest;

    public GrowOnlyPane(Node content) {
        super(content);
        setAlignment(Pos.TOP_LEFT);
    }

    /** Lets the pane take its content's height again (it grows from there). */
    public void reset() {
        largest = 0;
        requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(largest, super.computePrefHeight(width));
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(largest, super.computePrefHeight(width));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        largest = Math.max(largest, super.computePrefHeight(getWidth()));
    }
}
