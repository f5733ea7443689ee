package org.ouroboros.trace;

import java.util.List;

/**
 * How objects and classes come into being, step by step: {@code C(...)} through the
 * metaclass's {@code __call__}, {@code __new__} then {@code __init__}; a class statement through
 * metaclass resolution, {@code __prepare__}, the body, the metaclass call, {@code type.__new__},
 * {@code __set_name__} and {@code __init_subclass__}. Fine level; emitted for user classes,
 * user metaclasses and {@code type(name, bases, dict)} only. {@code depth} is the Python frame
 * depth at the step (larger when nested inside a
 * {@code __new__}, {@code __init__} or metaclass method), which lets a view nest steps without
 * pairing events.
 */
public sealed interface CreationEvent extends TraceEvent
        permits CreationEvent.ClassCalled, CreationEvent.NewCalled, CreationEvent.NewReturned,
                CreationEvent.InitCalled, CreationEvent.InitSkipped, CreationEvent.ClassCallFinished,
                CreationEvent.ClassStatementStarted, CreationEvent.MetaclassResolved,
                CreationEvent.NamespacePrepared, CreationEvent.ClassBodyExecuted, CreationEvent.TypeNewStarted,
                CreationEvent.ClassCreated, CreationEvent.SetNameCalled, CreationEvent.InitSubclassCalled,
                CreationEvent.ClassStatementFinished {

    /**
     * {@code cls(...)} was called; {@code metaclass} is {@code type(cls)} and {@code callOwner} the
     * class whose {@code __call__} runs ("type" unless a metaclass defines its own).
     */
    record ClassCalled(int thread, int depth, String cls, String metaclass, String callOwner, int argCount)
            implements CreationEvent {}

    /** {@code type.__call__} calls {@code owner.__new__(cls, ...)}. */
    record NewCalled(int thread, int depth, String cls, String owner) implements CreationEvent {}

    /** {@code __new__} returned an object of {@code resultType}; {@code isInstance}: of {@code cls}. */
    record NewReturned(int thread, int depth, String cls, String resultType, String resultRepr, boolean isInstance)
            implements CreationEvent {}

    /** {@code type.__call__} calls {@code owner.__init__(obj, ...)}. */
    record InitCalled(int thread, int depth, String cls, String owner) implements CreationEvent {}

    /** {@code __new__} returned a non-instance of {@code cls}, so {@code __init__} does not run. */
    record InitSkipped(int thread, int depth, String cls, String resultType) implements CreationEvent {}

    /** {@code cls(...)} returned {@code resultRepr} (an object of {@code resultType}) to its caller. */
    record ClassCallFinished(int thread, int depth, String cls, String resultType, String resultRepr)
            implements CreationEvent {}

    /** A {@code class name(bases, metaclass=explicitMetaclass)} statement begins ("" when none given). */
    record ClassStatementStarted(int thread, int depth, String name, List<String> bases, String explicitMetaclass)
            implements CreationEvent {}

    /**
     * The metaclass was chosen by the most-derived rule: starting from {@code start} (the explicit
     * metaclass, else the first base's type, else type), against {@code baseMetaclasses}, giving {@code winner}.
     */
    record MetaclassResolved(int thread, int depth, String name, String start, List<String> baseMetaclasses,
                             String winner) implements CreationEvent {}

    /** {@code owner.__prepare__(name, bases)} made the namespace the body runs in. */
    record NamespacePrepared(int thread, int depth, String name, String metaclass, String owner)
            implements CreationEvent {}

    /** The class body ran, leaving {@code names} in the namespace. */
    record ClassBodyExecuted(int thread, int depth, String name, List<String> names) implements CreationEvent {}

    /** {@code type.__new__(metaclass, name, bases, namespace)} builds the class object. */
    record TypeNewStarted(int thread, int depth, String name, String metaclass, List<String> bases)
            implements CreationEvent {}

    /** The class object exists: its metaclass and MRO. */
    record ClassCreated(int thread, int depth, String name, String metaclass, List<String> mro)
            implements CreationEvent {}

    /** {@code type.__new__} called {@code descriptorType.__set_name__(owner, attribute)}. */
    record SetNameCalled(int thread, int depth, String cls, String attribute, String descriptorType)
            implements CreationEvent {}

    /** {@code type.__new__} called {@code super(cls).__init_subclass__()}, found on {@code owner}. */
    record InitSubclassCalled(int thread, int depth, String cls, String owner) implements CreationEvent {}

    /** The class statement bound {@code name} to {@code classRepr}. */
    record ClassStatementFinished(int thread, int depth, String name, String classRepr) implements CreationEvent {}
}
