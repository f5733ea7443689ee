package org.ouroboros.ui.exercise.pane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.exercise.ExerciseKind;
import org.ouroboros.ui.exercise.ProgramRun;
import org.ouroboros.ui.exercise.ProgramRuns;
import org.ouroboros.ui.exercise.RunSettings;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonPrograms;
import org.ouroboros.ui.shell.Shortcut;
import org.ouroboros.ui.view.LessonTabs;

/**
 * The "Try it" tab in the real window: opened from the explanation's button, the Lesson menu or
 * its shortcut, in English and Chinese; an answer typed there is checked on the VM and the
 * verdict shows the learner's answer next to the VM's.
 */
class ExerciseIntegrationTest extends FxTestBase {
    @TempDir
    Path config;

    private RealWindow real;
    private AppModel model;
    private ExerciseIntegration exercises;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        model = real.model();
        exercises = callFx(() -> ExerciseIntegration.install(real.window(), real.runs()));
    }

    @AfterEach
    void close() {
        real.close();
    }

    private ExercisePane openedPane(String lesson) {
        waitFor("the exercises of " + lesson, () -> exercises.pane() != null && exercises.pane().lesson() != null
                && exercises.pane().lesson().lessonId().equals(lesson));
        waitFor("the answer input", () -> exercises.pane().answerNode() != null && exercises.pane().answerNode().getScene() != null);
        return exercises.pane();
    }

    private String status() {
        return callFx(() -> exercises.pane().statusLabel().getText());
    }

    private void waitForVerdict() {
        waitFor("a verdict", () -> {
            String s = exercises.pane().statusLabel().getText();
            return s.startsWith("\u2714") || s.startsWith("\u2718");
        });
    }

    private String text(String id) {
        return callFx(() -> ((Labeled) exercises.pane().lookup("#" + id)).getText());
    }

    @Test
    void theExplanationsButtonOpensTheTabAndAWrongThenRightMroIsJudgedInEnglish() {
        real.selectLesson("classes");
        assertTrue(callFx(() -> real.window().explanation().tryItButton().isVisible()));
        robot.clickOn("#explanation-try-it");
        ExercisePane pane = openedPane("classes");
        Tab tab = callFx(() -> LessonTabs.install(real.window(), real.runs()).tab(ExerciseIntegration.TAB_ID).orElseThrow());
        assertTrue(callFx(tab::isSelected));
        assertEquals("Try it", callFx(tab::getText));
        assertEquals("Exercise 1 of 3", text("exercise-count"));
        assertEquals("The MRO of a new hierarchy", text("exercise-title"));

        // Depth first is the classic mistake.
        robot.clickOn("#exercise-answer").write("F D B A C E object");
        robot.press(KeyCode.ALT).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.ALT);
        waitForVerdict();
        assertEquals("\u2718 Not yet.", status());
        assertEquals("F \u2192 D \u2192 B \u2192 A \u2192 C \u2192 E \u2192 object", text("exercise-yours"));
        assertEquals("F \u2192 D \u2192 B \u2192 E \u2192 C \u2192 A \u2192 object", text("exercise-vm"));
        assertTrue(feedbackText().contains("Hint:"), feedbackText());

        runFx(() -> ((TextInputControl) pane.answerNode()).clear());
        robot.clickOn("#exercise-answer").write("F, D, B, E, C, A, object");
        runFx(() -> exercises.pane().checkButton().fire());
        waitForVerdict();
        assertEquals("\u2714 Right!", status());
        assertTrue(feedbackText().contains("Why:"), feedbackText());
    }

    @Test
    void theShortcutOpensTheTabAndAPredictedOutputIsJudgedInChinese() {
        runFx(() -> model.setLanguage(Language.SIMPLIFIED_CHINESE));
        real.selectLesson("objects");
        MenuItem item = callFx(() -> real.window().menuBar().getMenus().stream()
                .filter(m -> "lesson-menu".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "menu-try-it".equals(i.getId())).findFirst().orElseThrow());
        assertEquals("动手试试", callFx(item::getText));
        assertEquals(Shortcut.TRY_IT.keys(), item.getAccelerator());
        robot.press(KeyCode.CONTROL).press(KeyCode.SHIFT).press(KeyCode.T)
                .release(KeyCode.T).release(KeyCode.SHIFT).release(KeyCode.CONTROL);
        openedPane("objects");
        assertEquals("练习 1 / 2", text("exercise-count"));
        assertEquals("type、object 和 class", text("exercise-title"));
        assertEquals("检查", callFx(() -> exercises.pane().checkButton().getText()));

        // The right answer, worked out here by running the program on the VM.
        ExerciseKind kind = callFx(() -> exercises.pane().lesson().get(0).kind());
        ProgramRun run = new ProgramRuns().run(LessonPrograms.read(kind.program()).orElseThrow(), kind.program(), RunSettings.DEFAULT);
        List<String> lines = run.lines();
        robot.clickOn("#exercise-answer").write(String.join("\n", lines.subList(0, lines.size() - 1)) + "\nTrue False");
        runFx(() -> exercises.pane().checkButton().fire());
        waitForVerdict();
        assertEquals("\u2718 还不对。", status());
        assertTrue(feedbackText().contains("第一处不同：第 " + lines.size() + " 行。"), feedbackText());
        assertEquals("你的预测", compareTitles().get(0));
        assertEquals("虚拟机的输出", compareTitles().get(1));
        assertEquals(String.join("\n", lines), text("exercise-vm"));

        runFx(() -> ((TextInputControl) exercises.pane().answerNode()).setText(String.join("\n", lines)));
        runFx(() -> exercises.pane().checkButton().fire());
        waitForVerdict();
        assertEquals("\u2714 正确！", status());
        assertTrue(feedbackText().contains("原因："), feedbackText());

        // Switching the language re-labels the verdict and the pane.
        runFx(() -> model.setLanguage(Language.ENGLISH));
        assertEquals("\u2714 Right!", status());
        assertEquals("type, object and class", text("exercise-title"));
    }

    @Test
    void badCodeGetsAPythonErrorAsFeedbackAndShowAnswerShowsTheGoal() {
        real.selectLesson("magic-methods");
        runFx(exercises::open);
        ExercisePane pane = openedPane("magic-methods");
        runFx(() -> pane.select(2));
        assertEquals("Give Box a length", text("exercise-title"));
        String start = callFx(() -> ((TextInputControl) pane.answerNode()).getText());
        assertTrue(start.contains("class Box"), start);
        runFx(() -> ((TextInputControl) pane.answerNode()).setText("print(len(box)\n"));
        runFx(() -> exercises.pane().checkButton().fire());
        waitForVerdict();
        assertEquals("\u2718 Not yet.", status());
        String feedback = feedbackText();
        assertTrue(feedback.contains("Your program stopped with an error:"), feedback);
        assertTrue(feedback.contains("SyntaxError"), feedback);

        runFx(() -> exercises.pane().showButton().fire());
        waitFor("the VM's answer", () -> feedbackText().contains("The VM\u2019s answer:"));
        assertTrue(feedbackText().contains("3"), feedbackText());
    }

    @Test
    void settingsAreTickedAndCardsAreOrderedWithTheKeyboard() {
        real.selectLesson("threads");
        runFx(exercises::open);
        ExercisePane pane = openedPane("threads");
        runFx(() -> pane.select(1));
        // Ticking nothing claims that every setting prints 0: the VM disagrees and shows each setting's output.
        runFx(() -> exercises.pane().checkButton().fire());
        waitFor("a verdict", () -> pane.statusLabel().getText().startsWith("\u2718"));
        assertTrue(text("exercise-vm").contains("CPython 3.9, with the GIL \u2014 prints"), text("exercise-vm"));
        List<Integer> losing = new ArrayList<>();
        String[] rows = text("exercise-vm").split("\n");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].startsWith("\u2611")) {
                losing.add(i);
            }
        }
        assertFalse(losing.isEmpty());
        for (int i : losing) {
            runFx(() -> ((CheckBox) pane.lookup("#exercise-choice-" + i)).fire());
        }
        assertTrue(callFx(() -> ((CheckBox) pane.lookup("#exercise-choice-" + losing.get(0))).isSelected()));
        runFx(() -> exercises.pane().checkButton().fire());
        waitFor("a verdict", () -> pane.statusLabel().getText().startsWith("\u2714"));

        real.selectLesson("asyncio");
        runFx(exercises::open);
        ExercisePane asyncio = openedPane("asyncio");
        @SuppressWarnings("unchecked")
        ListView<String> cards = (ListView<String>) callFx(() -> asyncio.lookup("#exercise-order"));
        waitFor("the cards", () -> !cards.getItems().isEmpty());
        List<String> sorted = callFx(() -> List.copyOf(cards.getItems()));
        assertEquals(sorted.stream().sorted().toList(), sorted, "the cards start sorted, not in the run's order");
        ProgramRun run = new ProgramRuns().run(LessonPrograms.read("asyncio-try-callbacks.py").orElseThrow(),
                "asyncio-try-callbacks.py", RunSettings.DEFAULT);
        List<String> order = run.lines();
        assertEquals(Set.copyOf(order), Set.copyOf(sorted));
        // Move each card up into place with Alt+Up.
        for (int target = 0; target < order.size(); target++) {
            String card = order.get(target);
            int from = callFx(() -> cards.getItems().indexOf(card));
            runFx(() -> {
                cards.requestFocus();
                cards.getSelectionModel().clearAndSelect(from);
            });
            for (int k = from; k > target; k--) {
                robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
            }
        }
        assertEquals(order, callFx(() -> List.copyOf(cards.getItems())));
        runFx(() -> exercises.pane().checkButton().fire());
        waitFor("a verdict", () -> asyncio.statusLabel().getText().startsWith("\u2714"));
    }

    @Test
    void answersAreKeptAcrossExercisesAndSavedInTheConfigFolder() throws Exception {
        real.selectLesson("classes");
        runFx(exercises::open);
        ExercisePane pane = openedPane("classes");
        robot.clickOn("#exercise-answer").write("F D");
        runFx(() -> pane.select(1));
        assertEquals("", callFx(() -> ((TextInputControl) pane.answerNode()).getText()));
        runFx(() -> pane.select(0));
        assertEquals("F D", callFx(() -> ((TextInputControl) pane.answerNode()).getText()));
        Path saved = config.resolve("exercises/classes/exercise-1.txt");
        waitForCondition("the saved answer", () -> Files.exists(saved));
        assertEquals("F D", Files.readString(saved, StandardCharsets.UTF_8));

        runFx(() -> exercises.pane().resetButton().fire());
        assertEquals("", callFx(() -> ((TextInputControl) pane.answerNode()).getText()));
        waitForCondition("the saved answer deleted", () -> !Files.exists(saved));
    }

    @Test
    void anAnswerTypedJustBeforeQuittingIsSaved() throws Exception {
        real.selectLesson("classes");
        runFx(exercises::open);
        openedPane("classes");
        robot.clickOn("#exercise-answer").write("E C");
        // Quit at once, well inside the moment the pane waits before writing a changed answer; as in
        // the app, the io thread then takes no more work.
        runFx(() -> {
            real.window().actions().exitCleanly();
            real.io().shutdown();
        });
        Path saved = config.resolve("exercises/classes/exercise-1.txt");
        waitForCondition("the answer written on the way out", () -> Files.exists(saved));
        assertEquals("E C", Files.readString(saved, StandardCharsets.UTF_8));
    }

    @Test
    void lessonsWithoutExercisesHideTheButtonAndThePaneIsLegibleInPresentationMode() {
        real.selectLesson("coroutines");
        runFx(exercises::open);
        ExercisePane pane = openedPane("coroutines");
        runFx(() -> model.setPresentationMode(true));
        runFx(() -> exercises.pane().checkButton().fire());
        waitForVerdict();
        List<Double> sizes = new ArrayList<>();
        runFx(() -> {
            pane.applyCss();
            pane.layout();
            collectFontSizes(pane, sizes);
        });
        assertFalse(sizes.isEmpty());
        for (double size : sizes) {
            assertTrue(size >= 18, "text of " + size + " px in presentation mode: " + sizes);
        }
        runFx(() -> model.setPresentationMode(false));
    }

    private static void collectFontSizes(Node node, List<Double> sizes) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !l.getText().isEmpty()) {
            sizes.add(l.getFont().getSize());
        } else if (node instanceof Text t && !t.getText().isEmpty()) {
            sizes.add(t.getFont().getSize());
        } else if (node instanceof TextInputControl c) {
            sizes.add(c.getFont().getSize());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectFontSizes(child, sizes);
            }
        }
    }

    private String feedbackText() {
        return callFx(() -> {
            StringBuilder all = new StringBuilder();
            collectText(exercises.pane().feedback(), all);
            return all.toString();
        });
    }

    private List<String> compareTitles() {
        return callFx(() -> exercises.pane().feedback().lookupAll(".exercise-compare-title").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    private static void collectText(Node node, StringBuilder all) {
        if (node instanceof Labeled l) {
            all.append(l.getText()).append('\n');
        } else if (node instanceof Text t) {
            all.append(t.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectText(child, all);
            }
        }
    }

    @Test
    void theTabExistsInEveryLessonWithExercises() {
        for (String lesson : List.of("objects", "magic-methods", "classes", "metaclasses", "threads", "coroutines", "asyncio")) {
            real.selectLesson(lesson);
            assertTrue(callFx(() -> LessonTabs.install(real.window(), real.runs()).tabs().getTabs().stream()
                    .anyMatch(t -> ExerciseIntegration.TAB_ID.equals(t.getId()))), lesson);
            assertTrue(callFx(() -> real.window().explanation().tryItButton().isVisible()), lesson);
        }
        assertNotNull(exercises);
    }
}
