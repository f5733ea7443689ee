package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.FunctionDef}. {@code def name(args) -> returns: body}; {@code returns} is null when absent. */
public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
    public FunctionDef {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
        decoratorList = decoratorList == null ? List.of() : Collections.unmodifiableList(decoratorList);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitFunctionDef(this);
    }
}
