package org.ouroboros.ui.exercise.pane;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.Lesson;

/**
 * The classroom check for the "Try it" tab: in presentation mode on a 1920×1080 projector, every
 * exercise of every lesson, after a check and after "Show answer", in both languages: every
 * visible text of the pane is at least 18 px and no label is cut short.
 */
class ExercisePresentationTest extends FxTestBase {
    private static final double MIN_TEXT_PX = 18;

    @TempDir
    Path config;

    private RealWindow real;
    private ExerciseIntegration exercises;
    private Scene projector;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        exercises = callFx(() -> ExerciseIntegration.install(real.window(), real.runs()));
        runFx(() -> {
            real.model().setPresentationMode(true);
            Parent root = real.window().root();
            real.window().scene().setRoot(new Group());
            projector = new Scene(root, 1920, 1080);
            projector.getStylesheets().setAll(real.window().scene().getStylesheets());
        });
    }

    @AfterEach
    void close() {
        runFx(() -> {
            Parent root = projector.getRoot();
            projector.setRoot(new Group());
            real.window().scene().setRoot(root);
            real.model().setPresentationMode(false);
        });
        real.close();
    }

    @Test
    void everyExerciseIsLegibleAndWholeAfterACheckAndWithTheAnswerShown() {
        Set<String> problems = new LinkedHashSet<>();
        for (Lesson lesson : callFx(() -> real.model().lessons().lessons())) {
            runFx(() -> {
                real.model().setLanguage(Language.ENGLISH);
                real.model().selectLesson(lesson);
                exercises.open();
            });
            waitFor("the exercises of " + lesson.id(), () -> exercises.pane().lesson() != null
                    && exercises.pane().lesson().lessonId().equals(lesson.id()));
            int count = callFx(() -> exercises.pane().lesson().size());
            for (int i = 0; i < count; i++) {
                int index = i;
                runFx(() -> exercises.pane().select(index));
                waitFor("the check button", () -> !exercises.pane().checkButton().isDisabled());
                runFx(() -> exercises.pane().checkButton().fire());
                waitFor("a verdict", () -> exercises.pane().statusLabel().getText().matches("[\u2714\u2718\u26a0].*"));
                problems.addAll(check(lesson.id() + " #" + (i + 1) + " checked"));
                runFx(() -> exercises.pane().showButton().fire());
                waitFor("the answer", () -> !exercises.pane().showButton().isDisabled()
                        && exercises.pane().statusLabel().getText().isEmpty());
                problems.addAll(check(lesson.id() + " #" + (i + 1) + " answer shown"));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private List<String> check(String where) {
        List<String> found = new ArrayList<>();
        for (Language language : Language.values()) {
            found.addAll(callFx(() -> {
                real.model().setLanguage(language);
                for (int pass = 0; pass < 2; pass++) {
                    projector.getRoot().applyCss();
                    projector.getRoot().layout();
                }
                List<String> problems = new ArrayList<>();
                int[] texts = {0};
                walk(exercises.pane(), problems, language.tag() + " " + where, texts);
                if (texts[0] < 10) {
                    problems.add(where + ": only " + texts[0] + " texts: the pane was not laid out");
                }
                return problems;
            }));
        }
        return found;
    }

    private static void walk(Node node, List<String> problems, String where, int[] texts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            texts[0]++;
            if (l.getFont().getSize() < MIN_TEXT_PX) {
                problems.add(where + ": " + l.getFont().getSize() + " px \"" + l.getText() + "\"");
            }
            Node shown = l.lookup(".text");
            if (shown instanceof Text text && !text.getText().equals(l.getText())) {
                problems.add(where + ": cut to \"" + text.getText() + "\" " + l.getStyleClass() + " \"" + l.getText() + "\"");
            }
        } else if (node instanceof Text t && !(t.getParent() instanceof Labeled) && t.getText() != null
                && !t.getText().isBlank()) {
            texts[0]++;
            if (t.getFont().getSize() < MIN_TEXT_PX) {
                problems.add(where + ": " + t.getFont().getSize() + " px \"" + t.getText() + "\"");
            }
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            walk(scroll.getContent(), problems, where, texts);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, problems, where, texts);
            }
        }
    }
}
