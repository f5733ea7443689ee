package org.ouroboros.lang.ast;

/** Python's {@code ast.boolop}. */
public enum BoolOperator {
    And("and"), Or("or");

    private final String symbol;

    BoolOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source. */
    public String symbol() {
        return symbol;
    }
}
