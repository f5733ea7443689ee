package org.ouroboros.ui.view.graph;

/**
 * One node of the drawn graph. {@code key} is stable for the whole trace ("o" + id for objects and
 * classes, "more" + class id for a collapsed group); {@code count} is the group's size.
 */
public record GraphNode(String key, Kind kind, long id, long typeId, String label, boolean builtin, int count) {
    public enum Kind { METACLASS, CLASS, INSTANCE, COLLAPSED }

    public static String objectKey(long id) {
        return "o" + Long.toHexString(id);
    }

    public static String collapsedKey(long classId) {
        return "more" + Long.toHexString(classId);
    }

    public boolean isClass() {
        return kind == Kind.CLASS || kind == Kind.METACLASS;
    }
}
