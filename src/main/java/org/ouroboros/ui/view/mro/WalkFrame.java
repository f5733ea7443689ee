package org.ouroboros.ui.view.mro;

/** One {@code X.__init__} frame of a super() walk: the class that owns it and its stack depth. */
public record WalkFrame(String owner, String function, int depth) {}
