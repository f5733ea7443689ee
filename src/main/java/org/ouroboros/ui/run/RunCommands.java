package org.ouroboros.ui.run;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.shell.Shortcut;

/**
 * Run and Stop as the user reaches them: two toolbar buttons, a Run menu, and the keys
 * ({@link Shortcut#RUN}, {@link Shortcut#STOP} and their alternatives). Run is disabled while a
 * program runs, Stop while none does.
 */
final class RunCommands {
    private final Button runButton;
    private final Button stopButton;
    private final Menu menu = new Menu();
    private final Runnable run;
    private final Runnable stop;
    private final ObservableBooleanValue running;

    RunCommands(Runnable run, Runnable stop, ObservableBooleanValue running, I18n i18n) {
        this.run = run;
        this.stop = stop;
        this.running = running;
        runButton = button("tool-run", MaterialDesignP.PLAY_CIRCLE, "run.run", "run.tooltip.run", Shortcut.RUN, i18n, run);
        runButton.getStyleClass().add(Styles.SUCCESS);
        runButton.disableProperty().bind(running);
        stopButton = button("tool-stop", MaterialDesignS.STOP_CIRCLE, "run.stop", "run.tooltip.stop", Shortcut.STOP, i18n, stop);
        stopButton.getStyleClass().add(Styles.DANGER);
        stopButton.disableProperty().bind(Bindings.not(running));

        menu.setId("menu-run");
        menu.textProperty().bind(i18n.get("run.menu"));
        MenuItem runItem = menuItem("menu-run-run", "run.run", Shortcut.RUN, i18n, run);
        runItem.disableProperty().bind(running);
        MenuItem stopItem = menuItem("menu-run-stop", "run.stop", Shortcut.STOP, i18n, stop);
        stopItem.disableProperty().bind(Bindings.not(running));
        menu.getItems().addAll(runItem, stopItem);
    }

    /** The toolbar items, in order: Run, Stop, a separator. */
    List<Node> toolBarItems() {
        return List.of(runButton, stopButton, new Separator(Orientation.VERTICAL));
    }

    Menu menu() {
        return menu;
    }

    /**
     * The keys, as a scene filter: the code editor would otherwise take Ctrl+Enter as a new line
     * before any menu accelerator saw it.
     */
    Subscription installKeys(Scene scene) {
        EventHandler<KeyEvent> filter = event -> {
            if (matches(Shortcut.RUN, event)) {
                if (!running.get()) {
                    run.run();
                }
                event.consume();
            } else if (matches(Shortcut.STOP, event)) {
                stop.run();
                event.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        return () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
    }

    private static boolean matches(Shortcut shortcut, KeyEvent event) {
        return Stream.concat(Stream.of(shortcut.keys()), shortcut.alternatives().stream())
                .anyMatch(keys -> keys.match(event));
    }

    private static Button button(String id, Ikon icon, String textKey, String tooltipKey, Shortcut shortcut,
                                 I18n i18n, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.textProperty().bind(i18n.get(textKey));
        button.getStyleClass().add(Styles.FLAT);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.formatted(tooltipKey,
                new SimpleStringProperty(shortcut.keys().getDisplayText())));
        button.setTooltip(tooltip);
        button.setOnAction(e -> action.run());
        // Like the other toolbar buttons: keyboard focus stays in the editor or the view.
        button.setFocusTraversable(false);
        return button;
    }

    private static MenuItem menuItem(String id, String textKey, Shortcut shortcut, I18n i18n, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.get(textKey));
        // Shown in the menu; the key itself is handled by the scene filter (see installKeys).
        item.setAccelerator(shortcut.keys());
        item.setOnAction(e -> action.run());
        return item;
    }
}
