package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A part of the view drawn on one canvas instead of built from labels: a player step redraws it
 * with a few dozen draw calls, where labels cost a CSS pass, a layout pass and one node each to
 * paint. Sizes come from the {@link Looks} (CSS), so it follows zoom, theme and presentation mode;
 * what it shows stays readable as a model (subclasses expose it) and as accessible text.
 */
abstract class CanvasBoard extends Region {
    private final Canvas canvas = new Canvas();
    protected final Looks looks;
    protected final Boxes boxes;
    private final Runnable laidOut;
    private boolean stale = true;
    private double[] size;
    private List<Boxes.Painted> painted = List.of();

    /** @param laidOut called after each layout (see {@link RepaintMark}) */
    CanvasBoard(Looks looks, Boxes boxes, Runnable laidOut) {
        this.looks = looks;
        this.boxes = boxes;
        this.laidOut = laidOut;
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.TEXT);
        setMinHeight(0);
    }

    /** Marks the drawing out of date (new content or new looks): the next layout measures and paints again. */
    final void redraw() {
        stale = true;
        size = null;
        requestLayout();
    }

    /** The size the content needs: {width, height}. */
    protected abstract double[] measure();

    /** {@link #measure()}, once per content and looks. */
    final double[] size() {
        if (size == null) {
            size = measure();
        }
        return size;
    }

    /** Paints the content at this size; returns the texts it painted. */
    protected abstract List<Boxes.Painted> paint(GraphicsContext g, double width, double height);

    /** The accessible description of what is shown (the canvas has no text nodes a screen reader could read). */
    protected abstract String describe();

    @Override
    protected double computePrefWidth(double height) {
        return size()[0] + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return size()[1] + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(0, Math.ceil(getWidth() - snappedLeftInset() - snappedRightInset()));
        double h = Math.max(0, Math.ceil(getHeight() - snappedTopInset() - snappedBottomInset()));
        if (stale || canvas.getWidth() != w || canvas.getHeight() != h) {
            stale = false;
            canvas.relocate(snappedLeftInset(), snappedTopInset());
            canvas.setWidth(w);
            canvas.setHeight(h);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            painted = w > 0 && h > 0 ? List.copyOf(paint(g, w, h)) : List.of();
            setAccessibleText(describe());
        }
        laidOut.run();
    }

    /** Every text the last paint drew, in drawing order, with its font (for legibility checks). */
    final List<Boxes.Painted> painted() {
        return painted;
    }

    /** Collects painted texts into {@code into} and returns it (a helper for subclasses' paint). */
    static List<Boxes.Painted> into(List<Boxes.Painted> into, List<Boxes.Painted> more) {
        into.addAll(more);
        return into;
    }

    static List<Boxes.Painted> none() {
        return new ArrayList<>();
    }
}
