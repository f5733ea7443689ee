package org.ouroboros.ui.view.race;

/** The GIL changed hands at an eval-breaker check point: at trace position {@code position}. */
public record SwitchRecord(int position, int from, int to, String function, int offset, String opname, String kind) {}
