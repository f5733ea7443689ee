/**
 * The asyncio engine: a real event loop on a {@link java.nio.channels.Selector}, loopback-only
 * networking and the demo internet (no JavaFX, no VM imports; the VM's {@code asyncio},
 * {@code socket}, {@code select}, {@code selectors}, {@code aiohttp} and {@code urllib.request}
 * modules in {@code vm.module.asyncio} / {@code vm.module.net} sit on top of it).
 *
 * <h2>The loop</h2>
 * {@link org.ouroboros.aio.EventLoop#runOnce()} is CPython's {@code BaseEventLoop._run_once}:
 * handles from other threads join the ready deque; cancelled timers at the heap's head are dropped;
 * the select timeout is 0 with work ready, the time to the nearest timer, or "block"; select;
 * ready keys queue their reader/writer handles; due timers move to the ready deque; then exactly
 * the handles ready at that moment run. One thread runs a loop; {@code callSoonThreadsafe},
 * {@code wakeup} and {@code stop} are safe from any thread. Every iteration is traced as a group of
 * {@link org.ouroboros.trace.AioEvent}s (see that interface for the vocabulary).
 *
 * <h2>Configuring a VM run (UI, CLI, tests)</h2>
 * <pre>{@code
 * GatedStepper gate = new GatedStepper();             // the UI's "step" button calls gate.step()
 * Vm vm = Vm.builder().trace(recorder, TraceLevel.COARSE)
 *         .with(AioSettings.class, AioSettings.defaults()
 *                 .withStepper(gate)                  // or LoopStepper.slowed(200), or FREE_RUNNING
 *                 .withVirtualTime(false)             // true: sleeps jump (deterministic timer-only runs)
 *                 .withInternet(DemoInternet.start(DemoInternet.Config.defaults().withLatency(0.5))))
 *         .build();
 * vm.run(source, "crawler.py");                       // on a worker thread, never the FX thread
 * gate.release();                                     // "play": run free from now on
 * vm.interrupt();                                     // the UI's Ctrl+C: KeyboardInterrupt in main
 * }</pre>
 * {@link org.ouroboros.aio.LoopStepper#awaitNextIteration} is called on the loop's thread before
 * every iteration; {@link org.ouroboros.aio.GatedStepper#waitingAt()} tells which iteration waits.
 * {@code Vm.interrupt()} raises KeyboardInterrupt at the main thread's next check point; a loop
 * blocked in select is woken and raises it right after select (as CPython's signal handling does).
 * CLI: {@code ouroboros run --interrupt-after S --virtual-time --loop-delay MS FILE}.
 *
 * <h2>Networking rules</h2>
 * Only loopback: {@link org.ouroboros.aio.NameResolution} maps every host name to the
 * {@link org.ouroboros.aio.DemoInternet} (127.0.0.1, ephemeral port; one deterministic page per
 * URL after a per-host latency with seeded jitter) without asking DNS; loopback addresses keep
 * their port; any other numeric address is refused ({@link org.ouroboros.aio.LoopbackOnly}).
 *
 * <h2>Benchmark</h2>
 * {@link org.ouroboros.aio.RawEchoServer} is server (a) of {@code ouroboros bench echo}.
 */
package org.ouroboros.aio;
