package org.ouroboros.vm.corpus;

/** What one run of a Python program produced: its stdout, its stderr and its exit code. */
public record ProgramOutput(String stdout, String stderr, int exitCode) {

    /** The same output with object addresses replaced, so runs of different processes compare. */
    public ProgramOutput normalized() {
        return new ProgramOutput(Addresses.normalize(stdout), Addresses.normalize(stderr), exitCode);
    }
}
