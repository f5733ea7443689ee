/**
 * The MRO view: C3 linearization animated from the trace, and the super() walk.
 *
 * <h2>Wiring (what the app does)</h2>
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * MroIntegration.install(window, runs);   // chapters 3 and 4: Execution | MRO tabs, one player
 * }</pre>
 *
 * <h2>What comes from which event</h2>
 * <ul>
 *   <li>{@link org.ouroboros.trace.MroEvent.MergeStarted}, {@code CandidateRejected},
 *       {@code CandidateTaken}, {@code MergeFinished}, {@code MergeFailed}: one
 *       {@link org.ouroboros.ui.view.mro.MergeSession} per linearization, drawn by
 *       {@link org.ouroboros.ui.view.mro.MergeSnapshot} as Simionato's notation and a table of
 *       lists (candidate head, rejected heads, the tail that blocks them, the result growing,
 *       CPython's TypeError text).</li>
 *   <li>{@link org.ouroboros.trace.MroEvent.ClassicOrder}: the depth-first, left-to-right order
 *       (contrast mode, {@link org.ouroboros.ui.view.mro.Contrast}) and every class's bases (the
 *       layered {@link org.ouroboros.ui.view.mro.Hierarchy} graph).</li>
 *   <li>{@code ObjectCreated} + {@code FrameEntered}/{@code FrameExited} of {@code X.__init__} +
 *       {@code OutputWritten}: the {@link org.ouroboros.ui.view.mro.SuperWalk} along
 *       {@code type(self).__mro__} (the MRO from that class's {@code MergeFinished}).</li>
 * </ul>
 * The view computes no Python semantics; {@link org.ouroboros.ui.view.mro.MroState} only
 * groups events, and rendering is a pure function of (trace, position) through
 * {@link org.ouroboros.ui.player.CheckpointedFold}, so stepping back is exact.
 *
 * <h2>Stepping cost</h2>
 * The parts a merge step changes most, the derivation ({@code NotationBoard}), the table of lists
 * with the result row ({@code MergeTable}) and the hierarchy graph ({@code HierarchyGraph}), are
 * drawn on canvases ({@code CanvasBoard}): a step is a few dozen draw calls instead of CSS, layout
 * and painting for a hundred labels. Their fonts, colours and borders come from hidden labels
 * styled by {@code mro-view.css} ({@code Looks}), so themes, zoom and presentation mode apply as
 * before; each board exposes what it draws (cells, lines, marks, badges) for tests and as
 * accessible text. The graph's edges sit on a layer drawn again only when the hierarchy changes,
 * its classes on a canvas per layer drawn again only when a mark or badge in that layer changes.
 * The contrast rows, the walk and its output are synced to lists of wanted labels by
 * {@code LabelCells} (texts and styles set only where they differ), the walk keeps its boxes while
 * the MRO is the same, and a panel is redrawn only when its merge or walk changed.
 * {@code MroStepConsistencyTest} checks that every position still looks exactly as in a view
 * opened at it.
 */
package org.ouroboros.ui.view.mro;
