package org.ouroboros.vm.interp;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;

class ObjectTracingDump {
    @Test
    void dump() {
        TraceRecorder r = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(r, TraceLevel.COARSE).build()
                .run(System.getProperty("src", "a=[1,2]\nb=a\nb.append(3)\nprint(a is b, a == [1,2,3])\ndef f(x):\n    y = x\n    return y\nf(a)\nclass A:\n    def __init__(self):\n        self.v = 'abc'\nz = A()\n"), "t.py");
        r.finish().events().forEach(e -> { if (!(e instanceof ExecutionEvent.LineReached)) System.out.println(e); });
    }
}
