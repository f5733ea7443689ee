package org.ouroboros.ui.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ouroboros.ui.files.AutosaveStore;
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

    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final ReadOnlyObjectWrapper<ThemeChoice> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyBooleanWrapper presentationMode = new ReadOnlyBooleanWrapper(this, "presentationMode");
    private final ReadOnlyBooleanWrapper presentationHighContrast = new ReadOnlyBooleanWrapper(this, "presentationHighContrast");
    private final ObjectBinding<ThemeChoice> effectiveTheme;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", Zoom.DEFAULT);
    private final ReadOnlyObjectWrapper<Lesson> currentLesson = new ReadOnlyObjectWrapper<>(this, "currentLesson");
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper editorText = new ReadOnlyStringWrapper(this, "editorText", "");
    private final ReadOnlyBooleanWrapper restoredFromAutosave = new ReadOnlyBooleanWrapper(this, "restoredFromAutosave");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);

    private WindowBounds windowBounds;
    private long documentVersion;
    private ScheduledFuture<?> pendingAutosave;

    private AppModel(AppEnvironment env, LessonRegistry lessons, Preferences prefs, Optional<AutosaveStore.Snapshot> autosave) {
        this.env = env;
        this.lessons = lessons;
        this.preferencesStore = new PreferencesStore(env.configDir());
        this.autosaveStore = new AutosaveStore(env.configDir());
        language.set(prefs.language());
        theme.set(prefs.theme());
        presentationHighContrast.set(prefs.presentationHighContrast());
        zoom.set(prefs.zoom());
        currentLesson.set(lessons.byId(prefs.lastLesson()).orElse(lessons.first()));
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
        Preferences prefs = new PreferencesStore(env.configDir()).load(env.systemLanguage());
        Optional<AutosaveStore.Snapshot> autosave = new AutosaveStore(env.configDir()).read();
        return new AppModel(env, lessons, prefs, autosave);
    }

    private void restore(AutosaveStore.Snapshot snapshot) {
        editorText.set(snapshot.text());
        currentFile.set(snapshot.sourceFile().orElse(null));
        dirty.set(true);
        documentVersion++;
        restoredFromAutosave.set(true);
    }

    // ---- read-only state -------------------------------------------------------------------

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
                recentFiles, zoom.get(), presentationHighContrast.get());
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
            persistPreferences();
        }
    }

    public void setWindowBounds(WindowBounds bounds) {
        windowBounds = bounds;
    }

    /** The user changed the editor text; marks it unsaved and schedules an autosave. */
    public void editText(String text) {
        if (text.equals(editorText.get())) {
            return;
        }
        editorText.set(text);
        documentVersion++;
        dirty.set(true);
        restoredFromAutosave.set(false);
        scheduleAutosave(new AutosaveStore.Snapshot(text, currentFile()));
    }

    /** A file was read into the editor: its text is now the clean baseline. */
    public void fileOpened(Path file, String text) {
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
     * True when the editor holds nothing the user made: no file and no unsaved edits. Only then
     * may opening a lesson put that lesson's example into the editor.
     */
    public boolean canShowExample() {
        return !dirty.get() && currentFile.get() == null;
    }

    /** A lesson's example code is now in the editor, unnamed and clean. */
    public void exampleOpened(String text) {
        fileOpened(null, text);
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
