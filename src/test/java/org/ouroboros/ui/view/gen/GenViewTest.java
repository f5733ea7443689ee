package org.ouroboros.ui.view.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.GeneratorEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.RenderedText;
import org.ouroboros.ui.player.TraceViewBinding;

/** The generator view on a real run: stepping forward and back shows the frames and the values sent and yielded. */
class GenViewTest extends StagedFxTestBase {
    private static final Trace SEND = GenTraces.run(GenTraces.SEND);

    private GenView view;
    private PlayerModel player;

    @BeforeEach
    void open() {
        view = callFx(() -> {
            GenView v = new GenView();
            v.setLocale(Locale.ENGLISH);
            v.setSource(GenTraces.SEND, "gen.py");
            return v;
        });
        show(new StackPane(view.node()), 1200, 780);
        player = callFx(() -> {
            PlayerModel p = new PlayerModel();
            TraceViewBinding.bind(p, view);
            p.setTrace(SEND);
            return p;
        });
    }

    private List<String> text() {
        return callFx(() -> RenderedText.of(view.node()));
    }

    private List<String> withClass(String styleClass) {
        return text().stream().filter(l -> l.contains(styleClass)).collect(Collectors.toList());
    }

    private int positionOf(Class<?> type, int occurrence) {
        int seen = 0;
        for (int k = 0; k < SEND.size(); k++) {
            if (type.isInstance(SEND.get(k)) && seen++ == occurrence) {
                return k;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " #" + occurrence);
    }

    @Test
    void stepsForwardAndBackThroughYieldAndSend() {
        int firstYield = positionOf(GeneratorEvent.GeneratorSuspended.class, 0);
        runFx(() -> player.seek(firstYield));
        assertTrue(withClass("gen-card-status").get(0).endsWith("\u2016 suspended at line 2"), text().toString());
        assertTrue(text().stream().anyMatch(l -> l.contains("gen-card-line") && l.endsWith("line 2: html = yield 'http://www.baidu.com'")));
        List<String> values = withClass("gen-message-value");
        assertEquals("[label, gen-message-value] yield 'http://www.baidu.com'", values.get(values.size() - 1));

        int sent = positionOf(GeneratorEvent.GeneratorResumed.class, 1);
        runFx(() -> player.seek(sent));
        values = withClass("gen-message-value");
        assertEquals("[label, gen-message-value] send('hello yield')", values.get(values.size() - 1));
        assertTrue(withClass("gen-note").get(0).contains("<module> sends 'hello yield' into gen_func2"));
        assertTrue(withClass("gen-card-status").get(0).endsWith("\u25b6 running"));

        runFx(() -> player.stepBack());
        List<String> back = withClass("gen-message-value");
        assertEquals("[label, gen-message-value] yield 'http://www.baidu.com'", back.get(back.size() - 1),
                "stepping back removes the send again");
        assertTrue(withClass("gen-card-status").get(0).endsWith("suspended at line 2"));

        runFx(() -> player.jumpToEnd());
        assertTrue(withClass("gen-card-status").get(0).endsWith("\u2713 returned 'ok'"));
        assertTrue(withClass("gen-message-value").contains("[label, gen-message-value] StopIteration('ok')"));
    }

    @Test
    void theYieldFromChannelIsDrawnBetweenTheTwoFrames() {
        Trace trace = GenTraces.run(GenTraces.YIELD_FROM);
        int delegating = -1;
        for (int k = 0; k < trace.size(); k++) {
            if (trace.get(k) instanceof GeneratorEvent.GeneratorDelegating) {
                delegating = k + 1;
                break;
            }
        }
        int at = delegating;
        runFx(() -> {
            view.setSource(GenTraces.YIELD_FROM, "gen.py");
            player.setTrace(trace);
            player.seek(at);
        });
        List<String> shown = text();
        int g1 = indexOf(shown, "gen-card-title] g1");
        int link = indexOf(shown, "\u21c4 yield from");
        int sub = indexOf(shown, "gen-card-title] sub");
        assertTrue(g1 >= 0 && g1 < link && link < sub, shown.toString());
        assertTrue(shown.stream().anyMatch(l -> l.endsWith("line 9: result = yield from sub()")), shown.toString());
        assertTrue(withClass("gen-note").get(0).contains("g1 waits at line 9 in yield from sub"), withClass("gen-note").toString());
    }

    @Test
    void theNoteWrapsInANarrowViewInsteadOfBeingCut() {
        runFx(() -> player.seek(positionOf(GeneratorEvent.GeneratorSuspended.class, 0)));
        runFx(() -> stage.setWidth(420));
        waitFor("the note wraps within 420 px", () -> {
            javafx.scene.control.Label note = (javafx.scene.control.Label) view.node().lookup(".gen-note");
            return note.getWidth() <= ((javafx.scene.layout.Region) view.node()).getWidth()
                    && note.getHeight() > 2 * note.getFont().getSize() * 1.2;
        });
    }

    @Test
    void speaksChineseToo() {
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            player.jumpToEnd();
        });
        assertTrue(withClass("gen-card-status").get(0).contains("已返回 'ok'"), text().toString());
        assertTrue(text().stream().anyMatch(l -> l.contains("传递的值")));
        assertFalse(text().stream().anyMatch(l -> l.contains("Values travelling")));
    }

    @Test
    void drawsTheAwaitChainFromTaskToFuture() {
        Trace five = org.ouroboros.ui.view.loop.AsyncioTraces.run(org.ouroboros.ui.view.loop.AsyncioTraces.FIVE_GET_HTML);
        int at = -1;
        for (int k = 0; k < five.size() && at < 0; k++) {
            if (five.get(k) instanceof org.ouroboros.trace.AioEvent.TaskStepped t && t.name().equals("Task-5")) {
                at = k;
            }
        }
        int position = at;
        runFx(() -> {
            view.setSource(org.ouroboros.ui.view.loop.AsyncioTraces.FIVE_GET_HTML, "seed.py");
            player.setTrace(five);
            player.seek(position);
        });
        List<String> shown = text();
        int task = indexOf(shown, "gen-origin-title] Task-1");
        int coro = indexOf(shown, "gen-card-title] get_html");
        int sleep = indexOf(shown, "gen-card-title] sleep");
        int future = indexOf(shown, "gen-origin-title] <Future pending");
        assertTrue(task >= 0 && task < coro && coro < sleep && sleep < future, shown.toString());
        assertTrue(shown.stream().anyMatch(l -> l.endsWith("line 5: await asyncio.sleep(2)")), shown.toString());
        runFx(() -> org.ouroboros.ui.view.ViewShots.save(view.node(), "gen-asyncio-en"));
        runFx(() -> view.setLocale(Locale.SIMPLIFIED_CHINESE));
        runFx(() -> org.ouroboros.ui.view.ViewShots.save(view.node(), "gen-asyncio-zh"));
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
