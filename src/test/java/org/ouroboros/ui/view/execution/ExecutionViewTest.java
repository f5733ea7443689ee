package org.ouroboros.ui.view.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.RenderedText;

class ExecutionViewTest extends StagedFxTestBase {

    private ExecutionView shownAt(Trace trace, int position) {
        ExecutionView view = callFx(() -> {
            ExecutionView v = new ExecutionView();
            v.setLocale(Locale.ENGLISH);
            v.show(trace, position);
            return v;
        });
        show(new StackPane(view.node()), 600, 500);
        return view;
    }

    private static List<String> rendered(ExecutionView view) {
        return callFx(() -> RenderedText.of(view.node()));
    }

    @Test
    void beforeTheFirstEventItSaysHowToStart() {
        ExecutionView view = shownAt(DemoTraces.GREET, -1);
        List<String> text = rendered(view);
        assertTrue(text.contains("[label, execution-status] Not started yet: press Play or → to step"), text.toString());
        assertTrue(text.contains("[label, execution-stack-empty] (no frames)"), text.toString());
        assertEquals(-1, (int) callFx(() -> view.currentLineProperty().get()));
    }

    @Test
    void withoutATraceItSaysSoAndATraceWithoutFramesIsAProgramThatDidNotRun() {
        ExecutionView empty = shownAt(new Trace(List.of()), -1);
        assertTrue(rendered(empty).contains("[label, execution-status] No trace yet"), rendered(empty).toString());
        Trace syntaxError = Trace.of(new ExecutionEvent.OutputWritten(0, "SyntaxError: invalid syntax\n", true));
        ExecutionView notRun = shownAt(syntaxError, 0);
        List<String> text = rendered(notRun);
        assertTrue(text.contains("[label, execution-status] The program did not run"), text.toString());
        assertTrue(text.contains("[execution-stderr] SyntaxError: invalid syntax\n"), text.toString());
    }

    @Test
    void insideACallItShowsLineFunctionStackAndOutput() {
        ExecutionView view = shownAt(DemoTraces.GREET, 8);
        List<String> text = rendered(view);
        assertTrue(text.contains("[label, execution-status] Line 3 in greet"), text.toString());
        int callee = text.indexOf("[label, execution-frame, execution-frame-current] greet    line 3");
        int caller = text.indexOf("[label, execution-frame] <module>    line 6");
        assertTrue(callee >= 0 && caller > callee, "innermost frame on top: " + text);
        assertTrue(text.contains("[execution-stdout] hello Ada\n"), text.toString());
        assertEquals(3, (int) callFx(() -> view.currentLineProperty().get()));
    }

    @Test
    void stderrIsItsOwnStyleClassAndTheExceptionIsShown() {
        ExecutionView view = shownAt(DemoTraces.GREET, DemoTraces.GREET.size() - 1);
        List<String> text = rendered(view);
        assertTrue(text.contains("[label, execution-status] Finished"), text.toString());
        assertTrue(text.contains("[label, execution-exception] Last exception: ZeroDivisionError: "
                + "integer division or modulo by zero (line 5, in ratio)"), text.toString());
        assertTrue(text.contains("[label, execution-return] Last return: <module> exited by an exception"), text.toString());
        List<String> streams = callFx(() -> ((TextFlow) view.node().lookup(".execution-output")).getChildren().stream()
                .map(n -> n.getStyleClass().get(n.getStyleClass().size() - 1) + ":" + ((Text) n).getText().lines().findFirst().orElse(""))
                .collect(Collectors.toList()));
        assertEquals(List.of("execution-stdout:hello Ada", "execution-stderr:Traceback (most recent call last):"), streams);
    }

    @Test
    void aReturnIsShownWithItsValue() {
        List<String> text = rendered(shownAt(DemoTraces.GREET, 9));
        assertTrue(text.contains("[label, execution-return] Last return: greet returned 3"), text.toString());
    }

    @Test
    void severalThreadsNameTheThreadOfTheStackShown() {
        List<String> text = rendered(shownAt(DemoTraces.twoThreads(), 2));
        assertTrue(text.contains("[label, execution-section-title] Call stack (thread 1)"), text.toString());
        assertTrue(text.contains("[label, execution-frame, execution-frame-current] worker    line 4"), text.toString());
    }

    @Test
    void switchingToChineseRerendersInPlace() {
        ExecutionView view = shownAt(DemoTraces.GREET, 8);
        runFx(() -> view.setLocale(Locale.SIMPLIFIED_CHINESE));
        List<String> text = rendered(view);
        assertTrue(text.contains("[label, execution-status] 第 3 行，位于 greet"), text.toString());
        assertTrue(text.contains("[label, execution-section-title] 调用栈"), text.toString());
        runFx(() -> view.setLocale(Locale.ENGLISH));
        assertTrue(rendered(view).contains("[label, execution-section-title] Call stack"));
    }

    @Test
    void renderingIsTheSameHoweverThePositionWasReached() {
        Trace trace = DemoTraces.countdown(800, 2_500);
        ExecutionView wandering = shownAt(trace, trace.size() - 1);
        for (int k : new int[] {1_234, 5, 2_000, 2_499, 0, -1, 1_999, 1_000, 999}) {
            runFx(() -> wandering.show(trace, k));
            ExecutionView fresh = callFx(() -> {
                ExecutionView v = new ExecutionView();
                v.setLocale(Locale.ENGLISH);
                v.show(trace, k);
                return v;
            });
            assertEquals(callFx(() -> RenderedText.of(fresh.node())), rendered(wandering), "at " + k);
            assertEquals(fresh.state(), wandering.state(), "at " + k);
        }
    }

    @Test
    void longOutputShowsItsEndAndSaysEarlierOutputWasOmitted() {
        Trace trace = DemoTraces.countdown(8_000, 40_000);
        ExecutionView view = shownAt(trace, trace.size() - 1);
        List<String> classes = callFx(() -> ((TextFlow) view.node().lookup(".execution-output")).getChildren().stream()
                .map(n -> n.getStyleClass().get(0)).collect(Collectors.toList()));
        assertEquals("execution-output-omitted", classes.get(0));
        String shown = callFx(() -> ((TextFlow) view.node().lookup(".execution-output")).getChildren().stream()
                .map(n -> ((Text) n).getText()).collect(Collectors.joining()));
        assertTrue(shown.endsWith("warning at 7994\n5\n4\n3\n2\n1\n0\n"), shown.substring(shown.length() - 40));
        assertTrue(shown.length() < 25_000, "only the end is rendered: " + shown.length());
    }
}
