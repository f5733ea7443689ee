/**
 * "Try it" exercises: the model ({@link org.ouroboros.ui.exercise.Exercise}, read from a lesson's
 * {@code exercises.properties} and {@code exercises_text*.properties}) and the checker that decides
 * an answer by running programs on the VM at check time: no answer is stored anywhere. This package
 * is JavaFX-free (a test checks it), so the checker runs on any worker thread and in plain unit
 * tests; the pane that shows exercises lives in {@code ui.exercise.pane}.
 */
package org.ouroboros.ui.exercise;
