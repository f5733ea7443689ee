package org.ouroboros.ui.player;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The player's keyboard: Space play/pause, → step, ← step back, Home start, End end.
 *
 * <p>Installed as a key-pressed <em>filter</em>, so the player gets these keys before a focused
 * button (Space) or slider (arrows) would. They are left alone when the key goes to an editable
 * text input (the code editor, a text field, an editable combo box or spinner) and when any
 * modifier is held, so typing and Ctrl/Shift navigation in the editor keep working.
 */
public final class PlayerKeys {
    /**
     * Put {@code Boolean.TRUE} under this key in a node's properties to mark a custom text
     * input the player keys must not steal from.
     */
    public static final String TEXT_INPUT_MARKER = "ouroboros.textInput";

    private PlayerKeys() {}

    /** Player keys anywhere in the scene (what the app shell installs). */
    public static Subscription install(Scene scene, PlayerModel model) {
        EventHandler<KeyEvent> handler = handler(model);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, handler);
        return () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
    }

    /** Player keys while the focus is inside {@code node}. */
    public static Subscription install(Node node, PlayerModel model) {
        EventHandler<KeyEvent> handler = handler(model);
        node.addEventFilter(KeyEvent.KEY_PRESSED, handler);
        return () -> node.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
    }

    private static EventHandler<KeyEvent> handler(PlayerModel model) {
        return event -> {
            if (event.isShiftDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                    || event.isShortcutDown() || goesToTextInput(event)) {
                return;
            }
            switch (event.getCode()) {
                case SPACE -> model.togglePlay();
                case RIGHT -> model.stepForward();
                case LEFT -> model.stepBack();
                case HOME -> model.jumpToStart();
                case END -> model.jumpToEnd();
                default -> {
                    return;
                }
            }
            event.consume();
        };
    }

    private static boolean goesToTextInput(KeyEvent event) {
        if (!(event.getTarget() instanceof Node target)) {
            return false;
        }
        for (Node node = target; node != null; node = node.getParent()) {
            if (isEditableText(node)) {
                return true;
            }
        }
        return false;
    }

    static boolean isEditableText(Node node) {
        if (node instanceof TextInputControl input) {
            return input.isEditable();
        }
        if (node instanceof GenericStyledArea<?, ?, ?> area) {
            return area.isEditable();
        }
        if (node instanceof ComboBoxBase<?> combo) {
            return combo.isEditable();
        }
        if (node instanceof Spinner<?> spinner) {
            return spinner.isEditable();
        }
        return Boolean.TRUE.equals(node.getProperties().get(TEXT_INPUT_MARKER));
    }
}
