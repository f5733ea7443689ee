package org.ouroboros.ui.view.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.view.loop.AsyncioTraces;

/** The await chain task → coroutine → sub-coroutine → future, and StopIteration carrying results up, on asyncio. */
class GenAwaitChainTest {
    private static final Trace FIVE = AsyncioTraces.run(AsyncioTraces.FIVE_GET_HTML);

    @Test
    void eachTaskDrivesGetHtmlWhichAwaitsSleepWhichWaitsForAFuture() {
        CheckpointedFold<GenState> fold = new CheckpointedFold<>(new GenFold());
        int lastStep = -1;
        for (int k = 0; k < FIVE.size(); k++) {
            if (FIVE.get(k) instanceof AioEvent.TaskStepped s && s.name().equals("Task-5") && s.outcome().equals("AWAITING")) {
                lastStep = k;
                break;
            }
        }
        GenState s = fold.stateAt(FIVE, lastStep);
        List<List<GenFrame>> chains = s.chains();
        List<String> outer = chains.stream().map(c -> c.get(0).task() + ":" + c.get(0).label()).collect(Collectors.toList());
        assertEquals(List.of("Task-1:get_html", "Task-2:get_html #2", "Task-3:get_html #3", "Task-4:get_html #4",
                "Task-5:get_html #5"), outer);
        List<GenFrame> first = chains.get(0);
        assertEquals(2, first.size());
        assertEquals("await", first.get(0).delegateHow());
        assertEquals("sleep", first.get(1).qualname());
        assertEquals(GenStatus.DELEGATING, first.get(1).status());
        assertTrue(first.get(1).delegateDescription().contains("FutureIter"), first.get(1).toString());
        assertTrue(s.chains().stream().allMatch(c -> c.get(0).awaitedFuture().startsWith("<Future pending")),
                "each task's coroutine waits for a future: " + s.frames());
    }

    @Test
    void returnValuesTravelUpAsStopIteration() {
        GenState end = new CheckpointedFold<>(new GenFold()).stateAt(FIVE, FIVE.size() - 1);
        List<GenMessage> returns = end.messages().stream().filter(m -> m.kind() == GenMessage.Kind.RETURN)
                .collect(Collectors.toList());
        assertTrue(returns.stream().anyMatch(m -> m.from().startsWith("sleep") && m.to().startsWith("get_html")),
                returns.toString());
        assertTrue(returns.stream().anyMatch(m -> m.from().startsWith("get_html") && m.to().startsWith("Task-")),
                returns.toString());
    }
}
