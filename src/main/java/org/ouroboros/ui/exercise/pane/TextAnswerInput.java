package org.ouroboros.ui.exercise.pane;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.ouroboros.ui.exercise.Answer;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * Typed answers: the predicted output (several lines), a predicted MRO (one line), or a whole
 * program (starting from the exercise's code).
 */
final class TextAnswerInput implements AnswerInput {
    enum Shape { OUTPUT, MRO, CODE }

    private final Shape shape;
    private final TextInputControl field;
    private final String start;

    TextAnswerInput(Shape shape, String start) {
        this.shape = shape;
        this.start = start;
        if (shape == Shape.MRO) {
            field = new javafx.scene.control.TextField();
        } else {
            TextArea area = new TextArea();
            area.setPrefRowCount(shape == Shape.CODE ? 16 : 6);
            area.setWrapText(false);
            field = area;
        }
        field.setId("exercise-answer");
        field.getStyleClass().addAll("exercise-input", shape == Shape.MRO ? "exercise-mro-input" : "exercise-code-input");
        field.setText(start);
    }

    @Override
    public Node node() {
        return field;
    }

    @Override
    public Node focusTarget() {
        return field;
    }

    @Override
    public Answer answer() {
        return switch (shape) {
            case OUTPUT -> new Answer.Lines(field.getText());
            case MRO -> new Answer.ClassNames(field.getText());
            case CODE -> new Answer.Code(field.getText());
        };
    }

    @Override
    public String draft() {
        return field.getText();
    }

    @Override
    public void restore(String draft) {
        field.setText(draft);
    }

    @Override
    public void localize(LocalizedMessages words) {
        field.setPromptText(switch (shape) {
            case OUTPUT -> words.text("pane.prompt.output");
            case MRO -> words.text("pane.prompt.mro");
            case CODE -> "";
        });
    }

    @Override
    public void onChange(Runnable listener) {
        field.textProperty().addListener((obs, old, now) -> listener.run());
    }

    /** The text the input starts with (the exercise's program for code, else empty). */
    String start() {
        return start;
    }
}
