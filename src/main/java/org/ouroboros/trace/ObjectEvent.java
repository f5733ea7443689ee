package org.ouroboros.trace;

import java.util.List;

/**
 * The object model as a program builds it: classes, objects (the three characteristics: id, type,
 * value), the names bound to them, and identity/equality comparisons. Ids are {@code id()} values;
 * an event refers to other objects only by id, so a view joins them itself.
 *
 * <p>Emitted at the coarse level. An object is described the first time a name, a container or an
 * attribute refers to it, and again each time it changes; a view keeps the latest description.
 */
public sealed interface ObjectEvent extends TraceEvent
        permits ObjectEvent.ClassSnapshot, ObjectEvent.ObjectSnapshot, ObjectEvent.NameBound,
                ObjectEvent.NameUnbound, ObjectEvent.ObjectsCompared {

    /** How an object's references read: attributes by name, items by index or key, or none. */
    enum Shape { SCALAR, SEQUENCE, MAPPING, SET, INSTANCE, FUNCTION, OTHER }

    /** Where a name lives: a function's locals, a module's globals, a class body's namespace, a closure cell. */
    enum Scope { LOCAL, GLOBAL, CLASS_BODY, CELL }

    /** One outgoing reference: {@code key} is an attribute name, an index ("0"), or a key's repr. */
    record Ref(String key, long id) {}

    /**
     * A class as it stands: created by the program, or a builtin described when first met.
     * {@code members} are the names in its own {@code __dict__}; {@code metaclass} is {@code type(cls)}.
     */
    record ClassSnapshot(int thread, long id, String name, String qualname, String module, List<Long> bases,
                         long metaclass, boolean isMetaclass, boolean builtin, List<Long> mro, List<String> members)
            implements ObjectEvent {}

    /**
     * An object's state: {@code repr} is computed without running user code; {@code size} is its
     * length (items, or attributes for an instance), of which at most the first few are in {@code refs};
     * {@code shared} marks an object the VM hands out again for equal values (small-int cache, interned str,
     * None, True, False); {@code first} marks the object's first description (later ones are changes).
     */
    record ObjectSnapshot(int thread, long id, long typeId, String typeName, String repr, Shape shape, int size,
                          List<Ref> refs, boolean shared, boolean first) implements ObjectEvent {}

    /**
     * {@code name} now refers to object {@code objectId}. {@code frame} is the function's qualname for
     * locals and cells, the class body's qualname for a class namespace, the module name for globals;
     * {@code depth} is the frame's call depth (as in FrameEntered), -1 for globals.
     */
    record NameBound(int thread, int depth, String frame, Scope scope, String name, long objectId)
            implements ObjectEvent {}

    /** {@code del name}: the name no longer refers to anything. */
    record NameUnbound(int thread, int depth, String frame, Scope scope, String name) implements ObjectEvent {}

    /** {@code left operator right} ran ("is", "is not", "==", "!=") and gave {@code result}. */
    record ObjectsCompared(int thread, String operator, long left, long right, boolean result)
            implements ObjectEvent {}
}
