/**
 * The type/object/class graph (issue 4, view 1): classes, metaclasses and instances as the
 * program builds them, from the trace's {@link org.ouroboros.trace.ObjectEvent}s.
 *
 * <ul>
 *   <li>{@link org.ouroboros.ui.view.graph.GraphFold} folds class and object snapshots into a
 *       bounded {@link org.ouroboros.ui.view.graph.GraphState} (instances beyond a cap per class
 *       are only counted); {@link org.ouroboros.ui.view.graph.SnapshotIndex} answers what any
 *       object looked like at any position.</li>
 *   <li>{@link org.ouroboros.ui.view.graph.ObjectGraph} turns a state into nodes and edges and
 *       applies the filters; {@link org.ouroboros.ui.view.graph.ForceLayout} (GraphStream) or
 *       {@link org.ouroboros.ui.view.graph.LayeredLayout} places every node the trace will show,
 *       once, so nothing moves while stepping.</li>
 *   <li>{@link org.ouroboros.ui.view.graph.GraphView} draws it with its own JavaFX skin and an
 *       inspector; {@link org.ouroboros.ui.view.graph.GraphIntegration} adds it to the lessons.</li>
 * </ul>
 */
package org.ouroboros.ui.view.graph;
