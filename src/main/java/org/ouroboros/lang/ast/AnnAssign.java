package org.ouroboros.lang.ast;

/** Python's {@code ast.AnnAssign}. {@code target: annotation = value}; {@code value} may be null; {@code simple} is true for a bare name target not in parentheses (CPython's {@code simple=1}). */
public record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAnnAssign(this);
    }
}
