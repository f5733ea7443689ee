package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.AsyncFunctionDef}. {@code async def}; fields as {@link FunctionDef}. */
public record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
    public AsyncFunctionDef {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
        decoratorList = decoratorList == null ? List.of() : Collections.unmodifiableList(decoratorList);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAsyncFunctionDef(this);
    }
}
