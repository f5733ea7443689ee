package org.ouroboros.vm;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * The memory budget: when, after a garbage collection, the Java heap's long-lived objects still
 * fill most of it, the running program is stopped with a clear message at its next check point
 * (as a step budget is), instead of the JVM thrashing or dying with OutOfMemoryError. The JMX
 * listener is registered on a daemon thread, so a run's start-up does not wait for it.
 */
final class MemoryWatch implements AutoCloseable {
    /** The share of the old generation that may stay in use after a collection. */
    private static final double LIMIT = 0.85;

    private final Vm vm;
    private NotificationEmitter emitter;
    private NotificationListener listener;
    private boolean closed;

    private MemoryWatch(Vm vm) {
        this.vm = vm;
    }

    /** Starts watching the heap for {@code vm}'s run. */
    static MemoryWatch start(Vm vm) {
        MemoryWatch watch = new MemoryWatch(vm);
        Thread t = new Thread(watch::register, "ouroboros-memory-watch");
        t.setDaemon(true);
        t.start();
        return watch;
    }

    private synchronized void register() {
        if (closed) {
            return;
        }
        MemoryPoolMXBean pool = null;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported() && p.getUsage().getMax() > 0) {
                pool = p; // the last one listed is the old generation
            }
        }
        if (pool == null || !(ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter e)) {
            return; // this JVM offers no collection usage threshold: no memory budget
        }
        long threshold = (long) (pool.getUsage().getMax() * LIMIT);
        if (pool.getCollectionUsageThreshold() == 0 || pool.getCollectionUsageThreshold() > threshold) {
            pool.setCollectionUsageThreshold(threshold);
        }
        listener = (Notification n, Object handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
                vm.memoryExhausted();
            }
        };
        emitter = e;
        emitter.addNotificationListener(listener, null, null);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (emitter != null) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
            emitter = null;
        }
    }
}
