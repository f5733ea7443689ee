package org.ouroboros.ui.view.mro;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;

/**
 * What the canvas-drawn parts of the view look like, read from {@code mro-view.css}: one hidden
 * label per look ({@code .mro-cell.mro-head:taken}, {@code .mro-graph-node:self}, …) and one
 * hidden shape per line style sit in the scene, so the theme, the language's fonts, the app's
 * zoom and presentation mode style them exactly as they styled the labels the canvases replace.
 * Their CSS is matched once, not on every step; when it changes (another theme, zoom), the
 * listener given to the constructor redraws.
 */
final class Looks {
    /**
     * One label's resolved style.
     *
     * @param border  the widths of the border (top, right, bottom, left); zero where there is none
     * @param dashes  the border's dash pattern in px, empty when solid
     * @param padding the space between the border and the text
     * @param minHeight the CSS minimum height, 0 when it has none
     * @param maxWidth  the CSS maximum width (a wrapped text's width), infinite when it has none
     */
    record Look(Font font, Paint text, Paint fill, double radius, Paint stroke, Insets border, double[] dashes,
                Insets padding, double minHeight, double maxWidth) {
        double insetsWidth() {
            return border.getLeft() + border.getRight() + padding.getLeft() + padding.getRight();
        }

        double insetsHeight() {
            return border.getTop() + border.getBottom() + padding.getTop() + padding.getBottom();
        }
    }

    /** A line's resolved style (the graph's edges and arrowheads). */
    record Line(Paint stroke, double width, Paint fill) {}

    private final Pane holder = new Pane();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Shape> shapes = new HashMap<>();
    /** The looks read since the CSS last changed (reading one walks the probe's background and border). */
    private final Map<String, Look> read = new HashMap<>();
    private final Runnable changed;

    /**
     * @param changed called when a look changes after the first CSS pass (a theme or zoom change)
     */
    Looks(Runnable changed) {
        this.changed = changed;
        holder.setManaged(false);
        holder.setVisible(false);
        holder.setMouseTransparent(true);
    }

    /** The hidden node holding the probes: it must be in the view's scene graph, under {@code .mro-view}. */
    Node node() {
        return holder;
    }

    /** Adds a label probe with these style classes and, if not null, this pseudo-class. */
    Looks label(String styleClasses, String state) {
        Label probe = new Label();
        probe.getStyleClass().addAll(styleClasses.split(" "));
        if (state != null) {
            probe.pseudoClassStateChanged(PseudoClass.getPseudoClass(state), true);
        }
        watch(probe.fontProperty(), probe.textFillProperty(), probe.backgroundProperty(), probe.borderProperty(),
                probe.paddingProperty(), probe.minHeightProperty(), probe.maxWidthProperty());
        labels.put(key(styleClasses, state), probe);
        holder.getChildren().add(probe);
        return this;
    }

    /** Adds a shape probe (its stroke and fill are read) with this style class. */
    Looks shape(Shape probe, String styleClass) {
        probe.getStyleClass().add(styleClass);
        watch(probe.strokeProperty(), probe.strokeWidthProperty(), probe.fillProperty());
        shapes.put(styleClass, probe);
        holder.getChildren().add(probe);
        return this;
    }

    private void watch(Observable... properties) {
        for (Observable p : properties) {
            p.addListener(o -> {
                read.clear();
                changed.run();
            });
        }
    }

    private static String key(String styleClasses, String state) {
        return state == null ? styleClasses : styleClasses + ":" + state;
    }

    /** The look of the label probe with these style classes and pseudo-class (null: none). */
    Look look(String styleClasses, String state) {
        return read.computeIfAbsent(key(styleClasses, state), this::readLook);
    }

    private Look readLook(String key) {
        Label probe = labels.get(key);
        if (probe == null) {
            throw new IllegalArgumentException("no look " + key);
        }
        Paint fill = null;
        double radius = 0;
        Background background = probe.getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            BackgroundFill f = background.getFills().get(background.getFills().size() - 1);
            fill = f.getFill();
            radius = f.getRadii().getTopLeftHorizontalRadius();
        }
        Paint stroke = Color.TRANSPARENT;
        Insets border = Insets.EMPTY;
        double[] dashes = new double[0];
        Border b = probe.getBorder();
        if (b != null && !b.getStrokes().isEmpty()) {
            BorderStroke s = b.getStrokes().get(0);
            stroke = s.getTopStroke();
            border = new Insets(s.getWidths().getTop(), s.getWidths().getRight(), s.getWidths().getBottom(),
                    s.getWidths().getLeft());
            BorderStrokeStyle style = s.getTopStyle();
            if (style != null && style != BorderStrokeStyle.NONE) {
                List<Double> dash = style.getDashArray();
                dashes = dash.stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        double min = probe.getMinHeight() > 0 ? probe.getMinHeight() : 0;
        double max = probe.getMaxWidth() > 0 ? probe.getMaxWidth() : Double.POSITIVE_INFINITY;
        return new Look(probe.getFont(), probe.getTextFill(), fill, radius, stroke, border, dashes, probe.getPadding(),
                min, max);
    }

    /** The line style of the shape probe with this style class. */
    Line line(String styleClass) {
        Shape probe = shapes.get(styleClass);
        return new Line(probe.getStroke(), probe.getStrokeWidth(), probe.getFill());
    }
}
