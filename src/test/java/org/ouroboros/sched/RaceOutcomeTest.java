package org.ouroboros.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig.CPythonVersion;
import org.ouroboros.sched.SchedConfig.Mode;

/**
 * The seed's two-thread race ends where CPython's check points let it end: under 3.11 the plain
 * {@code total += 1} race always prints 0, the {@code total = total + one()} variant loses updates
 * (differently per seed); under 3.9 both lose updates; with a Lock neither does. A 0.5 ms switch
 * interval gives as many switches over 200,000 iterations as CPython's 5 ms over 2,000,000.
 */
class RaceOutcomeTest {
    private static final SchedConfig FAST_SWITCHING = SchedConfig.DEFAULT.withSwitchIntervalNs(500_000);

    static String race(String add, String sub, boolean locked) {
        String body = locked ? "        with lock:\n            %s\n" : "        %s\n";
        return "import threading\n"
                + "total = 0\nlock = threading.Lock()\n"
                + "def one():\n    return 1\n"
                + "def add():\n    global total\n    for i in range(200000):\n" + String.format(body, add)
                + "def desc():\n    global total\n    for i in range(200000):\n" + String.format(body, sub)
                + "t1 = threading.Thread(target=add)\nt2 = threading.Thread(target=desc)\n"
                + "t1.start(); t2.start(); t1.join(); t2.join()\nprint(total)\n";
    }

    static final String PLAIN = race("total += 1", "total -= 1", false);
    static final String WITH_CALL = race("total = total + one()", "total = total - one()", false);

    @Test
    void plainPlusEqualsRaceEndsAtZeroUnder311ForEverySeed() {
        for (long seed = 1; seed <= 3; seed++) {
            assertEquals(0, SchedRun.run(PLAIN, FAST_SWITCHING.withSeed(seed)).total(), "seed " + seed);
        }
    }

    @Test
    void aCallBetweenLoadAndStoreLosesUpdatesUnder311DifferentlyPerSeed() {
        Set<Long> totals = new HashSet<>();
        for (long seed = 1; seed <= 3; seed++) {
            long total = SchedRun.run(WITH_CALL, FAST_SWITCHING.withSeed(seed)).total();
            assertNotEquals(0, total, "seed " + seed);
            totals.add(total);
        }
        assertTrue(totals.size() > 1, "different seeds give different totals: " + totals);
    }

    @Test
    void under39BothRacesLoseUpdates() {
        SchedConfig v39 = FAST_SWITCHING.withCpython(CPythonVersion.V3_9).withSeed(5);
        assertNotEquals(0, SchedRun.run(PLAIN, v39).total());
        assertNotEquals(0, SchedRun.run(WITH_CALL, v39).total());
    }

    @Test
    void aLockFixesBothRacesInEveryVersionAndMode() {
        String lockedCall = race("total = total + one()", "total = total - one()", true);
        for (SchedConfig c : new SchedConfig[] {FAST_SWITCHING, FAST_SWITCHING.withCpython(CPythonVersion.V3_9),
                FAST_SWITCHING.withMode(Mode.FREE)}) {
            assertEquals(0, SchedRun.run(lockedCall, c.withSeed(2)).total(), c.toString());
        }
    }

    @Test
    void freeThreadingLosesUpdatesEvenOnThePlainRace() {
        assertNotEquals(0, SchedRun.run(PLAIN, FAST_SWITCHING.withMode(Mode.FREE).withSeed(1)).total());
    }
}
