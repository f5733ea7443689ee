package org.ouroboros.vm.module.net;

import java.util.HashMap;
import java.util.Map;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.aio.DemoInternet;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.interp.TraceLevel;

/** Per-VM networking state: file-descriptor numbers, the demo internet, socket trace events. */
public final class NetState {
    private final Vm vm;
    private final DemoInternet internet;
    private final TraceSink sink;
    private final Map<Integer, PySocket> sockets = new HashMap<>();
    private int nextFd = 3;
    private int nextSelectorId = 1;

    private NetState(Vm vm) {
        this.vm = vm;
        AioSettings s = vm.extension(AioSettings.class);
        this.internet = (s != null ? s : AioSettings.defaults()).internetOrShared();
        this.sink = vm.traceLevel() == TraceLevel.OFF ? TraceSink.NONE : vm.traceSink();
    }

    public static NetState of(Vm vm) {
        return vm.extension(NetState.class, () -> new NetState(vm));
    }

    public static NetState current() {
        return of(ThreadState.current().vm());
    }

    public Vm vm() {
        return vm;
    }

    public DemoInternet internet() {
        return internet;
    }

    /** A new fd number, as the OS would hand out the lowest free one (here: the next unused). */
    public synchronized int allocateFd() {
        return nextFd++;
    }

    synchronized int nextSelectorId() {
        return nextSelectorId++;
    }

    synchronized void register(PySocket s) {
        sockets.put(s.fd(), s);
    }

    synchronized void unregister(int fd) {
        sockets.remove(fd);
    }

    /** The open socket with {@code fd}, or null. */
    public synchronized PySocket byFd(int fd) {
        return sockets.get(fd);
    }

    public boolean tracing() {
        return sink.enabled();
    }

    public void emit(AioEvent e) {
        if (sink.enabled()) {
            sink.emit(e);
        }
    }
}
