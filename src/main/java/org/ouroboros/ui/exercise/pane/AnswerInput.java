package org.ouroboros.ui.exercise.pane;

import javafx.scene.Node;
import org.ouroboros.ui.exercise.Answer;
import org.ouroboros.ui.player.LocalizedMessages;

/** The control a learner answers with, one kind per exercise kind; its state round-trips through a draft string. */
interface AnswerInput {
    Node node();

    /** The node that takes the keyboard focus when the exercise opens. */
    Node focusTarget();

    Answer answer();

    /** The current answer as text, for keeping and saving. */
    String draft();

    /** Puts a {@link #draft()} back. */
    void restore(String draft);

    /** Re-labels prompts and buttons in the shown language. */
    void localize(LocalizedMessages words);

    /** Called (on the FX thread) whenever the learner changes the answer. */
    void onChange(Runnable listener);
}
