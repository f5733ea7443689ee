package org.ouroboros.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.Lesson;

/** What the view area shows for a lesson whose views do not exist yet. */
final class LessonPlaceholder extends VBox {
    LessonPlaceholder(Lesson lesson, I18n i18n) {
        getStyleClass().add("lesson-placeholder");
        Label title = new Label();
        title.getStyleClass().add("placeholder-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.formatted("view.placeholder.title",
                Bindings.createObjectBinding(lesson::number), i18n.get(lesson.titleKey())));
        Label text = new Label();
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.textProperty().bind(i18n.get("view.placeholder.text"));
        getChildren().addAll(title, text);
    }
}
