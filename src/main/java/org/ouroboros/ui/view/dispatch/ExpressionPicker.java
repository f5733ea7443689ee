package org.ouroboros.ui.view.dispatch;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * "Expression: [line 7: for i in a ▾]  [Caret's line (7)]": picks a traced expression (or a
 * line: its first walk) and hands it to {@link #setOnChoose}; the view then moves the player
 * there. What is shown selected follows the player: the entry of the walk on screen.
 * Keyboard: Tab to the list, arrows or Alt+↓ to choose.
 */
final class ExpressionPicker {
    private final HBox box = new HBox();
    private final Label prompt = new Label();
    private final ComboBox<WalkChoice> combo = new ComboBox<>();
    private final Button caret = new Button();
    private final IntegerProperty caretLine = new SimpleIntegerProperty(this, "caretLine", 0);
    private Consumer<WalkChoice> onChoose = choice -> { };
    private List<WalkChoice> choices = List.of();
    private LocalizedMessages words;
    /** True while the view (not the user) sets the list or its value. */
    private boolean updating;

    ExpressionPicker() {
        box.getStyleClass().add("dispatch-picker");
        prompt.getStyleClass().add("dispatch-picker-prompt");
        prompt.setLabelFor(combo);
        combo.setId("dispatch-picker");
        caret.setId("dispatch-caret-line");
        combo.setVisibleRowCount(14);
        combo.setCellFactory(list -> new ChoiceCell(true));
        combo.setButtonCell(new ChoiceCell(false));
        combo.valueProperty().addListener((obs, old, chosen) -> {
            if (!updating && chosen != null) {
                onChoose.accept(chosen);
            }
        });
        caret.setOnAction(e -> {
            WalkChoice line = WalkChoices.line(choices, caretLine.get());
            if (line != null) {
                combo.setValue(line);
            }
        });
        caretLine.addListener(o -> updateCaret());
        box.getChildren().addAll(prompt, combo);
    }

    /** The prompt with the list, and the caret's-line button (apart, so a narrow header wraps between them). */
    List<Node> nodes() {
        return List.of(box, caret);
    }

    void setOnChoose(Consumer<WalkChoice> onChoose) {
        this.onChoose = Objects.requireNonNull(onChoose);
    }

    /** The editor's caret line (1-based; 0: unknown), for the "caret's line" button. */
    IntegerProperty caretLineProperty() {
        return caretLine;
    }

    /** Fills the list (when the trace, the program or the language changed). */
    void setChoices(List<WalkChoice> all, LocalizedMessages messages) {
        updating = true;
        try {
            choices = all;
            words = messages;
            prompt.setText(words.text("picker.prompt"));
            combo.setPromptText(words.text("picker.choose"));
            combo.setValue(null);
            combo.getItems().setAll(all);
        } finally {
            updating = false;
        }
        combo.setDisable(choices.isEmpty());
        updateCaret();
    }

    /** Selects the entry of {@code walk} (the one on screen): the chosen line while it covers the walk. */
    void select(Walk walk) {
        updating = true;
        try {
            combo.setValue(WalkChoices.forWalk(choices, walk, combo.getValue()));
        } finally {
            updating = false;
        }
    }

    private void updateCaret() {
        if (words == null) {
            return;
        }
        int line = caretLine.get();
        caret.setVisible(line > 0);
        caret.setManaged(line > 0);
        caret.setText(words.format("picker.caret", String.valueOf(line)));
        caret.setDisable(WalkChoices.line(choices, line) == null);
    }

    /** The text of an entry, as the list shows it. */
    String text(WalkChoice c) {
        return describe(c, words);
    }

    static String describe(WalkChoice c, LocalizedMessages words) {
        String line = String.valueOf(c.line());
        if (c.kind() == WalkChoice.Kind.LINE) {
            return c.source().isEmpty() ? words.format("picker.lineOnly", line)
                    : words.format("picker.line", line, c.source());
        }
        Walk w = c.first();
        String expression;
        if (w.kind() == Walk.Kind.SPECIAL) {
            expression = words.format("picker.special", w.name(), w.subject());
        } else {
            expression = words.format(w.onClass() ? "picker.attribute.class" : "picker.attribute", w.name(),
                    w.subject());
        }
        return c.count() > 1 ? words.format("picker.repeated", expression, String.valueOf(c.count())) : expression;
    }

    ComboBox<WalkChoice> combo() {
        return combo;
    }

    Button caretButton() {
        return caret;
    }

    /** A line entry as a bold heading; an expression indented under it (in the list, not on the button). */
    private final class ChoiceCell extends ListCell<WalkChoice> {
        private final boolean inList;

        ChoiceCell(boolean inList) {
            this.inList = inList;
        }

        @Override
        protected void updateItem(WalkChoice item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("dispatch-pick-line", "dispatch-pick-expression");
            if (empty || item == null || words == null) {
                setText(empty || words == null ? null : combo.getPromptText());
                return;
            }
            boolean line = item.kind() == WalkChoice.Kind.LINE;
            getStyleClass().add(line ? "dispatch-pick-line" : "dispatch-pick-expression");
            String text = describe(item, words);
            if (!line && !inList) {
                // On the button the heading is not above it: say which line.
                text = words.format("picker.onLine", text, String.valueOf(item.line()));
            }
            setText(text);
        }
    }
}
