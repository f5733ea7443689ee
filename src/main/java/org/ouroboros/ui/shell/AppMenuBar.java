package org.ouroboros.ui.shell;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;

/** File, View and Help menus; every label is bound to the bundle, every accelerator from {@link Shortcut}. */
public final class AppMenuBar extends MenuBar {
    private final AppModel model;
    private final I18n i18n;
    private final ShellActions actions;
    private final Menu fileMenu = new Menu();
    private final Menu viewMenu = new Menu();
    private final Menu helpMenu = new Menu();
    private final Menu recentMenu = new Menu();

    public AppMenuBar(AppModel model, I18n i18n, ShellActions actions) {
        this.model = model;
        this.i18n = i18n;
        this.actions = actions;
        getStyleClass().add("app-menu-bar");
        fileMenu.setId("menu-file");
        viewMenu.setId("menu-view");
        helpMenu.setId("menu-help");
        bind(fileMenu, "menu.file");
        bind(viewMenu, "menu.view");
        bind(helpMenu, "menu.help");
        buildFileMenu();
        buildViewMenu();
        buildHelpMenu();
        getMenus().addAll(fileMenu, viewMenu, helpMenu);
    }

    public Menu fileMenu() {
        return fileMenu;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    public Menu helpMenu() {
        return helpMenu;
    }

    private void buildFileMenu() {
        MenuItem newFile = item("menu.file.new", actions::newFile);
        MenuItem open = item("menu.file.open", actions::open);
        open.setAccelerator(Shortcut.OPEN.keys());
        bind(recentMenu, "menu.file.recent");
        rebuildRecentMenu();
        model.recentFiles().addListener((ListChangeListener<Path>) change -> rebuildRecentMenu());
        i18n.localeProperty().addListener((obs, old, now) -> rebuildRecentMenu());
        MenuItem save = item("menu.file.save", actions::save);
        save.setAccelerator(Shortcut.SAVE.keys());
        MenuItem saveAs = item("menu.file.saveAs", actions::saveAs);
        saveAs.setAccelerator(Shortcut.SAVE_AS.keys());
        MenuItem export = item("menu.file.export", actions::exportView);
        export.setAccelerator(Shortcut.EXPORT.keys());
        MenuItem quit = item("menu.file.quit", actions::quit);
        quit.setAccelerator(Shortcut.QUIT.keys());
        fileMenu.getItems().addAll(newFile, open, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        if (model.recentFiles().isEmpty()) {
            MenuItem none = new MenuItem(i18n.text("menu.file.recent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        for (Path file : model.recentFiles()) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(file));
            recentMenu.getItems().add(item);
        }
    }

    private void buildViewMenu() {
        CheckMenuItem presentation = new CheckMenuItem();
        presentation.setId("menu-presentation");
        bind(presentation, "menu.view.presentation");
        presentation.setAccelerator(Shortcut.PRESENTATION.keys());
        presentation.setSelected(model.isPresentationMode());
        model.presentationModeProperty().addListener((obs, old, on) -> presentation.setSelected(on));
        presentation.setOnAction(e -> model.setPresentationMode(presentation.isSelected()));

        CheckMenuItem highContrast = new CheckMenuItem();
        bind(highContrast, "menu.view.presentationHighContrast");
        highContrast.setSelected(model.presentationHighContrastProperty().get());
        highContrast.setOnAction(e -> model.setPresentationHighContrast(highContrast.isSelected()));

        MenuItem zoomIn = item("menu.view.zoomIn", model::zoomIn);
        zoomIn.setAccelerator(Shortcut.ZOOM_IN.keys());
        MenuItem zoomOut = item("menu.view.zoomOut", model::zoomOut);
        zoomOut.setAccelerator(Shortcut.ZOOM_OUT.keys());
        MenuItem zoomReset = item("menu.view.zoomReset", model::resetZoom);
        zoomReset.setAccelerator(Shortcut.ZOOM_RESET.keys());

        Menu theme = new Menu();
        theme.setId("menu-theme");
        bind(theme, "menu.view.theme");
        ToggleGroup themes = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("menu-theme-" + choice.tag());
            bind(item, "theme." + choice.tag());
            item.setToggleGroup(themes);
            item.setSelected(model.theme() == choice);
            model.themeProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
            item.setOnAction(e -> model.setTheme(choice));
            theme.getItems().add(item);
        }

        Menu language = new Menu();
        language.setId("menu-language");
        bind(language, "menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("menu-language-" + choice.tag());
            bind(item, "language." + choice.tag());
            item.setToggleGroup(languages);
            item.setSelected(model.language() == choice);
            model.languageProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
            item.setOnAction(e -> model.setLanguage(choice));
            language.getItems().add(item);
        }

        viewMenu.getItems().addAll(presentation, highContrast, new SeparatorMenuItem(),
                zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), theme, language);
    }

    private void buildHelpMenu() {
        MenuItem shortcuts = item("menu.help.shortcuts", actions::showShortcuts);
        shortcuts.setAccelerator(Shortcut.HELP.keys());
        MenuItem about = item("menu.help.about", actions::showAbout);
        helpMenu.getItems().addAll(shortcuts, about);
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        bind(item, key);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void bind(MenuItem item, String key) {
        item.textProperty().bind(i18n.get(key));
    }
}
