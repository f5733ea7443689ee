package org.ouroboros.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.shell.MainWindow;

/**
 * File ▸ Export Lesson Handout (PDF)…: the current lesson's steps, in the window's language, as the
 * PDF {@code ouroboros export --lesson ID --pdf} writes (light theme: it is for paper). Programs run
 * and pages are set on a worker; a progress dialog counts the steps and can cancel.
 */
public final class HandoutExportAction {
    public static final String MENU_ITEM_ID = "menu-export-handout";

    private final MainWindow window;
    private final I18n i18n;

    private HandoutExportAction(MainWindow window) {
        this.window = window;
        this.i18n = window.i18n();
    }

    /** Adds the menu item after Export Animation… (or after the PNG export). Call on the FX thread. */
    public static HandoutExportAction install(MainWindow window) {
        HandoutExportAction action = new HandoutExportAction(Objects.requireNonNull(window));
        MenuItem item = new MenuItem();
        item.setId(MENU_ITEM_ID);
        item.textProperty().bind(action.i18n.get("menu.file.exportHandout"));
        item.setOnAction(e -> action.exportHandout());
        Menu file = window.menuBar().fileMenu();
        int after = 0;
        for (int i = 0; i < file.getItems().size(); i++) {
            MenuItem existing = file.getItems().get(i);
            if (AnimationExportAction.MENU_ITEM_ID.equals(existing.getId())
                    || org.ouroboros.ui.shell.Shortcut.EXPORT.keys().equals(existing.getAccelerator())) {
                after = i + 1;
            }
        }
        file.getItems().add(after, item);
        return action;
    }

    public void exportHandout() {
        String lesson = window.model().currentLesson().id();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("exportHandout.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("file.filter.pdf"), "*.pdf"));
        chooser.setInitialFileName("ouroboros-" + lesson + "-" + window.model().language().tag() + ".pdf");
        File file = chooser.showSaveDialog(window.scene().getWindow());
        if (file != null) {
            boolean bare = !file.getName().toLowerCase(Locale.ROOT).endsWith(".pdf");
            exportTo(bare ? file.toPath().resolveSibling(file.getName() + ".pdf") : file.toPath());
        }
    }

    /** Writes the current lesson's handout to {@code file}; the task tells how it ended. */
    public Task<Path> exportTo(Path file) {
        String lesson = window.model().currentLesson().id();
        RenderSettings settings = new RenderSettings(1600, 1000, ThemeChoice.LIGHT, window.model().language(), true, 1.0);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                int total = new org.ouroboros.ui.model.LessonStepsLoader().load(lesson).size();
                updateProgress(0, Math.max(1, total));
                Handout handout = LessonHandout.build(lesson, settings, step -> {
                    if (isCancelled()) {
                        throw new CancellationException("handout cancelled");
                    }
                    updateProgress(step, total);
                });
                try (HandoutFonts fonts = HandoutFonts.find(HandoutFonts.SYSTEM_CANDIDATES, handout.allText())) {
                    new PdfHandoutWriter().write(handout, fonts, file);
                }
                return file;
            }
        };
        ProgressDialog dialog = new ProgressDialog(window, task, "exportHandout",
                i18n.format("exportHandout.header", window.model().currentLesson().id()));
        task.setOnSucceeded(e -> {
            dialog.close();
            window.notifyUser(i18n.format("export.done", task.getValue().toString()));
        });
        task.setOnCancelled(e -> dialog.close());
        task.setOnFailed(e -> {
            dialog.close();
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    i18n.format("exportHandout.failed", String.valueOf(task.getException().getMessage())));
            ProgressDialog.style(alert, window, i18n.text("exportHandout.title"));
            alert.show();
        });
        dialog.show();
        Thread worker = new Thread(task, "handout-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }
}
