package org.ouroboros.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.PlaybackSpeed;
import org.ouroboros.ui.shell.Shortcut;
import org.ouroboros.ui.view.threads.ThreadsIntegration;

/** A lecture saved at home opens in class as the same program, view, position and settings. */
class LectureIntegrationTest extends FxTestBase {
    /** Tab indentation, trailing blanks and Chinese: all must come back byte for byte. */
    private static final String PROGRAM = "# 线程演示  \nimport threading\n\ncount = 0\t\n"
            + "def work():\n\tglobal count\n\tfor i in range(30):\n\t\tcount += 1\n\n"
            + "ts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts:\n\tt.start()\n"
            + "for t in ts:\n\tt.join()\nprint(\"计数\", count)   \n";
    private static final SchedConfig PREPARED = new SchedConfig(7, 1_000_000L, SchedConfig.Mode.FREE, 2,
            SchedConfig.CPythonVersion.V3_9);

    @TempDir
    Path config;
    @TempDir
    Path files;

    private RealWindow real;
    private ThreadsIntegration threads;
    private LectureIntegration lectures;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        runFx(() -> {
            threads = ThreadsIntegration.install(real.window(), real.runs());
            lectures = LectureIntegration.install(real.window(), real.runs(), real.io());
            lectures.addSettings(SchedLectureSettings.OWNER, new SchedLectureSettings(threads.settingsProperty()));
        });
    }

    @AfterEach
    void close() {
        runFx(() -> real.model().setPresentationMode(false));
        closeDialogs();
        real.close();
    }

    @Test
    void savingThenChangingEverythingThenOpeningRestoresTheDemoExactly() throws Exception {
        real.selectLesson("threads");
        runFx(() -> real.window().editor().setText(PROGRAM));
        waitFor("the editor keeps the program exactly", () -> real.window().editor().getText().equals(PROGRAM));
        runFx(() -> threads.settingsProperty().set(PREPARED));
        waitForRunOf(PROGRAM);
        int position = callFx(() -> real.runs().player().lastPosition() / 2);
        int size = callFx(() -> real.runs().player().getSize());
        assertThat(position).isPositive();
        runFx(() -> {
            threads.tabs().select(ThreadsIntegration.SYNC_TAB_ID);
            real.runs().player().seek(position);
            real.runs().player().setSpeed(PlaybackSpeed.DOUBLE);
            real.model().setTheme(ThemeChoice.DARK);
            real.model().setLanguage(Language.SIMPLIFIED_CHINESE);
            real.model().setPresentationMode(true);
        });
        Path file = files.resolve("线程 demo.ouro");
        assertThat(callFx(() -> lectures.saveTo(file)).get(10, TimeUnit.SECONDS)).isTrue();
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).contains("lesson=threads", "view=sync-tab", "position=" + position, "speed=double",
                "theme=dark", "language=zh_CN", "presentation=true", "settings.threads.seed=7",
                "settings.threads.mode=free", "线程演示");

        runFx(() -> {
            real.model().setPresentationMode(false);
            real.model().setTheme(ThemeChoice.LIGHT);
            real.model().setLanguage(Language.ENGLISH);
            real.runs().player().setSpeed(PlaybackSpeed.QUARTER);
            threads.settingsProperty().set(SchedConfig.DEFAULT);
            real.model().selectLesson(real.model().lessons().byId("objects").orElseThrow());
        });
        runFx(() -> real.window().editor().setText("print('something else')\n"));

        Optional<Lecture> opened = callFx(() -> lectures.openFile(file)).get(20, TimeUnit.SECONDS);
        assertThat(opened).isPresent();
        runFx(() -> {
            assertThat(real.model().currentLesson().id()).isEqualTo("threads");
            assertThat(real.window().editor().getText()).isEqualTo(PROGRAM);
            assertThat(real.model().editorText()).isEqualTo(PROGRAM);
            assertThat(real.model().currentFile()).isEmpty();
            assertThat(threads.tabs().tabs().getSelectionModel().getSelectedItem().getId())
                    .isEqualTo(ThreadsIntegration.SYNC_TAB_ID);
            assertThat(threads.settingsProperty().get()).isEqualTo(PREPARED);
            assertThat(real.runs().player().getSize()).isEqualTo(size);
            assertThat(real.runs().player().getPosition()).isEqualTo(position);
            assertThat(real.runs().player().getSpeed()).isEqualTo(PlaybackSpeed.DOUBLE);
            assertThat(real.model().theme()).isEqualTo(ThemeChoice.DARK);
            assertThat(real.model().language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
            assertThat(real.model().isPresentationMode()).isTrue();
        });
        // Saving again gives the same file: nothing was lost or reinterpreted on the way.
        Path again = files.resolve("again.ouro");
        assertThat(callFx(() -> lectures.saveTo(again)).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aLectureSavedAtALessonStepOpensAtThatStepWithItsViewPositionSettingsAndSource() throws Exception {
        var steps = callFx(() -> org.ouroboros.ui.lesson.StepIntegration.install(real.window(), real.runs()));
        real.selectStep("threads", 2);
        waitFor("step 2's run", () -> !steps.isWaitingForRun() && !real.runs().controller().isRunning());
        String prepared = callFx(() -> real.window().editor().getText()) + "print('prepared at home')\n";
        runFx(() -> {
            real.window().editor().setText(prepared);
            real.runs().runEditor();
        });
        waitFor("the run of the prepared program", () -> !real.runs().controller().isRunning()
                && real.runs().shownProperty().get() != null
                && real.runs().shownProperty().get().request().source().equals(prepared));
        SchedConfig stepTwo = callFx(() -> threads.settingsProperty().get());
        assertThat(stepTwo.mode()).as("the knobs show step 2's free-threaded run").isEqualTo(SchedConfig.Mode.FREE);
        int position = callFx(() -> real.runs().player().lastPosition() / 3);
        int size = callFx(() -> real.runs().player().getSize());
        runFx(() -> {
            threads.tabs().select(ThreadsIntegration.SYNC_TAB_ID);
            real.runs().player().seek(position);
        });
        Path file = files.resolve("step.ouro");
        assertThat(callFx(() -> lectures.saveTo(file)).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("lesson=threads", "step=2",
                "view=sync-tab", "position=" + position, "settings.threads.mode=free", "prepared at home");

        // Somewhere else entirely: another lesson's step, other knobs.
        real.selectStep("classes", 3);
        runFx(() -> threads.settingsProperty().set(SchedConfig.DEFAULT));

        Optional<Lecture> opened = callFx(() -> lectures.openFile(file)).get(60, TimeUnit.SECONDS);
        assertThat(opened).isPresent();
        waitFor("no run pending", () -> !real.runs().controller().isRunning() && !steps.isWaitingForRun());
        String stepTitle = callFx(() -> real.model().text(real.model().currentLesson(), real.model().language()).stepTitle(2));
        runFx(() -> {
            assertThat(real.model().currentLesson().id()).isEqualTo("threads");
            assertThat(real.model().currentStep()).isEqualTo(2);
            assertThat(real.window().explanation().stepTitleLabel().getText()).isEqualTo(stepTitle);
            assertThat(real.window().editor().getText()).isEqualTo(prepared);
            assertThat(threads.tabs().tabs().getSelectionModel().getSelectedItem().getId())
                    .isEqualTo(ThreadsIntegration.SYNC_TAB_ID);
            assertThat(threads.settingsProperty().get()).isEqualTo(stepTwo);
            assertThat(real.runs().shownProperty().get().request().source()).isEqualTo(prepared);
            assertThat(real.runs().player().getSize()).isEqualTo(size);
            assertThat(real.runs().player().getPosition()).isEqualTo(position);
        });
        Path again = files.resolve("again.ouro");
        assertThat(callFx(() -> lectures.saveTo(again)).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aCrlfLectureReSavedUnchangedIsByteForByteTheSame() throws Exception {
        String crlf = PROGRAM.replace("\n", "\r\n");
        Lecture lecture = new Lecture("threads", 0, ThreadsIntegration.GIL_TAB_ID, 5, PlaybackSpeed.HALF,
                ThemeChoice.LIGHT, Language.ENGLISH, false,
                java.util.Map.of("threads", SchedLectureSettings.toMap(PREPARED)), crlf);
        Path file = files.resolve("crlf.ouro");
        Files.write(file, LectureCodec.encodeBytes(lecture));

        assertThat(callFx(() -> lectures.openFile(file)).get(20, TimeUnit.SECONDS)).contains(lecture);
        runFx(() -> {
            // The editor shows LF line ends; the run and the player follow what it shows.
            assertThat(real.window().editor().getText()).isEqualTo(PROGRAM);
            assertThat(real.runs().shownProperty().get().request().source()).isEqualTo(PROGRAM);
            assertThat(real.runs().player().getPosition()).isEqualTo(5);
            assertThat(threads.tabs().tabs().getSelectionModel().getSelectedItem().getId())
                    .isEqualTo(ThreadsIntegration.GIL_TAB_ID);
        });
        Path again = files.resolve("again.ouro");
        assertThat(callFx(() -> lectures.saveTo(again)).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));

        // Once the program is edited, the editor's text is what gets saved.
        runFx(() -> real.window().editor().area().appendText("print(2)\n"));
        assertThat(callFx(() -> lectures.saveTo(again)).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(LectureCodec.decodeBytes(Files.readAllBytes(again)).source()).isEqualTo(PROGRAM + "print(2)\n");
    }

    @Test
    void aDamagedLectureIsExplainedAndTheEditorKeepsTheUsersText() throws Exception {
        real.selectLesson("objects");
        runFx(() -> real.window().editor().setText("mine = 1\n"));
        Path file = files.resolve("broken.ouro");
        Files.writeString(file, "format=ouroboros-lecture/1\nlesson=threads\nview=gil-tab\nposition=x\n"
                + "speed=normal\ntheme=dark\nlanguage=en\npresentation=false\nsource=print(1)\n");

        assertThat(callFx(() -> lectures.openFile(file)).get(10, TimeUnit.SECONDS)).isEmpty();

        assertThat(dialogTexts()).anySatisfy(text -> assertThat(text).contains("broken.ouro", "position=x"));
        runFx(() -> {
            assertThat(real.window().editor().getText()).isEqualTo("mine = 1\n");
            assertThat(real.model().currentLesson().id()).isEqualTo("objects");
        });
    }

    @Test
    void aLectureFromANewerOuroborosSaysSoInChinese() throws Exception {
        runFx(() -> real.model().setLanguage(Language.SIMPLIFIED_CHINESE));
        Path file = files.resolve("future.ouro");
        Files.writeString(file, "format=ouroboros-lecture/9\nsource=print(1)\n");

        assertThat(callFx(() -> lectures.openFile(file)).get(10, TimeUnit.SECONDS)).isEmpty();

        assertThat(dialogTexts()).anySatisfy(text -> assertThat(text).contains("更新", "ouroboros-lecture/9"));
    }

    @Test
    void badSchedulerSettingsChangeNothing() throws Exception {
        real.selectLesson("objects");
        Lecture lecture = new Lecture("threads", 0, "gil-tab", 0, PlaybackSpeed.NORMAL, ThemeChoice.DARK,
                Language.ENGLISH, false, java.util.Map.of("threads", java.util.Map.of("cores", "0")), "print(1)\n");
        Path file = files.resolve("cores.ouro");
        Files.write(file, LectureCodec.encodeBytes(lecture));

        assertThat(callFx(() -> lectures.openFile(file)).get(10, TimeUnit.SECONDS)).isEmpty();

        assertThat(dialogTexts()).anySatisfy(text -> assertThat(text).contains("cores"));
        runFx(() -> {
            assertThat(real.model().theme()).isNotEqualTo(ThemeChoice.DARK);
            assertThat(real.model().currentLesson().id()).isEqualTo("objects");
        });
    }

    @Test
    void theFileMenuOffersBothWithShortcutsThatClashWithNoOther() {
        List<MenuItem> items = callFx(() -> real.window().menuBar().fileMenu().getItems());
        MenuItem open = items.stream().filter(i -> "menu-open-lecture".equals(i.getId())).findFirst().orElseThrow();
        MenuItem save = items.stream().filter(i -> "menu-save-lecture".equals(i.getId())).findFirst().orElseThrow();
        assertThat(open.getText()).isEqualTo("Open Lecture…");
        assertThat(save.getAccelerator()).isEqualTo(Shortcut.SAVE_LECTURE.keys());
        assertThat(Shortcut.ALL.stream().map(Shortcut::keys).distinct()).hasSameSizeAs(Shortcut.ALL);
        runFx(() -> real.model().setLanguage(Language.SIMPLIFIED_CHINESE));
        assertThat(callFx(open::getText)).isEqualTo("打开讲课文件…");
    }

    private static List<String> dialogTexts() {
        return callFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> ((DialogPane) w.getScene().getRoot()).getContentText()).toList());
    }

    private static void closeDialogs() {
        runFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(w -> ((Stage) w).close()));
    }

    private void waitForRunOf(String source) {
        waitFor("a run of the program with the prepared settings", () -> {
            var report = real.runs().shownProperty().get();
            return report != null && report.request().source().equals(source)
                    && !real.runs().controller().isRunning()
                    && threads.settingsProperty().get().equals(PREPARED);
        });
        sleep(300);
        waitFor("no run pending", () -> !real.runs().controller().isRunning());
    }
}
