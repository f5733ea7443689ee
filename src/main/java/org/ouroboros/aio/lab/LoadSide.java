package org.ouroboros.aio.lab;

/** The clients: opened at the ramp rate against a port, asked for {@link ClientStats} each sample. */
public sealed interface LoadSide extends AutoCloseable permits LoadClient, RemoteLoadSide {
    /** Current stats: answered in total; percentiles of the latest window (kept when no request finished since). */
    ClientStats drain();

    /** Closes every client connection (and the child process, if any) before returning. */
    @Override
    void close();
}
