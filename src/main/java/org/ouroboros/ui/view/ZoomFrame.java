package org.ouroboros.ui.view;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds a diagram at its preferred size times a zoom factor, for a scroll pane. A region rather
 * than a group: a group recomputes its bounds, measuring the whole diagram (every wrapped text in
 * it), as soon as any node inside changes size, even in the middle of the CSS pass; a region is
 * measured once, in the layout pass. In the dispatch view's 2,000-object trace that group was
 * over half of the FX thread's time per frame.
 */
public final class ZoomFrame extends Region {
    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public ZoomFrame(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    public double zoom() {
        return scale.getX();
    }

    public void setZoom(double factor) {
        scale.setX(factor);
        scale.setY(factor);
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * zoom();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(content.prefWidth(-1)) * zoom();
    }

    @Override
    protected void layoutChildren() {
        double w = content.prefWidth(-1);
        content.resizeRelocate(0, 0, w, content.prefHeight(w));
    }
}
