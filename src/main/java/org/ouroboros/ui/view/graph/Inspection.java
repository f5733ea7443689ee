package org.ouroboros.ui.view.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ouroboros.trace.ObjectEvent;

/**
 * What the inspector says about one node at one position, all from trace data: the three
 * characteristics (id, type, value) and the introspection answers {@code __dict__}, {@code dir()},
 * {@code __bases__}, {@code __mro__}, {@code __class__}. Absent answers are null (an int has no
 * {@code __dict__}, an instance no {@code __bases__}).
 */
public record Inspection(String title, long id, String type, String value, List<String> dict, int dictMore,
                         List<String> dir, String bases, String mro, String cls) {

    public static Inspection of(GraphNode node, SnapshotIndex index, int position) {
        if (node.isClass()) {
            return ofClass(index.classAt(node.id(), position), index, position);
        }
        if (node.kind() == GraphNode.Kind.COLLAPSED) {
            return null;
        }
        ObjectEvent.ObjectSnapshot s = index.objectAt(node.id(), position);
        return s == null ? null : ofObject(s, index, position);
    }

    /** The object or class with {@code id} as the trace last described it by {@code position}, or null. */
    public static Inspection of(long id, SnapshotIndex index, int position) {
        ObjectEvent.ClassSnapshot c = index.classAt(id, position);
        if (c != null) {
            return ofClass(c, index, position);
        }
        ObjectEvent.ObjectSnapshot s = index.objectAt(id, position);
        return s == null ? null : ofObject(s, index, position);
    }

    static Inspection ofObject(ObjectEvent.ObjectSnapshot s, SnapshotIndex index, int position) {
        ObjectEvent.ClassSnapshot type = index.classAt(s.typeId(), position);
        String typeText = type == null ? s.typeName() : ClassText.repr(type);
        List<String> dict = null;
        int more = 0;
        TreeSet<String> dir = new TreeSet<>(classNames(type, index, position));
        if (s.shape() == ObjectEvent.Shape.INSTANCE) {
            dict = new ArrayList<>();
            for (ObjectEvent.Ref r : s.refs()) {
                dict.add(r.key() + ": " + index.valueText(r.id(), position));
                dir.add(r.key());
            }
            more = s.size() - s.refs().size();
        }
        return new Inspection(s.repr(), s.id(), typeText, s.repr(), dict, more, List.copyOf(dir), null, null, typeText);
    }

    static Inspection ofClass(ObjectEvent.ClassSnapshot c, SnapshotIndex index, int position) {
        if (c == null) {
            return null;
        }
        ObjectEvent.ClassSnapshot meta = index.classAt(c.metaclass(), position);
        String metaText = meta == null ? "?" : ClassText.repr(meta);
        return new Inspection(ClassText.repr(c), c.id(), metaText, ClassText.repr(c), List.copyOf(c.members()), 0,
                List.copyOf(new TreeSet<>(classNames(c, index, position))), classes(c.bases(), index, position, true),
                classes(c.mro(), index, position, true), metaText);
    }

    /** Names defined along a class's MRO: what {@code dir()} lists besides an instance's own dict. */
    private static List<String> classNames(ObjectEvent.ClassSnapshot c, SnapshotIndex index, int position) {
        List<String> names = new ArrayList<>();
        if (c == null) {
            return names;
        }
        for (long id : c.mro()) {
            ObjectEvent.ClassSnapshot k = index.classAt(id, position);
            if (k != null) {
                names.addAll(k.members());
            }
        }
        return names;
    }

    private static String classes(List<Long> ids, SnapshotIndex index, int position, boolean tuple) {
        List<String> parts = new ArrayList<>();
        for (long id : ids) {
            parts.add(index.valueText(id, position));
        }
        String joined = String.join(", ", parts);
        return tuple ? "(" + joined + (parts.size() == 1 ? ",)" : ")") : "[" + joined + "]";
    }
}
