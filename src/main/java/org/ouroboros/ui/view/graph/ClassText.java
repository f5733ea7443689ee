package org.ouroboros.ui.view.graph;

import org.ouroboros.trace.ObjectEvent;

/** How classes read in the views, as CPython prints them. */
public final class ClassText {
    private ClassText() {}

    /** {@code <class 'int'>}, {@code <class '__main__.A'>}. */
    public static String repr(ObjectEvent.ClassSnapshot c) {
        return "<class '" + dotted(c) + "'>";
    }

    /** {@code int}, {@code __main__.A}: the name with its module unless builtin. */
    public static String dotted(ObjectEvent.ClassSnapshot c) {
        return c.module().equals("builtins") ? c.qualname() : c.module() + "." + c.qualname();
    }

    /** An address as {@code id()} prints it in hex, the way reprs show it. */
    public static String hex(long id) {
        return "0x" + Long.toHexString(id);
    }
}
