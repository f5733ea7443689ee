package org.ouroboros.ui.lecture;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.stage.FileChooser;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.model.LessonPlace;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.prefs.AtomicFiles;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.shell.Shortcut;
import org.ouroboros.ui.view.LessonTabs;

/**
 * File ▸ Open/Save Lecture: saves the program with the lesson and its step, the view tab in front, the
 * player's position and speed, theme, language, presentation mode and the registered owners'
 * settings; opening puts all of them back, runs the program and, when its (deterministic,
 * seeded) trace arrives, moves the player to the saved position. Files are read and written on
 * the {@code io} executor, never on the FX thread.
 *
 * <pre>{@code
 * LectureIntegration lectures = LectureIntegration.install(window, runs, io);
 * lectures.addSettings(SchedLectureSettings.OWNER, new SchedLectureSettings(threads.settingsProperty()));
 * }</pre>
 */
public final class LectureIntegration {
    /** A lecture is a program and a few lines; anything far larger is not one. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    public static final String EXTENSION = ".ouro";

    private final MainWindow window;
    private final RunIntegration runs;
    private final Executor io;
    private final LessonTabs tabs;
    private final I18n i18n;
    private final Map<String, LectureSettings> owners = new LinkedHashMap<>();
    private Path lastFile;
    /**
     * The last opened lecture's program exactly, and as the editor shows it (the editor turns
     * CRLF and CR into LF). While the editor still shows it unchanged, saving writes the exact
     * original, so a lecture re-saved in class is byte for byte the one prepared at home.
     */
    private String openedSource;
    private String openedSourceAsShown;
    private boolean pendingRun;
    /** Where the last opened lecture put the app when it named no step (an older file), else null. */
    private LessonPlace openedWithoutStep;

    private LectureIntegration(MainWindow window, RunIntegration runs, Executor io) {
        this.window = window;
        this.runs = runs;
        this.io = io;
        this.tabs = LessonTabs.install(window, runs);
        this.i18n = window.i18n();
        installMenu();
    }

    /**
     * Adds the File menu items and their shortcuts. {@code io} must be the executor the window
     * reads lesson examples on (the app's one io thread): opening queues behind a pending
     * example, so the example never lands on top of the lecture's program.
     */
    public static LectureIntegration install(MainWindow window, RunIntegration runs, Executor io) {
        return new LectureIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs),
                Objects.requireNonNull(io));
    }

    /** Saves and restores {@code settings} as {@code settings.<owner>.*}. */
    public void addSettings(String owner, LectureSettings settings) {
        if (!Lecture.OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("owner must be [A-Za-z0-9_-]+: " + owner);
        }
        owners.put(owner, Objects.requireNonNull(settings));
    }

    // ---- menu --------------------------------------------------------------------------------

    private void installMenu() {
        MenuItem open = new MenuItem();
        open.setId("menu-open-lecture");
        open.textProperty().bind(i18n.get("menu.file.openLecture"));
        open.setAccelerator(Shortcut.OPEN_LECTURE.keys());
        open.setOnAction(e -> open());
        MenuItem save = new MenuItem();
        save.setId("menu-save-lecture");
        save.textProperty().bind(i18n.get("menu.file.saveLecture"));
        save.setAccelerator(Shortcut.SAVE_LECTURE.keys());
        save.setOnAction(e -> save());
        Menu file = window.menuBar().fileMenu();
        // After Save/Save As: before the second separator (the export group), else at the end.
        List<Integer> separators = new ArrayList<>();
        for (int i = 0; i < file.getItems().size(); i++) {
            if (file.getItems().get(i) instanceof SeparatorMenuItem) {
                separators.add(i);
            }
        }
        int at = separators.size() >= 2 ? separators.get(1) : file.getItems().size();
        file.getItems().addAll(at, List.of(new SeparatorMenuItem(), open, save));
    }

    public void open() {
        if (!window.actions().confirmReplacingEditorText()) {
            return;
        }
        File file = chooser("menu.file.openLecture").showOpenDialog(window.scene().getWindow());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    public void save() {
        FileChooser chooser = chooser("menu.file.saveLecture");
        chooser.setInitialFileName(lastFile != null ? lastFile.getFileName().toString()
                : window.model().currentLesson().id() + EXTENSION);
        File file = chooser.showSaveDialog(window.scene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            saveTo(path.getFileName().toString().contains(".") ? path : path.resolveSibling(path.getFileName() + EXTENSION));
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(titleKey).replace("…", ""));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.text("file.filter.lecture"), "*" + EXTENSION),
                new FileChooser.ExtensionFilter(i18n.text("file.filter.all"), "*"));
        Optional.ofNullable(lastFile).map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    // ---- save --------------------------------------------------------------------------------

    /** What a lecture file saved now would hold. FX thread. */
    public Lecture capture() {
        AppModel model = window.model();
        PlayerModel player = runs.player();
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        owners.forEach((owner, s) -> settings.put(owner, s.save()));
        // The step whose explanation is shown: 0 for a lesson without steps, and for a lecture
        // that named none, still at the place it opened at (so it re-saves byte for byte).
        boolean noStep = model.steps(model.currentLesson()).isEmpty()
                || (openedWithoutStep != null && openedWithoutStep.equals(model.currentPlace()));
        int step = noStep ? 0 : model.currentStep();
        return new Lecture(model.currentLesson().id(), step, selectedTabId(), player.getPosition(), player.getSpeed(),
                model.theme(), model.language(), model.isPresentationMode(), settings, exactSource());
    }

    private String exactSource() {
        String shown = window.editor().getText();
        return openedSource != null && shown.equals(openedSourceAsShown) ? openedSource : shown;
    }

    private String selectedTabId() {
        Tab selected = tabs.tabs().getSelectionModel().getSelectedItem();
        boolean shown = window.model().currentLesson().id().equals(tabs.shownLesson());
        return shown && selected != null && selected.getId() != null ? selected.getId() : LessonTabs.EXECUTION_TAB_ID;
    }

    /** Writes the current state to {@code file} atomically, off the FX thread; completes with success. */
    public CompletableFuture<Boolean> saveTo(Path file) {
        byte[] bytes = LectureCodec.encodeBytes(capture());
        return CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io).handleAsync((ignored, error) -> {
            if (error != null) {
                window.actions().showError("lecture.error.saveTitle",
                        i18n.format("lecture.error.saveFailed", file.toString(), rootMessage(error)));
                return false;
            }
            lastFile = file;
            window.flash(i18n.format("lecture.saved", file.toString()));
            return true;
        }, Platform::runLater);
    }

    // ---- open --------------------------------------------------------------------------------

    /**
     * Reads and checks {@code file} off the FX thread, then restores it. The future completes
     * with the lecture once the player stands at its position, or with empty when the file could
     * not be opened (the user was told why, and nothing was changed).
     */
    public CompletableFuture<Optional<Lecture>> openFile(Path file) {
        CompletableFuture<Optional<Lecture>> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> read(file), io).whenCompleteAsync((lecture, error) -> {
            if (error != null) {
                fail(done, rootMessage(error));
                return;
            }
            Optional<Lesson> lesson = window.model().lessons().byId(lecture.lesson());
            if (lesson.isEmpty()) {
                fail(done, i18n.format("lecture.error.unknownLesson", file.toString(), lecture.lesson()));
                return;
            }
            List<Runnable> restoreSettings = new ArrayList<>();
            try {
                owners.forEach((owner, s) -> {
                    if (lecture.settings().containsKey(owner)) {
                        restoreSettings.add(s.restore(lecture.settingsOf(owner)));
                    }
                });
            } catch (IllegalArgumentException e) {
                fail(done, i18n.format("lecture.error.damaged", file.toString(), e.getMessage()));
                return;
            }
            lastFile = file;
            restore(lecture, lesson.get(), restoreSettings, done, file);
        }, Platform::runLater);
        return done;
    }

    private Lecture read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LectureFailure(i18n.format("lecture.error.notLecture", file.toString()));
            }
            return LectureCodec.decodeBytes(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new LectureFailure(i18n.format("file.error.missing", file.toString()));
        } catch (IOException e) {
            throw new LectureFailure(i18n.format("lecture.error.read", file.toString(), String.valueOf(e.getMessage())));
        } catch (LectureFormatException e) {
            throw new LectureFailure(switch (e.problem()) {
                case NOT_A_LECTURE -> i18n.format("lecture.error.notLecture", file.toString());
                case NEWER_VERSION -> i18n.format("lecture.error.newer", file.toString(), e.detail());
                case DAMAGED -> i18n.format("lecture.error.damaged", file.toString(), e.detail());
            });
        }
    }

    private void fail(CompletableFuture<Optional<Lecture>> done, String message) {
        window.actions().showError("lecture.error.openTitle", message);
        done.complete(Optional.empty());
    }

    private void restore(Lecture lecture, Lesson lesson, List<Runnable> restoreSettings,
            CompletableFuture<Optional<Lecture>> done, Path file) {
        AppModel model = window.model();
        runs.stop();
        model.setTheme(lecture.theme());
        model.setLanguage(lecture.language());
        model.setPresentationMode(lecture.presentation());
        runs.player().setSpeed(lecture.speed());
        if (lecture.step() > 0) {
            // The step's explanation; its code and run come first, the lecture's below replace them.
            model.selectPlace(lesson, lecture.step());
            openedWithoutStep = null;
        } else {
            model.selectLesson(lesson);
            openedWithoutStep = model.currentPlace();
        }
        // Behind any step code the lesson change queued on io, so the program is the last word.
        CompletableFuture.runAsync(() -> { }, io).thenRunAsync(() -> {
            // An unnamed, unsaved text: Save must not write the program over some earlier .py.
            model.newDocument();
            window.editor().setText(lecture.source());
            openedSource = lecture.source();
            openedSourceAsShown = window.editor().getText();
            if (!tabs.select(lecture.view())) {
                tabs.selectExecution();
            }
            restoreSettings.forEach(Runnable::run);
            seekWhenRun(lecture, openedSourceAsShown, done);
            runWhenIdle();
            window.flash(i18n.format("lecture.opened", file.toString()));
        }, Platform::runLater);
    }

    /**
     * Runs the editor once no run is on (a run still stopping, or one a settings change started:
     * a run started meanwhile by someone else makes this one a no-op). {@link #pendingRun} stays
     * true until then, so the opening does not finish on an earlier run's report.
     */
    private void runWhenIdle() {
        if (!runs.controller().isRunning()) {
            runs.runEditor();
            return;
        }
        pendingRun = true;
        ChangeListener<Boolean> idle = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean running) {
                if (!running) {
                    obs.removeListener(this);
                    Platform.runLater(() -> {
                        pendingRun = false;
                        runs.runEditor();
                    });
                }
            }
        };
        runs.controller().runningProperty().addListener(idle);
    }

    /**
     * Each run of the lecture's program that lands moves the player to the saved position; the
     * first one after which no further run is on finishes the opening.
     */
    private void seekWhenRun(Lecture lecture, String runSource, CompletableFuture<Optional<Lecture>> done) {
        ChangeListener<RunReport> onReport = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RunReport> obs, RunReport old, RunReport report) {
                if (report == null || !report.request().source().equals(runSource)) {
                    return;
                }
                // RunIntegration hands the trace to the player right after announcing the report.
                Platform.runLater(() -> {
                    if (runs.shownProperty().get() != report) {
                        return;
                    }
                    PlayerModel player = runs.player();
                    player.seek(Math.min(lecture.position(), player.lastPosition()));
                    if (!runs.controller().isRunning() && !pendingRun && !done.isDone()) {
                        obs.removeListener(this);
                        done.complete(Optional.of(lecture));
                    }
                });
            }
        };
        runs.shownProperty().addListener(onReport);
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    /** A reading failure whose message is already the user's sentence. */
    private static final class LectureFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LectureFailure(String message) {
            super(message);
        }
    }
}
