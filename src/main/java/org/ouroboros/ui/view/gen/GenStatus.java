package org.ouroboros.ui.view.gen;

/** Where a generator or coroutine frame is; each has a symbol so colour is never the only sign. */
public enum GenStatus {
    CREATED("\u25cb"),
    RUNNING("\u25b6"),
    SUSPENDED("\u2016"),
    DELEGATING("\u21c4"),
    RETURNED("\u2713"),
    RAISED("\u2717"),
    CLOSED("\u25a0");

    private final String symbol;

    GenStatus(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The style class of the status badge, e.g. {@code gen-status-suspended}. */
    public String styleClass() {
        return "gen-status-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean done() {
        return this == RETURNED || this == RAISED || this == CLOSED;
    }
}
