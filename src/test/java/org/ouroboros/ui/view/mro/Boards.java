package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.ouroboros.ui.view.mro.LabelCells.Cell;

/**
 * What the MRO view's canvases (the derivation, the table of lists with the result row, and the
 * hierarchy graph) show, read from the models they draw: tests assert on these as they would on labels.
 */
final class Boards {
    private Boards() {}

    static MergeTable table(MroView view) {
        MergeTable table = (MergeTable) ((Parent) view.node()).lookup(".mro-table");
        assertNotNull(table, "the table");
        return table;
    }

    static HierarchyGraph graph(MroView view) {
        HierarchyGraph graph = (HierarchyGraph) ((Parent) view.node()).lookup(".mro-graph");
        assertNotNull(graph, "the graph");
        return graph;
    }

    static NotationBoard notation(MroView view) {
        NotationBoard notation = (NotationBoard) ((Parent) view.node()).lookup(".mro-notation");
        assertNotNull(notation, "the notation");
        return notation;
    }

    /** The derivation's lines that are shown (not placeholders), in order. */
    static List<String> notationLines(MroView view) {
        return notation(view).lines().stream().filter(Cell::shown).map(Cell::text).toList();
    }

    /** The shown derivation lines in this state ({@code current}: the line of this step). */
    static List<String> notationLines(MroView view, String state) {
        return notation(view).lines().stream().filter(c -> c.shown() && state.equals(c.state())).map(Cell::text).toList();
    }

    /** The table cell with this id ({@code mro-cell-<list>-<index>}). */
    static Cell cell(MroView view, String id) {
        Cell cell = table(view).cells().stream().filter(c -> id.equals(c.id())).findFirst().orElse(null);
        assertNotNull(cell, id);
        return cell;
    }

    /** The texts of the table's cells with this style class, in order. */
    static List<String> texts(MroView view, String styleClass) {
        return table(view).cells().stream().filter(c -> c.styles().contains(styleClass)).map(Cell::text).toList();
    }

    /** The result row's items that are shown (not placeholders). */
    static List<String> result(MroView view) {
        return table(view).result().stream().filter(Cell::shown).map(Cell::text).toList();
    }

    /**
     * Everything the canvases show while they are in sight, one line per cell, result item and class
     * box: style classes, text, mark, badge. Two views drawing the same describe the same.
     */
    static List<String> describe(MroView view) {
        List<String> lines = new ArrayList<>();
        NotationBoard notation = notation(view);
        if (shown(notation)) {
            for (Cell c : notation.lines()) {
                lines.add("line " + c.styles() + " \"" + c.text() + "\" " + c.state() + (c.shown() ? "" : " placeholder"));
            }
        }
        MergeTable table = table(view);
        if (shown(table)) {
            for (Cell c : table.cells()) {
                lines.add("cell " + c.spot() + " " + c.styles() + " " + c.id() + " \"" + c.text() + "\" " + c.state());
            }
            for (Cell c : table.result()) {
                lines.add("result " + c.styles() + " \"" + c.text() + "\" " + c.state() + (c.shown() ? "" : " placeholder"));
            }
        }
        HierarchyGraph graph = graph(view);
        if (shown(graph)) {
            for (String cls : graph.classes()) {
                lines.add("class \"" + graph.text(cls) + "\" " + graph.mark(cls) + " " + graph.badge(cls));
            }
        }
        return lines;
    }

    /** Visible along with every parent. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
