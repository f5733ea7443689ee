package org.ouroboros.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;

/** Icon buttons for the most used actions; tooltips come from the bundle. */
public final class AppToolBar extends ToolBar {
    private final I18n i18n;

    public AppToolBar(AppModel model, I18n i18n, ShellActions actions) {
        this.i18n = i18n;
        getStyleClass().add("app-tool-bar");
        ToggleButton presentation = new ToggleButton();
        presentation.setGraphic(new FontIcon(MaterialDesignP.PRESENTATION_PLAY));
        presentation.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        presentation.setTooltip(tooltip(i18n.get("menu.view.presentation")));
        presentation.setSelected(model.isPresentationMode());
        model.presentationModeProperty().addListener((obs, old, on) -> presentation.setSelected(on));
        presentation.setOnAction(e -> model.setPresentationMode(presentation.isSelected()));
        presentation.setFocusTraversable(false);
        presentation.setId("tool-presentation");

        getItems().addAll(
                button("tool-open", MaterialDesignF.FOLDER_OPEN_OUTLINE, "menu.file.open", actions::open),
                button("tool-save", MaterialDesignC.CONTENT_SAVE_OUTLINE, "menu.file.save", actions::save),
                button("tool-export", MaterialDesignI.IMAGE_OUTLINE, "menu.file.export", actions::exportView),
                new Separator(Orientation.VERTICAL),
                presentation,
                button("tool-zoom-out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "menu.view.zoomOut", model::zoomOut),
                button("tool-zoom-in", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "menu.view.zoomIn", model::zoomIn),
                new Separator(Orientation.VERTICAL),
                button("tool-theme", MaterialDesignT.THEME_LIGHT_DARK, "toolbar.theme",
                        () -> model.setTheme(next(model.theme()))),
                button("tool-language", MaterialDesignT.TRANSLATE, "toolbar.language",
                        () -> model.setLanguage(model.language() == Language.ENGLISH
                                ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH)),
                new Separator(Orientation.VERTICAL),
                button("tool-help", MaterialDesignH.HELP_CIRCLE_OUTLINE, "menu.help.shortcuts", actions::showShortcuts));
    }

    private static ThemeChoice next(ThemeChoice theme) {
        ThemeChoice[] all = ThemeChoice.values();
        return all[(theme.ordinal() + 1) % all.length];
    }

    private Button button(String id, Ikon icon, String tooltipKey, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(tooltip(i18n.get(tooltipKey)));
        button.setOnAction(e -> action.run());
        // Keep keyboard focus in the editor or view: toolbar buttons are for the mouse.
        button.setFocusTraversable(false);
        return button;
    }

    private static Tooltip tooltip(StringBinding text) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        return tooltip;
    }
}
