package org.ouroboros.lang.ast;

/** Python's {@code ast.cmpop}. */
public enum CmpOperator {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="),
    Is("is"), IsNot("is not"), In("in"), NotIn("not in");

    private final String symbol;

    CmpOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source. */
    public String symbol() {
        return symbol;
    }
}
