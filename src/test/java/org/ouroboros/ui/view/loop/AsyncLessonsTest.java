package org.ouroboros.ui.view.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.loop.LoopRecords.TaskStatus;

/** The real window: the asyncio lesson has the four async tabs; the loop runs live, stepped, and replays on the player. */
class AsyncLessonsTest extends FxTestBase {
    private static final String SHORT = String.join("\n",
            "import asyncio",
            "async def get_html(url):",
            "    print('start get url')",
            "    await asyncio.sleep(0.2)",
            "    print('end get url')",
            "loop = asyncio.get_event_loop()",
            "tasks = [get_html('') for _ in range(5)]",
            "loop.run_until_complete(asyncio.gather(*tasks))",
            "");

    @TempDir
    Path config;

    private RealWindow real;
    private AsyncLessons lessons;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        runFx(() -> lessons = AsyncLessons.install(real.window(), real.runs()));
        real.selectLesson("asyncio");
        waitFor("the asyncio lesson's code", () -> real.window().editor().getText().contains("get_html"));
        runFx(() -> real.window().editor().setText(SHORT));
    }

    @AfterEach
    void close() {
        real.close();
    }

    private LoopState shownLoop() {
        return callFx(() -> lessons.loop().view().state());
    }

    @Test
    void theAsyncioLessonHasTheFourTabs() {
        List<String> ids = callFx(() -> LessonTabs.install(real.window(), real.runs()).tabs().getTabs().stream()
                .map(Tab::getId).collect(Collectors.toList()));
        assertEquals(List.of(LessonTabs.EXECUTION_TAB_ID, "gen-tab", "loop-tab", "io-tab", "c10k-tab"), ids);
    }

    @Test
    void aLiveRunEndsOnThePlayerWhereItCanBeSteppedBack() {
        runFx(() -> LessonTabs.install(real.window(), real.runs()).select(LoopIntegration.TAB_ID));
        runFx(() -> lessons.loop().controls().start());
        waitFor("the live run to end", () -> !lessons.loop().controls().running());
        assertTrue(callFx(() -> real.runs().player().getTrace().size()) > 0);
        LoopState end = shownLoop();
        assertEquals(5, end.tasks().size());
        assertTrue(end.tasks().stream().allMatch(t -> t.status() == TaskStatus.DONE), end.tasks().toString());
        runFx(() -> real.runs().player().seek(0));
        assertEquals(0, shownLoop().tasks().size(), "back at the start: no task yet");
    }

    @Test
    void stepModeRunsOneIterationPerStep() {
        runFx(() -> {
            LessonTabs.install(real.window(), real.runs()).select(LoopIntegration.TAB_ID);
            lessons.loop().controls().setMode(LiveMode.STEP);
            lessons.loop().controls().start();
        });
        Label status = callFx(() -> (Label) lessons.loop().controls().node().lookup("#loop-live-status"));
        waitFor("waiting before the first iteration", () -> status.getText().contains("iteration 0"));
        runFx(() -> lessons.loop().controls().step());
        waitFor("waiting before the second iteration", () -> status.getText().contains("iteration 1"));
        waitFor("the first iteration shown", () -> lessons.loop().view().state().iteration() == 0);
        assertEquals(5, shownLoop().tasks().size());
        runFx(() -> lessons.loop().controls().stop());
        waitFor("the stopped run to end", () -> !lessons.loop().controls().running());
    }
}
