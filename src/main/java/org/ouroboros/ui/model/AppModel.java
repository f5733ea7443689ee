package org.ouroboros.ui.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ouroboros.ui.files.AutosaveStore;
import org.ouroboros.ui.files.StepDraftStore;
import org.ouroboros.ui.prefs.Preferences;
import org.ouroboros.ui.prefs.PreferencesStore;
import org.ouroboros.ui.prefs.WindowBounds;

/**
 * The one model of the app shell: every piece of state the window shows, as read-only
 * properties, changed only through the methods below. It knows no scene graph, so it is tested
 * without one. Preference changes are persisted and editor text is autosaved on the background
 * {@link AppEnvironment#io() io} thread; all methods must be called from one thread (the FX
 * thread in the app).
 */
public final class AppModel {
    private static final Logger LOG = Logger.getLogger(AppModel.class.getName());

    private final AppEnvironment env;
    private final PreferencesStore preferencesStore;
    private final AutosaveStore autosaveStore;
    private final LessonRegistry lessons;
    private final LessonCatalog catalog;
    private final StepDraftStore draftStore;
    private final Map<String, String> drafts;

    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final ReadOnlyObjectWrapper<ThemeChoice> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyBooleanWrapper presentationMode = new ReadOnlyBooleanWrapper(this, "presentationMode");
    private final ReadOnlyBooleanWrapper presentationHighContrast = new ReadOnlyBooleanWrapper(this, "presentationHighContrast");
    private final ObjectBinding<ThemeChoice> effectiveTheme;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", Zoom.DEFAULT);
    private final ReadOnlyObjectWrapper<Lesson> currentLesson = new ReadOnlyObjectWrapper<>(this, "currentLesson");
    private final ReadOnlyObjectWrapper<LessonPlace> currentPlace = new ReadOnlyObjectWrapper<>(this, "currentPlace");
    private final ReadOnlyBooleanWrapper stepEdited = new ReadOnlyBooleanWrapper(this, "stepEdited");
    private final ReadOnlyLongWrapper stepCodeShown = new ReadOnlyLongWrapper(this, "stepCodeShown");
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper editorText = new ReadOnlyStringWrapper(this, "editorText", "");
    private final ReadOnlyBooleanWrapper restoredFromAutosave = new ReadOnlyBooleanWrapper(this, "restoredFromAutosave");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);

    private WindowBounds windowBounds;
    private long documentVersion;
    private ScheduledFuture<?> pendingAutosave;
    private ScheduledFuture<?> pendingDraftWrite;
    private Runnable pendingDraft;
    /** The step whose code the editor holds (its program, or the user's draft of it); null for a file or new text. */
    private LessonPlace editorStep;
    private String editorStepProgram;

    private AppModel(AppEnvironment env, LessonRegistry lessons, LessonCatalog catalog, Map<String, String> drafts,
            Preferences prefs, Optional<AutosaveStore.Snapshot> autosave) {
        this.env = env;
        this.lessons = lessons;
        this.catalog = catalog;
        this.drafts = new HashMap<>(drafts);
        this.preferencesStore = new PreferencesStore(env.configDir());
        this.autosaveStore = new AutosaveStore(env.configDir());
        this.draftStore = new StepDraftStore(env.configDir());
        language.set(prefs.language());
        theme.set(prefs.theme());
        presentationHighContrast.set(prefs.presentationHighContrast());
        zoom.set(prefs.zoom());
        Optional<Lesson> last = lessons.byId(prefs.lastLesson());
        currentLesson.set(last.orElse(lessons.first()));
        int step = last.isPresent() ? catalog.steps(currentLesson.get()).clamp(prefs.lastStep()) : 1;
        currentPlace.set(new LessonPlace(currentLesson.get(), step));
        recentFiles.setAll(prefs.recentFiles());
        windowBounds = prefs.windowBounds();
        effectiveTheme = Bindings.createObjectBinding(
                () -> presentationMode.get() && presentationHighContrast.get() ? ThemeChoice.HIGH_CONTRAST : theme.get(),
                presentationMode, presentationHighContrast, theme);
        autosave.ifPresent(this::restore);
    }

    /**
     * Loads preferences and any autosave left by a session that ended without saving. Blocking
     * file reads: call it before the window exists, off the FX thread (e.g. in
     * {@code Application.init()}).
     */
    public static AppModel start(AppEnvironment env, LessonRegistry lessons) {
        return start(env, lessons, LessonCatalog.load(lessons));
    }

    /** {@link #start(AppEnvironment, LessonRegistry)} with the lessons' steps already loaded. */
    public static AppModel start(AppEnvironment env, LessonRegistry lessons, LessonCatalog catalog) {
        Preferences prefs = new PreferencesStore(env.configDir()).load(env.systemLanguage());
        Optional<AutosaveStore.Snapshot> autosave = new AutosaveStore(env.configDir()).read();
        Map<String, String> drafts = new StepDraftStore(env.configDir()).readAll();
        return new AppModel(env, lessons, catalog, drafts, prefs, autosave);
    }

    private void restore(AutosaveStore.Snapshot snapshot) {
        editorText.set(snapshot.text());
        currentFile.set(snapshot.sourceFile().orElse(null));
        dirty.set(true);
        documentVersion++;
        restoredFromAutosave.set(true);
    }

    // ---- read-only state -------------------------------------------------------------------

    /** The environment the model started with: its config folder and io thread, for features that keep files. */
    public AppEnvironment environment() {
        return env;
    }

    public LessonRegistry lessons() {
        return lessons;
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public ReadOnlyObjectProperty<ThemeChoice> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ThemeChoice theme() {
        return theme.get();
    }

    /** The theme actually applied: the chosen one, or high contrast while presenting with that option on. */
    public ObservableValue<ThemeChoice> effectiveThemeProperty() {
        return effectiveTheme;
    }

    public ThemeChoice effectiveTheme() {
        return effectiveTheme.get();
    }

    public ReadOnlyBooleanProperty presentationModeProperty() {
        return presentationMode.getReadOnlyProperty();
    }

    public boolean isPresentationMode() {
        return presentationMode.get();
    }

    public ReadOnlyBooleanProperty presentationHighContrastProperty() {
        return presentationHighContrast.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double zoom() {
        return zoom.get();
    }

    public ReadOnlyObjectProperty<Lesson> currentLessonProperty() {
        return currentLesson.getReadOnlyProperty();
    }

    public Lesson currentLesson() {
        return currentLesson.get();
    }

    /** The lesson and step open now; changes with every step chosen (and with the lesson). */
    public ReadOnlyObjectProperty<LessonPlace> currentPlaceProperty() {
        return currentPlace.getReadOnlyProperty();
    }

    public LessonPlace currentPlace() {
        return currentPlace.get();
    }

    /** The open step's number, from 1. */
    public int currentStep() {
        return currentPlace.get().step();
    }

    /** The steps of {@code lesson} (none when it has no steps file). */
    public LessonSteps steps(Lesson lesson) {
        return catalog.steps(lesson);
    }

    /** The words of {@code lesson} in {@code language}, already loaded. */
    public LessonText text(Lesson lesson, Language language) {
        return catalog.text(lesson, language);
    }

    /** True while the editor holds the user's edit of the open step's code (then "restore" applies). */
    public ReadOnlyBooleanProperty stepEditedProperty() {
        return stepEdited.getReadOnlyProperty();
    }

    /** The step whose code the editor holds, if it holds a step's code rather than a file. */
    public Optional<LessonPlace> editorStep() {
        return Optional.ofNullable(editorStep);
    }

    /** The file the editor text belongs to; {@code null} for an unsaved new text. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    public Optional<Path> currentFile() {
        return Optional.ofNullable(currentFile.get());
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty editorTextProperty() {
        return editorText.getReadOnlyProperty();
    }

    public String editorText() {
        return editorText.get();
    }

    /** Increases with every edit; lets a finished background save tell whether it is still current. */
    public long documentVersion() {
        return documentVersion;
    }

    /** True when the editor text came from the autosave of a session that did not end cleanly. */
    public ReadOnlyBooleanProperty restoredFromAutosaveProperty() {
        return restoredFromAutosave.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    public WindowBounds windowBounds() {
        return windowBounds;
    }

    public Preferences preferences() {
        return new Preferences(language.get(), theme.get(), currentLesson.get().id(), windowBounds,
                recentFiles, zoom.get(), presentationHighContrast.get(), currentPlace.get().step());
    }

    // ---- commands --------------------------------------------------------------------------

    public void setLanguage(Language value) {
        if (value != language.get()) {
            language.set(value);
            persistPreferences();
        }
    }

    public void setTheme(ThemeChoice value) {
        if (value != theme.get()) {
            theme.set(value);
            persistPreferences();
        }
    }

    public void setPresentationMode(boolean on) {
        presentationMode.set(on);
    }

    public void togglePresentationMode() {
        presentationMode.set(!presentationMode.get());
    }

    public void setPresentationHighContrast(boolean on) {
        if (on != presentationHighContrast.get()) {
            presentationHighContrast.set(on);
            persistPreferences();
        }
    }

    public void zoomIn() {
        setZoom(Zoom.larger(zoom.get()));
    }

    public void zoomOut() {
        setZoom(Zoom.smaller(zoom.get()));
    }

    public void resetZoom() {
        setZoom(Zoom.DEFAULT);
    }

    private void setZoom(double value) {
        if (value != zoom.get()) {
            zoom.set(value);
            persistPreferences();
        }
    }

    public void selectLesson(Lesson lesson) {
        if (!lessons.lessons().contains(lesson)) {
            throw new IllegalArgumentException("not a lesson of this course: " + lesson);
        }
        if (!lesson.equals(currentLesson.get())) {
            currentLesson.set(lesson);
            currentPlace.set(new LessonPlace(lesson, 1));
            persistPreferences();
        }
    }

    /** Opens step {@code step} (clamped to the lesson's steps) of {@code lesson}. */
    public void selectPlace(Lesson lesson, int step) {
        selectLesson(lesson);
        LessonPlace place = new LessonPlace(lesson, steps(lesson).clamp(step));
        if (!place.equals(currentPlace.get())) {
            currentPlace.set(place);
            persistPreferences();
        }
    }

    /** Opens step {@code step} of the open lesson. */
    public void selectStep(int step) {
        selectPlace(currentLesson.get(), step);
    }

    /** The next step, across into the next lesson after a lesson's last; false at the course's end. */
    public boolean nextStep() {
        LessonPlace here = currentPlace.get();
        if (here.step() < steps(here.lesson()).size()) {
            selectStep(here.step() + 1);
            return true;
        }
        int index = lessons.lessons().indexOf(here.lesson());
        if (index + 1 < lessons.lessons().size()) {
            selectPlace(lessons.lessons().get(index + 1), 1);
            return true;
        }
        return false;
    }

    /** The previous step, back into the previous lesson's last step before a lesson's first; false at the start. */
    public boolean previousStep() {
        LessonPlace here = currentPlace.get();
        if (here.step() > 1) {
            selectStep(here.step() - 1);
            return true;
        }
        int index = lessons.lessons().indexOf(here.lesson());
        if (index > 0) {
            Lesson previous = lessons.lessons().get(index - 1);
            selectPlace(previous, steps(previous).size());
            return true;
        }
        return false;
    }

    public void setWindowBounds(WindowBounds bounds) {
        windowBounds = bounds;
    }

    /**
     * The user changed the editor text; marks it unsaved and schedules an autosave. An edit of a
     * step's code is also kept as that step's draft, so choosing another step loses nothing.
     */
    public void editText(String text) {
        if (text.equals(editorText.get())) {
            return;
        }
        editorText.set(text);
        documentVersion++;
        if (editorStep != null) {
            keepDraft(editorStep, text);
        }
        dirty.set(true);
        restoredFromAutosave.set(false);
        scheduleAutosave(new AutosaveStore.Snapshot(text, currentFile()));
    }

    /** A file was read into the editor: its text is now the clean baseline. */
    public void fileOpened(Path file, String text) {
        editorStep = null;
        stepEdited.set(false);
        cancelPendingAutosave();
        editorText.set(text);
        documentVersion++;
        currentFile.set(file);
        dirty.set(false);
        restoredFromAutosave.set(false);
        rememberRecentFile(file);
        env.io().execute(this::deleteAutosaveQuietly);
    }

    /**
     * True when choosing a step may replace the editor text without asking: the editor holds a
     * step's code (its edits are kept as a draft) or nothing unsaved.
     */
    public boolean canShowStepCode() {
        return editorStep != null || !dirty.get();
    }

    /** The user's draft of a step's code, if they edited it. */
    public Optional<String> draft(LessonPlace place) {
        return Optional.ofNullable(drafts.get(StepDraftStore.key(place.lesson().id(), place.step())));
    }

    /**
     * Step {@code place}'s code is now in the editor: the user's draft of it if there is one, else
     * {@code program} (the step's program text, which "restore" brings back).
     */
    public void stepCodeOpened(LessonPlace place, String program) {
        flushDraft();
        String text = draft(place).orElse(program);
        fileOpened(null, text);
        editorStep = place;
        editorStepProgram = program;
        stepEdited.set(!text.equals(program));
        stepCodeShown.set(stepCodeShown.get() + 1);
    }

    /** Counts the times a step's code was put into the editor: listen to it to act once the code is there. */
    public ReadOnlyLongProperty stepCodeShownProperty() {
        return stepCodeShown.getReadOnlyProperty();
    }

    /** Puts the open step's program back into the editor and forgets the user's draft of it. */
    public void restoreStepCode() {
        if (editorStep == null) {
            return;
        }
        LessonPlace place = editorStep;
        String program = editorStepProgram;
        cancelPendingDraft();
        drafts.remove(StepDraftStore.key(place.lesson().id(), place.step()));
        env.io().execute(() -> deleteDraftQuietly(place));
        fileOpened(null, program);
        editorStep = place;
        editorStepProgram = program;
    }

    private void keepDraft(LessonPlace place, String text) {
        String key = StepDraftStore.key(place.lesson().id(), place.step());
        boolean edited = !text.equals(editorStepProgram);
        stepEdited.set(edited);
        if (edited) {
            drafts.put(key, text);
        } else {
            drafts.remove(key);
        }
        cancelPendingDraft();
        pendingDraft = () -> {
            try {
                if (edited) {
                    draftStore.write(place.lesson().id(), place.step(), text);
                } else {
                    draftStore.delete(place.lesson().id(), place.step());
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "could not keep the draft of " + key, e);
            }
        };
        Runnable write = pendingDraft;
        pendingDraftWrite = env.io().schedule(write, env.autosaveDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Writes a draft still waiting for its quiet moment now (in order, on the io thread). */
    private void flushDraft() {
        Runnable pending = pendingDraft;
        cancelPendingDraft();
        if (pending != null) {
            env.io().execute(pending);
        }
    }

    private void cancelPendingDraft() {
        if (pendingDraftWrite != null) {
            pendingDraftWrite.cancel(false);
            pendingDraftWrite = null;
        }
        pendingDraft = null;
    }

    private void deleteDraftQuietly(LessonPlace place) {
        try {
            draftStore.delete(place.lesson().id(), place.step());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete a draft", e);
        }
    }

    /** Starts an empty, unnamed text. */
    public void newDocument() {
        fileOpened(null, "");
    }

    /**
     * A background save of the text at {@code savedVersion} to {@code file} finished. The text
     * stays dirty if the user kept typing meanwhile.
     */
    public void fileSaved(Path file, long savedVersion) {
        currentFile.set(file);
        rememberRecentFile(file);
        if (savedVersion == documentVersion) {
            cancelPendingAutosave();
            dirty.set(false);
            restoredFromAutosave.set(false);
            env.io().execute(this::deleteAutosaveQuietly);
        }
    }

    /** A recent file turned out to be unreadable (missing, too large…): stop offering it. */
    public void forgetRecentFile(Path file) {
        if (recentFiles.remove(file)) {
            persistPreferences();
        }
    }

    /**
     * The user is leaving on purpose (after saving or choosing to discard): drop the autosave
     * and write the preferences. The returned future completes when both are on disk.
     */
    public CompletableFuture<Void> shutdownCleanly() {
        cancelPendingAutosave();
        flushDraft();
        Preferences prefs = preferences();
        return CompletableFuture.runAsync(() -> {
            deleteAutosaveQuietly();
            savePreferencesQuietly(prefs);
        }, env.io());
    }

    private void rememberRecentFile(Path file) {
        if (file == null) {
            return;
        }
        Preferences updated = preferences().withRecentFile(file);
        recentFiles.setAll(updated.recentFiles());
        persistPreferences();
    }

    private void persistPreferences() {
        Preferences prefs = preferences();
        env.io().execute(() -> savePreferencesQuietly(prefs));
    }

    private void scheduleAutosave(AutosaveStore.Snapshot snapshot) {
        cancelPendingAutosave();
        pendingAutosave = env.io().schedule(() -> {
            try {
                autosaveStore.write(snapshot);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "autosave failed", e);
            }
        }, env.autosaveDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelPendingAutosave() {
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
            pendingAutosave = null;
        }
    }

    private void deleteAutosaveQuietly() {
        try {
            autosaveStore.delete();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete autosave", e);
        }
    }

    private void savePreferencesQuietly(Preferences prefs) {
        try {
            preferencesStore.save(prefs);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "could not save preferences", e);
        }
    }
}
