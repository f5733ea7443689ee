package org.ouroboros.ui.view.loop;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.loop.LoopRecords.TaskRow;

/**
 * Tasks, one row each: name and coroutine, status (symbol and word), what it waits for, and a bar
 * over loop time from its creation to now or its end, so tasks that wait together line up.
 */
final class TaskLane {
    static final double BAR_WIDTH = 320;
    static final int MAX_ROWS = 40;

    private final VBox box = new VBox();
    private final Label title = Chips.text("", "loop-lane-title");
    private final VBox rows = new VBox();

    TaskLane() {
        box.getStyleClass().add("loop-lane");
        box.setId("loop-lane-tasks");
        rows.getStyleClass().add("loop-task-rows");
        box.getChildren().addAll(title, rows);
    }

    VBox node() {
        return box;
    }

    void show(List<TaskRow> tasks, double now, LocalizedMessages words) {
        title.setText(words.format("loop.lane.tasks", String.valueOf(tasks.size())));
        rows.getChildren().clear();
        if (tasks.isEmpty()) {
            rows.getChildren().add(Chips.text(words.text("loop.lane.none"), "loop-lane-empty"));
            return;
        }
        double start = tasks.stream().mapToDouble(TaskRow::created).min().orElse(0);
        double span = Math.max(0.05, now - start);
        int from = Math.max(0, tasks.size() - MAX_ROWS);
        for (TaskRow t : tasks.subList(from, tasks.size())) {
            rows.getChildren().add(row(t, start, span, now, words));
        }
    }

    private static HBox row(TaskRow t, double start, double span, double now, LocalizedMessages words) {
        Label name = Chips.text(t.name(), "loop-task-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label coro = Chips.text(t.coroutine() + "()", "loop-task-coro");
        Label status = Chips.text(t.status().symbol() + " " + words.text(t.status().key()), "loop-task-status");
        status.getStyleClass().add("loop-task-" + t.status().name().toLowerCase(java.util.Locale.ROOT));
        double end = t.finished() >= 0 ? t.finished() : now;
        Region bar = new Region();
        bar.getStyleClass().addAll("loop-task-bar", "loop-task-bar-" + t.status().name().toLowerCase(java.util.Locale.ROOT));
        double left = (t.created() - start) / span * BAR_WIDTH;
        double width = Math.max(3, (end - t.created()) / span * BAR_WIDTH);
        bar.setMaxSize(width, 14);
        bar.setPrefSize(width, 14);
        bar.setTranslateX(left);
        StackPane track = new StackPane(bar);
        track.getStyleClass().add("loop-task-track");
        track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        track.setMinWidth(BAR_WIDTH + 4);
        track.setMaxWidth(BAR_WIDTH + 4);
        Label span2 = Chips.text(words.format("loop.task.span", seconds(t.created()), seconds(end)), "loop-task-span");
        String about = !t.waitingOn().isEmpty() ? words.format("loop.task.waitingOn", t.waitingOn())
                : !t.detail().isEmpty() ? words.format("loop.task.detail", t.detail()) : "";
        Label what = Chips.text(about, "loop-task-about");
        HBox row = new HBox(name, coro, status, track, span2, what);
        row.getStyleClass().add("loop-task-row");
        row.setId("loop-task-" + t.id());
        return row;
    }

    static String seconds(double s) {
        return String.format(java.util.Locale.ROOT, "%.3f", s);
    }
}
