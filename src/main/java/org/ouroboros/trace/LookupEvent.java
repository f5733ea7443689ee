package org.ouroboros.trace;

/**
 * The path an attribute lookup took, following {@code object.__getattribute__} /
 * {@code type.__getattribute__}: which dict or descriptor answered.
 */
public sealed interface LookupEvent extends TraceEvent
        permits LookupEvent.AttributeLookup, LookupEvent.AttributeStored {

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
}
