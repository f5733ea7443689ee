package org.ouroboros.ui.view.c10k;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.ouroboros.aio.lab.LabSample;

/**
 * Hands samples from the lab's sampler thread to the FX thread in batches: however fast they
 * come, at most one {@code runLater} is pending, so the FX thread is never flooded.
 */
final class SampleMailbox {
    private final Consumer<List<LabSample>> onFx;
    private final List<LabSample> pending = new ArrayList<>();
    private boolean scheduled;

    SampleMailbox(Consumer<List<LabSample>> onFx) {
        this.onFx = onFx;
    }

    /** Called on any thread. */
    void post(LabSample sample) {
        synchronized (pending) {
            pending.add(sample);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        Platform.runLater(this::deliver);
    }

    private void deliver() {
        List<LabSample> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
            scheduled = false;
        }
        onFx.accept(batch);
    }
}
