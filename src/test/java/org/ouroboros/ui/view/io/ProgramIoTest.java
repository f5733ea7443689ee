package org.ouroboros.ui.view.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.aio.lab.IoModel;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.export.TraceRuns;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.vm.interp.TraceLevel;

/** A program's own I/O, read from its trace: its model, sockets, waits and select calls. */
class ProgramIoTest {
    private static Trace run(String resource) throws IOException {
        try (InputStream in = ProgramIoTest.class.getResourceAsStream(resource)) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TraceRuns.run(source, "program.py", TraceLevel.COARSE).trace();
        }
    }

    private static ProgramIo atEnd(Trace trace) {
        return new CheckpointedFold<>(new ProgramIo.Fold()).stateAt(trace, trace.size() - 1);
    }

    @Test
    void theSelectCrawlerMultiplexesFourNonBlockingSockets() throws IOException {
        ProgramIo io = atEnd(run("/aio/ch6_select_callback_crawler.py"));
        assertEquals(IoModel.MULTIPLEXING, io.model());
        assertFalse(io.eventLoop());
        assertEquals(4, io.sockets().size());
        assertTrue(io.sockets().stream().allMatch(s -> s.watched() && s.closed()), io.sockets().toString());
        assertEquals(0, io.waitCount());
        // each socket is returned writable once (connected) and readable at least twice (the page, then EOF)
        assertTrue(io.readyReturned() >= 4 + 8, "ready sockets returned: " + io.readyReturned());
        ProgramIo.Select first = io.selects().get(0);
        assertEquals(1, first.number());
        assertEquals("selectors.select", first.api());
        assertEquals(4, first.watched());
        assertEquals(io.selectCount(), io.selects().get(io.selects().size() - 1).number());
    }

    @Test
    void blockingSocketsWaitInConnectAndRecvOnTheMainThread() throws IOException {
        ProgramIo io = atEnd(run("/aio/blocking_socket_and_urlopen.py"));
        assertEquals(IoModel.BLOCKING, io.model());
        assertEquals(0, io.selectCount());
        assertEquals(List.of("www.baidu.com", "book"), io.sockets().stream().map(ProgramIo.Socket::host).toList());
        assertTrue(io.waits().stream().anyMatch(w -> w.operation().equals("recv")), io.waits().toString());
        assertEquals(1, io.blocked().size());
        ProgramIo.Blocked main = io.blocked().get(0);
        assertEquals(io.waitCount(), main.calls());
        assertEquals(io.waits().stream().mapToDouble(ProgramIo.Wait::seconds).sum(), main.seconds(), 1e-9);
    }

    @Test
    void anAsyncioProgramsSelectsAreTheEventLoopsAndAGeneratorProgramHasNoIo() throws IOException {
        ProgramIo loop = atEnd(run("/org/ouroboros/lessons/programs/asyncio-example.py"));
        assertEquals(IoModel.MULTIPLEXING, loop.model());
        assertTrue(loop.eventLoop());
        assertTrue(loop.selectSeconds() > 1.5, "the five sleep(2) wait in select: " + loop.selectSeconds());
        assertNull(atEnd(run("/org/ouroboros/lessons/programs/ch6_1.py")).model());
    }
}
