package org.ouroboros.lang.parser;

import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.ast.Expression;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.token.Tokenizer;

/**
 * Parses Python 3.11 source into the {@link org.ouroboros.lang.ast} tree. Errors are
 * {@link PySyntaxError}s with CPython's messages and locations; deep nesting gives a
 * SyntaxError, not a StackOverflowError.
 */
public final class Parser {

    private Parser() {
    }

    /** {@code ast.parse(source, filename)} in exec mode. */
    public static Module parse(String source, String filename) {
        Tokenizer.Result tokens = Tokenizer.tokenize(source, filename);
        StatementParser parser = new StatementParser(source, filename, tokens);
        try {
            return parser.file();
        } catch (PySyntaxError e) {
            throw parser.reconcile(e);
        } catch (StackOverflowError e) {
            throw parser.tooComplex();
        }
    }

    /** {@code ast.parse(source, filename, mode='eval')}: one expression (leading blanks allowed, as eval does). */
    public static Expression parseExpression(String source, String filename) {
        String stripped = source;
        int i = 0;
        while (i < stripped.length() && (stripped.charAt(i) == ' ' || stripped.charAt(i) == '\t')) {
            i++;
        }
        stripped = stripped.substring(i);
        Tokenizer.Result tokens = Tokenizer.tokenize(stripped, filename);
        StatementParser parser = new StatementParser(stripped, filename, tokens);
        try {
            return parser.evalInput();
        } catch (PySyntaxError e) {
            throw parser.reconcile(e);
        } catch (StackOverflowError e) {
            throw parser.tooComplex();
        }
    }
}
