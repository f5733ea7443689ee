package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.canvas.GraphicsContext;
import org.ouroboros.ui.view.mro.LabelCells.Cell;

/**
 * The derivation in Simionato's notation, one line per step of the merge, drawn on a canvas in
 * a box styled by {@code .mro-notation}. Lines the merge adds later are placeholders: laid out
 * (so the box keeps one height for the whole merge) but not drawn. A line wider than the box
 * wraps, as a wrapping label would. {@link #lines()} says what each line shows.
 */
final class NotationBoard extends CanvasBoard {
    /** The looks this board draws with. */
    static void addLooks(Looks looks) {
        looks.label("mro-notation-line", null).label("mro-notation-line", "current")
                .label("mro-notation-line mro-notation-more", null);
    }

    private List<Cell> lines = List.of();
    /** The last width asked for and the height it needs (a step asks for the same width many times). */
    private double measuredWidth = -1;
    private double measuredHeight;
    private Looks.Look measuredLook;

    NotationBoard(Looks looks, Boxes boxes, Runnable laidOut) {
        super(looks, boxes, laidOut);
        getStyleClass().add("mro-notation");
    }

    void show(List<Cell> cells) {
        if (cells.equals(lines)) {
            return;
        }
        lines = List.copyOf(cells);
        measuredWidth = -1;
        redraw();
    }

    /** The lines, placeholders included (not {@link Cell#shown()}); the current one is in state {@code current}. */
    List<Cell> lines() {
        return lines;
    }

    private Looks.Look lookOf(Cell cell) {
        return looks.look(String.join(" ", cell.styles().subList(1, cell.styles().size())), cell.state());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** The widest line unwrapped. */
    @Override
    protected double[] measure() {
        double w = 0;
        for (Cell c : lines) {
            w = Math.max(w, boxes.width(lookOf(c), c.text()));
        }
        return new double[] {w, 0};
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? size()[0] : width - snappedLeftInset() - snappedRightInset();
        Looks.Look look = looks.look("mro-notation-line", null);
        if (inner != measuredWidth || look != measuredLook) {
            measuredWidth = inner;
            measuredLook = look;
            double h = 0;
            for (List<String> wrapped : wrap(inner)) {
                h += wrapped.size() * boxes.lineHeight(look.font());
            }
            measuredHeight = Math.ceil(h + spacing() * Math.max(0, lines.size() - 1));
        }
        return measuredHeight + snappedTopInset() + snappedBottomInset();
    }

    /** 0.1em of the view's font (the box's CSS spacing between lines). */
    private double spacing() {
        return Math.round(looks.look("mro-table-header", null).font().getSize() * 0.1);
    }

    private List<List<String>> wrap(double width) {
        List<List<String>> wrapped = new ArrayList<>(lines.size());
        for (Cell c : lines) {
            Looks.Look look = lookOf(c);
            wrapped.add(boxes.wrap(look.font(), c.text(), width - look.insetsWidth()));
        }
        return wrapped;
    }

    @Override
    protected List<Boxes.Painted> paint(GraphicsContext g, double width, double height) {
        List<Boxes.Painted> painted = none();
        List<List<String>> wrapped = wrap(width);
        double y = 0;
        for (int i = 0; i < lines.size(); i++) {
            Cell c = lines.get(i);
            Looks.Look look = lookOf(c);
            double h = wrapped.get(i).size() * boxes.lineHeight(look.font());
            if (c.shown()) {
                painted.addAll(boxes.paintText(g, look, wrapped.get(i), false, 0, y, width, h));
            }
            y += h + spacing();
        }
        return painted;
    }

    @Override
    protected String describe() {
        return String.join("\n", lines.stream().filter(Cell::shown).map(Cell::text).toList());
    }
}
