package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.layout.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.player.PlaybackSpeed;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.shell.Shortcut;
import org.ouroboros.ui.view.LessonTabs;

/**
 * File ▸ Export Animation… in the real window: the menu item and its shortcut, the range it takes
 * from the player, frames that are the window's own view at each step, the player left where the
 * user had it, and a cancelled export that leaves no file.
 */
class AnimationExportActionTest extends FxTestBase {
    @TempDir
    Path dir;

    private RealWindow real;
    private PlayerModel player;
    private ShadeView view;
    private AnimationExportAction action;

    /** Paints the view area darker with each step, and remembers which steps it was asked for. */
    static final class ShadeView implements TraceView {
        final Region node = new Region();
        final List<Integer> shown = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void show(Trace trace, int position) {
            shown.add(position);
            double shade = 1 - (position + 1) / (double) Math.max(1, trace.size());
            node.setBackground(Background.fill(Color.gray(shade)));
        }
    }

    @BeforeEach
    void open() {
        real = RealWindow.open(dir.resolve("config"));
        player = real.runs().player();
        view = new ShadeView();
        action = callFx(() -> {
            LessonTabs tabs = LessonTabs.install(real.window(), real.runs());
            tabs.add("shade-tab", locale -> "Shade", view, List.of("objects"));
            return AnimationExportAction.install(real.window(), player);
        });
        real.selectLesson("objects");
        runFx(() -> LessonTabs.install(real.window(), real.runs()).select("shade-tab"));
    }

    @AfterEach
    void close() {
        real.close();
    }

    private static Trace lines(int count) {
        List<TraceEvent> events = IntStream.range(0, count)
                .mapToObj(i -> (TraceEvent) new ExecutionEvent.LineReached(0, "<module>", i + 1)).toList();
        return new Trace(events);
    }

    private MenuItem menuItem() {
        return callFx(() -> real.window().menuBar().fileMenu().getItems().stream()
                .filter(i -> AnimationExportAction.MENU_ITEM_ID.equals(i.getId())).findFirst().orElseThrow());
    }

    /** Waits for the worker to end: a cancelled task reports at once, its cleanup comes after. */
    private static void awaitWorker() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("animation-export")) {
                t.join(TIMEOUT.toMillis());
            }
        }
    }

    private Path exportAndWait(Path file) throws InterruptedException {
        Task<Path> task = callFx(() -> action.exportTo(file));
        waitFor("the export ends", task::isDone);
        awaitWorker();
        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, callFx(task::getState),
                () -> String.valueOf(task.getException()));
        return callFx(task::getValue);
    }

    @Test
    void theMenuItemFollowsThePngExportWithItsShortcutAndIsOffUntilThereIsATrace() {
        MenuItem item = menuItem();
        List<MenuItem> items = callFx(() -> real.window().menuBar().fileMenu().getItems());
        int index = items.indexOf(item);
        assertEquals(Shortcut.EXPORT.keys(), items.get(index - 1).getAccelerator());
        assertEquals(Shortcut.EXPORT_ANIMATION.keys(), item.getAccelerator());
        assertTrue(Shortcut.ALL.contains(Shortcut.EXPORT_ANIMATION), "listed in the shortcuts dialog");
        assertTrue(callFx(item::isDisable));
        runFx(() -> player.setTrace(lines(3)));
        assertFalse(callFx(item::isDisable));
        assertEquals("Export Animation…", callFx(item::getText));
        runFx(() -> real.model().setLanguage(Language.SIMPLIFIED_CHINESE));
        assertEquals("导出动画…", callFx(item::getText));
        assertEquals("将播放器的步骤导出为 GIF 动画或 PNG 序列", callFx(() -> real.window().i18n().text("shortcut.exportAnimation")));
    }

    @Test
    void theRangeRunsFromTheStartToThePlayersPositionOrOverTheWholeTraceFromTheStart() {
        PlayerModel model = new PlayerModel(new org.ouroboros.ui.player.Ticker() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public void start(java.util.function.LongConsumer onFrame) {
            }

            @Override
            public void stop() {
            }
        }, 4);
        model.setTrace(lines(10));
        assertEquals(new FrameRange(-1, 9, 1), AnimationExportAction.range(model), "at the start: all of it");
        model.seek(5);
        assertEquals(new FrameRange(-1, 5, 1), AnimationExportAction.range(model));
        assertEquals(250, AnimationExportAction.delayMillis(model, AnimationExportAction.range(model)),
                "four steps a second");
        model.setSpeed(PlaybackSpeed.DOUBLE);
        assertEquals(125, AnimationExportAction.delayMillis(model, AnimationExportAction.range(model)));
        model.setTrace(lines(10_000));
        FrameRange long_ = AnimationExportAction.range(model);
        assertTrue(long_.count() <= AnimationExportAction.MAX_FRAMES, "a long trace is stepped through: " + long_);
        assertEquals(9_999, long_.to());
        assertEquals(125 * long_.every(), AnimationExportAction.delayMillis(model, long_));
    }

    @Test
    void aGifHoldsTheViewAtEachStepAndThePlayerStaysWhereItWas() throws IOException, InterruptedException {
        runFx(() -> {
            player.setTrace(lines(8));
            player.seek(4);
        });
        Path gif = exportAndWait(dir.resolve("steps.gif"));

        GifFrames frames = GifFrames.read(gif);
        assertEquals(6, frames.images().size(), "positions -1..4");
        assertEquals(List.of(250), frames.delaysMillis().stream().distinct().toList());
        // The middle of the view area: the tab's content, below the tab headers.
        int x = frames.images().get(0).getWidth() / 2;
        int y = frames.images().get(0).getHeight() / 2;
        int first = frames.images().get(0).getRGB(x, y);
        int last = frames.images().get(5).getRGB(x, y);
        assertNotEquals(first, last, "the view changes from step to step");
        assertTrue((first & 0xFF) > (last & 0xFF), "later steps are darker, as the view draws them");
        assertEquals(4, (int) callFx(player::getPosition), "the player is back where the user left it");
        assertTrue(view.shown.containsAll(List.of(-1, 0, 1, 2, 3, 4)), "each step was drawn: " + view.shown);
        assertEquals(4, (int) view.shown.get(view.shown.size() - 1), "the window shows the user's step again");
    }

    @Test
    void aPngNameGivesANumberedSequenceBesideIt() throws IOException, InterruptedException {
        runFx(() -> {
            player.setTrace(lines(8));
            player.seek(2);
        });
        Path folder = exportAndWait(dir.resolve("out/demo.png"));

        assertEquals(dir.resolve("out").toAbsolutePath(), folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("demo-0001.png", "demo-0002.png", "demo-0003.png", "demo-0004.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void cancellingLeavesNoFileAndThePlayerWhereItWas() throws InterruptedException {
        runFx(() -> {
            player.setTrace(lines(400));
            player.seek(399);
        });
        Path gif = dir.resolve("long.gif");
        Task<Path> task = callFx(() -> action.exportTo(gif));
        waitFor("a first frame", () -> task.getWorkDone() >= 1);
        String shown = callFx(() -> javafx.stage.Window.getWindows().stream()
                .map(w -> w.getScene().lookup("#" + ProgressDialog.TEXT_ID))
                .filter(java.util.Objects::nonNull).map(n -> ((javafx.scene.control.Label) n).getText())
                .findFirst().orElse("no progress dialog"));
        assertTrue(shown.matches("Frame \\d+ of 401"), shown);
        runFx(() -> task.cancel(false));
        awaitWorker();

        assertSame(javafx.concurrent.Worker.State.CANCELLED, callFx(task::getState));
        assertFalse(Files.exists(gif));
        assertFalse(Files.exists(dir.resolve("long.gif.part")));
        assertEquals(399, (int) callFx(player::getPosition));
    }
}
