package org.ouroboros.ui.view.mro;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The lists being merged, one row each: name, head, tail, and in words why the row matters
 * now. The candidate head, a rejected head and the tail cell that blocks it each get their own
 * style class and a text marker (✓, ✗, ⊘), so the table reads without colour.
 */
final class MergeTable extends GridPane {
    MergeTable() {
        getStyleClass().add("mro-table");
    }

    void show(MergeSnapshot s, LocalizedMessages words) {
        getChildren().clear();
        add(header(words.text("mro.col.list")), 0, 0);
        add(header(words.text("mro.col.head")), 1, 0);
        int widest = Math.max(1, s.lists().stream().mapToInt(List::size).max().orElse(1));
        if (widest > 1) {
            add(header(words.text("mro.col.tail")), 2, 0, widest - 1, 1);
        }
        add(header(words.text("mro.col.note")), widest + 1, 0);
        List<String> rejected = s.rejectedClasses();
        for (int i = 0; i < s.lists().size(); i++) {
            int row = i + 1;
            List<String> list = s.lists().get(i);
            String name = s.isBasesList(i)
                    ? words.format("mro.list.bases", MergeSnapshot.list(s.bases()))
                    : s.listName(i);
            Label nameLabel = cell(name, "mro-list-name");
            add(nameLabel, 0, row);
            if (list.isEmpty()) {
                add(cell(words.text("mro.list.empty"), "mro-cell-empty"), 1, row);
            }
            String note = null;
            for (int k = 0; k < list.size(); k++) {
                String cls = list.get(k);
                Label c = cell(cls, "mro-cell", k == 0 ? "mro-head" : "mro-tail");
                c.setId("mro-cell-" + i + "-" + k);
                if (k == 0 && s.kind() == MergeSnapshot.Kind.TAKEN && cls.equals(s.candidate())) {
                    c.setText(cls + " \u2713");
                    c.getStyleClass().add("mro-taken");
                    note = words.format("mro.note.taken", cls);
                } else if (k == 0 && rejected.contains(cls)) {
                    c.setText(cls + " \u2717");
                    c.getStyleClass().add("mro-rejected");
                    if (i == s.fromList() && s.kind() == MergeSnapshot.Kind.REJECTED) {
                        c.getStyleClass().add("mro-current");
                        note = words.format("mro.note.candidate", cls);
                    }
                } else if (k > 0 && i == s.blockingList() && cls.equals(s.candidate())) {
                    c.setText("\u2298 " + cls);
                    c.getStyleClass().add("mro-blocker");
                    note = words.format("mro.note.blocks", cls);
                }
                add(c, k + 1, row);
            }
            if (note != null) {
                nameLabel.getStyleClass().add("mro-list-active");
                Label noteLabel = cell(note, "mro-note");
                noteLabel.setWrapText(true);
                add(noteLabel, widest + 1, row);
            }
        }
    }

    private static Label header(String text) {
        return cell(text, "mro-table-header");
    }

    private static Label cell(String text, String... classes) {
        Label l = new Label(text);
        l.getStyleClass().addAll(classes);
        return l;
    }
}
