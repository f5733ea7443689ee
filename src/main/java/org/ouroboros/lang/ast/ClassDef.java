package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.ClassDef}. {@code class name(bases, keywords): body}. */
public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList, Pos pos) implements Stmt {
    public ClassDef {
        bases = bases == null ? List.of() : Collections.unmodifiableList(bases);
        keywords = keywords == null ? List.of() : Collections.unmodifiableList(keywords);
        body = body == null ? List.of() : Collections.unmodifiableList(body);
        decoratorList = decoratorList == null ? List.of() : Collections.unmodifiableList(decoratorList);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitClassDef(this);
    }
}
