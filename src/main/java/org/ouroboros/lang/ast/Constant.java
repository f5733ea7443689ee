package org.ouroboros.lang.ast;

/** Python's {@code ast.Constant}. A literal; see {@link Literal} for the Java value it holds. {@code kind} is {@code "u"} for a u-prefixed string, else null. */
public record Constant(Literal value, String kind, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitConstant(this);
    }
}
