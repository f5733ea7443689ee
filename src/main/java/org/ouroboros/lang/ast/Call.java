package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Call}. {@code func(args, keywords)}; {@code *x} appears in args as {@link Starred}, {@code **m} as a Keyword with null arg. */
public record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {
    public Call {
        args = args == null ? List.of() : Collections.unmodifiableList(args);
        keywords = keywords == null ? List.of() : Collections.unmodifiableList(keywords);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCall(this);
    }
}
