package org.ouroboros.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;

/** The bottom line: language, theme, zoom and the caret's line:column. */
public final class StatusBar extends HBox {
    public static final String STYLE_CLASS = "status-bar";

    private final Label language = new Label();
    private final Label theme = new Label();
    private final Label zoom = new Label();
    private final Label presentation = new Label();
    private final Label caret = new Label();

    public StatusBar(AppModel model, I18n i18n, ObservableValue<Number> caretLine, ObservableValue<Number> caretColumn) {
        getStyleClass().add(STYLE_CLASS);
        language.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("status.language", i18n.text("language." + model.language().tag())),
                i18n.localeProperty(), model.languageProperty()));
        theme.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("status.theme", i18n.text("theme." + model.effectiveTheme().tag())),
                i18n.localeProperty(), model.effectiveThemeProperty()));
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("status.zoom", String.valueOf(Math.round(model.zoom() * 100))),
                i18n.localeProperty(), model.zoomProperty()));
        presentation.textProperty().bind(i18n.get("status.presentation"));
        presentation.visibleProperty().bind(model.presentationModeProperty());
        presentation.managedProperty().bind(model.presentationModeProperty());
        caret.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("status.caret", String.valueOf(caretLine.getValue()), String.valueOf(caretColumn.getValue())),
                i18n.localeProperty(), caretLine, caretColumn));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Label label : new Label[] {language, theme, zoom, presentation, caret}) {
            label.getStyleClass().add("status-item");
        }
        caret.getStyleClass().add("status-caret");
        getChildren().addAll(language, theme, zoom, presentation, spacer, caret);
    }

    public Label languageLabel() {
        return language;
    }

    public Label themeLabel() {
        return theme;
    }

    public Label caretLabel() {
        return caret;
    }
}
