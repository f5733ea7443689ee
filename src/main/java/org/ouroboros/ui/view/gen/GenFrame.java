package org.ouroboros.ui.view.gen;

/**
 * One generator or coroutine at a step: its label ({@code get_html #2} when several share a
 * name), where it stands (status, line, instruction offset), the last values that crossed its
 * boundary, what it delegates to, who resumed it last, and its task when a Task drives it.
 */
public record GenFrame(long id, String label, String qualname, String kind, String filename, GenStatus status, int line,
        int offset,
        String lastSent, String lastYielded, long delegateTo, String delegateHow, String delegateDescription,
        String result, String resumedBy, String task, String awaitedFuture) {

    static GenFrame created(long id, String label, String qualname, String kind, String filename, int line) {
        return new GenFrame(id, label, qualname, kind, filename, GenStatus.CREATED, line, -1, "", "", 0, "", "", "", "", "", "");
    }

    public boolean coroutine() {
        return "coroutine".equals(kind);
    }

    GenFrame withStatus(GenStatus s) {
        return new GenFrame(id, label, qualname, kind, filename, s, line, offset, lastSent, lastYielded, delegateTo, delegateHow,
                delegateDescription, result, resumedBy, task, awaitedFuture);
    }

    GenFrame resumed(String sent, String by) {
        return new GenFrame(id, label, qualname, kind, filename, GenStatus.RUNNING, line, offset, sent, lastYielded, delegateTo,
                delegateHow, delegateDescription, result, by, task, awaitedFuture);
    }

    GenFrame suspended(String yielded, int atLine, int atOffset, boolean delegating) {
        return new GenFrame(id, label, qualname, kind, filename, delegating ? GenStatus.DELEGATING : GenStatus.SUSPENDED, atLine,
                atOffset, lastSent, yielded, delegating ? delegateTo : 0, delegating ? delegateHow : "",
                delegating ? delegateDescription : "", result, resumedBy, task, delegating ? awaitedFuture : "");
    }

    GenFrame delegating(long sub, String how, String description) {
        return new GenFrame(id, label, qualname, kind, filename, GenStatus.DELEGATING, line, offset, lastSent, lastYielded, sub, how,
                description, result, resumedBy, task, awaitedFuture);
    }

    GenFrame finished(GenStatus s, String value, int atLine) {
        return new GenFrame(id, label, qualname, kind, filename, s, atLine, offset, lastSent, lastYielded, 0, "", "", value,
                resumedBy, task, "");
    }

    GenFrame inTask(String taskName, String future) {
        return new GenFrame(id, label, qualname, kind, filename, status, line, offset, lastSent, lastYielded, delegateTo,
                delegateHow, delegateDescription, result, resumedBy, taskName, future);
    }
}
