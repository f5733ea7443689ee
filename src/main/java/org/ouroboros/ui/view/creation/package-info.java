/**
 * The object-creation view: a sequence diagram of {@code C(...)} (the metaclass's
 * {@code __call__}, {@code __new__}, {@code __init__} or its skip) and of class statements
 * (metaclass resolution by the most-derived rule, {@code __prepare__}, the body, the metaclass
 * call, {@code type.__new__}, {@code __set_name__}, {@code __init_subclass__}).
 *
 * <h2>Wiring (what the app does)</h2>
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * CreationIntegration.install(window, runs);   // classes and metaclasses lessons; Run records FINE there
 * }</pre>
 *
 * <p>Everything comes from {@link org.ouroboros.trace.CreationEvent}s (fine level, emitted by
 * {@code vm.probe.CreationProbes}). {@link org.ouroboros.ui.view.creation.CreationState} builds
 * one {@link org.ouroboros.ui.view.creation.Diagram} per top-level creation: arrows go from
 * the lifeline whose method is running to the lifeline whose method is called; returns go back.
 * As in a UML sequence diagram, a lifeline begins at the first message it takes part in
 * ({@link org.ouroboros.ui.view.creation.Lifeline#since()}): a new instance's head is drawn where
 * its {@code __new__} returns, a class's where {@code type.__new__} creates it, a metaclass's
 * where it is resolved; the caller and the participants of the first message head the diagram.
 */
package org.ouroboros.ui.view.creation;
