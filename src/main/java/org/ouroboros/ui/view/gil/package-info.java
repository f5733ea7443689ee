/**
 * The GIL timeline, and what the three threads views share: lanes on a virtual time axis
 * ({@link org.ouroboros.ui.view.gil.LaneChart}, {@link org.ouroboros.ui.view.gil.TimeAxis}),
 * the scheduler's knobs ({@link org.ouroboros.ui.view.gil.SchedControls}) and the example
 * programs ({@link org.ouroboros.ui.view.gil.ThreadExamples}, resources under {@code examples/};
 * the seed's race is the lesson programs' one copy).
 *
 * <h2>What comes from which event</h2>
 * <ul>
 *   <li>{@code SchedEvent.ThreadStateChanged}: a thread lane's segments (running, waiting for the
 *       GIL, waiting for a core, blocked on what, sleeping, in I/O); with its {@code core}, the
 *       core lanes.</li>
 *   <li>{@code GilTaken} / {@code GilDropped}: the GIL band (one per process), holder named.</li>
 *   <li>{@code GilDropRequested} ▼ and {@code SwitchAtCheckPoint} ⇄: marks on the band.</li>
 *   <li>{@code RunConfigured}: the settings line and the core lanes.</li>
 * </ul>
 * {@link org.ouroboros.ui.view.gil.TimelineFold} reads a trace once into a
 * {@link org.ouroboros.ui.view.gil.Timeline}; the chart shows it as seen at the player's
 * position (later segments hidden, open ones ending at the cursor), so stepping back is exact.
 */
package org.ouroboros.ui.view.gil;
