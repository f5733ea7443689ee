package org.ouroboros.trace;

import java.util.List;

/**
 * The path an attribute lookup took, following {@code object.__getattribute__} /
 * {@code type.__getattribute__}: which dict or descriptor answered.
 */
public sealed interface LookupEvent extends TraceEvent
        permits LookupEvent.AttributeLookup, LookupEvent.AttributeStored,
                LookupEvent.LookupStarted, LookupEvent.MroSearched, LookupEvent.InstanceDictProbed,
                LookupEvent.AttributeMissing {

    /**
     * {@code owner.name} was looked up on an object of type {@code objectType}. {@code source}
     * says who answered: "data descriptor", "instance dict", "non-data descriptor", "class attribute",
     * "metatype", "__getattr__", or "missing"; {@code foundIn} names the class whose dict held it.
     */
    record AttributeLookup(int thread, String objectType, String name, String source, String foundIn,
                           String resultRepr) implements LookupEvent {}

    /** {@code name} was stored (or deleted when {@code deleted}) via {@code via}: "instance dict", "data descriptor", "__setattr__". */
    record AttributeStored(int thread, String objectType, String name, String via, boolean deleted)
            implements LookupEvent {}

    // ---- Fine level, the walk itself (emitted only for objects of user classes and for user classes) ----

    /**
     * A lookup of {@code name} begins on an object of type {@code objectType}; {@code targetClass}
     * names the class when the object is itself a class (else ""), {@code entry} the
     * {@code __getattribute__} that runs, e.g. "object.__getattribute__" or "A.__getattribute__".
     */
    record LookupStarted(int thread, String objectType, String name, String targetClass, String entry)
            implements LookupEvent {}

    /**
     * {@code onType}'s MRO was searched for {@code name} dict by dict: {@code foundAt} is the index
     * in {@code mro} of the first class whose dict holds it (-1: none did). {@code role} says which
     * step of the lookup searched: "type" (descriptors on the object's type), "metatype", "class"
     * (a class's own MRO), "__getattr__" (the fallback hook). {@code kind} classifies what was
     * found: "data descriptor", "non-data descriptor", "class attribute", or "" when nothing.
     */
    record MroSearched(int thread, String objectType, String name, String role, String onType,
                       List<String> mro, int foundAt, String kind) implements LookupEvent {}

    /** The instance's own {@code __dict__} was probed for {@code name}; {@code keys} are its keys then. */
    record InstanceDictProbed(int thread, String objectType, String name, boolean found, List<String> keys)
            implements LookupEvent {}

    /** The lookup found nothing: AttributeError, unless the caller asked with a default. */
    record AttributeMissing(int thread, String objectType, String name) implements LookupEvent {}
}
