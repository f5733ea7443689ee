package org.ouroboros.ui.shell;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.ouroboros.ui.ViewHost;
import org.ouroboros.ui.export.PngExporter;
import org.ouroboros.ui.files.ReadResult;
import org.ouroboros.ui.files.TextFileReader;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.prefs.AtomicFiles;
import org.ouroboros.ui.prefs.WindowBounds;

/**
 * What the menus, toolbar and shortcuts do. Each user action has a scriptable twin that takes
 * the path directly ({@link #openFile}, {@link #saveTo}, {@link #exportTo}); the twins do their
 * file work on the background executor and report back on the FX thread.
 */
public final class ShellActions {
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final Stage stage;
    private final AppModel model;
    private final ViewHost viewHost;
    private final I18n i18n;
    private final Executor io;
    private final ShellDialogs dialogs;
    private final Consumer<String> notifier;
    private final Runnable exit;
    private final TextFileReader reader = new TextFileReader();
    /** Work parts of the window must hand to the io thread before the app exits (answers typed a moment ago). */
    private final java.util.List<Runnable> beforeExit = new java.util.ArrayList<>();
    private final PngExporter exporter;

    ShellActions(Stage stage, AppModel model, ViewHost viewHost, I18n i18n, Executor io,
            ShellDialogs dialogs, Consumer<String> notifier, Runnable exit) {
        this.stage = stage;
        this.model = model;
        this.viewHost = viewHost;
        this.i18n = i18n;
        this.io = io;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.exit = exit;
        this.exporter = new PngExporter(io);
    }

    // ---- files -------------------------------------------------------------------------------

    public void newFile() {
        if (confirmChangesHandled()) {
            model.newDocument();
        }
    }

    public void open() {
        if (!confirmChangesHandled()) {
            return;
        }
        FileChooser chooser = pythonChooser("menu.file.open");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openFile(file.toPath());
        }
    }

    public void openRecent(Path file) {
        if (confirmChangesHandled()) {
            openFile(file);
        }
    }

    /** Reads {@code file} off the FX thread; the editor gets it, or the user gets a clear message. */
    public CompletableFuture<ReadResult> openFile(Path file) {
        return CompletableFuture.supplyAsync(() -> reader.read(file), io)
                .thenApplyAsync(result -> {
                    showReadResult(result);
                    return result;
                }, Platform::runLater);
    }

    private void showReadResult(ReadResult result) {
        String name = result.file().toString();
        if (result instanceof ReadResult.Loaded loaded) {
            model.fileOpened(loaded.file(), loaded.text());
        } else if (result instanceof ReadResult.Missing) {
            model.forgetRecentFile(result.file());
            dialogs.showError("file.error.title", i18n.format("file.error.missing", name));
        } else if (result instanceof ReadResult.TooLarge tooLarge) {
            dialogs.showError("file.error.title", i18n.format("file.error.tooLarge", name,
                    megabytes(tooLarge.sizeBytes()), megabytes(tooLarge.limitBytes())));
        } else if (result instanceof ReadResult.NotText) {
            dialogs.showError("file.error.title", i18n.format("file.error.notText", name));
        } else if (result instanceof ReadResult.Failed failed) {
            dialogs.showError("file.error.title", i18n.format("file.error.failed", name, failed.reason()));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / MEGABYTE);
    }

    /** Saves to the current file, or asks for one. Completes with whether the text was saved. */
    public CompletableFuture<Boolean> save() {
        Optional<Path> file = model.currentFile();
        return file.isPresent() ? saveTo(file.get()) : saveAs();
    }

    public CompletableFuture<Boolean> saveAs() {
        FileChooser chooser = pythonChooser("menu.file.saveAs");
        chooser.setInitialFileName(model.currentFile().map(p -> p.getFileName().toString())
                .orElse(i18n.text("app.title.untitled")));
        File file = chooser.showSaveDialog(stage);
        return file == null ? CompletableFuture.completedFuture(false) : saveTo(file.toPath());
    }

    /** Writes the editor text to {@code file} atomically, off the FX thread. */
    public CompletableFuture<Boolean> saveTo(Path file) {
        String text = model.editorText();
        long version = model.documentVersion();
        return CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io).handleAsync((ignored, error) -> {
            if (error != null) {
                dialogs.showError("file.error.saveTitle",
                        i18n.format("file.error.saveFailed", file.toString(), rootMessage(error)));
                return false;
            }
            model.fileSaved(file, version);
            return true;
        }, Platform::runLater);
    }

    private FileChooser pythonChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(titleKey).replace("…", ""));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.text("file.filter.python"), "*.py"),
                new FileChooser.ExtensionFilter(i18n.text("file.filter.all"), "*"));
        model.currentFile().map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    // ---- export ------------------------------------------------------------------------------

    public void exportView() {
        Optional<Double> scale = dialogs.askExportScale();
        if (scale.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("file.filter.png"), "*.png"));
        chooser.setInitialFileName("ouroboros-" + model.currentLesson().id() + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath(), scale.get());
        }
    }

    /** Exports the current view at {@code scale}; the user is told when the file is written. */
    public CompletableFuture<Path> exportTo(Path file, double scale) {
        return exporter.export(viewHost.exportTarget(), file, scale).whenCompleteAsync((path, error) -> {
            if (error != null) {
                dialogs.showError("export.title", i18n.format("export.failed", rootMessage(error)));
            } else {
                notifier.accept(i18n.format("export.done", path.toString()));
            }
        }, Platform::runLater);
    }

    // ---- leaving -----------------------------------------------------------------------------

    /** Quits after making sure unsaved text is saved or knowingly discarded. */
    public void quit() {
        if (!model.isDirty()) {
            exitCleanly();
            return;
        }
        switch (dialogs.askToSave(documentName())) {
            case SAVE -> save().thenAccept(saved -> {
                if (saved) {
                    exitCleanly();
                }
            });
            case DISCARD -> exitCleanly();
            case CANCEL -> { }
        }
    }

    /**
     * Runs {@code flush} on the FX thread when the app exits cleanly, before the preferences are
     * written: what it gives the io thread is written before the app stops.
     */
    public void beforeExit(Runnable flush) {
        beforeExit.add(flush);
    }

    /** Remembers the window, flushes what parts still hold, drops the autosave, writes preferences, then exits. */
    public void exitCleanly() {
        for (Runnable flush : beforeExit) {
            try {
                flush.run();
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(ShellActions.class.getName()).log(java.util.logging.Level.WARNING,
                        "could not save before exit", e);
            }
        }
        if (!stage.isFullScreen()) {
            model.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized()));
        }
        model.shutdownCleanly().whenComplete((ignored, error) -> Platform.runLater(exit));
    }

    /**
     * Before replacing the editor text: true when it is safe to go on (nothing unsaved, the user
     * discarded it, or saving has started and will finish before anything else is written).
     */
    private boolean confirmChangesHandled() {
        if (!model.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave(documentName())) {
            case SAVE -> {
                CompletableFuture<Boolean> saving = save();
                // A cancelled "save as" completes at once with false: keep the text then.
                yield !(saving.isDone() && !saving.join());
            }
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /**
     * For other parts that replace the editor text (opening a lecture): true when it is safe to
     * go on, after asking about unsaved work like "Open" does.
     */
    public boolean confirmReplacingEditorText() {
        return confirmChangesHandled();
    }

    /** Shows an error dialog styled like the window; {@code titleKey} is a shell bundle key. */
    public void showError(String titleKey, String text) {
        dialogs.showError(titleKey, text);
    }

    String documentName() {
        return model.currentFile().map(p -> p.getFileName().toString()).orElse(i18n.text("app.title.untitled"));
    }

    // ---- help --------------------------------------------------------------------------------

    public void showShortcuts() {
        new ShortcutsDialog(i18n, dialogs).show();
    }

    public void showAbout() {
        dialogs.showInfo("about.title", i18n.text("about.text"));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
