package org.ouroboros.ui.editor;

/** A highlighted range of the text, {@code [start, end)} in UTF-16 offsets. */
public record HighlightSpan(int start, int end, TokenStyle style) {
    public HighlightSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
