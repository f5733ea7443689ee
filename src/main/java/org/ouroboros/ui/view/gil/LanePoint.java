package org.ouroboros.ui.view.gil;

/**
 * Something a view adds to a thread's lane at one instant: shown (as {@code text}, with its
 * style class) once the player reaches trace event {@code event}.
 */
public record LanePoint(int lane, long time, int event, String text, String styleClass, String tooltip) {}
