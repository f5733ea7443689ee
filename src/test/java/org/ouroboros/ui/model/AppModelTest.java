package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.files.AutosaveStore;
import org.ouroboros.ui.prefs.PreferencesStore;

/** The app model, without any scene: state, commands, persistence and crash recovery. */
class AppModelTest {
    @TempDir
    Path configDir;

    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopIo() throws InterruptedException {
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    private AppModel start(Language systemLanguage) {
        return AppModel.start(new AppEnvironment(configDir, systemLanguage, io, Duration.ofMillis(50)),
                LessonRegistry.seedCourse());
    }

    private void drainIo() throws Exception {
        io.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }

    private void waitForFile(Path file, boolean exists) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (Files.exists(file) != exists && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(exists, Files.exists(file), file + (exists ? " should exist" : " should be gone"));
    }

    @Test
    void firstStartFollowsTheSystemLanguageAndOpensTheFirstLesson() {
        AppModel zh = start(Language.SIMPLIFIED_CHINESE);
        assertEquals(Language.SIMPLIFIED_CHINESE, zh.language());
        assertEquals("objects", zh.currentLesson().id());
        assertEquals(ThemeChoice.LIGHT, zh.theme());
        assertEquals(1.0, zh.zoom());
        assertFalse(zh.isDirty());
        assertFalse(zh.restoredFromAutosaveProperty().get());
    }

    @Test
    void zoomWalksTheStepsAndStopsAtTheEnds() {
        AppModel model = start(Language.ENGLISH);
        model.zoomIn();
        assertEquals(1.1, model.zoom(), 1e-9);
        model.resetZoom();
        model.zoomOut();
        assertEquals(0.9, model.zoom(), 1e-9);
        for (int i = 0; i < 30; i++) {
            model.zoomIn();
        }
        assertEquals(Zoom.max(), model.zoom());
        for (int i = 0; i < 30; i++) {
            model.zoomOut();
        }
        assertEquals(Zoom.min(), model.zoom());
    }

    @Test
    void presentationModeSwitchesToHighContrastOnlyWhenThatOptionIsOn() {
        AppModel model = start(Language.ENGLISH);
        model.setTheme(ThemeChoice.DARK);
        assertEquals(ThemeChoice.DARK, model.effectiveTheme());
        model.togglePresentationMode();
        assertTrue(model.isPresentationMode());
        assertEquals(ThemeChoice.HIGH_CONTRAST, model.effectiveTheme());
        model.setPresentationHighContrast(false);
        assertEquals(ThemeChoice.DARK, model.effectiveTheme());
        model.togglePresentationMode();
        assertFalse(model.isPresentationMode());
        assertEquals(ThemeChoice.DARK, model.theme(), "the chosen theme is untouched");
    }

    @Test
    void selectingALessonOutsideTheCourseIsRefused() {
        AppModel model = start(Language.ENGLISH);
        assertThrows(IllegalArgumentException.class, () -> model.selectLesson(new Lesson(8, "bonus")));
    }

    @Test
    void preferencesSurviveARestart() throws Exception {
        AppModel first = start(Language.ENGLISH);
        first.setLanguage(Language.SIMPLIFIED_CHINESE);
        first.setTheme(ThemeChoice.HIGH_CONTRAST);
        first.selectLesson(first.lessons().byId("metaclasses").orElseThrow());
        first.zoomIn();
        first.zoomIn();
        first.fileOpened(configDir.resolve("a.py"), "a = 1\n");
        drainIo();

        AppModel second = start(Language.ENGLISH);
        assertEquals(Language.SIMPLIFIED_CHINESE, second.language());
        assertEquals(ThemeChoice.HIGH_CONTRAST, second.theme());
        assertEquals("metaclasses", second.currentLesson().id());
        assertEquals(1.25, second.zoom(), 1e-9);
        assertEquals(List.of(configDir.resolve("a.py").toAbsolutePath()), second.recentFiles());
    }

    @Test
    void editsMarkTheTextDirtyAndAreAutosavedAfterAQuietMoment() throws Exception {
        AppModel model = start(Language.ENGLISH);
        Path autosave = configDir.resolve("autosave.py");
        model.editText("a");
        model.editText("ab");
        assertTrue(model.isDirty());
        waitForFile(autosave, true);
        drainIo();
        assertEquals("ab", Files.readString(autosave), "only the last text of a burst is written");
    }

    @Test
    void savingTheCurrentVersionClearsDirtyAndDropsTheAutosave() throws Exception {
        AppModel model = start(Language.ENGLISH);
        Path file = configDir.resolve("work.py");
        model.editText("x = 1");
        waitForFile(configDir.resolve("autosave.py"), true);
        model.fileSaved(file, model.documentVersion());
        assertFalse(model.isDirty());
        assertEquals(Optional.of(file), model.currentFile());
        waitForFile(configDir.resolve("autosave.py"), false);
    }

    @Test
    void aSaveThatFinishesAfterMoreTypingLeavesTheTextDirty() {
        AppModel model = start(Language.ENGLISH);
        model.editText("x = 1");
        long savedVersion = model.documentVersion();
        model.editText("x = 12");
        model.fileSaved(configDir.resolve("work.py"), savedVersion);
        assertTrue(model.isDirty());
    }

    @Test
    void anAutosaveLeftByACrashIsRestoredOnStart() throws Exception {
        Path source = configDir.resolve("lesson.py");
        new AutosaveStore(configDir).write(new AutosaveStore.Snapshot("print('not lost')\n", Optional.of(source)));

        AppModel model = start(Language.ENGLISH);
        assertEquals("print('not lost')\n", model.editorText());
        assertEquals(Optional.of(source), model.currentFile());
        assertTrue(model.isDirty(), "restored text is unsaved until the user saves it");
        assertTrue(model.restoredFromAutosaveProperty().get());
        assertFalse(model.canShowStepCode(), "a step's code must not replace restored work");
    }

    @Test
    void aCleanShutdownDropsTheAutosaveSoNothingIsRestoredNextTime() throws Exception {
        AppModel model = start(Language.ENGLISH);
        model.editText("draft");
        waitForFile(configDir.resolve("autosave.py"), true);
        model.shutdownCleanly().get(5, TimeUnit.SECONDS);
        assertFalse(Files.exists(configDir.resolve("autosave.py")));
        assertTrue(Files.exists(configDir.resolve(PreferencesStore.FILE_NAME)));

        AppModel next = start(Language.ENGLISH);
        assertEquals("", next.editorText());
        assertFalse(next.restoredFromAutosaveProperty().get());
    }

    @Test
    void stepCodeOnlyReplacesAStepsCodeOrTextWithNothingUnsaved() {
        AppModel model = start(Language.ENGLISH);
        LessonPlace first = model.currentPlace();
        assertTrue(model.canShowStepCode());
        model.stepCodeOpened(first, "a = 1\n");
        model.editText("a = 2\n");
        assertTrue(model.canShowStepCode(), "a step's edit is kept as its draft, so another step may replace it");
        model.fileOpened(configDir.resolve("mine.py"), "b = 1\n");
        assertTrue(model.canShowStepCode(), "a saved file may be replaced");
        model.editText("b = 2\n");
        assertFalse(model.canShowStepCode(), "unsaved edits of a file stay");
    }

    @Test
    void nextAndPreviousWalkTheStepsAcrossChaptersAndTheStepIsRemembered() throws Exception {
        AppModel model = start(Language.ENGLISH);
        Lesson objects = model.lessons().byId("objects").orElseThrow();
        int lastOfObjects = model.steps(objects).size();
        assertTrue(lastOfObjects >= 2);
        assertEquals(new LessonPlace(objects, 1), model.currentPlace());
        assertFalse(model.previousStep(), "nothing before the course's first step");
        assertTrue(model.nextStep());
        assertEquals(2, model.currentStep());
        model.selectStep(99);
        assertEquals(lastOfObjects, model.currentStep(), "clamped to the lesson's steps");
        assertTrue(model.nextStep());
        assertEquals("magic-methods", model.currentLesson().id());
        assertEquals(1, model.currentStep());
        assertTrue(model.previousStep());
        assertEquals(new LessonPlace(objects, lastOfObjects), model.currentPlace());
        model.selectPlace(model.lessons().byId("classes").orElseThrow(), 3);
        drainIo();

        AppModel second = start(Language.ENGLISH);
        assertEquals("classes", second.currentLesson().id());
        assertEquals(3, second.currentStep());
    }

    @Test
    void aStepsEditIsKeptAsItsDraftUntilRestored() throws Exception {
        AppModel model = start(Language.ENGLISH);
        LessonPlace step1 = model.currentPlace();
        model.stepCodeOpened(step1, "print(1)\n");
        assertFalse(model.stepEditedProperty().get());
        model.editText("print(1)  # mine\n");
        assertTrue(model.stepEditedProperty().get());

        model.nextStep();
        LessonPlace step2 = model.currentPlace();
        model.stepCodeOpened(step2, "print(2)\n");
        assertEquals("print(2)\n", model.editorText());
        assertFalse(model.stepEditedProperty().get());
        drainIo();
        Path draft = configDir.resolve("drafts").resolve(step1.lesson().id()).resolve("step-1.py");
        assertEquals("print(1)  # mine\n", Files.readString(draft), "kept on disk when leaving the step");

        AppModel restarted = start(Language.ENGLISH);
        restarted.stepCodeOpened(step1, "print(1)\n");
        assertEquals("print(1)  # mine\n", restarted.editorText(), "the draft survives a restart");
        assertTrue(restarted.stepEditedProperty().get());
        restarted.restoreStepCode();
        assertEquals("print(1)\n", restarted.editorText());
        assertFalse(restarted.stepEditedProperty().get());
        assertFalse(restarted.isDirty());
        waitForFile(draft, false);
    }
}
