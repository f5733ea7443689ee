package org.ouroboros.ui.view.loop;

import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.c10k.C10kIntegration;
import org.ouroboros.ui.view.gen.GenIntegration;
import org.ouroboros.ui.view.io.IoIntegration;

/**
 * The views of chapters 6 and 7 (coroutines, asyncio) as tabs of those lessons, in this order:
 * generators and coroutines, event loop, I/O models, C10K lab. While the lab runs its event-loop
 * server, the event-loop tab shows that loop live.
 *
 * <pre>{@code
 * AsyncLessons.install(window, runs);
 * }</pre>
 */
public final class AsyncLessons {
    private final GenIntegration gen;
    private final LoopIntegration loop;
    private final IoIntegration io;
    private final C10kIntegration c10k;

    private AsyncLessons(MainWindow window, RunIntegration runs) {
        gen = GenIntegration.install(window, runs);
        loop = LoopIntegration.install(window, runs);
        io = IoIntegration.install(window, runs);
        c10k = C10kIntegration.install(window, runs);
        org.ouroboros.ui.view.c10k.LabLoopLink.connect(c10k.view(), loop.view());
    }

    public static AsyncLessons install(MainWindow window, RunIntegration runs) {
        return new AsyncLessons(window, runs);
    }

    public GenIntegration gen() {
        return gen;
    }

    public LoopIntegration loop() {
        return loop;
    }

    public IoIntegration io() {
        return io;
    }

    public C10kIntegration c10k() {
        return c10k;
    }
}
