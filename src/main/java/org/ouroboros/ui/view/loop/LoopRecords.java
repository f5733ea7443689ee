package org.ouroboros.ui.view.loop;

/** The plain data of the event-loop view's lanes. */
public final class LoopRecords {
    private LoopRecords() {}

    /** A callback in the ready queue; {@code nextRound} when added after this iteration's run phase began. */
    public record Ready(long handle, String description, String kind, boolean nextRound) {}

    /** A timer in the heap. */
    public record Timer(long handle, double when, String description, boolean cancelled) {}

    /** A registered socket with its interest ops and, after select, the ops it is ready for (0 if none). */
    public record Key(int fd, int interest, int ready, String socket, String reader, String writer) {}

    /** A task's state: {@code waitingOn} names the future it awaits, {@code detail} its result or error. */
    public record TaskRow(long id, String name, String coroutine, TaskStatus status, String waitingOn, String detail,
            double created, double finished, int steps) {
        TaskRow with(TaskStatus s, String waiting, String d, double finishedAt) {
            return new TaskRow(id, name, coroutine, s, waiting, d, created, finishedAt, steps);
        }

        TaskRow stepped() {
            return new TaskRow(id, name, coroutine, status, waitingOn, detail, created, finished, steps + 1);
        }
    }

    /** A future (not a task) with its done-callbacks. */
    public record FutureRow(long id, String description, String state, java.util.List<String> callbacks) {}

    /** Where a task is; each has a symbol as well as a colour. */
    public enum TaskStatus {
        PENDING("\u25cb"), RUNNING("\u25b6"), WAITING("\u25d4"), DONE("\u2713"), FAILED("\u2717"), CANCELLED("\u2298");

        private final String symbol;

        TaskStatus(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }

        public String key() {
            return "loop.task." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
