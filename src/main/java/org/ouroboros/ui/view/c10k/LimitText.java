package org.ouroboros.ui.view.c10k;

import org.ouroboros.aio.lab.LabSample;
import org.ouroboros.aio.lab.LimitProblem;
import org.ouroboros.ui.player.LocalizedMessages;

/** What limit stopped the ramp, in plain words, and what to change; empty when none did. */
final class LimitText {
    private LimitText() {}

    static String of(LabSample s, LocalizedMessages words) {
        if (s == null || s.limit() == null) {
            return "";
        }
        LimitProblem p = s.limit();
        return switch (p.kind()) {
            case FILE_DESCRIPTORS -> words.format("c10k.limit.fd", String.valueOf(s.maxDescriptors()), p.message(),
                    String.valueOf(s.serverHeld()));
            case THREADS -> words.format("c10k.limit.threads", p.message(), String.valueOf(s.serverThreads()));
            case OTHER -> words.format("c10k.limit.other", p.message());
        };
    }
}
