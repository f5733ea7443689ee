package org.ouroboros.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record types permitted under a sealed interface, found by walking
 * {@link Class#getPermittedSubclasses()} recursively, keyed by simple name. A new event family
 * added to the sealed hierarchy is picked up here without any registration.
 */
final class RecordFamily {
    private final Class<?> root;
    private final Map<String, Class<? extends Record>> byName;

    RecordFamily(Class<?> root) {
        if (!root.isSealed()) {
            throw new IllegalArgumentException(root.getName() + " is not a sealed interface");
        }
        this.root = root;
        Map<String, Class<? extends Record>> names = new LinkedHashMap<>();
        collect(root, names);
        this.byName = Collections.unmodifiableMap(names);
    }

    Class<?> root() {
        return root;
    }

    /** Record types by simple name, in declaration order. */
    Map<String, Class<? extends Record>> byName() {
        return byName;
    }

    List<Class<? extends Record>> types() {
        return new ArrayList<>(byName.values());
    }

    private static void collect(Class<?> type, Map<String, Class<? extends Record>> names) {
        for (Class<?> sub : type.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                Class<? extends Record> record = sub.asSubclass(Record.class);
                Class<? extends Record> clash = names.putIfAbsent(sub.getSimpleName(), record);
                if (clash != null) {
                    throw new IllegalStateException("two records of the sealed family share the simple name '"
                            + sub.getSimpleName() + "': " + clash.getName() + " and " + sub.getName()
                            + "; trace JSON needs unique names");
                }
            } else if (sub.isInterface() && sub.isSealed()) {
                collect(sub, names);
            } else {
                throw new IllegalStateException(sub.getName()
                        + " must be a record or a sealed interface to be part of a trace");
            }
        }
    }
}
