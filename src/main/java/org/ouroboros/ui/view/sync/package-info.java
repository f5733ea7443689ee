/**
 * Sync-primitive timelines: {@code SchedEvent.PrimitiveOp} events (which carry each primitive's
 * state after the operation) become marks on the thread lanes and the per-primitive cards
 * ({@link org.ouroboros.ui.view.sync.SyncFold} through a
 * {@link org.ouroboros.ui.player.CheckpointedFold}); {@code DeadlockDetected} becomes the report
 * and the drawn {@link org.ouroboros.ui.view.sync.WaitForGraph}. Primitives that the threading
 * module uses for itself are hidden unless asked ({@link org.ouroboros.ui.view.sync.InternalPrimitives}).
 */
package org.ouroboros.ui.view.sync;
