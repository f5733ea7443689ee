package org.ouroboros.lang.parser;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.token.Token;
import org.ouroboros.lang.token.Tokenizer;

/** The expression inside an f-string's braces, parsed with its position in the file. */
final class FStringFieldParser {

    private FStringFieldParser() {
    }

    /**
     * Parses one f-string replacement field as CPython 3.11 does: the text wrapped in
     * parentheses. The nodes get their real positions in the file; an error is reported as
     * CPython reports it, relative to the wrapped text, on the line where the field starts.
     */
    static Expr parse(ExpressionParser outer, String text, int line, int col) {
        String wrapped = "(" + text + ")";
        Tokenizer.Result result = Tokenizer.tokenize(wrapped, outer.filename);
        List<Token> shifted = new ArrayList<>(result.tokens().size());
        for (Token t : result.tokens()) {
            shifted.add(shift(t, line, col - 1));
        }
        ExpressionParser inner = new ExpressionParser(wrapped, outer.filename,
                new Tokenizer.Result(shifted, result.error(), result.unclosedBracket(),
                        result.errorOverridesParser()));
        inner.startAtDepth(outer.depth());
        try {
            return inner.fstringField();
        } catch (PySyntaxError shiftedError) {
            ExpressionParser again = new ExpressionParser(wrapped, outer.filename, result);
            again.startAtDepth(outer.depth());
            PySyntaxError err;
            try {
                again.fstringField();
                err = shiftedError;
            } catch (PySyntaxError e) {
                err = e;
            }
            boolean fromTokenizer = again.isTokenizerError(err);
            String msg = err.msg().startsWith("f-string") || fromTokenizer ? err.msg() : "f-string: " + err.msg();
            throw new PySyntaxError(err.kind(), msg, outer.filename, line + err.line() - 1, err.col(),
                    line + err.endLine() - 1, err.endCol(), wrapped + "\n");
        }
    }

    private static Token shift(Token t, int line, int colOnFirstLine) {
        int startCol = t.line() == 1 ? t.col() + colOnFirstLine : t.col();
        int endCol = t.endLine() == 1 ? t.endCol() + colOnFirstLine : t.endCol();
        return new Token(t.kind(), t.text(), t.line() + line - 1, startCol, t.endLine() + line - 1, endCol,
                t.start(), t.end());
    }
}
