package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.mro.LabelCells.Cell;

/** C3's result beside the depth-first, left-to-right order, differences marked with ≠ and in words. */
final class ContrastPanel extends VBox {
    private final Label title = MergePanel.styled(new Label(), "mro-section-title");
    private final Label c3Title = MergePanel.styled(new Label(), "mro-contrast-label");
    private final FlowPane c3Row = MergePanel.styled(new FlowPane(), "mro-contrast-row");
    private final Label classicTitle = MergePanel.styled(new Label(), "mro-contrast-label");
    private final FlowPane classicRow = MergePanel.styled(new FlowPane(), "mro-contrast-row");
    private final Label summary = MergePanel.styled(new Label(), "mro-contrast-summary");
    private final Label early = MergePanel.styled(new Label(), "mro-contrast-early");

    ContrastPanel() {
        getStyleClass().add("mro-contrast");
        summary.setWrapText(true);
        early.setWrapText(true);
        c3Row.setId("mro-contrast-c3");
        classicRow.setId("mro-contrast-classic");
        getChildren().addAll(title, c3Title, c3Row, classicTitle, classicRow, summary, early);
    }

    /** Compares the final C3 result (known once the merge finished) with the recorded depth-first order. */
    void show(MergeSnapshot s, Hierarchy hierarchy, MroEvent.ClassicOrder classic, LocalizedMessages words) {
        title.setText(words.text("mro.contrast.title"));
        c3Title.setText(words.text("mro.contrast.c3"));
        classicTitle.setText(words.text("mro.contrast.classic"));
        if (classic == null || hierarchy == null) {
            c3Row.getChildren().clear();
            classicRow.getChildren().clear();
            summary.setText(words.text("mro.contrast.missing"));
            MergePanel.reveal(summary, true);
            MergePanel.reveal(early, false);
            return;
        }
        List<String> c3 = s.kind() == MergeSnapshot.Kind.FAILED ? List.of() : s.result();
        Contrast contrast = Contrast.of(c3, classic.order(), hierarchy);
        boolean complete = s.kind() == MergeSnapshot.Kind.FINISHED;
        List<Cell> c3Cells = new ArrayList<>();
        if (s.kind() == MergeSnapshot.Kind.FAILED) {
            c3Cells.add(Cell.of(words.text("mro.contrast.failed"), "mro-contrast-none"));
        }
        c3Cells.addAll(items(c3, complete ? contrast.differing() : List.of()));
        LabelCells.sync(c3Row, c3Cells);
        LabelCells.sync(classicRow, items(classic.order(), complete ? contrast.differing() : List.of()));
        summary.setText(!complete ? "" : contrast.same()
                ? words.text("mro.contrast.same")
                : words.format("mro.contrast.differs", String.valueOf(contrast.differing().size())));
        MergePanel.reveal(summary, complete);
        boolean flaw = contrast.early() != null;
        early.setText(flaw ? words.format("mro.contrast.early", contrast.early(), contrast.subclass()) : "");
        MergePanel.reveal(early, flaw);
    }

    private static List<Cell> items(List<String> order, List<Integer> differing) {
        List<Cell> cells = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            cells.add(differing.contains(i) ? Cell.of(order.get(i) + " \u2260", "mro-contrast-item", "mro-contrast-diff")
                    : Cell.of(order.get(i), "mro-contrast-item"));
        }
        return cells;
    }
}
