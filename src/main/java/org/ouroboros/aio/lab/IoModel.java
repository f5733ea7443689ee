package org.ouroboros.aio.lab;

/** The I/O models of the seed's chapter 6, each fetching the same pages. */
public enum IoModel {
    /** One thread, blocking sockets, one page after another. */
    BLOCKING,
    /** One thread, non-blocking sockets, asking every socket again and again (EAGAIN). */
    NON_BLOCKING,
    /** One thread blocked in select() over all sockets; it reads what select says is ready. */
    MULTIPLEXING,
    /** Completion-based: the kernel (here Java's channel group) reads, then calls back with the data. */
    ASYNCHRONOUS
}
