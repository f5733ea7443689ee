package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.GeneratorEvent;
import org.ouroboros.trace.GeneratorEvent.GeneratorClosed;
import org.ouroboros.trace.GeneratorEvent.GeneratorCreated;
import org.ouroboros.trace.GeneratorEvent.GeneratorDelegating;
import org.ouroboros.trace.GeneratorEvent.GeneratorFinished;
import org.ouroboros.trace.GeneratorEvent.GeneratorResumed;
import org.ouroboros.trace.GeneratorEvent.GeneratorSuspended;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;

/** The generator and coroutine events a coarse trace records, on the seed's chapter 6 examples. */
class GeneratorEventsTest {
    private static List<GeneratorEvent> events(String src, TraceLevel level) {
        TraceRecorder rec = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(rec, level).build().run(src, "g.py");
        return rec.finish().events().stream().filter(e -> e instanceof GeneratorEvent)
                .map(e -> (GeneratorEvent) e).collect(Collectors.toList());
    }

    private static List<String> names(List<GeneratorEvent> events) {
        return events.stream().map(e -> e.getClass().getSimpleName().replace("Generator", "")).collect(Collectors.toList());
    }

    @Test
    void nextAndSendResumeAndYieldValuesBothWays() {
        List<GeneratorEvent> ev = events(String.join("\n",
                "def gen_func2():",
                "    html = yield 'http://www.baidu.com'",
                "    print(html)",
                "    yield 2",
                "    return 'ok'",
                "gen2 = gen_func2()",
                "url = gen2.send(None)",
                "print(gen2.send('hello yield'))",
                "try:",
                "    next(gen2)",
                "except StopIteration as e:",
                "    print(e.value)",
                ""), TraceLevel.COARSE);
        assertEquals(List.of("Created", "Resumed", "Suspended", "Resumed", "Suspended", "Resumed", "Finished"), names(ev));
        GeneratorCreated created = (GeneratorCreated) ev.get(0);
        assertEquals("gen_func2", created.qualname());
        assertEquals("generator", created.kind());
        assertEquals("'http://www.baidu.com'", ((GeneratorSuspended) ev.get(2)).valueRepr());
        assertEquals(2, ((GeneratorSuspended) ev.get(2)).line());
        GeneratorResumed sent = (GeneratorResumed) ev.get(3);
        assertEquals("send", sent.via());
        assertEquals("'hello yield'", sent.valueRepr());
        assertEquals("<module>", sent.caller());
        assertEquals("next", ((GeneratorResumed) ev.get(5)).via());
        GeneratorFinished done = (GeneratorFinished) ev.get(6);
        assertEquals("'ok'", done.valueRepr());
        assertTrue(!done.raised());
        assertTrue(ev.stream().allMatch(e -> e.id() == created.id()));
    }

    @Test
    void yieldFromDelegatesAndTheSubgeneratorSeesTheCaller() {
        List<GeneratorEvent> ev = events(String.join("\n",
                "def sub():",
                "    x = yield 1",
                "    return x * 2",
                "def g1():",
                "    r = yield from sub()",
                "    yield r",
                "g = g1()",
                "next(g)",
                "print(g.send(21))",
                ""), TraceLevel.COARSE);
        long outer = ev.stream().filter(e -> e instanceof GeneratorCreated c && c.qualname().equals("g1"))
                .findFirst().orElseThrow().id();
        long inner = ev.stream().filter(e -> e instanceof GeneratorCreated c && c.qualname().equals("sub"))
                .findFirst().orElseThrow().id();
        GeneratorDelegating d = ev.stream().filter(e -> e instanceof GeneratorDelegating).map(e -> (GeneratorDelegating) e)
                .findFirst().orElseThrow();
        assertEquals(outer, d.id());
        assertEquals(inner, d.subId());
        assertEquals("yield from", d.how());
        assertTrue(ev.stream().anyMatch(e -> e instanceof GeneratorResumed r && r.id() == inner && r.callerId() == outer
                && r.valueRepr().equals("21")));
        assertTrue(ev.contains(new GeneratorFinished(0, inner, "42", false, "", 3)));
        assertTrue(ev.stream().anyMatch(e -> e instanceof GeneratorSuspended s && s.id() == outer && s.valueRepr().equals("42")));
    }

    @Test
    void awaitChainCarriesTheReturnValueUp() {
        List<GeneratorEvent> ev = events(String.join("\n",
                "async def downloader(url):",
                "    return 'ok'",
                "async def down_url(url):",
                "    html = await downloader(url)",
                "    return html",
                "coro = down_url('http://www.baidu.com')",
                "try:",
                "    coro.send(None)",
                "except StopIteration as e:",
                "    print(e.value)",
                ""), TraceLevel.COARSE);
        assertTrue(ev.stream().anyMatch(e -> e instanceof GeneratorCreated c && c.kind().equals("coroutine")
                && c.qualname().equals("downloader")));
        List<GeneratorFinished> finished = ev.stream().filter(e -> e instanceof GeneratorFinished)
                .map(e -> (GeneratorFinished) e).collect(Collectors.toList());
        assertEquals(List.of("'ok'", "'ok'"), finished.stream().map(GeneratorFinished::valueRepr).collect(Collectors.toList()));
    }

    @Test
    void closeAndThrowAreRecorded() {
        List<GeneratorEvent> ev = events(String.join("\n",
                "def g():",
                "    try:",
                "        yield 1",
                "    except ValueError:",
                "        yield 'caught'",
                "x = g()",
                "next(x)",
                "x.throw(ValueError)",
                "x.close()",
                ""), TraceLevel.COARSE);
        assertTrue(ev.stream().anyMatch(e -> e instanceof GeneratorResumed r && r.via().equals("throw")
                && r.valueRepr().equals("ValueError")));
        assertTrue(ev.stream().anyMatch(e -> e instanceof GeneratorSuspended s && s.valueRepr().equals("'caught'")));
        assertTrue(ev.get(ev.size() - 1) instanceof GeneratorClosed);
    }

    @Test
    void nothingIsRecordedWithTracingOff() {
        assertEquals(List.of(), events("def g():\n    yield 1\nlist(g())\n", TraceLevel.OFF));
    }
}
