package org.ouroboros.aio.lab;

/** Where a lab run is. */
public enum LabPhase {
    /** Opening connections at the ramp rate. */
    RAMPING,
    /** All connections are open and exchanging requests. */
    HOLDING,
    /** A limit (descriptors, threads) stopped the ramp short of the target; the rest keep running. */
    LIMITED,
    /** Stopped: every socket and thread of the run is gone. */
    STOPPED
}
