package org.ouroboros.aio.lab;

/** What a thread is doing during one segment of an I/O-model run. */
public enum IoPhase {
    /** Blocked in connect/recv until the data arrives (the kernel is waiting for data). */
    BLOCKED,
    /** Busy: non-blocking recv calls that return "not ready" (EAGAIN). */
    POLLING,
    /** Blocked in select(), waiting for any socket to become ready. */
    SELECT,
    /** Copying data from the kernel to the program (recv returned bytes). */
    COPYING,
    /** Sending requests and other work of the program. */
    WORKING,
    /** Not blocked: free to do other work while the I/O happens elsewhere. */
    FREE,
    /** A completion callback: the data is already in the program's buffer. */
    CALLBACK
}
