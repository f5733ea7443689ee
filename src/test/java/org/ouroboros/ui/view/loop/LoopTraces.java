package org.ouroboros.ui.view.loop;

import java.util.concurrent.atomic.AtomicInteger;
import org.ouroboros.aio.EventLoop;
import org.ouroboros.aio.LoopClock;
import org.ouroboros.aio.LoopOptions;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceRecorder;

/** Traces of the real event-loop core driven from Java (the asyncio module drives the same loop). */
final class LoopTraces {
    private LoopTraces() {}

    /** Five callbacks each due 2 s after the start (like five sleep(2)), then stop: on a virtual clock. */
    static Trace fiveTimers() {
        TraceRecorder recorder = new TraceRecorder();
        EventLoop loop = new EventLoop(LoopOptions.defaults().withClock(LoopClock.virtual()).withSink(recorder));
        AtomicInteger done = new AtomicInteger();
        loop.callSoon(() -> {
            for (int i = 0; i < 5; i++) {
                loop.callLater(2.0, () -> {
                    if (done.incrementAndGet() == 5) {
                        loop.callSoon(loop::stop, "stop");
                    }
                }, "sleep-done-" + i);
            }
        }, "start five sleeps");
        loop.runForever();
        loop.close();
        return recorder.finish();
    }
}
