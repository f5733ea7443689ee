package org.ouroboros.ui.exercise.pane;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.exercise.Answer;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * Cards to put in order: the lines the program prints, shown sorted (not in the run's order),
 * moved with the Up/Down buttons or Alt+↑/Alt+↓ on the selected card.
 */
final class OrderAnswerInput implements AnswerInput {
    private final ObservableList<String> cards = FXCollections.observableArrayList();
    private final ListView<String> list = new ListView<>(cards);
    private final Button up = new Button();
    private final Button down = new Button();
    private final HBox box;
    private List<String> start = List.of();

    OrderAnswerInput() {
        list.setId("exercise-order");
        list.getStyleClass().addAll("exercise-input", "exercise-order");
        list.setPrefHeight(220);
        up.setId("exercise-up");
        down.setId("exercise-down");
        up.setOnAction(e -> move(-1));
        down.setOnAction(e -> move(1));
        list.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        VBox buttons = new VBox(up, down);
        buttons.getStyleClass().add("exercise-order-buttons");
        HBox.setHgrow(list, Priority.ALWAYS);
        box = new HBox(list, buttons);
        box.getStyleClass().add("exercise-order-box");
    }

    /** The cards, in the order they start in. */
    void setCards(List<String> lines) {
        start = List.copyOf(lines);
        cards.setAll(lines);
    }

    boolean hasCards() {
        return !cards.isEmpty();
    }

    /** Moves the selected card one place up (-1) or down (+1). */
    void move(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= cards.size()) {
            return;
        }
        String card = cards.remove(i);
        cards.add(j, card);
        list.getSelectionModel().clearAndSelect(j);
        list.scrollTo(j);
    }

    ListView<String> list() {
        return list;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return list;
    }

    @Override
    public Answer answer() {
        return new Answer.Order(new ArrayList<>(cards));
    }

    @Override
    public String draft() {
        return String.join("\n", cards);
    }

    /** A saved order, if it holds exactly the same cards (else the sorted start stays). */
    @Override
    public void restore(String draft) {
        List<String> saved = List.of(draft.split("\n", -1));
        List<String> a = new ArrayList<>(saved);
        List<String> b = new ArrayList<>(start);
        a.sort(null);
        b.sort(null);
        if (a.equals(b)) {
            cards.setAll(saved);
        }
    }

    @Override
    public void localize(LocalizedMessages words) {
        up.setText("\u2191 " + words.text("pane.up"));
        down.setText("\u2193 " + words.text("pane.down"));
    }

    @Override
    public void onChange(Runnable listener) {
        cards.addListener((ListChangeListener<String>) c -> listener.run());
    }
}
