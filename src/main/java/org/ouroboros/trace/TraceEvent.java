package org.ouroboros.trace;

/**
 * One thing the engine did, recorded for replay. Events form closed families, one per engine
 * concept: a view switches over the family it renders and ignores the rest.
 *
 * <p>Events are immutable records holding only plain data (strings, numbers, lists of them),
 * never live VM objects, so a trace can be exported, imported and replayed without the VM.
 */
public sealed interface TraceEvent permits ExecutionEvent, MroEvent, LookupEvent, DispatchEvent, TraceTruncated,
        SchedEvent,
        AioEvent,
        ObjectEvent,
        CreationEvent,
        GeneratorEvent {}
