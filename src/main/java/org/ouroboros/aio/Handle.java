package org.ouroboros.aio;

/**
 * A callback scheduled on an {@link EventLoop} (asyncio's {@code Handle}): what to run, a
 * description for traces and reprs, and a cancelled flag (a cancelled handle is skipped).
 */
public class Handle {
    /** Where a handle came from; shown as the {@code kind} of trace events. */
    public enum Kind {
        SOON, THREADSAFE, IO, TIMER;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final long id;
    private final Runnable action;
    private final java.util.function.Supplier<String> description;
    private final Kind kind;
    private volatile boolean cancelled;

    Handle(long id, Runnable action, java.util.function.Supplier<String> description, Kind kind) {
        this.id = id;
        this.action = action;
        this.description = description;
        this.kind = kind;
    }

    public long id() {
        return id;
    }

    /** Computed on demand: descriptions are only needed for traces and reprs. */
    public String description() {
        return description.get();
    }

    public Kind kind() {
        return kind;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Marks the handle so the loop skips it; timers are dropped from the heap lazily. */
    void markCancelled() {
        cancelled = true;
    }

    void run() {
        action.run();
    }

    @Override
    public String toString() {
        return "<Handle " + (cancelled ? "cancelled " : "") + description + ">";
    }
}
