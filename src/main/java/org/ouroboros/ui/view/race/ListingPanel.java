package org.ouroboros.ui.view.race;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * One racing thread's {@code dis} listing (the instructions it ran), with a ◆ at every
 * eval-breaker check point, ▶ at the instruction it ran last, and its pending load of the shared
 * variable marked (⚠ stale when another thread has stored since). Rows are rebuilt only when the
 * thread or its listing changes; a step only moves the marks.
 */
public final class ListingPanel extends VBox {
    private final Label title = new Label();
    private final Label state = new Label();
    private final VBox rows = new VBox();
    private final List<HBox> rowNodes = new ArrayList<>();
    private final List<Label> markers = new ArrayList<>();
    private List<ListedInstruction> shown = List.of();

    public ListingPanel() {
        getStyleClass().add("race-listing");
        title.getStyleClass().add("race-listing-title");
        state.getStyleClass().add("race-listing-state");
        state.setWrapText(true);
        rows.getStyleClass().add("race-rows");
        getChildren().addAll(title, state, rows);
    }

    /**
     * Shows {@code listing} for {@code threadName}; {@code last} is the step it ran last (or null),
     * {@code pendingLoad} the trace position of its pending load (-1: none).
     */
    public void show(String threadName, List<ListedInstruction> listing, Step last, boolean running, int pendingLoad,
            boolean stale, String variable, LocalizedMessages words) {
        title.setText(threadName);
        if (!listing.equals(shown)) {
            rebuild(listing);
        }
        String status = last == null ? words.text("race.thread.notStarted")
                : running ? words.text("race.thread.running") : words.text("race.thread.waiting");
        if (pendingLoad >= 0) {
            status += " \u00b7 " + words.format(stale ? "race.thread.staleLoad" : "race.thread.pendingLoad", variable,
                    String.valueOf(pendingLoad));
        }
        state.setText(status);
        getStyleClass().removeAll("race-listing-running");
        if (running) {
            getStyleClass().add("race-listing-running");
        }
        for (int i = 0; i < shown.size(); i++) {
            ListedInstruction in = shown.get(i);
            boolean isLast = last != null && last.function().equals(in.function()) && last.offset() == in.offset();
            boolean isPendingLoad = pendingLoad >= 0 && isLast == false && variable != null && loadsVariable(in, variable);
            HBox row = rowNodes.get(i);
            row.getStyleClass().removeAll("race-row-current", "race-row-pending", "race-row-stale");
            String marker = "";
            if (isLast) {
                row.getStyleClass().add("race-row-current");
                marker = "\u25b6";
            }
            if (pendingLoad >= 0 && variable != null && loadsVariable(in, variable)) {
                row.getStyleClass().add(stale ? "race-row-stale" : "race-row-pending");
                marker = marker + (stale ? "\u26a0" : "\u2193");
            }
            markers.get(i).setText(marker);
            if (isPendingLoad) {
                row.setAccessibleText(words.text("race.row.pending"));
            }
        }
    }

    /** The listing rows (for tests): one per instruction. */
    public List<HBox> rows() {
        return List.copyOf(rowNodes);
    }

    private static boolean loadsVariable(ListedInstruction in, String variable) {
        return new Step(0, 0, in.function(), in.offset(), in.opname(), in.argRepr(), in.line(), false).loads(variable);
    }

    private void rebuild(List<ListedInstruction> listing) {
        shown = listing;
        rowNodes.clear();
        markers.clear();
        rows.getChildren().clear();
        String function = null;
        for (ListedInstruction in : listing) {
            if (!in.function().equals(function)) {
                function = in.function();
                Label header = new Label(function + "():");
                header.getStyleClass().add("race-function");
                rows.getChildren().add(header);
            }
            Label marker = cell("", "race-marker");
            Label check = cell(in.checkPoint() ? "\u25c6" : "", "race-checkpoint");
            Label offset = cell(String.format(Locale.ROOT, "%4d", in.printedOffset()), "race-offset");
            Label op = cell(in.opname(), "race-opname");
            Label arg = cell(in.argRepr(), "race-arg");
            HBox row = new HBox(marker, check, offset, op, arg);
            row.getStyleClass().add("race-row");
            if (in.checkPoint()) {
                row.getStyleClass().add("race-row-checkpoint");
            }
            row.setAlignment(Pos.CENTER_LEFT);
            row.setUserData(in);
            rowNodes.add(row);
            markers.add(marker);
            rows.getChildren().add(row);
        }
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("race-cell", styleClass);
        return l;
    }
}
