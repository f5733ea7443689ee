package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.mro.LabelCells.Cell;

/**
 * One merge at one step: the derivation in Simionato's notation, the step in words, the table
 * of lists beside the hierarchy graph, the result growing, CPython's error when it fails, and
 * (in contrast mode) the depth-first order beside C3.
 */
final class MergePanel extends VBox {
    private final Label title = styled(new Label(), "mro-title");
    private final NotationBoard notation;
    private final Label explanation = styled(new Label(), "mro-explanation");
    private final Label error = styled(new Label(), "mro-error");
    private final MergeTable table;
    private final Label graphTitle = styled(new Label(), "mro-section-title");
    private final Label graphLegend = styled(new Label(), "mro-graph-legend");
    private final HierarchyGraph graph;
    private final ContrastPanel contrast = new ContrastPanel();
    private List<Object> hierarchyKey = List.of();
    private Hierarchy hierarchyShown;
    private final Runnable laidOut;

    /** @param laidOut called after each layout of the panel, its table or its graph (see {@link org.ouroboros.ui.view.RepaintMark}) */
    MergePanel(Runnable laidOut) {
        this.laidOut = laidOut;
        // The table and the graph are drawn on canvases in the looks of these hidden, CSS-styled probes.
        Looks looks = new Looks(this::restyled);
        MergeTable.addLooks(looks);
        HierarchyGraph.addLooks(looks);
        NotationBoard.addLooks(looks);
        Boxes boxes = new Boxes();
        notation = new NotationBoard(looks, boxes, laidOut);
        table = new MergeTable(looks, boxes, laidOut);
        graph = new HierarchyGraph(looks, boxes, laidOut);
        getStyleClass().add("mro-merge");
        // Wrapped, not cut with "…": presentation type in the narrow MRO tab is wider than the title.
        title.setWrapText(true);
        explanation.setWrapText(true);
        error.setWrapText(true);
        graphLegend.setWrapText(true);
        VBox graphBox = styled(new VBox(graphTitle, graph, graphLegend), "mro-graph-box");
        graphBox.setAlignment(Pos.TOP_CENTER);
        VBox tableBox = styled(new VBox(table), "mro-table-box");
        FlowPane side = styled(new FlowPane(tableBox, graphBox), "mro-side-by-side");
        getChildren().addAll(title, notation, explanation, error, contrast, side, looks.node());
        noMinimumHeight(this, notation, contrast, side, tableBox, graphBox);
    }

    /** The theme, zoom or language changed a look: both canvases draw again. */
    private void restyled() {
        if (table != null && graph != null && notation != null) {
            table.redraw();
            graph.redraw();
            notation.redraw();
        }
    }

    NotationBoard notation() {
        return notation;
    }

    MergeTable table() {
        return table;
    }

    HierarchyGraph graph() {
        return graph;
    }

    /**
     * As narrow as the canvases allow: every text of the panel wraps, so the table and the graph
     * are what cannot shrink. The scroll pane asks for this on every layout, and measuring each
     * wrapped label's minimum was a large part of a step's layout.
     */
    @Override
    protected double computeMinWidth(double height) {
        Region graphBox = (Region) graph.getParent();
        double graphWidth = graphBox.isManaged()
                ? graph.prefWidth(-1) + graphBox.snappedLeftInset() + graphBox.snappedRightInset() : 0;
        return snappedLeftInset() + snappedRightInset() + Math.max(table.prefWidth(-1), graphWidth);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        laidOut.run();
    }

    /**
     * Gives the boxes a minimum height of 0 instead of one computed from their content. A box's
     * preferred height asks each child for its minimum, preferred and maximum height, and the
     * minimum of a box of boxes is as costly as its preferred height, so each level of nesting
     * doubled the measuring of a step. Nothing here shrinks below its preferred height: the
     * panels sit in scroll panes that give them all the height they ask for.
     */
    static void noMinimumHeight(javafx.scene.Node... boxes) {
        for (javafx.scene.Node box : boxes) {
            ((javafx.scene.layout.Region) box).setMinHeight(0);
        }
    }

    /**
     * @param s     the merge at this step
     * @param end   the snapshot of {@code whole}
     * @param whole the same merge at the end of the trace: its depth-first order and final result
     *              describe the class, not a step, so the graph and the contrast show from step 0
     */
    void show(MergeSnapshot s, MergeSession whole, MergeSnapshot end, boolean contrastOn, LocalizedMessages words) {
        title.setText(words.format("mro.title", s.cls()));
        showNotation(s, end, words);
        explanation.setText(explain(s, words));
        boolean failed = s.error() != null;
        error.setText(failed ? words.format("mro.error", s.error()) : "");
        reveal(error, failed);
        table.show(s, resultCells(s, end, words), words);
        MroEvent.ClassicOrder classic = whole.classicOrder();
        Hierarchy hierarchy = classic == null ? null : hierarchy(classic,
                end.kind() == MergeSnapshot.Kind.FINISHED ? end.result() : classic.order());
        graphTitle.setText(words.text("mro.graph"));
        graphLegend.setText(words.text("mro.graph.legend"));
        graph.show(hierarchy, marks(s), positions(s));
        reveal(graph.getParent(), hierarchy != null);
        reveal(contrast, contrastOn);
        if (contrastOn) {
            contrast.show(end, hierarchy, classic, words);
        }
    }

    /** The same hierarchy object while the same class is shown, so the graph restyles its nodes instead of rebuilding. */
    private Hierarchy hierarchy(MroEvent.ClassicOrder classic, List<String> preferred) {
        List<Object> key = List.of(classic, preferred);
        if (!key.equals(hierarchyKey)) {
            hierarchyKey = key;
            hierarchyShown = Hierarchy.of(classic, preferred);
        }
        return hierarchyShown;
    }

    /** Lines the notation box holds at most: a long merge shows its first line, "⋮", and its latest lines. */
    static final int NOTATION_LINES = 8;

    /**
     * The derivation so far in a box of constant height for the whole merge: the lines the merge
     * will add later are invisible placeholders, and a merge longer than {@link #NOTATION_LINES}
     * shows its first line, how many lines are left out, and its latest lines. So a step does not
     * move (and repaint) the table and graph below, and those stay in view.
     */
    private void showNotation(MergeSnapshot s, MergeSnapshot end, LocalizedMessages words) {
        List<String> lines = s.derivation();
        List<String> all = end.derivation();
        int total = Math.max(lines.size(), all.size());
        String indent = " ".repeat(("L[" + s.cls() + "] ").length());
        List<Cell> cells = new ArrayList<>(Math.min(total, NOTATION_LINES));
        int from = 0;
        if (lines.size() > NOTATION_LINES) {
            cells.add(line(lines, 0, false, indent));
            from = lines.size() - (NOTATION_LINES - 2);
            cells.add(Cell.of("  " + indent + words.format("mro.notation.more", String.valueOf(from - 1)),
                    "mro-notation-line", "mro-notation-more"));
        }
        for (int i = from; i < lines.size(); i++) {
            cells.add(line(lines, i, i == lines.size() - 1, indent));
        }
        for (int i = lines.size(); i < Math.min(total, NOTATION_LINES); i++) {
            cells.add(line(all, i, false, indent).placeholder());
        }
        notation.show(cells);
        reveal(notation, !lines.isEmpty());
    }

    private static Cell line(List<String> lines, int i, boolean current, String indent) {
        String text = (current ? "\u25b6 " : "  ") + (i == 0 ? "" : indent) + lines.get(i);
        // Wrapped rather than cut with "…": at presentation sizes a merge line is wider than the view.
        Cell line = Cell.of(text, "mro-notation-line").wrapped();
        return current ? line.in("current") : line;
    }

    private static String explain(MergeSnapshot s, LocalizedMessages words) {
        return switch (s.kind()) {
            case STARTED -> words.format("mro.explain.started", s.cls());
            case SINGLE_BASE -> words.format("mro.explain.single", s.cls(), s.bases().get(0));
            case TAKEN -> words.format("mro.explain.taken", s.candidate(), s.listName(s.fromList()));
            case REJECTED -> words.format("mro.explain.rejected", s.candidate(), s.listName(s.blockingList()),
                    MergeSnapshot.list(s.lists().get(s.blockingList())));
            case FINISHED -> words.format("mro.explain.finished", s.cls(),
                    "(" + String.join(", ", s.result()) + ")");
            case FAILED -> words.text(s.bases().isEmpty() ? "mro.explain.duplicate" : "mro.explain.failed");
        };
    }

    /** The result so far, then the classes the merge will still add as placeholders (as the notation's lines). */
    private static List<Cell> resultCells(MergeSnapshot s, MergeSnapshot end, LocalizedMessages words) {
        boolean grew = s.kind() == MergeSnapshot.Kind.TAKEN;
        List<String> all = end.result();
        List<Cell> cells = new ArrayList<>(Math.max(s.result().size(), all.size()));
        for (int i = 0; i < s.result().size(); i++) {
            String cls = s.result().get(i);
            boolean newest = grew && i == s.result().size() - 1;
            cells.add(newest ? Cell.of(cls + " \u2713 " + words.text("mro.result.new"), "mro-result-item").in("new")
                    : Cell.of(cls, "mro-result-item"));
        }
        for (int i = s.result().size(); i < all.size(); i++) {
            cells.add(Cell.of(all.get(i), "mro-result-item").placeholder());
        }
        return cells;
    }

    private static Map<String, HierarchyGraph.Mark> marks(MergeSnapshot s) {
        Map<String, HierarchyGraph.Mark> marks = new HashMap<>();
        for (String cls : s.result()) {
            marks.put(cls, HierarchyGraph.Mark.JOINED);
        }
        for (String cls : s.rejectedClasses()) {
            marks.put(cls, HierarchyGraph.Mark.BLOCKED);
        }
        if (s.kind() == MergeSnapshot.Kind.TAKEN) {
            marks.put(s.candidate(), HierarchyGraph.Mark.TAKEN_NOW);
        } else if (s.kind() == MergeSnapshot.Kind.REJECTED || s.kind() == MergeSnapshot.Kind.FAILED) {
            for (String cls : s.kind() == MergeSnapshot.Kind.FAILED ? s.rejectedClasses() : List.of(s.candidate())) {
                marks.put(cls, HierarchyGraph.Mark.REJECTED_NOW);
            }
        }
        marks.put(s.cls(), HierarchyGraph.Mark.SELF);
        return marks;
    }

    private static Map<String, Integer> positions(MergeSnapshot s) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < s.result().size(); i++) {
            positions.put(s.result().get(i), i);
        }
        return positions;
    }

    static void reveal(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    static <N extends javafx.scene.Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
