/**
 * The generators and coroutines view: {@link org.ouroboros.ui.view.gen.GenView} renders
 * {@link org.ouroboros.trace.GeneratorEvent}s (and the task events of the asyncio loop) as
 * suspended frames with their line, {@code yield from}/{@code await} chains from the caller or
 * task down to the future, and a lane of the values sent and yielded. State:
 * {@link org.ouroboros.ui.view.gen.GenState} built by {@link org.ouroboros.ui.view.gen.GenFold};
 * words: {@code gen.properties}; styles: {@code gen-view.css}. {@link org.ouroboros.ui.view.ZoomPan}
 * is shared with the other async views.
 */
package org.ouroboros.ui.view.gen;
