package org.ouroboros.ui.view.names;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds the board at its preferred size times the zoom factor. A region rather than a group: the
 * scroll pane sizes a region by its preferred size, where it would re-measure a group (and lay it
 * out again) on every change of any arrow inside it.
 */
final class ZoomFrame extends Region {
    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ZoomFrame(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    double zoom() {
        return scale.getX();
    }

    void setZoom(double factor) {
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
        return content.prefHeight(-1) * zoom();
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, content.prefWidth(-1), content.prefHeight(-1));
    }
}
