package org.ouroboros.ui.shell;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.input.KeyCombination;
import org.ouroboros.ui.i18n.I18n;

/** F1: every shell shortcut, listed from {@link Shortcut#ALL} with descriptions from the bundle. */
final class ShortcutsDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    ShortcutsDialog(I18n i18n, ShellDialogs dialogs) {
        dialogs.style(dialog, "shortcuts.title");
        dialog.setHeaderText(i18n.text("shortcuts.header"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        grid.addRow(0, header(i18n.text("shortcuts.column.keys")), header(i18n.text("shortcuts.column.action")));
        int row = 1;
        for (Shortcut shortcut : Shortcut.ALL) {
            String keys = Stream.concat(Stream.of(shortcut.keys()), shortcut.alternatives().stream())
                    .map(KeyCombination::getDisplayText)
                    .distinct()
                    .limit(2)
                    .collect(Collectors.joining("  /  "));
            Label keyLabel = new Label(keys);
            keyLabel.getStyleClass().add("shortcut-keys");
            Label action = new Label(i18n.text(shortcut.descriptionKey()));
            action.getStyleClass().add("shortcut-action");
            grid.addRow(row++, keyLabel, action);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.text("button.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("shortcuts-header");
        return label;
    }

    void show() {
        dialog.show();
    }
}
