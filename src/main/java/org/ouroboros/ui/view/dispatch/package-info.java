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
 * {@link org.ouroboros.ui.view.ZoomPan} (Ctrl+wheel, − / + buttons, drag to pan) is
 * shared with the creation view.
 */
package org.ouroboros.ui.view.dispatch;
