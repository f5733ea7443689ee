package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.ouroboros.ui.view.ExportScale;

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
    private double paintedWidth = -1;
    private double paintedHeight = -1;
    private double paintedScale = -1;
    /** The pixel scale the canvas's texture was made for. */
    private double canvasScale = -1;
    private List<Boxes.Painted> painted = List.of();

    /** @param laidOut called after each layout (see {@link org.ouroboros.ui.view.RepaintMark}) */
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

    /**
     * How wide the canvas is in a board {@code width} wide inside its insets: all of it by default. A
     * narrower canvas makes a smaller region to paint again when it changes.
     */
    protected double canvasWidth(double width) {
        return width;
    }

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
        double w = canvasWidth(Math.max(0, Math.ceil(getWidth() - snappedLeftInset() - snappedRightInset())));
        double h = Math.max(0, Math.ceil(getHeight() - snappedTopInset() - snappedBottomInset()));
        double scale = pixelScale();
        if (stale || w != paintedWidth || h != paintedHeight || scale != paintedScale) {
            stale = false;
            paintedWidth = w;
            paintedHeight = h;
            paintedScale = scale;
            painted = List.copyOf(draw(w, h, scale));
            setAccessibleText(describe());
        }
        laidOut.run();
    }

    /**
     * Draws the content {@code w} × {@code h} units at {@code scale} pixels per unit: by default all of
     * it again on the board's canvas. Returns the texts drawn.
     */
    protected List<Boxes.Painted> draw(double w, double h, double scale) {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (scale != canvasScale || !roomFor(w, h)) {
            // A new size makes a new texture: a step that only shrinks the drawing keeps the canvas.
            canvasScale = scale;
            resize(canvas, w, h, scale);
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTransform(scale, 0, 0, scale, 0, 0);
        return w > 0 && h > 0 ? paint(g, w, h) : List.of();
    }

    /**
     * Pixels per unit the canvases draw at. In a window, 1: JavaFX gives a canvas the screen's
     * own pixel density. Without a window the scene is being rendered to a picture (PNG export,
     * which may scale it 2×): 2, so the picture's text stays as sharp as labels' would. While a
     * picture of a window is taken at a larger scale (Ctrl+E at 2×), that scale.
     */
    final double pixelScale() {
        Scene scene = getScene();
        if (scene == null) {
            return 1;
        }
        return Math.max(scene.getWindow() == null ? OFFSCREEN_SCALE : 1, ExportScale.of(scene));
    }

    static final double OFFSCREEN_SCALE = 2;

    /** Sizes {@code canvas} to show {@code w} × {@code h} units at {@code scale} pixels per unit. */
    static void resize(Canvas canvas, double w, double h, double scale) {
        canvas.setWidth(w * scale);
        canvas.setHeight(h * scale);
        canvas.getTransforms().setAll(new javafx.scene.transform.Scale(1 / scale, 1 / scale, 0, 0));
    }

    /** True when the canvas is at least this big and not much bigger (its texture can be kept). */
    private boolean roomFor(double w, double h) {
        double cw = canvas.getWidth() / canvasScale;
        double ch = canvas.getHeight() / canvasScale;
        return cw >= w && ch >= h && cw <= w * 1.25 + 8 && ch <= h * 1.25 + 8;
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
