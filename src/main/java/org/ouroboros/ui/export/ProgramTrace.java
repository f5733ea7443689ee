package org.ouroboros.ui.export;

import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.trace.Trace;

/**
 * A program's run for a view: its trace, the error text it ended with ("" when it finished), or
 * the syntax error that kept it from running (then the trace is empty).
 */
public record ProgramTrace(Trace trace, String errorText, PySyntaxError syntaxError) {
    public boolean compiled() {
        return syntaxError == null;
    }
}
