package org.ouroboros.lang.symtable;

import java.util.Set;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.SourceLines;
import org.ouroboros.lang.ast.Alias;
import org.ouroboros.lang.ast.Constant;
import org.ouroboros.lang.ast.ExprStmt;
import org.ouroboros.lang.ast.ImportFrom;
import org.ouroboros.lang.ast.Literal;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.ast.Pos;
import org.ouroboros.lang.ast.Stmt;

/** CPython's future.c: validates {@code from __future__ import ...} and reports the features used. */
final class FutureFeatures {

    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private FutureFeatures() {
    }

    /** True if the module turns on {@code annotations} (annotations are not evaluated then). */
    static boolean annotations(Module module, SourceLines lines, String filename) {
        boolean annotations = false;
        boolean done = false;
        int index = 0;
        for (Stmt s : module.body()) {
            boolean docstring = index == 0 && s instanceof ExprStmt e && e.value() instanceof Constant c
                    && c.value() instanceof Literal.StrLit;
            index++;
            if (docstring) {
                continue;
            }
            if (s instanceof ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (done) {
                    throw error("from __future__ imports must occur at the beginning of the file", s.pos(),
                            s.pos().endCol() + 1, lines, filename);
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("braces")) {
                        throw error("not a chance", s.pos(), 0, lines, filename);
                    }
                    if (!KNOWN.contains(a.name())) {
                        throw error("future feature " + a.name() + " is not defined", s.pos(), 0, lines, filename);
                    }
                    annotations |= a.name().equals("annotations");
                }
            } else {
                done = true;
            }
        }
        return annotations;
    }

    private static PySyntaxError error(String msg, Pos pos, int endOffset, SourceLines lines, String filename) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, pos.line(), pos.col() + 1,
                pos.line(), endOffset, lines == null ? null : lines.line(pos.line()));
    }
}
