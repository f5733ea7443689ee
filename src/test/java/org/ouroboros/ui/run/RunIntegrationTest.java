package org.ouroboros.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.editor.TextMark;
import org.ouroboros.ui.model.Lesson;
import org.testfx.util.WaitForAsyncUtils;

class RunIntegrationTest extends FxTestBase {
    @TempDir
    Path configDir;

    private RunFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void setCode(String source) {
        runFx(() -> app.window.editor().setText(source));
    }

    /** Ctrl+Enter in the editor, as a user would. */
    private void runFromEditor() {
        robot.clickOn(app.window.editor().area());
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    }

    private RunReport awaitReport() {
        waitFor("the run to finish", () -> !app.runs.controller().isRunning() && app.runs.shownProperty().get() != null);
        return callFx(() -> app.runs.shownProperty().get());
    }

    /** The output pane as shown: each Text node's text, and whether it is styled as stderr. */
    private List<Text> outputNodes() {
        return callFx(() -> ((TextFlow) app.runs.panel().node().lookup(".execution-output")).getChildren().stream()
                .map(Text.class::cast).collect(Collectors.toList()));
    }

    private String shownOutput() {
        return outputNodes().stream().map(Text::getText).collect(Collectors.joining());
    }

    private String stderrShown() {
        return outputNodes().stream().filter(t -> t.getStyleClass().contains("execution-stderr"))
                .map(Text::getText).collect(Collectors.joining());
    }

    /** Output of events 0..position, computed from the trace itself. */
    private static String outputUpTo(Trace trace, int position) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= position; i++) {
            if (trace.get(i) instanceof OutputWritten written) {
                out.append(written.text());
            }
        }
        return out.toString();
    }

    private List<Integer> paragraphsStyled(String styleClass) {
        return callFx(() -> {
            var area = app.window.editor().area();
            List<Integer> lines = new java.util.ArrayList<>();
            for (int p = 0; p < area.getParagraphs().size(); p++) {
                if (area.getParagraph(p).getParagraphStyle().contains(styleClass)) {
                    lines.add(p + 1);
                }
            }
            return lines;
        });
    }

    @Test
    void chapterThreeSuperExampleRunsWithCtrlEnterAndStepsBackExactly() throws Exception {
        app = RunFixture.open(configDir);
        Lesson classes = app.model.lessons().byId("classes").orElseThrow();
        runFx(() -> app.model.selectPlace(classes, 5)); // the step with the seed's super() example
        waitFor("chapter 3's example in the editor", () -> app.window.editor().getText().contains("class E(C,D):"));
        assertSame(app.runs.panel().node(), callFx(() -> app.window.viewHost().getCurrentView()));

        runFromEditor();
        RunReport report = awaitReport();
        assertEquals(new RunOutcome.Completed(0), report.outcome());
        Trace trace = report.trace();
        assertTrue(trace.size() > 0);
        assertEquals(trace.size(), (int) callFx(() -> app.runs.player().getSize()));
        assertEquals(trace.size() - 1, (int) callFx(() -> app.runs.player().getPosition()), "positioned at the end");
        String full = shownOutput();
        assertTrue(full.contains("enter E\nenter C\nenter D\nenter B\nleave B\nleave D\nleave C\nleave E\n"), full);
        assertEquals(outputUpTo(trace, trace.size() - 1), full);

        // ← steps back through the trace: the output shown is exactly the output so far.
        String shown = full;
        for (int presses = 0; presses < 40 && shown.equals(full); presses++) {
            robot.push(KeyCode.LEFT);
            shown = shownOutput();
        }
        int position = callFx(() -> app.runs.player().getPosition());
        assertTrue(position < trace.size() - 1);
        assertEquals(outputUpTo(trace, position), shown);
        assertTrue(shown.lines().count() < full.lines().count(), "fewer lines after stepping back");

        // The editor marks the line the player is at.
        int line = callFx(() -> app.runs.view().currentLineProperty().get());
        assertTrue(line > 0, "stepped back into the program, not past its end");
        assertEquals(List.of(line), paragraphsStyled(EditorMarks.CURRENT_LINE));

        robot.push(KeyCode.END);
        assertEquals(full, shownOutput());
        assertEquals(trace.size() - 1, (int) callFx(() -> app.runs.player().getPosition()));
    }

    @Test
    void syntaxErrorMarksTheLineAndColumnAndPrintsCPythonsMessage() throws Exception {
        app = RunFixture.open(configDir);
        setCode("x = 1\ndef f(:\n    pass\n");
        runFromEditor();
        RunReport report = awaitReport();
        assertInstanceOf(RunOutcome.SyntaxProblem.class, report.outcome());

        assertEquals("  File \"untitled.py\", line 2\n    def f(:\n          ^\nSyntaxError: invalid syntax\n", stderrShown());
        assertEquals(List.of(2), paragraphsStyled(EditorMarks.ERROR_LINE));
        // Column 7 of line 2 is offset 6 + 6: the '(' … ':' CPython's caret points at ':'.
        assertEquals(new TextMark(12, 13, EditorMarks.SYNTAX_ERROR_MARK), callFx(() -> app.window.editor().getMark()));
        waitFor("the mark styled in the editor", () ->
                app.window.editor().area().getStyleOfChar(12).contains(EditorMarks.SYNTAX_ERROR_MARK));
        assertEquals("SyntaxError: invalid syntax (line 2, column 7)", callFx(() -> app.runs.statusLabel().getText()));
        assertEquals(1, (int) callFx(() -> app.window.editor().area().getCurrentParagraph()), "caret on the error line");

        // Fixing the code removes the marks: they describe text that is gone.
        runFx(() -> app.window.editor().area().replaceText(12, 13, "):"));
        assertEquals(List.of(), paragraphsStyled(EditorMarks.ERROR_LINE));
        assertEquals(null, callFx(() -> app.window.editor().getMark()));
    }

    @Test
    void runtimeErrorShowsTheTracebackAndHighlightsTheFailingLine() throws Exception {
        app = RunFixture.open(configDir);
        setCode("def f():\n    return 1 / 0\n\nprint('before')\nf()\n");
        runFromEditor();
        RunReport report = awaitReport();
        assertEquals(new RunOutcome.Raised("ZeroDivisionError: division by zero", 2), report.outcome());

        String stderr = stderrShown();
        assertTrue(stderr.startsWith("Traceback (most recent call last):\n  File \"untitled.py\", line 5, in <module>\n"), stderr);
        assertTrue(stderr.endsWith("ZeroDivisionError: division by zero\n"), stderr);
        assertTrue(shownOutput().startsWith("before\n"));
        assertEquals(List.of(2), paragraphsStyled(EditorMarks.ERROR_LINE));
        assertEquals("ZeroDivisionError: division by zero (line 2)", callFx(() -> app.runs.panel().message().getText()));
    }

    @Test
    void stopEndsAnEndlessLoopWhileTheFxThreadStaysResponsive() throws Exception {
        app = RunFixture.open(configDir, new PythonRunner(Long.MAX_VALUE, PythonRunner.DEFAULT_TRACE_CAP));
        setCode("while True: pass\n");
        runFromEditor();
        waitFor("the run to start", () -> app.runs.controller().isRunning());
        Button run = (Button) callFx(() -> app.window.scene().lookup("#tool-run"));
        Button stop = (Button) callFx(() -> app.window.scene().lookup("#tool-stop"));
        assertTrue(callFx(run::isDisabled), "no second run while one is going");
        assertFalse(callFx(stop::isDisabled));

        // The FX thread answers at once while the program loops.
        long before = System.nanoTime();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> true).get(1, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - before < TimeUnit.MILLISECONDS.toNanos(500));
        sleep(300);
        assertTrue(callFx(() -> app.runs.controller().isRunning()), "still looping");

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        assertTrue(callFx(() -> app.runs.controller().isRunning()), "Ctrl+Enter again does not start another run");

        long stopped = System.nanoTime();
        robot.push(KeyCode.CONTROL, KeyCode.PERIOD);
        RunReport report = awaitReport();
        assertTrue(System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(3), "stopped within a few seconds");
        assertEquals(new RunOutcome.Stopped(), report.outcome());
        assertTrue(callFx(() -> app.runs.panel().message().getText()).startsWith("Stopped by user"));
        assertTrue(stderrShown().contains("run cancelled"), stderrShown());
        assertFalse(callFx(run::isDisabled));
        assertTrue(callFx(stop::isDisabled));
    }

    @Test
    void f9RunsAndShiftF5StopsASleepingProgram() throws Exception {
        app = RunFixture.open(configDir);
        setCode("import time\nprint('sleeping')\ntime.sleep(60)\nprint('woke')\n");
        robot.clickOn(app.window.editor().area());
        robot.push(KeyCode.F9);
        waitFor("the run to start", () -> app.runs.controller().isRunning());
        sleep(300);
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        RunReport report = awaitReport();
        assertEquals(new RunOutcome.Stopped(), report.outcome());
        assertEquals("sleeping\n", shownOutput().lines().findFirst().orElse("") + "\n");
        assertFalse(shownOutput().contains("woke"));
        assertFalse(callFx(() -> app.model.isPresentationMode()), "Shift+F5 is not F5");
    }

    @Test
    void openingAnotherLessonStopsTheRunningProgram() throws Exception {
        app = RunFixture.open(configDir, new PythonRunner(Long.MAX_VALUE, PythonRunner.DEFAULT_TRACE_CAP));
        setCode("while True: pass\n");
        runFromEditor();
        waitFor("the run to start", () -> app.runs.controller().isRunning());
        Lesson classes = app.model.lessons().byId("classes").orElseThrow();
        runFx(() -> app.model.selectLesson(classes));
        assertEquals(new RunOutcome.Stopped(), awaitReport().outcome());
    }

    @Test
    void everyLessonOpensTheExecutionView() throws Exception {
        app = RunFixture.open(configDir);
        for (Lesson lesson : app.model.lessons().lessons()) {
            runFx(() -> app.model.selectLesson(lesson));
            assertSame(app.runs.panel().node(), callFx(() -> app.window.viewHost().getCurrentView()), lesson.id());
        }
        assertNotEquals(null, callFx(() -> app.window.viewHost().getPlayerBar()));
    }
}
