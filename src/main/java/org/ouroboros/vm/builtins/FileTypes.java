package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyByteArray;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * The classes {@code open()} returns — {@code _io.TextIOWrapper} (text modes),
 * {@code _io.BufferedReader} (rb), {@code _io.BufferedWriter} (wb, ab, xb) and
 * {@code _io.BufferedRandom} (any mode with + and b) — with their methods and the error each
 * gives on a closed file or an unsupported operation, as CPython 3.11's _io module words them.
 */
final class FileTypes {
    private FileTypes() {}

    static final PyType TEXT = PyType.builtin("TextIOWrapper", Types.OBJECT, null);
    static final PyType READER = PyType.builtin("BufferedReader", Types.OBJECT, null);
    static final PyType WRITER = PyType.builtin("BufferedWriter", Types.OBJECT, null);
    static final PyType RANDOM = PyType.builtin("BufferedRandom", Types.OBJECT, null);
    /** {@code io.UnsupportedOperation} (CPython's also derives from ValueError). */
    static final PyType UNSUPPORTED = PyType.builtin("UnsupportedOperation", PyExc.OS_ERROR, null);

    private static final String CLOSED_DOT = "I/O operation on closed file.";
    private static final String CLOSED = "I/O operation on closed file";

    static void install() {
        installText();
        for (PyType t : new PyType[] {READER, WRITER, RANDOM}) {
            installBinary(t);
        }
        new TypeBuilder(UNSUPPORTED).constant("__module__", new PyStr("io"));
    }

    private static PyFile f(PyObject self) {
        return (PyFile) self;
    }

    private static PyException unsupported(String what) {
        return new PyException(PyExc.instance(UNSUPPORTED, new PyStr(what)));
    }

    private static void closedCheck(PyFile f, String message) {
        if (f.closed) {
            throw PyExc.valueError(message);
        }
    }

    /** read(size)'s argument: an int or None ({@code -1} for "all"). */
    private static long size(PyObject[] args, String[] kw, String fname) {
        Args a = Args.parse(fname, args, kw, 0, "size", "/");
        PyObject v = a.get(0, NONE);
        if (v == NONE) {
            return -1;
        }
        if (!(v instanceof PyInt)) {
            throw PyExc.typeError("argument should be integer or None, not '" + v.type().name() + "'");
        }
        return Ops.index(v);
    }

    /** readline(size)'s argument: None is allowed for binary files only. */
    private static long lineSize(PyObject[] args, String[] kw, boolean binary) {
        Args a = Args.parse("readline", args, kw, 0, "size", "/");
        PyObject v = a.get(0, PyInt.of(-1));
        if (v == NONE && binary) {
            return -1;
        }
        return Ops.index(v);
    }

    private static int whence(PyObject[] args, int at) {
        return args.length > at ? (int) Ops.index(args[at]) : 0;
    }

    // ---- text files ----

    private static void installText() {
        TypeBuilder t = new TypeBuilder(TEXT).constant("__module__", new PyStr("_io"));
        t.method("read", (self, args, kw) -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            long n = size(args, kw, "read");
            requireReadable(f);
            return new PyStr(f.text.read(n));
        });
        t.method("readline", (self, args, kw) -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            long n = lineSize(args, kw, false);
            requireReadable(f);
            return new PyStr(f.text.readline(n));
        });
        t.method("readlines", (self, args, kw) -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            requireReadable(f);
            return readlines(() -> {
                String line = f.text.readline(-1);
                return line.isEmpty() ? null : new PyStr(line);
            }, args, line -> ((PyStr) line).value().length());
        });
        t.method1("write", (self, s) -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            if (!(s instanceof PyStr str)) {
                throw PyExc.typeError("write() argument must be str, not " + s.type().name());
            }
            if (!f.writable()) {
                throw unsupported("not writable");
            }
            return PyInt.of(f.text.write(str.value()));
        });
        t.method1("writelines", (self, lines) -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            for (PyObject line : Ops.iterable(lines)) {
                if (!(line instanceof PyStr str)) {
                    throw PyExc.typeError("write() argument must be str, not " + line.type().name());
                }
                if (!f.writable()) {
                    throw unsupported("not writable");
                }
                f.text.write(str.value());
            }
            return NONE;
        });
        t.method("seek", (self, args, kw) -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            if (args.length == 0) {
                throw PyExc.typeError("seek expected at least 1 argument, got 0");
            }
            long cookie = Ops.index(args[0]);
            int whence = whence(args, 1);
            switch (whence) {
                case 0 -> {
                    if (cookie < 0) {
                        throw PyExc.valueError("negative seek position " + cookie);
                    }
                    f.text.reset(cookie);
                    return PyInt.of(cookie);
                }
                case 1 -> {
                    if (cookie != 0) {
                        throw unsupported("can't do nonzero cur-relative seeks");
                    }
                    long here = f.text.tell();
                    f.text.reset(here);
                    return PyInt.of(here);
                }
                case 2 -> {
                    if (cookie != 0) {
                        throw unsupported("can't do nonzero end-relative seeks");
                    }
                    long end = f.size();
                    f.text.reset(end);
                    return PyInt.of(end);
                }
                default -> throw PyExc.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
        });
        t.method0("tell", self -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            return PyInt.of(f.text.tell());
        });
        t.method("truncate", (self, args, kw) -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            if (!f.writable()) {
                throw unsupported("truncate");
            }
            long here = f.text.tell();
            long size = args.length > 0 && args[0] != NONE ? Ops.index(args[0]) : here;
            f.truncate(size);
            f.text.reset(here);
            return PyInt.of(size);
        });
        t.method0("readable", self -> {
            PyFile f = f(self);
            if (!f.readable()) {
                return PyBool.FALSE;
            }
            closedCheck(f, CLOSED);
            return PyBool.TRUE;
        });
        common(t, CLOSED_DOT);
        t.method0("__next__", self -> {
            PyFile f = f(self);
            closedCheck(f, CLOSED_DOT);
            requireReadable(f);
            f.text.telling = false;
            String line = f.text.readline(-1);
            if (line.isEmpty()) {
                f.text.telling = true;
                throw new PyException(PyExc.instance(PyExc.STOP_ITERATION));
            }
            return new PyStr(line);
        });
        t.method0("__repr__", self -> new PyStr("<_io.TextIOWrapper name=" + f(self).nameRepr() + " mode="
                + Ops.repr(new PyStr(f(self).mode.text())).value() + " encoding="
                + Ops.repr(new PyStr(f(self).text.settings.encoding())).value() + ">"));
        t.getter("mode", self -> new PyStr(f(self).mode.text()));
        t.getter("encoding", self -> new PyStr(f(self).text.settings.encoding()));
        t.getter("newlines", self -> f(self).text.newlines());
        t.getter("errors", self -> new PyStr(f(self).text.settings.errors()));
    }

    private static void requireReadable(PyFile f) {
        if (!f.readable()) {
            throw unsupported("not readable");
        }
    }

    // ---- binary files ----

    private static void installBinary(PyType type) {
        TypeBuilder t = new TypeBuilder(type).constant("__module__", new PyStr("_io"));
        boolean reads = type != WRITER;
        boolean writes = type != READER;
        if (reads) {
            t.method("read", (self, args, kw) -> {
                long n = size(args, kw, "read");
                closedCheck(f(self), "read of closed file");
                return new PyBytes(f(self).read(n));
            });
            t.method("read1", (self, args, kw) -> {
                long n = size(args, kw, "read1");
                closedCheck(f(self), "read of closed file");
                return new PyBytes(f(self).read(n));
            });
            t.method("readline", (self, args, kw) -> {
                long n = lineSize(args, kw, true);
                closedCheck(f(self), "readline of closed file");
                return new PyBytes(f(self).readline(n));
            });
            t.method0("__next__", self -> {
                closedCheck(f(self), "readline of closed file");
                byte[] line = f(self).readline(-1);
                if (line.length == 0) {
                    throw new PyException(PyExc.instance(PyExc.STOP_ITERATION));
                }
                return new PyBytes(line);
            });
            t.method("readlines", (self, args, kw) -> {
                closedCheck(f(self), CLOSED_DOT);
                return readlines(() -> {
                    byte[] line = f(self).readline(-1);
                    return line.length == 0 ? null : new PyBytes(line);
                }, args, line -> ((PyBytes) line).value().length);
            });
        } else {
            // BufferedWriter has no read: io.IOBase's readline/readlines/__next__ end in read().
            for (String name : new String[] {"read", "readline", "readlines", "__next__"}) {
                t.method(name, (self, args, kw) -> {
                    throw unsupported("read");
                });
            }
        }
        if (writes) {
            t.method1("write", (self, data) -> {
                closedCheck(f(self), "write to closed file");
                return PyInt.of(f(self).write(bytesLike(data)));
            });
            t.method1("writelines", (self, lines) -> {
                closedCheck(f(self), CLOSED_DOT);
                for (PyObject line : Ops.iterable(lines)) {
                    closedCheck(f(self), "write to closed file");
                    f(self).write(bytesLike(line));
                }
                return NONE;
            });
        } else {
            for (String name : new String[] {"write", "writelines"}) {
                t.method(name, (self, args, kw) -> {
                    throw unsupported("write");
                });
            }
        }
        t.method("seek", (self, args, kw) -> {
            if (args.length == 0) {
                throw PyExc.typeError("seek expected at least 1 argument, got 0");
            }
            if (args[0] instanceof PyFloat) {
                throw PyExc.typeError("'float' object cannot be interpreted as an integer");
            }
            long offset = Ops.index(args[0]);
            int whence = whence(args, 1);
            closedCheck(f(self), "seek of closed file");
            return PyInt.of(f(self).seek(offset, whence));
        });
        t.method0("tell", self -> {
            closedCheck(f(self), CLOSED);
            return PyInt.of(f(self).pos);
        });
        t.method("truncate", (self, args, kw) -> {
            closedCheck(f(self), "truncate of closed file");
            if (!f(self).writable()) {
                throw unsupported("truncate");
            }
            long size = args.length > 0 && args[0] != NONE ? Ops.index(args[0]) : f(self).pos;
            return PyInt.of(f(self).truncate(size));
        });
        t.method0("readable", self -> {
            if (!reads) {
                return PyBool.FALSE;
            }
            closedCheck(f(self), CLOSED);
            return PyBool.TRUE;
        });
        common(t, writes ? "flush of closed file" : CLOSED_DOT);
        t.method0("__repr__", self -> new PyStr("<_io." + self.type().name() + " name=" + f(self).nameRepr() + ">"));
        t.getter("mode", self -> new PyStr(f(self).mode.rawMode()));
    }

    /** What text and binary files share: close, flush, writable/seekable/isatty, with, iteration, closed, name. */
    private static void common(TypeBuilder t, String flushClosedMessage) {
        t.method0("close", self -> {
            f(self).close();
            return NONE;
        });
        t.method0("flush", self -> {
            closedCheck(f(self), flushClosedMessage);
            return NONE;
        });
        t.method0("writable", self -> {
            PyFile f = f(self);
            if (f.kind == PyFile.Kind.READER) {
                return PyBool.FALSE;
            }
            closedCheck(f, CLOSED);
            return PyBool.of(f.writable());
        });
        t.method0("seekable", self -> {
            closedCheck(f(self), CLOSED);
            return PyBool.TRUE;
        });
        t.method0("isatty", self -> {
            closedCheck(f(self), CLOSED);
            return PyBool.FALSE;
        });
        t.method0("__enter__", self -> {
            closedCheck(f(self), CLOSED_DOT);
            return self;
        });
        t.method("__exit__", (self, args, kw) -> {
            f(self).close();
            return NONE;
        });
        t.method0("__iter__", self -> {
            closedCheck(f(self), CLOSED_DOT);
            return self;
        });
        t.getter("closed", self -> PyBool.of(f(self).closed));
        t.getter("name", self -> f(self).name);
    }

    private interface LineSource {
        PyObject next();
    }

    /** readlines(hint): lines until their total length reaches a positive hint. */
    private static PyObject readlines(LineSource lines, PyObject[] args, java.util.function.ToIntFunction<PyObject> len) {
        long hint = args.length > 0 && args[0] != NONE ? Ops.index(args[0]) : -1;
        List<PyObject> out = new ArrayList<>();
        long total = 0;
        for (PyObject line = lines.next(); line != null; line = lines.next()) {
            out.add(line);
            total += len.applyAsInt(line);
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return new PyList(out);
    }

    private static byte[] bytesLike(PyObject data) {
        if (data instanceof PyBytes b) {
            return b.value();
        }
        if (data instanceof PyByteArray ba) {
            return java.util.Arrays.copyOf(ba.value(), ba.size());
        }
        throw PyExc.typeError("a bytes-like object is required, not '" + data.type().name() + "'");
    }
}
