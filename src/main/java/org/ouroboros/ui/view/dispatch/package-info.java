/**
 * The dispatch and attribute-lookup view: the path the VM took for a lookup or a special-method
 * dispatch, as a highlighted walk over the MRO's classes and their dicts.
 *
 * <h2>Wiring (what the app does)</h2>
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * DispatchIntegration.install(window, runs);   // magic-methods and classes lessons; Run records FINE there
 * }</pre>
 *
 * <h2>What comes from which event (fine level, from {@code vm.probe})</h2>
 * <ul>
 *   <li>{@code LookupEvent.LookupStarted}, {@code MroSearched} (role "type": data descriptor on
 *       the type?; "metatype"/"class" for lookups on classes; "__getattr__"), {@code
 *       InstanceDictProbed}, then {@code AttributeLookup} or {@code AttributeMissing}: one
 *       attribute {@link org.ouroboros.ui.view.dispatch.Walk}.</li>
 *   <li>{@code DispatchEvent.SpecialMethodSearched} + {@code SpecialMethodCalled}, with
 *       {@code DispatchFallback} ("sequence-protocol": {@code for i in a} without
 *       {@code __iter__}; "str-calls-repr": {@code print(a)} through {@code object.__str__}) and
 *       {@code SequenceItemRequested}/{@code SequenceItemFetched} ({@code __getitem__(0)},
 *       {@code (1)}, … until IndexError): one special-method walk.</li>
 * </ul>
 * {@link org.ouroboros.ui.view.dispatch.DispatchState} only groups events; rendering is a pure
 * function of (trace, position) through {@link org.ouroboros.ui.player.CheckpointedFold}.
 * {@link org.ouroboros.ui.view.ZoomPan} (Ctrl+wheel, − / + buttons, drag to pan) and the
 * previous/next/count/zoom {@link org.ouroboros.ui.view.StepHeader} are shared with the creation view.
 *
 * <h2>Choosing an expression</h2>
 * The header's picker ({@code ExpressionPicker}) lists the trace's walks by source line, each line
 * followed by its expressions ("line 27: for i in a" / "iter() on A", repeats counted:
 * {@link org.ouroboros.ui.view.dispatch.WalkChoices}); choosing one moves the shared player to
 * its first walk through the same seeker as previous/next, so the view stays a function of
 * (trace, position). The integration gives the view the run's source (for the line texts) and
 * the editor's caret line (the "caret's line" button).
 */
package org.ouroboros.ui.view.dispatch;
