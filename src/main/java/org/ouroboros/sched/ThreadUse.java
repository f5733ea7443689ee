package org.ouroboros.sched;

import java.util.Set;
import org.ouroboros.vm.code.CodeObject;

/**
 * Decides before a run whether it needs the scheduler: does the code import a threading module?
 * Deciding up front lets the module body itself run on the scheduled loop (its time counts).
 */
public final class ThreadUse {
    private ThreadUse() {}

    private static final Set<String> THREAD_MODULES = Set.of("threading", "_thread", "queue", "multiprocessing",
            "concurrent.futures", "concurrent");

    public static boolean importsThreads(CodeObject code) {
        for (String n : code.names()) {
            if (THREAD_MODULES.contains(n)) {
                return true;
            }
        }
        for (Object c : code.consts()) {
            if (c instanceof CodeObject inner && importsThreads(inner)) {
                return true;
            }
        }
        return false;
    }
}
