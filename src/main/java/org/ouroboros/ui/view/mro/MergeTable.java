package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.mro.LabelCells.Cell;

/**
 * The lists being merged, one row each: name, head, tail, and in words why the row matters
 * now; below them the result so far. The candidate head, a rejected head and the tail cell that
 * blocks it each get their own look and a text marker (✓, ✗, ⊘), so the table reads without
 * colour. Drawn on a canvas laid out as a grid of labels would be ({@link #cells()} says what is
 * in each cell, {@link #result()} what the result row holds).
 */
final class MergeTable extends CanvasBoard {
    /** The looks this board draws with (style classes after {@code label}, then the pseudo-classes each can have). */
    static void addLooks(Looks looks) {
        looks.label("mro-table-header", null).label("mro-list-name", null).label("mro-list-name", "current-row")
                .label("mro-cell-empty", null).label("mro-note", null).label("mro-section-title", null)
                .label("mro-result-item", null).label("mro-result-item", "new");
        for (String column : List.of("mro-cell mro-head", "mro-cell mro-tail")) {
            looks.label(column, null);
            for (String mark : List.of("taken", "rejected", "rejected-now", "blocker")) {
                looks.label(column, mark);
            }
        }
    }

    private List<Cell> cells = List.of();
    private List<Cell> result = List.of();
    private String resultTitle = "";
    private Plan plan;

    MergeTable(Looks looks, Boxes boxes, Runnable laidOut) {
        super(looks, boxes, laidOut);
        getStyleClass().add("mro-table");
    }

    /**
     * @param s      the merge at this step
     * @param result the result row's items (placeholders for the classes still to come)
     */
    void show(MergeSnapshot s, List<Cell> result, LocalizedMessages words) {
        List<Cell> now = s.lists().isEmpty() ? List.of() : cells(s, words);
        String title = words.text("mro.result");
        if (now.equals(cells) && result.equals(this.result) && title.equals(resultTitle)) {
            return;
        }
        cells = now;
        this.result = List.copyOf(result);
        resultTitle = title;
        redraw();
    }

    /** The table's cells at this step, as a table of labels would hold them (empty: no lists to show). */
    List<Cell> cells() {
        return cells;
    }

    /** The result row's items, placeholders included (not {@link Cell#shown()}). */
    List<Cell> result() {
        return result;
    }

    /** Every cell of the table at this step, in the order a table built from scratch adds them. */
    static List<Cell> cells(MergeSnapshot s, LocalizedMessages words) {
        List<Cell> cells = new ArrayList<>();
        cells.add(header(words.text("mro.col.list")).at(0, 0, 1, "list"));
        cells.add(header(words.text("mro.col.head")).at(1, 0, 1, "head"));
        int widest = Math.max(1, s.lists().stream().mapToInt(List::size).max().orElse(1));
        if (widest > 1) {
            cells.add(header(words.text("mro.col.tail")).at(2, 0, widest - 1, "tail"));
        }
        cells.add(header(words.text("mro.col.note")).at(widest + 1, 0, 1, "note"));
        List<String> rejected = s.rejectedClasses();
        for (int i = 0; i < s.lists().size(); i++) {
            int row = i + 1;
            List<String> list = s.lists().get(i);
            String name = s.isBasesList(i)
                    ? words.format("mro.list.bases", MergeSnapshot.list(s.bases()))
                    : s.listName(i);
            int nameAt = cells.size();
            cells.add(Cell.of(name, "mro-list-name").at(0, row, 1, "name " + i));
            if (list.isEmpty()) {
                cells.add(Cell.of(words.text("mro.list.empty"), "mro-cell-empty").at(1, row, 1, "empty " + i));
            }
            String note = null;
            for (int k = 0; k < list.size(); k++) {
                String cls = list.get(k);
                String text = cls;
                String mark = null;
                if (k == 0 && s.kind() == MergeSnapshot.Kind.TAKEN && cls.equals(s.candidate())) {
                    text = cls + " \u2713";
                    mark = "taken";
                    note = words.format("mro.note.taken", cls);
                } else if (k == 0 && rejected.contains(cls)) {
                    text = cls + " \u2717";
                    mark = "rejected";
                    if (i == s.fromList() && s.kind() == MergeSnapshot.Kind.REJECTED) {
                        mark = "rejected-now";
                        note = words.format("mro.note.candidate", cls);
                    }
                } else if (k > 0 && i == s.blockingList() && cls.equals(s.candidate())) {
                    text = "\u2298 " + cls;
                    mark = "blocker";
                    note = words.format("mro.note.blocks", cls);
                }
                Cell cell = Cell.of(text, "mro-cell", k == 0 ? "mro-head" : "mro-tail").withId("mro-cell-" + i + "-" + k)
                        .at(k + 1, row, 1, "cell " + i + " " + k);
                cells.add(mark == null ? cell : cell.in(mark));
            }
            if (note != null) {
                cells.set(nameAt, Cell.of(name, "mro-list-name").in("current-row").at(0, row, 1, "name " + i));
                cells.add(Cell.of(note, "mro-note").wrapped().at(widest + 1, row, 1, "note " + i));
            }
        }
        return cells;
    }

    private static Cell header(String text) {
        return Cell.of(text, "mro-table-header");
    }

    // ---- layout: a grid as GridPane lays out labels, then the result row as an HBox with a FlowPane ----

    /** Where each cell and result item goes, and the board's size. */
    private record Plan(List<Placed> placed, double width, double height) {}

    private record Placed(Cell cell, Looks.Look look, List<String> lines, boolean centred, double x, double y, double w,
            double h) {}

    /** The look of a cell: its style classes after {@code label} and its pseudo-class. */
    private Looks.Look lookOf(Cell cell) {
        return looks.look(String.join(" ", cell.styles().subList(1, cell.styles().size())), cell.state());
    }

    @Override
    protected double[] measure() {
        plan = plan();
        return new double[] {plan.width(), plan.height()};
    }

    private Plan plan() {
        double em = looks.look("mro-table-header", null).font().getSize();
        double gap = Math.round(em * 0.3);
        List<Placed> placed = new ArrayList<>();
        double tableWidth = 0;
        double tableHeight = 0;
        if (!cells.isEmpty()) {
            int columns = 0;
            int rows = 0;
            for (Cell c : cells) {
                columns = Math.max(columns, c.spot().column() + c.spot().columnSpan());
                rows = Math.max(rows, c.spot().row() + 1);
            }
            double[] colW = new double[columns];
            List<Looks.Look> cellLooks = new ArrayList<>(cells.size());
            for (Cell c : cells) {
                Looks.Look look = lookOf(c);
                cellLooks.add(look);
                if (c.spot().columnSpan() == 1) {
                    colW[c.spot().column()] = Math.max(colW[c.spot().column()], prefWidth(c, look));
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                int span = c.spot().columnSpan();
                if (span > 1) {
                    double have = spanWidth(colW, c.spot().column(), span, gap);
                    double need = prefWidth(c, cellLooks.get(i));
                    for (int k = 0; need > have && k < span; k++) {
                        colW[c.spot().column() + k] += (need - have) / span;
                    }
                }
            }
            double[] rowH = new double[rows];
            List<List<String>> lines = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                Looks.Look look = cellLooks.get(i);
                double w = boxWidth(c, look, spanWidth(colW, c.spot().column(), c.spot().columnSpan(), gap));
                List<String> text = c.wrap() ? boxes.wrap(look.font(), c.text(), w - look.insetsWidth()) : List.of(c.text());
                lines.add(text);
                rowH[c.spot().row()] = Math.max(rowH[c.spot().row()], boxes.height(look, text.size()));
            }
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                Looks.Look look = cellLooks.get(i);
                double x = spanWidth(colW, 0, c.spot().column(), gap) + (c.spot().column() > 0 ? gap : 0);
                double y = spanWidth(rowH, 0, c.spot().row(), gap) + (c.spot().row() > 0 ? gap : 0);
                double w = boxWidth(c, look, spanWidth(colW, c.spot().column(), c.spot().columnSpan(), gap));
                placed.add(new Placed(c, look, lines.get(i), c.styles().contains("mro-cell"), x, y, w, rowH[c.spot().row()]));
            }
            tableWidth = spanWidth(colW, 0, columns, gap);
            tableHeight = spanWidth(rowH, 0, rows, gap);
        }
        // The result row: its title, then the items flowing in the room the table leaves (wrapping as a
        // FlowPane that prefers 240 px would), the title centred on them.
        Looks.Look titleLook = looks.look("mro-section-title", null);
        double titleW = boxes.width(titleLook, resultTitle);
        double spacing = Math.round(em * 0.6);
        List<double[]> sizes = new ArrayList<>(result.size());
        List<Looks.Look> itemLooks = new ArrayList<>(result.size());
        for (Cell item : result) {
            Looks.Look look = lookOf(item);
            itemLooks.add(look);
            sizes.add(new double[] {boxes.width(look, item.text()), boxes.height(look, 1)});
        }
        double flowPref = flow(sizes, 240, gap);
        double width = Math.max(tableWidth, titleW + spacing + flowPref);
        double flowLeft = titleW + spacing;
        List<double[]> at = new ArrayList<>(sizes.size());
        double flowHeight = flowHeight(sizes, width - flowLeft, gap, at);
        double rowTop = cells.isEmpty() ? 0 : tableHeight + spacing;
        double rowHeight = Math.max(flowHeight, boxes.height(titleLook, 1));
        double titleH = boxes.height(titleLook, 1);
        placed.add(new Placed(Cell.of(resultTitle, "mro-section-title"), titleLook, List.of(resultTitle), false, 0,
                rowTop + (rowHeight - titleH) / 2, titleW, titleH));
        double flowTop = rowTop + (rowHeight - flowHeight) / 2;
        for (int i = 0; i < result.size(); i++) {
            double[] size = sizes.get(i);
            double[] xy = at.get(i);
            placed.add(new Placed(result.get(i), itemLooks.get(i), List.of(result.get(i).text()), false,
                    flowLeft + xy[0], flowTop + xy[1], size[0], size[1]));
        }
        return new Plan(placed, Math.ceil(width), Math.ceil(rowTop + rowHeight));
    }

    /** The widest run of boxes wrapped at {@code wrap} (a FlowPane's preferred width). */
    private static double flow(List<double[]> sizes, double wrap, double gap) {
        double widest = 0;
        double x = 0;
        for (double[] s : sizes) {
            if (x > 0 && x + s[0] > wrap) {
                x = 0;
            }
            x += s[0] + gap;
            widest = Math.max(widest, x - gap);
        }
        return widest;
    }

    /** Places the boxes in runs no wider than {@code width} and returns the height of the runs. */
    private static double flowHeight(List<double[]> sizes, double width, double gap, List<double[]> at) {
        double x = 0;
        double y = 0;
        double runHeight = 0;
        for (double[] s : sizes) {
            if (x > 0 && x + s[0] > width) {
                x = 0;
                y += runHeight + gap;
                runHeight = 0;
            }
            at.add(new double[] {x, y});
            x += s[0] + gap;
            runHeight = Math.max(runHeight, s[1]);
        }
        return y + runHeight;
    }

    private double prefWidth(Cell c, Looks.Look look) {
        double w = boxes.width(look, c.text());
        return c.wrap() ? Math.min(w, look.maxWidth()) : w;
    }

    /** A label fills its column only as wide as its text (its maximum width is its preferred width). */
    private double boxWidth(Cell c, Looks.Look look, double column) {
        return c.wrap() ? Math.min(column, look.maxWidth()) : Math.min(column, boxes.width(look, c.text()));
    }

    private static double spanWidth(double[] sizes, int from, int count, double gap) {
        double sum = 0;
        for (int k = from; k < from + count && k < sizes.length; k++) {
            sum += sizes[k];
        }
        return sum + Math.max(0, count - 1) * gap;
    }

    @Override
    protected List<Boxes.Painted> paint(GraphicsContext g, double width, double height) {
        size();
        List<Boxes.Painted> painted = none();
        for (Placed p : plan.placed()) {
            if (!p.cell().shown()) {
                continue;
            }
            Boxes.paintBox(g, p.look(), p.x(), p.y(), p.w(), p.h());
            painted.addAll(boxes.paintText(g, p.look(), p.lines(), p.centred(), p.x(), p.y(), p.w(), p.h()));
        }
        return painted;
    }

    @Override
    protected String describe() {
        StringBuilder text = new StringBuilder();
        int row = -1;
        for (Cell c : cells) {
            if (c.spot().row() != row) {
                row = c.spot().row();
                text.append(text.length() == 0 ? "" : "\n");
            } else {
                text.append(", ");
            }
            text.append(c.text());
        }
        text.append(text.length() == 0 ? "" : "\n").append(resultTitle).append(": ");
        text.append(String.join(", ", result.stream().filter(Cell::shown).map(Cell::text).toList()));
        return text.toString();
    }
}
