package org.ouroboros.ui.editor;

import java.util.List;

/**
 * Turns source text into highlighted spans. Must be lenient: half-typed code (an unclosed
 * string, a stray bracket) still highlights, it never throws. Called off the FX thread.
 */
@FunctionalInterface
public interface SyntaxHighlighter {
    /** Non-overlapping spans in ascending order; text between spans is unstyled. */
    List<HighlightSpan> highlight(String text);
}
