package org.ouroboros.ui.view.dispatch;

/**
 * One entry of the expression picker: a source line with walks ({@link Kind#LINE}; choosing it
 * shows the line's first walk), or one expression on that line ({@link Kind#EXPRESSION}: the
 * walks of one operation or attribute on one type there, {@code count} of them as loops repeat it).
 * {@code source} is the line's text, or empty when the view was not given the program.
 */
public record WalkChoice(Kind kind, int line, String source, Walk first, int count) {
    public enum Kind { LINE, EXPRESSION }

    /** True when {@code walk} is one of the walks this entry stands for. */
    public boolean covers(Walk walk) {
        if (walk == null || walk.line() != line) {
            return false;
        }
        return kind == Kind.LINE || sameExpression(first, walk);
    }

    static boolean sameExpression(Walk a, Walk b) {
        return a.line() == b.line() && a.kind() == b.kind() && a.name().equals(b.name())
                && a.subject().equals(b.subject()) && a.onClass() == b.onClass();
    }
}
