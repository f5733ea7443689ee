package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.GridPane;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.mro.LabelCells.Cell;

/**
 * The lists being merged, one row each: name, head, tail, and in words why the row matters
 * now. The candidate head, a rejected head and the tail cell that blocks it each get their own
 * pseudo-class and a text marker (✓, ✗, ⊘), so the table reads without colour. A step keeps
 * the cells on screen and changes their texts and styles ({@link LabelCells}).
 */
final class MergeTable extends GridPane {
    private final Runnable laidOut;

    /** @param laidOut called after each layout of the table (see {@link RepaintMark}) */
    MergeTable(Runnable laidOut) {
        this.laidOut = laidOut;
        getStyleClass().add("mro-table");
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        laidOut.run();
    }

    void show(MergeSnapshot s, LocalizedMessages words) {
        LabelCells.sync(this, cells(s, words));
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
                // The mark is a pseudo-class (:taken, :rejected, :rejected-now, :blocker): a step that
                // moves it restyles the cell without matching its selectors again, as a style class would.
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
}
