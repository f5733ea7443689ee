package org.ouroboros.lang.ast;

/** Python's {@code ast.operator}: binary and augmented-assignment operators. */
public enum BinOperator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
    LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    private final String symbol;

    BinOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source, e.g. {@code "//"}; the augmented form adds {@code "="}. */
    public String symbol() {
        return symbol;
    }

    /** The operator for a symbol such as {@code "+"} or {@code "//"}, or null if there is none. */
    public static BinOperator fromSymbol(String symbol) {
        for (BinOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}
