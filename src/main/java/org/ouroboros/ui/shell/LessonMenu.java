package org.ouroboros.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;

/** The Lesson menu: previous and next step (with their shortcuts) and "restore the step's code". */
final class LessonMenu {
    private final Menu menu = new Menu();

    LessonMenu(AppModel model, I18n i18n) {
        menu.setId("lesson-menu");
        menu.textProperty().bind(i18n.get("lesson.menu"));
        MenuItem previous = item("menu-previous-step", i18n, "lesson.step.previous", model::previousStep);
        previous.setAccelerator(Shortcut.PREVIOUS_STEP.keys());
        MenuItem next = item("menu-next-step", i18n, "lesson.step.next", model::nextStep);
        next.setAccelerator(Shortcut.NEXT_STEP.keys());
        MenuItem restore = item("menu-restore-step", i18n, "lesson.step.restore", model::restoreStepCode);
        restore.disableProperty().bind(model.stepEditedProperty().not());
        menu.getItems().addAll(previous, next, restore);
    }

    private static MenuItem item(String id, I18n i18n, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    Menu menu() {
        return menu;
    }
}
