package org.ouroboros.cli.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ouroboros.cli.OuroborosCommand;
import org.ouroboros.ui.FxTestBase;
import picocli.CommandLine;

/**
 * {@code ouroboros bench c10k-view} on a small crowd: it measures every phase with the two views on
 * stage, the loop view follows the lab, and the lab cleans up after itself. (Frame times are the
 * benchmark's business, not this test's: only that they are reported.)
 */
class C10kViewBenchTest extends FxTestBase {
    @Test
    void isRegisteredUnderBench() {
        assertTrue(OuroborosCommand.commandLine().getSubcommands().get("bench").getSubcommands().containsKey("c10k-view"));
    }

    @Test
    void reportsEachPhaseAndLeavesNoSocketOrProcessBehind() {
        C10kViewBench bench = new C10kViewBench();
        StringWriter out = new StringWriter();
        bench.out = out;
        new CommandLine(bench).execute("--conns", "200", "--ramp", "1000", "--think", "100", "--idle", "0.5", "--hold", "1",
                "--size", "1200x760");
        String report = out.toString();
        for (String phase : new String[] {"idle ", "ramp-up ", "hold "}) {
            assertTrue(report.lines().anyMatch(l -> l.startsWith(phase)), report);
        }
        assertTrue(report.contains("ramp-up reached 200 held"), report);
        assertTrue(report.contains("event-loop view followed the lab: yes"), report);
        assertTrue(report.contains("server holds 0, phase STOPPED; child processes left: 0"), report);
    }
}
