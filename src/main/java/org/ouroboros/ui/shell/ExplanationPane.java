package org.ouroboros.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;

/** The explanation under the editor: the current chapter's title and introduction. */
public final class ExplanationPane extends BorderPane {
    public static final String STYLE_CLASS = "explanation-pane";

    private final Label title = new Label();
    private final Label body = new Label();

    public ExplanationPane(AppModel model, I18n i18n) {
        getStyleClass().add(STYLE_CLASS);
        Label heading = new Label();
        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(i18n.get("explanation.title"));
        setTop(heading);

        title.getStyleClass().add("explanation-title");
        body.getStyleClass().add("explanation-body");
        title.setWrapText(true);
        body.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(model.currentLesson().titleKey()), i18n.localeProperty(), model.currentLessonProperty()));
        body.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(model.currentLesson().introKey()), i18n.localeProperty(), model.currentLessonProperty()));

        VBox content = new VBox(title, body);
        content.getStyleClass().add("explanation-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    public Label titleLabel() {
        return title;
    }

    public Label bodyLabel() {
        return body;
    }
}
