package org.ouroboros.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.LessonPlace;
import org.ouroboros.ui.model.LessonSteps;
import org.ouroboros.ui.model.LessonText;

/**
 * The explanation under the editor: the chapter's title, "step k of n" with previous/next, the
 * open step's title and text (paragraphs; {@code `code`} spans in monospace), and "restore the
 * step's code" while the user's edit of it is in the editor. The chapter's introduction shows
 * with its first step (and alone for a lesson without steps).
 */
public final class ExplanationPane extends BorderPane {
    public static final String STYLE_CLASS = "explanation-pane";

    private final AppModel model;
    private final I18n i18n;
    private final Label title = new Label();
    private final Label body = new Label();
    private final Label stepCount = new Label();
    private final Label stepTitle = new Label();
    private final VBox paragraphs = new VBox();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button restore = new Button();
    private final Label edited = new Label();
    /** "Try it": hidden until the exercises integration shows it for a lesson with exercises. */
    private final Button tryIt = new Button();

    public ExplanationPane(AppModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
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

        stepCount.setId("step-count");
        stepCount.getStyleClass().add("explanation-step-count");
        stepTitle.setId("step-title");
        stepTitle.getStyleClass().add("explanation-step-title");
        stepTitle.setWrapText(true);
        paragraphs.setId("step-text");
        paragraphs.getStyleClass().add("explanation-paragraphs");

        previous.setId("step-previous");
        next.setId("step-next");
        restore.setId("step-restore");
        previous.textProperty().bind(i18n.get("lesson.step.previous"));
        next.textProperty().bind(i18n.get("lesson.step.next"));
        restore.textProperty().bind(i18n.get("lesson.step.restore"));
        previous.setOnAction(e -> model.previousStep());
        next.setOnAction(e -> model.nextStep());
        restore.setOnAction(e -> model.restoreStepCode());
        restore.visibleProperty().bind(model.stepEditedProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        edited.getStyleClass().add("explanation-step-edited");
        edited.setWrapText(true);
        edited.textProperty().bind(i18n.get("lesson.step.edited"));
        edited.visibleProperty().bind(model.stepEditedProperty());
        edited.managedProperty().bind(edited.visibleProperty());

        tryIt.setId("explanation-try-it");
        tryIt.textProperty().bind(i18n.get("lesson.tryIt"));
        tryIt.setVisible(false);
        tryIt.managedProperty().bind(tryIt.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox stepBar = new HBox(previous, stepCount, next, spacer, tryIt);
        stepBar.setAlignment(Pos.CENTER_LEFT);
        stepBar.getStyleClass().add("explanation-step-bar");
        FlowPane restoreBar = new FlowPane(restore, edited);
        restoreBar.getStyleClass().add("explanation-restore-bar");

        VBox content = new VBox(title, body, stepBar, stepTitle, paragraphs, restoreBar);
        content.getStyleClass().add("explanation-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        InvalidationListener render = o -> render();
        i18n.localeProperty().addListener(render);
        model.currentPlaceProperty().addListener(render);
        model.languageProperty().addListener(render);
        render();
    }

    private void render() {
        LessonPlace place = model.currentPlace();
        LessonSteps steps = model.steps(place.lesson());
        LessonText text = model.text(place.lesson(), model.language());
        boolean hasSteps = !steps.isEmpty();
        for (Node n : List.of(stepCount, stepTitle, paragraphs, previous, next)) {
            n.setVisible(hasSteps);
            n.setManaged(hasSteps);
        }
        // The chapter's introduction: before its first step, or instead of steps.
        boolean intro = !hasSteps || place.step() == 1;
        body.setVisible(intro);
        body.setManaged(intro);
        body.setText(hasSteps && !text.intro().isEmpty() ? text.intro() : i18n.text(place.lesson().introKey()));
        if (!hasSteps) {
            paragraphs.getChildren().clear();
            return;
        }
        int k = place.step();
        stepCount.setText(i18n.format("lesson.step.count", k, steps.size()));
        stepTitle.setText(text.stepTitle(k));
        List<Node> flows = new ArrayList<>();
        for (String paragraph : text.stepParagraphs(k)) {
            flows.add(paragraph(paragraph));
        }
        paragraphs.getChildren().setAll(flows);
        boolean first = k == 1 && model.lessons().lessons().indexOf(place.lesson()) == 0;
        boolean last = k == steps.size()
                && model.lessons().lessons().indexOf(place.lesson()) == model.lessons().lessons().size() - 1;
        previous.setDisable(first);
        next.setDisable(last);
    }

    /** One paragraph: plain runs and {@code `code`} runs, wrapped to the pane's width. */
    public static TextFlow paragraph(String paragraph) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("explanation-paragraph");
        String[] parts = paragraph.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            Text run = new Text(parts[i]);
            // Odd parts sit between backticks (an unmatched last backtick leaves plain text).
            boolean code = i % 2 == 1 && i < parts.length - 1;
            run.getStyleClass().add(code ? "explanation-code" : "explanation-text");
            flow.getChildren().add(run);
        }
        return flow;
    }

    /** The chapter's title. */
    public Label titleLabel() {
        return title;
    }

    /** The chapter's introduction, shown with the first step and for a lesson without steps. */
    public Label bodyLabel() {
        return body;
    }

    public Label stepCountLabel() {
        return stepCount;
    }

    public Label stepTitleLabel() {
        return stepTitle;
    }

    /** The step's paragraphs, one {@link TextFlow} each. */
    public VBox stepText() {
        return paragraphs;
    }

    public Button previousButton() {
        return previous;
    }

    public Button nextButton() {
        return next;
    }

    public Button restoreButton() {
        return restore;
    }

    /** "Try it" (the lesson's exercises): hidden unless an integration shows it and gives it an action. */
    public Button tryItButton() {
        return tryIt;
    }
}
