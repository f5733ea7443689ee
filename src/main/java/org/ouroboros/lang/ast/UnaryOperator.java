package org.ouroboros.lang.ast;

/** Python's {@code ast.unaryop}. */
public enum UnaryOperator {
    Invert("~"), Not("not"), UAdd("+"), USub("-");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source. */
    public String symbol() {
        return symbol;
    }
}
