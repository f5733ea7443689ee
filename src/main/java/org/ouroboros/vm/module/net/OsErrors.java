package org.ouroboros.vm.module.net;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import org.ouroboros.aio.LoopbackOnly;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;

/** OSError subclasses with Linux errno values, as CPython's socket module raises them. */
public final class OsErrors {
    private OsErrors() {}

    public static final int EAGAIN = 11;
    public static final int EBADF = 9;
    public static final int EPIPE = 32;
    public static final int ENETUNREACH = 101;
    public static final int ECONNRESET = 104;
    public static final int EISCONN = 106;
    public static final int ENOTCONN = 107;
    public static final int ECONNREFUSED = 111;
    public static final int EALREADY = 114;
    public static final int EINPROGRESS = 115;
    public static final int EADDRINUSE = 98;

    public static PyException raise(String type, int errno, String message) {
        PyType t = PyExc.all().get(type);
        return new PyException(PyExc.instance(t, PyInt.of(errno), new PyStr(message)));
    }

    public static PyException wouldBlock() {
        return raise("BlockingIOError", EAGAIN, "Resource temporarily unavailable");
    }

    public static PyException inProgress() {
        return raise("BlockingIOError", EINPROGRESS, "Operation now in progress");
    }

    public static PyException refused() {
        return raise("ConnectionRefusedError", ECONNREFUSED, "Connection refused");
    }

    public static PyException badFd() {
        return raise("OSError", EBADF, "Bad file descriptor");
    }

    public static PyException notLoopback(LoopbackOnly.RefusedAddress e) {
        return raise("OSError", ENETUNREACH, "Network is unreachable (" + e.getMessage() + ")");
    }

    /** The Python exception for a Java I/O failure. */
    public static PyException of(IOException e) {
        if (e instanceof ConnectException) {
            return refused();
        }
        if (e instanceof ClosedChannelException) {
            return badFd();
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("reset")) {
            return raise("ConnectionResetError", ECONNRESET, "Connection reset by peer");
        }
        if (m.contains("Broken pipe")) {
            return raise("BrokenPipeError", EPIPE, "Broken pipe");
        }
        if (m.contains("Address already in use")) {
            return raise("OSError", EADDRINUSE, "Address already in use");
        }
        if (m.contains("refused")) {
            return refused();
        }
        return raise("OSError", 5, m);
    }

    /** The errno of a failure (for connect_ex). */
    public static int errno(IOException e) {
        PyException p = of(e);
        return (int) ((PyInt) p.value().args().get(0)).longValue();
    }
}
