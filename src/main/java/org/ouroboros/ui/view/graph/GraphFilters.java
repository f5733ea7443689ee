package org.ouroboros.ui.view.graph;

/**
 * What the graph leaves out: builtin classes (except {@code object} and {@code type}) and their
 * instances, all instances, or everything but one node's ancestry ({@code focus} a node key, or null).
 */
public record GraphFilters(boolean hideBuiltins, boolean hideInstances, String focus) {
    public static final GraphFilters NONE = new GraphFilters(false, false, null);

    public GraphFilters withHideBuiltins(boolean on) {
        return new GraphFilters(on, hideInstances, focus);
    }

    public GraphFilters withHideInstances(boolean on) {
        return new GraphFilters(hideBuiltins, on, focus);
    }

    public GraphFilters withFocus(String key) {
        return new GraphFilters(hideBuiltins, hideInstances, key);
    }
}
