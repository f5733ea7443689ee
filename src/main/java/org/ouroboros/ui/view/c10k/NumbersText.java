package org.ouroboros.ui.view.c10k;

import java.util.Locale;
import org.ouroboros.aio.lab.LabSample;
import org.ouroboros.ui.player.LocalizedMessages;

/** The latest sample as one line of numbers. */
final class NumbersText {
    private NumbersText() {}

    static String of(LabSample s, LocalizedMessages words) {
        return words.format("c10k.numbers", String.valueOf(s.serverHeld()), String.valueOf(s.clientOpen()),
                String.format(Locale.ROOT, "%.0f", s.requestsPerSecond()),
                String.format(Locale.ROOT, "%.2f", s.p50Micros() / 1000.0), String.format(Locale.ROOT, "%.2f", s.p99Micros() / 1000.0),
                String.valueOf(s.serverThreads()), String.valueOf(s.jvmThreads()),
                String.format(Locale.ROOT, "%.0f", s.residentBytes() / 1e6), String.format(Locale.ROOT, "%.0f", s.heapUsedBytes() / 1e6),
                String.valueOf(s.openDescriptors()), String.valueOf(s.maxDescriptors()),
                words.text(s.childProcess() ? "c10k.clients.child" : "c10k.clients.here"));
    }
}
