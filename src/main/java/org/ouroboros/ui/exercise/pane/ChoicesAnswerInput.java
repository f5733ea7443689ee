package org.ouroboros.ui.exercise.pane;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.exercise.Answer;
import org.ouroboros.ui.exercise.RunSettings;
import org.ouroboros.ui.player.LocalizedMessages;

/** Settings to tick, one check box per choice of a settings exercise. */
final class ChoicesAnswerInput implements AnswerInput {
    private final List<RunSettings> choices;
    private final List<CheckBox> boxes = new ArrayList<>();
    private final VBox box = new VBox();

    ChoicesAnswerInput(List<RunSettings> choices) {
        this.choices = choices;
        box.getStyleClass().add("exercise-choices");
        for (int i = 0; i < choices.size(); i++) {
            CheckBox check = new CheckBox();
            check.setId("exercise-choice-" + i);
            check.getStyleClass().add("exercise-choice");
            boxes.add(check);
        }
        box.getChildren().setAll(boxes);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return boxes.isEmpty() ? box : boxes.get(0);
    }

    @Override
    public Answer answer() {
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).isSelected()) {
                picked.add(i);
            }
        }
        return new Answer.Choices(picked);
    }

    @Override
    public String draft() {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).isSelected()) {
                picked.add(String.valueOf(i));
            }
        }
        return String.join(",", picked);
    }

    @Override
    public void restore(String draft) {
        Set<String> picked = new HashSet<>(List.of(draft.split(",")));
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).setSelected(picked.contains(String.valueOf(i)));
        }
    }

    @Override
    public void localize(LocalizedMessages words) {
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).setText(SettingsWords.describe(choices.get(i), words));
        }
    }

    @Override
    public void onChange(Runnable listener) {
        boxes.forEach(b -> b.selectedProperty().addListener((obs, old, now) -> listener.run()));
    }
}
