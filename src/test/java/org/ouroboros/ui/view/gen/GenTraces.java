package org.ouroboros.ui.view.gen;

import java.io.StringWriter;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** Traces of real programs on the VM at the Run button's (coarse) level. */
final class GenTraces {
    /** The seed's chapter 6 generator that receives values, run to its end. */
    static final String SEND = String.join("\n",
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
            "");

    /** A delegating generator between the caller and a subgenerator (the seed's yield from channel). */
    static final String YIELD_FROM = String.join("\n",
            "def sub():",
            "    total = 0",
            "    while True:",
            "        x = yield total",
            "        if x is None:",
            "            return total",
            "        total += x",
            "def g1():",
            "    result = yield from sub()",
            "    yield 'sum=%d' % result",
            "g = g1()",
            "g.send(None)",
            "g.send(10)",
            "g.send(32)",
            "print(g.send(None))",
            "");

    private GenTraces() {}

    static Trace run(String source) {
        TraceRecorder recorder = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(recorder, TraceLevel.COARSE).build()
                .run(source, "gen.py");
        return recorder.finish();
    }
}
