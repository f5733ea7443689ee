package org.ouroboros.aio.lab;

/** The clients: opened at the ramp rate against a port, asked for {@link ClientStats} each sample. */
public sealed interface LoadSide extends AutoCloseable permits LoadClient, RemoteLoadSide {
    /** Stats since the previous call (answered and percentiles reset; open and failures are current). */
    ClientStats drain();

    /** Closes every client connection (and the child process, if any) before returning. */
    @Override
    void close();
}
