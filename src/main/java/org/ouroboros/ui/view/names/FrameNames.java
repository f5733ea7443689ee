package org.ouroboros.ui.view.names;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One namespace on the left of the view: a module's globals, a running function's locals, or a
 * class body being executed; {@code names} maps each bound name to its object's id, in binding order.
 */
public final class FrameNames {
    public enum Kind { MODULE, FUNCTION, CLASS_BODY }

    private final int thread;
    private final String title;
    private final int depth;
    private Kind kind;
    private final LinkedHashMap<String, Long> names;

    FrameNames(int thread, String title, int depth, Kind kind) {
        this(thread, title, depth, kind, new LinkedHashMap<>());
    }

    private FrameNames(int thread, String title, int depth, Kind kind, LinkedHashMap<String, Long> names) {
        this.thread = thread;
        this.title = title;
        this.depth = depth;
        this.kind = kind;
        this.names = names;
    }

    FrameNames copy() {
        return new FrameNames(thread, title, depth, kind, new LinkedHashMap<>(names));
    }

    void bind(String name, long id) {
        names.put(name, id);
    }

    void unbind(String name) {
        names.remove(name);
    }

    void markClassBody() {
        kind = Kind.CLASS_BODY;
    }

    public int thread() {
        return thread;
    }

    /** The module name, function qualname or class name. */
    public String title() {
        return title;
    }

    public int depth() {
        return depth;
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, Long> names() {
        return Collections.unmodifiableMap(names);
    }

    /** A key unique among the frames shown at once (for node ids). */
    public String key() {
        return kind == Kind.MODULE ? "module-" + title : "t" + thread + "-d" + depth;
    }
}
