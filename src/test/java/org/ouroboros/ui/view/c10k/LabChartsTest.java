package org.ouroboros.ui.view.c10k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.aio.lab.LabPhase;
import org.ouroboros.aio.lab.LabSample;
import org.ouroboros.aio.lab.ServerKind;
import org.ouroboros.ui.FxTestBase;

/** The lab's charts plot at most POINTS points per series, each the last sample of its slice, on round axes. */
class LabChartsTest extends FxTestBase {
    private static List<LabSample> samples(int from, int count) {
        List<LabSample> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(new LabSample(i * 100L, ServerKind.EVENT_LOOP, LabPhase.RAMPING, 10_000, i * 10, i * 10, 0, 0, 0, 0, 1,
                    16, 0, 0, 0, 20_000, true, null));
        }
        return out;
    }

    @Test
    void growingAndThenMergingSlicesKeepEveryPointRight() {
        LabCharts charts = callFx(LabCharts::new);
        runFx(() -> charts.add(samples(1, 3), true));
        assertEquals(3, callFx(charts::points));
        assertArrayEquals(new double[] {0.3, 30}, callFx(() -> charts.heldPoints().get(2)), 1e-9);
        assertEquals(10_000, callFx(charts::connectionsAxisTop), "the target sets the scale from the start");

        // 203 samples: slices of two, 102 points, each the last sample of its slice
        runFx(() -> charts.add(samples(4, 200), true));
        List<double[]> held = callFx(charts::heldPoints);
        assertEquals(102, held.size());
        assertArrayEquals(new double[] {0.2, 20}, held.get(0), 1e-9);
        assertArrayEquals(new double[] {20.3, 2_030}, held.get(held.size() - 1), 1e-9);

        // back to fewer points after a clear: the extra ones go
        runFx(() -> {
            charts.clear();
            charts.add(samples(1, 5), true);
        });
        assertEquals(5, callFx(charts::points));
        assertArrayEquals(new double[] {0.5, 50}, callFx(() -> charts.heldPoints().get(4)), 1e-9);
    }
}
