package org.ouroboros.sched;

/** A simulated process: its own GIL (processes never share one). */
final class SimProcess {
    final int id;
    final Gil gil = new Gil();
    /** Parent objects → this process's copies, made at fork (see {@link ProcessCopier}). */
    final java.util.Map<org.ouroboros.vm.object.PyObject, org.ouroboros.vm.object.PyObject> forkMemo =
            new java.util.IdentityHashMap<>();
    /** The Python object {@code multiprocessing.current_process()} returns in this process, or null. */
    org.ouroboros.vm.object.PyObject handle;
    /** The process's exit code once its main thread finished, else null. */
    Integer exitCode;

    SimProcess(int id) {
        this.id = id;
    }
}
