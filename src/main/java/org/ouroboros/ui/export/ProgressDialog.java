package org.ouroboros.ui.export;

import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.ouroboros.ui.shell.MainWindow;

/**
 * A modal dialog following a background export: a bar, "frame k of n" (or "step k of n"), and a Cancel button that
 * cancels the task (the export then removes what it wrote). The caller closes it when the task ends.
 */
final class ProgressDialog {
    static final String BAR_ID = "export-progress-bar";
    static final String TEXT_ID = "export-progress-text";

    private final Dialog<Void> dialog = new Dialog<>();

    /** {@code prefix}: the bundle keys {@code prefix.title} and {@code prefix.progress} ("{0} of {1}"). */
    ProgressDialog(MainWindow window, Task<?> task, String prefix, String header) {
        style(dialog, window, window.i18n().text(prefix + ".title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setHeaderText(header);
        ProgressBar bar = new ProgressBar();
        bar.setId(BAR_ID);
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label text = new Label();
        text.setId(TEXT_ID);
        task.workDoneProperty().addListener((obs, old, done) -> text.setText(window.i18n().format(
                prefix + ".progress", done.longValue(), (long) Math.max(0, task.getTotalWork()))));
        dialog.getDialogPane().setContent(new VBox(8, bar, text));
        ButtonType cancel = new ButtonType(window.i18n().text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(cancel);
        // Cancel without interrupting: the worker notices between frames and deletes what it wrote.
        dialog.setOnCloseRequest(e -> {
            if (task.isRunning()) {
                task.cancel(false);
            }
        });
    }

    void show() {
        dialog.show();
    }

    void close() {
        dialog.close();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    /** Owner, title, and the window's theme, language and presentation look. */
    static void style(Dialog<?> dialog, MainWindow window, String title) {
        dialog.initOwner(window.scene().getWindow());
        dialog.setTitle(title);
        dialog.getDialogPane().getStylesheets().setAll(window.scene().getStylesheets());
        window.root().getStyleClass().stream()
                .filter(c -> c.startsWith("theme-") || c.startsWith("lang-") || c.equals(MainWindow.PRESENTATION_CLASS))
                .forEach(c -> dialog.getDialogPane().getStyleClass().add(c));
    }
}
