package org.ouroboros.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@link Vm#interrupt()} is Ctrl+C: KeyboardInterrupt in the main thread at its next check point. */
class InterruptTest {
    private record Outcome(RunResult result, String out, String err) {}

    private static Outcome runInterrupted(String source, long afterMillis) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm vm = Vm.builder().stdout(out).stderr(err).build();
        Thread presser = new Thread(() -> {
            try {
                Thread.sleep(afterMillis);
            } catch (InterruptedException e) {
                return;
            }
            vm.interrupt();
        });
        presser.start();
        RunResult r = vm.run(source, "spin.py");
        presser.join();
        return new Outcome(r, out.toString(), err.toString());
    }

    @Test
    void aBusyLoopGetsKeyboardInterruptAndCanCatchIt() throws InterruptedException {
        Outcome o = runInterrupted("""
                n = 0
                try:
                    while True:
                        n += 1
                except KeyboardInterrupt as e:
                    print('caught', type(e).__name__, e.args, n > 0)
                """, 200);
        assertEquals("caught KeyboardInterrupt () True\n", o.out());
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void anUncaughtInterruptEndsTheRunWithExitCode130() throws InterruptedException {
        Outcome o = runInterrupted("while True:\n    pass\n", 200);
        assertEquals(130, o.result().exitCode());
        assertTrue(o.err().endsWith("KeyboardInterrupt\n"), o.err());
    }

    @Test
    void anEventLoopWaitingInSelectIsWokenAndTheInterruptSurfacesFromRunUntilComplete() throws InterruptedException {
        long start = System.nanoTime();
        Outcome o = runInterrupted("""
                import asyncio
                loop = asyncio.new_event_loop()
                task = loop.create_task(asyncio.sleep(30))
                try:
                    loop.run_until_complete(task)
                except KeyboardInterrupt:
                    print('interrupted; task done?', task.done())
                    task.cancel()
                    loop.run_until_complete(asyncio.sleep(0))
                    print('cancelled?', task.cancelled())
                """, 1500);
        assertEquals("interrupted; task done? False\ncancelled? True\n", o.out(), o.err());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "did not wait for the 30 s sleep");
    }
}
