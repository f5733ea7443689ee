/**
 * Names and objects (issue 4, view 2), the seed's sticky notes: frames and their names on the
 * left, the objects they are stuck on to the right, from the trace's name bindings, object
 * snapshots and comparisons ({@link org.ouroboros.trace.ObjectEvent}).
 *
 * <ul>
 *   <li>{@link org.ouroboros.ui.view.names.NamesFold} keeps the namespaces and call stacks
 *       ({@link org.ouroboros.ui.view.names.NamesState}); {@link org.ouroboros.ui.view.names.Board}
 *       picks the bounded set of objects to draw.</li>
 *   <li>{@link org.ouroboros.ui.view.names.NamesView} draws them;
 *       {@link org.ouroboros.ui.view.names.NamesIntegration} adds it to the lessons.</li>
 *   <li>Clicking a card (or Enter on it) opens the graph view's
 *       {@link org.ouroboros.ui.view.graph.InspectorPanel} on that object, filled by
 *       {@link org.ouroboros.ui.view.graph.Inspection#of(long, org.ouroboros.ui.view.graph.SnapshotIndex, int)}
 *       from the trace's snapshots at the position shown.</li>
 * </ul>
 */
package org.ouroboros.ui.view.names;
