/**
 * The "Try it" tab: {@link org.ouroboros.ui.exercise.pane.ExercisePane} shows a lesson's exercises,
 * takes the learner's answer with an input fitting the exercise's kind, and shows the checker's
 * verdict; {@link org.ouroboros.ui.exercise.pane.ExerciseIntegration} puts it in the window (a view
 * tab, a button in the explanation, a Lesson menu item with its shortcut). Checking runs on a
 * worker thread, never on the FX thread.
 */
package org.ouroboros.ui.exercise.pane;
