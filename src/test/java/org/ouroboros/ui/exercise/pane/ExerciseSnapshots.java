package org.ouroboros.ui.exercise.pane;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.Language;

/**
 * Not a test: renders the real window with the "Try it" tab open (a wrong answer checked, the
 * VM's answer shown) to PNGs in both languages and in presentation mode, for a person to look at.
 * Run with {@code mvn -o test -Dtest=ExerciseSnapshots -Dexercise.snapshots=DIR}.
 */
class ExerciseSnapshots extends FxTestBase {
    @TempDir
    Path config;

    @Test
    void render() throws Exception {
        Path dir = Path.of(Objects.requireNonNull(System.getProperty("exercise.snapshots"), "-Dexercise.snapshots=DIR"));
        Files.createDirectories(dir);
        RealWindow real = RealWindow.open(config);
        try {
            ExerciseIntegration exercises = callFx(() -> ExerciseIntegration.install(real.window(), real.runs()));
            for (Language language : Language.values()) {
                runFx(() -> real.model().setLanguage(language));
                for (boolean presentation : List.of(false, true)) {
                    String suffix = language.tag() + (presentation ? "-presentation" : "");
                    runFx(() -> {
                        Stage stage = (Stage) real.window().scene().getWindow();
                        stage.setWidth(presentation ? 1920 : 1400);
                        stage.setHeight(presentation ? 1080 : 900);
                    });
                    runFx(() -> real.model().setPresentationMode(presentation));
                    shoot(real, exercises, "classes", 0, "F D B A C E object", dir.resolve("mro-" + suffix + ".png"), false);
                    shoot(real, exercises, "threads", 1, null, dir.resolve("settings-" + suffix + ".png"), false);
                    shoot(real, exercises, "asyncio", 0, null, dir.resolve("order-" + suffix + ".png"), true);
                    shoot(real, exercises, "magic-methods", 2, null, dir.resolve("code-" + suffix + ".png"), false);
                    runFx(() -> real.model().setPresentationMode(false));
                }
            }
        } finally {
            real.close();
        }
    }

    private static void shoot(RealWindow real, ExerciseIntegration exercises, String lesson, int index, String answer, Path file,
            boolean showAnswer) throws Exception {
        real.selectLesson(lesson);
        runFx(exercises::open);
        waitFor("exercises of " + lesson, () -> exercises.pane().lesson() != null
                && exercises.pane().lesson().lessonId().equals(lesson));
        runFx(() -> exercises.pane().select(index));
        if (answer != null) {
            runFx(() -> ((TextInputControl) exercises.pane().answerNode()).setText(answer));
        }
        sleep(300);
        runFx(() -> {
            if (showAnswer) {
                exercises.pane().showButton().fire();
            } else {
                exercises.pane().checkButton().fire();
            }
        });
        waitFor("feedback", () -> !exercises.pane().feedback().getChildren().isEmpty());
        sleep(300);
        WritableImage image = callFx(() -> real.window().scene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
