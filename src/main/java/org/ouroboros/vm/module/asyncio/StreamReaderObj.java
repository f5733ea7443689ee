package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.Arrays;
import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code asyncio.StreamReader}: a byte buffer fed by the transport. Each read method returns a
 * future: already done when the buffer can answer, else completed when data (or EOF) arrives.
 */
final class StreamReaderObj extends PyObject {
    static final PyType TYPE = PyType.builtin("StreamReader", Types.OBJECT, null);
    static final int LIMIT = 1 << 16;

    static {
        TypeBuilder t = new TypeBuilder(TYPE);
        t.constant("__module__", new PyStr("asyncio.streams"));
        t.method("read", (self, args, kw) -> {
            Args a = Args.parse("read", args, kw, 0, "n");
            PyObject n = a.get(0, PyInt.of(-1));
            return r(self).request(Kind.READ, (int) ((PyInt) n).longValue(), null);
        });
        t.method0("readline", self -> r(self).request(Kind.LINE, 0, new byte[] {'\n'}));
        t.method("readuntil", (self, args, kw) -> {
            Args a = Args.parse("readuntil", args, kw, 0, "separator");
            PyObject sep = a.get(0, new PyBytes(new byte[] {'\n'}));
            byte[] s = ((PyBytes) sep).value();
            if (s.length == 0) {
                throw PyExc.valueError("Separator should be at least one-byte string");
            }
            return r(self).request(Kind.UNTIL, 0, s);
        });
        t.method1("readexactly", (self, n) -> {
            long k = ((PyInt) n).longValue();
            if (k < 0) {
                throw PyExc.valueError("readexactly size can not be less than zero");
            }
            return r(self).request(Kind.EXACT, (int) k, null);
        });
        t.method0("at_eof", self -> PyBool.of(r(self).eof && r(self).size == 0));
        t.method1("feed_data", (self, d) -> {
            r(self).feedData(((PyBytes) d).value());
            return NONE;
        });
        t.method0("feed_eof", self -> {
            r(self).feedEof();
            return NONE;
        });
        t.method0("exception", self -> r(self).exception == null ? NONE : r(self).exception);
        t.method0("__aiter__", self -> self);
        t.method0("__anext__", self -> r(self).request(Kind.NEXT_LINE, 0, new byte[] {'\n'}));
        t.method0("__repr__", self -> new PyStr("<StreamReader" + (r(self).size > 0 ? " " + r(self).size + " bytes" : "")
                + (r(self).eof ? " eof" : "") + ">"));
    }

    enum Kind { READ, LINE, UNTIL, EXACT, NEXT_LINE }

    private record Request(Kind kind, int n, byte[] sep, PyFuture future) {}

    StreamTransport transport;
    private final PyLoop loop;
    private byte[] buffer = new byte[256];
    private int size;
    private boolean eof;
    private PyBaseException exception;
    private Request waiting;

    StreamReaderObj(PyLoop loop) {
        super(TYPE);
        this.loop = loop;
    }

    static StreamReaderObj r(PyObject self) {
        return (StreamReaderObj) self;
    }

    boolean atEof() {
        return eof;
    }

    void feedData(byte[] data) {
        if (size + data.length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + data.length));
        }
        System.arraycopy(data, 0, buffer, size, data.length);
        size += data.length;
        if (transport != null && size > 2 * LIMIT) {
            transport.pauseReading();
        }
        wake();
    }

    void feedEof() {
        eof = true;
        wake();
    }

    void setException(PyBaseException exc) {
        exception = exc;
        Request w = waiting;
        if (w != null) {
            waiting = null;
            if (!w.future.done()) {
                w.future.setException(exc);
            }
        }
    }

    private void wake() {
        Request w = waiting;
        if (w == null || w.future.done()) {
            waiting = null;
            return;
        }
        PyObject[] answer = new PyObject[1];
        PyBaseException[] error = new PyBaseException[1];
        if (tryAnswer(w.kind, w.n, w.sep, answer, error)) {
            waiting = null;
            if (error[0] != null) {
                w.future.setException(error[0]);
            } else {
                w.future.setResult(answer[0]);
            }
        }
    }

    private PyFuture request(Kind kind, int n, byte[] sep) {
        if (waiting != null && !waiting.future.done()) {
            String name = kind == Kind.READ ? "read" : kind == Kind.EXACT ? "readexactly" : "readuntil";
            throw PyExc.runtimeError(name + "() called while another coroutine is already waiting for incoming data");
        }
        PyFuture f = new PyFuture(FutureType.TYPE, loop);
        if (exception != null) {
            f.setException(exception);
            return f;
        }
        PyObject[] answer = new PyObject[1];
        PyBaseException[] error = new PyBaseException[1];
        if (tryAnswer(kind, n, sep, answer, error)) {
            if (error[0] != null) {
                f.setException(error[0]);
            } else {
                f.setResult(answer[0]);
            }
        } else {
            waiting = new Request(kind, n, sep, f);
        }
        return f;
    }

    /** Answers from the buffer when it can (true), leaving the request pending otherwise. */
    private boolean tryAnswer(Kind kind, int n, byte[] sep, PyObject[] answer, PyBaseException[] error) {
        switch (kind) {
            case READ -> {
                if (n == 0) {
                    answer[0] = new PyBytes(new byte[0]);
                    return true;
                }
                if (n < 0) {
                    if (!eof) {
                        return false;
                    }
                    answer[0] = new PyBytes(take(size));
                    return true;
                }
                if (size == 0 && !eof) {
                    return false;
                }
                answer[0] = new PyBytes(take(Math.min(n, size)));
                return true;
            }
            case EXACT -> {
                if (size >= n) {
                    answer[0] = new PyBytes(take(n));
                    return true;
                }
                if (!eof) {
                    return false;
                }
                byte[] partial = take(size);
                error[0] = PyExc.instance(AsyncioExceptions.INCOMPLETE_READ_ERROR,
                        new PyStr(partial.length + " bytes read on a total of " + n + " expected bytes"));
                error[0].dict().put("partial", new PyBytes(partial));
                error[0].dict().put("expected", PyInt.of(n));
                return true;
            }
            default -> {
                int at = indexOf(sep);
                if (at >= 0) {
                    answer[0] = new PyBytes(take(at + sep.length));
                    return true;
                }
                if (!eof) {
                    return false;
                }
                if (kind == Kind.NEXT_LINE && size == 0) {
                    error[0] = PyExc.instance(PyExc.STOP_ASYNC_ITERATION);
                    return true;
                }
                if (kind == Kind.UNTIL) {
                    byte[] partial = take(size);
                    error[0] = PyExc.instance(AsyncioExceptions.INCOMPLETE_READ_ERROR,
                            new PyStr(partial.length + " bytes read on a total of undefined expected bytes"));
                    error[0].dict().put("partial", new PyBytes(partial));
                    error[0].dict().put("expected", NONE);
                    return true;
                }
                answer[0] = new PyBytes(take(size));
                return true;
            }
        }
    }

    private int indexOf(byte[] sep) {
        outer:
        for (int i = 0; i + sep.length <= size; i++) {
            for (int j = 0; j < sep.length; j++) {
                if (buffer[i + j] != sep[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private byte[] take(int n) {
        byte[] out = Arrays.copyOf(buffer, n);
        System.arraycopy(buffer, n, buffer, 0, size - n);
        size -= n;
        if (transport != null && size <= LIMIT) {
            transport.resumeReading();
        }
        return out;
    }
}
