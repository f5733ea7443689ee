package org.ouroboros.ui.view.creation;

import java.util.List;

/**
 * One arrow (or note) of the sequence diagram, from lifeline {@code from} to lifeline {@code to}
 * (indices; equal for a note). The text is the bundle's {@code msg.<key>} with {@code args}.
 */
public record Message(int position, int from, int to, Kind kind, String key, List<String> args) {
    public enum Kind {
        /** A call: solid arrow. */
        CALL,
        /** A return: dashed arrow back. */
        RETURN,
        /** An object comes into being: solid arrow to a new lifeline. */
        CREATE,
        /** A remark on one lifeline. */
        NOTE,
        /** A step that does not happen (init skipped): crossed-out note. */
        SKIP
    }

    public Message {
        args = List.copyOf(args);
    }
}
