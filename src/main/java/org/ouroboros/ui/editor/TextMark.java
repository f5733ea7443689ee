package org.ouroboros.ui.editor;

import java.util.Objects;

/** A range {@code [start, end)} of the editor text (UTF-16 offsets) to style with one CSS class. */
public record TextMark(int start, int end, String styleClass) {
    public TextMark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(styleClass, "styleClass");
    }
}
