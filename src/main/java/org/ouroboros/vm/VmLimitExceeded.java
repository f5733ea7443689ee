package org.ouroboros.vm;

/**
 * A run hit one of the VM's limits (step budget, object budget). Not a Python exception: no
 * {@code except} clause can catch it, the run ends with its message.
 */
public final class VmLimitExceeded extends RuntimeException {
    public VmLimitExceeded(String message) {
        super(message, null, false, false);
    }
}
