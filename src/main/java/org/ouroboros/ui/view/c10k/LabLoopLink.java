package org.ouroboros.ui.view.c10k;

import org.ouroboros.aio.lab.C10kLab;
import org.ouroboros.aio.lab.ServerKind;
import org.ouroboros.ui.view.loop.LoopView;

/**
 * While the C10K lab runs its event-loop server, the event-loop view shows that loop live
 * (aggregated: see {@code LabLoopPanel}); the thread-per-connection server has no loop to show.
 */
public final class LabLoopLink {
    private LabLoopLink() {}

    public static void connect(C10kView lab, LoopView loop) {
        lab.labProperty().addListener((o, old, running) -> loop.followLab(follows(running) ? running::loopDigest : null));
        C10kLab now = lab.labProperty().get();
        if (follows(now)) {
            loop.followLab(now::loopDigest);
        }
    }

    private static boolean follows(C10kLab lab) {
        return lab != null && lab.settings().kind() == ServerKind.EVENT_LOOP;
    }
}
