package org.ouroboros.ui.export;

/** Told, on the worker thread, after each frame is encoded. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void framesDone(int done, int total);
}
