package org.ouroboros.ui.exercise.pane;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.ouroboros.ui.exercise.Exercise;
import org.ouroboros.ui.exercise.ExerciseChecker;
import org.ouroboros.ui.exercise.ExerciseDraftStore;
import org.ouroboros.ui.exercise.ExerciseLoader;
import org.ouroboros.ui.exercise.LessonExercises;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.shell.Shortcut;
import org.ouroboros.ui.view.LessonTabs;

/**
 * Puts the "try it" exercises in the window: a view tab ({@value #TAB_ID}) in every lesson that
 * has exercises, the explanation's "Try it" button and a Lesson menu item ({@link Shortcut#TRY_IT})
 * that open it. The pane is built the first time it is opened (nothing at start-up but the tab);
 * a lesson's exercises and the learner's saved answers are read on the checker's worker thread,
 * answers are written to the config folder a moment after the last change.
 *
 * <pre>{@code
 * ExerciseIntegration.install(window, runs);
 * }</pre>
 */
public final class ExerciseIntegration {
    public static final String TAB_ID = "exercise-tab";
    private static final Logger LOG = Logger.getLogger(ExerciseIntegration.class.getName());
    private static final String KEY = ExerciseIntegration.class.getName();

    private final MainWindow window;
    private final LessonTabs tabs;
    private final List<String> lessonsWithExercises;
    private final StackPane holder = new StackPane();
    private final ExerciseDraftStore store;
    private final Map<String, CompletableFuture<Loaded>> loaded = new ConcurrentHashMap<>();
    private final Map<Exercise, String> pendingWrites = new LinkedHashMap<>();
    private final PauseTransition writeDelay = new PauseTransition(Duration.millis(800));
    private ExecutorService worker;
    private ExercisePane pane;
    private MenuItem menuItem;

    private record Loaded(LessonExercises exercises, Map<String, String> saved) {}

    private ExerciseIntegration(MainWindow window, RunIntegration runs) {
        this.window = window;
        this.store = new ExerciseDraftStore(window.model().environment().configDir());
        this.tabs = LessonTabs.install(window, runs);
        this.lessonsWithExercises = window.model().lessons().lessons().stream().map(Lesson::id)
                .filter(ExerciseLoader::hasExercises).toList();
        holder.getStyleClass().add("exercise-holder");
        Tab tab = tabs.add(TAB_ID, locale -> LocalizedMessages.of(ExercisePane.MESSAGES, locale).text("tab.title"), holder,
                lessonsWithExercises);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                ensurePane();
            }
        });
        installButton();
        installMenuItem();
        window.model().currentLessonProperty().addListener((obs, old, lesson) -> lessonChanged());
        writeDelay.setOnFinished(e -> flushWrites());
        // An answer typed just before quitting is written too, not lost with the timer.
        window.actions().beforeExit(() -> {
            writeDelay.stop();
            if (!pendingWrites.isEmpty()) {
                flushWrites();
            }
        });
        lessonChanged();
    }

    /** The window's exercises integration, created on first use. */
    public static ExerciseIntegration install(MainWindow window, RunIntegration runs) {
        Objects.requireNonNull(window);
        Objects.requireNonNull(runs);
        return window.attached(KEY, ExerciseIntegration.class, () -> new ExerciseIntegration(window, runs));
    }

    /** Brings the "Try it" tab to the front (building the pane if needed) and focuses the answer. */
    public void open() {
        if (!hasExercises()) {
            return;
        }
        ensurePane();
        tabs.select(TAB_ID);
        pane.focusAnswer();
    }

    /** True when the open lesson has exercises. */
    public boolean hasExercises() {
        return lessonsWithExercises.contains(window.model().currentLesson().id());
    }

    /** The pane, once opened (null before). */
    public ExercisePane pane() {
        return pane;
    }

    private void installButton() {
        var button = window.explanation().tryItButton();
        button.setOnAction(e -> open());
    }

    private void installMenuItem() {
        Menu lessonMenu = window.menuBar().getMenus().stream().filter(m -> "lesson-menu".equals(m.getId())).findFirst()
                .orElse(null);
        menuItem = new MenuItem();
        menuItem.setId("menu-try-it");
        menuItem.textProperty().bind(window.i18n().get("lesson.tryIt"));
        menuItem.setAccelerator(Shortcut.TRY_IT.keys());
        menuItem.setOnAction(e -> open());
        if (lessonMenu != null) {
            lessonMenu.getItems().addAll(new SeparatorMenuItem(), menuItem);
        } else {
            LOG.warning("no Lesson menu to add \"Try it\" to");
        }
    }

    private void lessonChanged() {
        boolean has = hasExercises();
        window.explanation().tryItButton().setVisible(has);
        menuItem.setDisable(!has);
        if (pane != null) {
            showLesson();
        }
    }

    private void ensurePane() {
        if (pane != null) {
            return;
        }
        pane = new ExercisePane(window.model().languageProperty(), new ExerciseChecker(), worker());
        pane.setDraftListener(this::answerChanged);
        holder.getChildren().setAll(pane);
        showLesson();
    }

    private void showLesson() {
        String lessonId = window.model().currentLesson().id();
        if (!lessonsWithExercises.contains(lessonId) || (pane.lesson() != null && pane.lesson().lessonId().equals(lessonId))) {
            return;
        }
        pane.showLoading();
        loaded.computeIfAbsent(lessonId, id -> CompletableFuture.supplyAsync(() -> load(id), worker()))
                .whenComplete((result, failure) -> Platform.runLater(() -> {
                    if (!window.model().currentLesson().id().equals(lessonId)) {
                        return;
                    }
                    if (failure != null) {
                        LOG.log(Level.WARNING, "could not load the exercises of " + lessonId, failure);
                        loaded.remove(lessonId);
                        return;
                    }
                    pane.show(result.exercises(), result.saved());
                }));
    }

    private Loaded load(String lessonId) {
        LessonExercises exercises = LessonExercises.load(lessonId);
        Map<String, String> saved = new HashMap<>();
        for (Exercise e : exercises.exercises()) {
            store.read(e).ifPresent(text -> saved.put(e.key(), text));
        }
        return new Loaded(exercises, saved);
    }

    /** Keeps the learner's answer; written (or, for null, deleted) a moment after the last change. */
    private void answerChanged(Exercise exercise, String text) {
        pendingWrites.put(exercise, text);
        writeDelay.playFromStart();
    }

    private void flushWrites() {
        Map<Exercise, String> writes = new LinkedHashMap<>(pendingWrites);
        pendingWrites.clear();
        try {
            window.model().environment().io().execute(() -> writeAll(writes));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The app is shutting down: its io thread takes no more work.
            LOG.fine("answers not saved: the io thread has stopped");
        }
    }

    private void writeAll(Map<Exercise, String> writes) {
        writes.forEach((exercise, text) -> {
            try {
                if (text == null) {
                    store.delete(exercise);
                } else {
                    store.write(exercise, text);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not save the answer to " + exercise.key(), e);
            }
        });
    }

    private synchronized ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "exercise-check");
                thread.setDaemon(true);
                return thread;
            });
        }
        return worker;
    }
}
