package org.ouroboros.vm.module.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceJson;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** A VM asyncio run leaves a trace the event-loop views can replay: iterations, tasks, futures, timers. */
class AsyncioTraceTest {
    private static final String FIVE_TASKS = """
            import asyncio
            async def get_html(url):
                print('start get url')
                await asyncio.sleep(2)
                print('end get url')
                return url
            async def main():
                return await asyncio.gather(*[get_html(str(i)) for i in range(5)])
            loop = asyncio.new_event_loop()
            print(loop.run_until_complete(main()))
            """;

    private record Run(String out, List<AioEvent> events, Trace trace, double seconds) {}

    private static Run run(String source, boolean virtualTime) {
        TraceRecorder recorder = new TraceRecorder();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        RunResult r = Vm.builder().stdout(out).stderr(err).trace(recorder, TraceLevel.COARSE)
                .with(AioSettings.class, AioSettings.defaults().withVirtualTime(virtualTime)).build()
                .run(source, "five.py");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, r.exitCode(), err.toString());
        Trace trace = recorder.finish();
        List<AioEvent> events = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof AioEvent a) {
                events.add(a);
            }
        }
        return new Run(out.toString(), events, trace, seconds);
    }

    @Test
    void fiveTasksWaitTogetherOnTimersAndFinishInOneVirtualTwoSeconds() {
        Run run = run(FIVE_TASKS, true);
        assertTrue(run.out().startsWith("start get url\n".repeat(5) + "end get url\n".repeat(5)), run.out());
        assertTrue(run.seconds() < 10, "virtual time does not wait");
        List<AioEvent.TaskCreated> created = only(run, AioEvent.TaskCreated.class);
        assertEquals(List.of("Task-1", "Task-2", "Task-3", "Task-4", "Task-5", "Task-6"),
                created.stream().map(AioEvent.TaskCreated::name).toList());
        assertEquals("main", created.get(0).coroutine());
        assertEquals("get_html", created.get(1).coroutine());
        List<AioEvent.TimerScheduled> timers = only(run, AioEvent.TimerScheduled.class);
        assertEquals(5, timers.size());
        for (AioEvent.TimerScheduled t : timers) {
            assertEquals(2.0, t.when(), 1e-9, "virtual clock starts at 0: all five sleeps end at 2.0");
        }
        List<AioEvent.IterationStarted> iterations = only(run, AioEvent.IterationStarted.class);
        assertTrue(iterations.stream().anyMatch(i -> i.timers().size() == 5 && i.ready().isEmpty()
                && i.selectTimeout() > 1.9), "one iteration waits for all five timers at once");
        assertTrue(only(run, AioEvent.TimersDue.class).stream().anyMatch(d -> d.handles().size() == 5),
                "the five timers fall due in the same iteration");
    }

    @Test
    void everyAwaitNamesTheFutureThatLaterCompletes() {
        Run run = run(FIVE_TASKS, true);
        Map<Long, String> finalState = only(run, AioEvent.FutureStateChanged.class).stream()
                .collect(Collectors.toMap(AioEvent.FutureStateChanged::future, AioEvent.FutureStateChanged::state,
                        (a, b) -> b));
        List<AioEvent.TaskStepped> steps = only(run, AioEvent.TaskStepped.class);
        List<AioEvent.TaskStepped> awaiting = steps.stream().filter(s -> s.outcome().equals("AWAITING")).toList();
        assertEquals(6, awaiting.size(), "main awaits the gather, each get_html awaits its sleep");
        for (AioEvent.TaskStepped s : awaiting) {
            assertEquals("FINISHED", finalState.get(s.awaitedFuture()), s.toString());
        }
        assertEquals(6, steps.stream().filter(s -> s.outcome().equals("RETURNED")).count());
        assertTrue(steps.stream().anyMatch(s -> s.name().equals("Task-1") && s.detail().equals("['0', '1', '2', '3', '4']")));
    }

    @Test
    void callbacksBelongToTheIterationThatStartedLastAndTheTraceRoundTripsAsJson() throws Exception {
        Run run = run(FIVE_TASKS, false);
        long current = -1;
        for (AioEvent e : run.events()) {
            if (e instanceof AioEvent.IterationStarted s) {
                current = s.iteration();
            } else if (e instanceof AioEvent.CallbackRun c) {
                assertEquals(current, c.iteration());
            } else if (e instanceof AioEvent.IterationFinished f) {
                assertEquals(current, f.iteration());
            }
        }
        assertTrue(run.seconds() >= 2.0, "real time by default: the sleeps really take 2 s");
        StringWriter json = new StringWriter();
        TraceJson.write(run.trace(), json);
        assertEquals(run.trace(), TraceJson.fromJson(json.toString()));
    }

    private static <T> List<T> only(Run run, Class<T> type) {
        return run.events().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
