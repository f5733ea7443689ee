package org.ouroboros.lang.ast;

/** Python's {@code ast.FormattedValue}. One {@code {value!r:spec}} piece of an f-string: {@code conversion} is -1 (none) or the code point of 's', 'r' or 'a'; {@code formatSpec} is null or a {@link JoinedStr}. */
public record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitFormattedValue(this);
    }
}
