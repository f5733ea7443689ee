package org.ouroboros.ui.view.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.RenderedText;
import org.ouroboros.ui.view.ViewShots;
import org.ouroboros.ui.view.loop.LoopRecords.TaskRow;
import org.ouroboros.ui.view.loop.LoopRecords.TaskStatus;

/** The seed's five get_html tasks on the VM's asyncio: they all wait together and finish 2 s in, not 10. */
class LoopAsyncioTest extends StagedFxTestBase {
    private static final Trace FIVE = AsyncioTraces.run(AsyncioTraces.FIVE_GET_HTML);

    private static LoopState at(int position) {
        return new CheckpointedFold<>(new LoopFold()).stateAt(FIVE, position);
    }

    private int firstWhereAllWait() {
        CheckpointedFold<LoopState> fold = new CheckpointedFold<>(new LoopFold());
        for (int k = 0; k < FIVE.size(); k++) {
            List<TaskRow> tasks = fold.stateAt(FIVE, k).tasks();
            if (tasks.size() == 5 && tasks.stream().allMatch(t -> t.status() == TaskStatus.WAITING)) {
                return k;
            }
        }
        throw new AssertionError("the five tasks never all wait at once");
    }

    @Test
    void theFiveTasksWaitTogetherAndAllFinishTwoSecondsIn() {
        LoopState waiting = at(firstWhereAllWait());
        assertEquals(5, waiting.timers().size(), "five sleep timers in the heap at once");
        LoopState end = at(FIVE.size() - 1);
        List<TaskRow> tasks = end.tasks();
        assertEquals(List.of("Task-1", "Task-2", "Task-3", "Task-4", "Task-5"),
                tasks.stream().map(TaskRow::name).collect(Collectors.toList()));
        for (TaskRow t : tasks) {
            assertEquals(TaskStatus.DONE, t.status());
            assertEquals(2.0, t.finished() - end.origin(), 0.05, t.toString());
        }
        assertTrue(end.console().contains("end get url"));
        assertTrue(end.iteration() < 10, "a handful of iterations, not one per task: " + end.iteration());
    }

    @Test
    void theViewShowsTheWaitingTasksAndTheSelectThatSleepsForAllOfThem() {
        LoopView view = callFx(() -> {
            LoopView v = new LoopView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 780);
        int all = firstWhereAllWait();
        int selectFor2s = -1;
        for (int k = all; k < FIVE.size() && selectFor2s < 0; k++) {
            LoopState s = at(k);
            if (s.phase() == LoopPhase.COMPUTE_TIMEOUT && s.selectTimeout() > 1.9) {
                selectFor2s = k;
            }
        }
        int position = selectFor2s;
        runFx(() -> view.show(FIVE, position));
        List<String> text = callFx(() -> RenderedText.of(view.node()));
        assertEquals(5, text.stream().filter(l -> l.contains("loop-task-status") && l.endsWith("\u25d4 waiting")).count(),
                text.toString());
        assertTrue(text.stream().anyMatch(l -> l.contains("loop-note") && l.contains("nearest timer, 2.000 s from now")),
                text.toString());
        runFx(() -> ViewShots.save(view.node(), "loop-asyncio-waiting-en"));
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            view.show(FIVE, FIVE.size() - 1);
        });
        List<String> done = callFx(() -> RenderedText.of(view.node()));
        assertEquals(5, done.stream().filter(l -> l.contains("loop-task-status") && l.endsWith("\u2713 已完成")).count());
        runFx(() -> ViewShots.save(view.node(), "loop-asyncio-done-zh"));
    }
}
