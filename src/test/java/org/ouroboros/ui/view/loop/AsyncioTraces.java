package org.ouroboros.ui.view.loop;

import java.io.StringWriter;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** Traces of the seed's chapter 7 asyncio programs run on the VM (virtual clock: deterministic, instant). */
public final class AsyncioTraces {
    /** The seed's five get_html tasks, with its gather alternative (wait() with bare coroutines is a TypeError in 3.11). */
    public static final String FIVE_GET_HTML = String.join("\n",
            "import asyncio",
            "import time",
            "async def get_html(url):",
            "    print('start get url')",
            "    await asyncio.sleep(2)",
            "    print('end get url')",
            "",
            "start_time = time.time()",
            "loop = asyncio.get_event_loop()",
            "tasks = [get_html('') for _ in range(5)]",
            "loop.run_until_complete(asyncio.gather(*tasks))",
            "print(time.time()-start_time)",
            "");

    private AsyncioTraces() {}

    public static Trace run(String source) {
        TraceRecorder recorder = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(recorder, TraceLevel.COARSE)
                .with(AioSettings.class, AioSettings.defaults().withVirtualTime(true)).build().run(source, "seed.py");
        return recorder.finish();
    }
}
