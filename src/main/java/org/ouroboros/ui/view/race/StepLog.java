package org.ouroboros.ui.view.race;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The interleaving up to the player's position, newest last: the latest steps of every thread
 * in the order they ran, each with ◆ when it is a check point, ⇄ when the GIL switched to
 * another thread just before it, and ✗ when it is a store that loses updates.
 */
public final class StepLog extends VBox {
    public static final int ROWS = 14;

    public StepLog() {
        getStyleClass().add("race-log");
    }

    public void show(RaceIndex index, RaceMoment moment, LocalizedMessages words) {
        getChildren().clear();
        Label title = new Label(words.text("race.log.title"));
        title.getStyleClass().add("race-log-title");
        getChildren().add(title);
        int last = moment.stepIndex();
        if (last < 0) {
            return;
        }
        List<Step> steps = index.steps();
        Map<Integer, StoreRecord> lostAt = new HashMap<>();
        int first = Math.max(0, last - ROWS + 1);
        for (StoreRecord r : index.lostUpdates()) {
            if (r.position() >= steps.get(first).position() && r.position() <= steps.get(last).position()) {
                lostAt.put(r.position(), r);
            }
        }
        for (int i = first; i <= last; i++) {
            Step s = steps.get(i);
            boolean switched = i > 0 && steps.get(i - 1).thread() != s.thread();
            StoreRecord lost = lostAt.get(s.position());
            Label where = cell("#" + s.position(), "race-log-position");
            Label who = cell(index.threadName(s.thread()), "race-log-thread");
            Label what = cell(s.text(), "race-log-instruction");
            Label marks = cell((switched ? "\u21c4 " : "") + (s.checkPoint() ? "\u25c6 " : "")
                    + (lost != null ? "\u2717 " + words.format("race.log.lost", String.valueOf(lost.overwritten())) : ""),
                    "race-log-marks");
            HBox row = new HBox(where, who, what, marks);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("race-log-row");
            row.getStyleClass().add("race-log-thread-" + (index.threads().indexOf(s.thread()) + 1));
            if (switched) {
                row.getStyleClass().add("race-log-switch");
            }
            if (lost != null) {
                row.getStyleClass().add("race-log-lost");
            }
            if (i == last) {
                row.getStyleClass().add("race-log-current");
            }
            row.setUserData(s);
            getChildren().add(row);
        }
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("race-log-cell", styleClass);
        return l;
    }
}
