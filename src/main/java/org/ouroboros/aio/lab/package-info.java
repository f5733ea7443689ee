/**
 * The C10K lab: thousands of concurrent loopback connections against one of two echo servers,
 * {@link org.ouroboros.aio.lab.SelectorEchoServer one event-loop thread} or
 * {@link org.ouroboros.aio.lab.ThreadPerConnectionServer one platform thread per connection},
 * sampled ten times a second ({@link org.ouroboros.aio.lab.LabSample}). No JavaFX here: the view
 * in {@code ui.view.c10k} only draws the samples.
 *
 * <pre>{@code
 * C10kLab lab = C10kLab.start(new LabSettings(ServerKind.EVENT_LOOP, 10_000, 2_000, 1_000), listener);
 * ...
 * lab.close();   // stops at any time; every socket and thread is gone when it returns
 * }</pre>
 *
 * A process needs one descriptor per socket and both ends of 10,000 loopback connections are
 * 20,000 sockets; when that would pass the process's open-file limit the clients run in a child
 * JVM ({@link org.ouroboros.aio.lab.RemoteLoadSide}). Only 127.0.0.1 is ever bound or dialled.
 *
 * <p>The event-loop server counts what its loop does on its own thread ({@code LoopTally}: a few
 * increments per event, nothing that grows with the connections) and publishes a
 * {@link org.ouroboros.aio.lab.LoopDigest} at most every 50 ms; {@code C10kLab.loopDigest()}
 * reads the newest without waiting, which is how a view shows 10,000 connections' loop.
 */
package org.ouroboros.aio.lab;
