package org.ouroboros.sched;

/** Renaming a thread ({@code thread.name = ...}) keeps the trace's thread names in step. */
public final class ThreadNames {
    private ThreadNames() {}

    public static void rename(SimThread t, String name) {
        t.name = name;
    }
}
