package org.ouroboros.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.ouroboros.ui.i18n.I18n;

/**
 * Builds the shell's dialogs with texts from the bundle and the window's current stylesheets
 * and style classes (theme, language font, presentation size), so dialogs look like the window.
 */
final class ShellDialogs {
    /** What the user chose when asked about unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private final Window owner;
    private final I18n i18n;
    private final Supplier<Parent> styleSource;

    ShellDialogs(Window owner, I18n i18n, Supplier<Parent> styleSource) {
        this.owner = owner;
        this.i18n = i18n;
        this.styleSource = styleSource;
    }

    /** A non-modal error message: never blocks whatever triggered it. */
    void showError(String titleKey, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initModality(javafx.stage.Modality.NONE);
        style(alert, titleKey);
        alert.setHeaderText(null);
        alert.setContentText(text);
        alert.show();
    }

    void showInfo(String titleKey, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        style(alert, titleKey);
        alert.setHeaderText(null);
        alert.setContentText(text);
        alert.show();
    }

    UnsavedChoice askToSave(String documentName) {
        ButtonType save = new ButtonType(i18n.text("button.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.text("button.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("unsaved.text"), save, discard, cancel);
        style(alert, "unsaved.title");
        alert.setHeaderText(i18n.format("unsaved.header", documentName));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    /** Asks for the export scale; empty when cancelled. */
    Optional<Double> askExportScale() {
        String one = i18n.text("export.scale.1");
        String two = i18n.text("export.scale.2");
        ChoiceDialog<String> dialog = new ChoiceDialog<>(two, List.of(one, two));
        style(dialog, "export.title");
        dialog.setHeaderText(i18n.text("export.header"));
        return dialog.showAndWait().map(choice -> choice.equals(one) ? 1.0 : 2.0);
    }

    /**
     * JavaFX labels its stock OK/Cancel buttons from the JVM's locale, not ours: swap them for
     * buttons with the same role and text from our bundle.
     */
    private void localizeStandardButtons(Dialog<?> dialog) {
        List<ButtonType> types = dialog.getDialogPane().getButtonTypes();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == ButtonType.OK) {
                types.set(i, new ButtonType(i18n.text("button.ok"), ButtonBar.ButtonData.OK_DONE));
            } else if (types.get(i) == ButtonType.CANCEL) {
                types.set(i, new ButtonType(i18n.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            }
        }
    }

    void style(Dialog<?> dialog, String titleKey) {
        localizeStandardButtons(dialog);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text(titleKey));
        Parent source = styleSource.get();
        dialog.getDialogPane().getStylesheets().setAll(source.getStylesheets());
        if (source.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(source.getScene().getStylesheets());
        }
        source.getStyleClass().stream()
                .filter(c -> c.startsWith("theme-") || c.startsWith("lang-") || c.equals(MainWindow.PRESENTATION_CLASS))
                .forEach(c -> dialog.getDialogPane().getStyleClass().add(c));
    }
}
