package org.ouroboros.ui.view.race;

/** One line of a thread's listing: an instruction the thread ran, as {@code dis} shows it. */
public record ListedInstruction(String function, int offset, String opname, String argRepr, int line,
        boolean checkPoint) {
    /** CPython's printed offset (2 bytes per code unit). */
    public int printedOffset() {
        return 2 * offset;
    }
}
