package org.ouroboros.ui.view.graph;

/**
 * {@code from} is an instance of {@code to} ({@code type(from) is to}), or a subclass of it
 * ({@code to in from.__bases__}, {@code index} its position there).
 */
public record GraphEdge(String from, String to, Kind kind, int index) {
    public enum Kind { INSTANCE_OF, SUBCLASS_OF }

    public String key() {
        return from + (kind == Kind.INSTANCE_OF ? "-instance-of-" : "-subclass-of-") + to;
    }

    public boolean isLoop() {
        return from.equals(to);
    }
}
