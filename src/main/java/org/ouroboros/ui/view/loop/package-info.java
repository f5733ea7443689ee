/**
 * The event-loop view: {@link org.ouroboros.ui.view.loop.LoopView} renders
 * {@link org.ouroboros.trace.AioEvent}s as {@code _run_once}'s wheel of phases and lanes for the
 * ready queue, timer heap, selector keys, tasks and futures, with the program's console.
 * {@link org.ouroboros.ui.view.loop.LoopControls} runs the editor's code live, slowed or one
 * iteration per click ({@link org.ouroboros.ui.view.loop.LiveLoopRun}, off the FX thread) and
 * hands the final trace to the shared player. {@link org.ouroboros.ui.view.loop.AsyncLessons}
 * installs all four async views as lesson tabs. While the C10K lab runs its event-loop server,
 * {@link org.ouroboros.ui.view.loop.LabLoopPanel} shows that loop above the lanes, aggregated
 * ({@link org.ouroboros.aio.lab.LoopDigest}: counts per phase, the busiest connections, one
 * sampled iteration), with a fixed set of nodes refreshed at most five times a second; lanes of a
 * trace draw at most {@code MAX_CHIPS} chips however many keys or callbacks a step holds.
 */
package org.ouroboros.ui.view.loop;
