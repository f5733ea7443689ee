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
 */
package org.ouroboros.ui.view.mro;
