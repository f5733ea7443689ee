package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;

/** {@code BaseException} and the few subclasses with their own behaviour (StopIteration, KeyError, SystemExit). */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    static void install() {
        TypeBuilder t = new TypeBuilder(PyExc.BASE_EXCEPTION);
        t.constructor((cls, args, kw) -> {
            PyBaseException exc = (PyBaseException) ((PyType) cls).allocate();
            int npos = args.length - (kw == null ? 0 : kw.length);
            exc.setArgs(new PyTuple(java.util.Arrays.copyOf(args, npos)));
            return exc;
        });
        t.method("__init__", (self, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (kw != null && kw.length > 0 && self.type().isBuiltin()) {
                throw PyExc.typeError(self.type().name() + "() takes no keyword arguments");
            }
            e(self).setArgs(new PyTuple(java.util.Arrays.copyOf(args, npos)));
            return NONE;
        });
        t.method0("__str__", self -> {
            PyTuple a = e(self).args();
            return a.size() == 0 ? PyStr.EMPTY : a.size() == 1 ? Ops.str(a.get(0)) : Ops.repr(a);
        });
        t.method0("__repr__", self -> {
            PyTuple a = e(self).args();
            String args = a.size() == 1 ? "(" + Ops.repr(a.get(0)).value() + ")" : Ops.repr(a).value();
            return new PyStr(self.type().name() + args);
        });
        t.attribute("args", self -> e(self).args(), (self, v) -> e(self).setArgs(PyTuple.of(IteratorTypes.list(v).items())));
        t.attribute("__context__", self -> e(self).context() == null ? NONE : e(self).context(),
                (self, v) -> e(self).setContext(v == NONE ? null : (PyBaseException) v));
        t.attribute("__cause__", self -> e(self).cause() == null ? NONE : e(self).cause(), (self, v) -> {
            e(self).setCause(v == NONE ? null : (PyBaseException) v);
        });
        t.attribute("__suppress_context__", self -> org.ouroboros.vm.object.PyBool.of(e(self).suppressContext()),
                (self, v) -> e(self).setSuppressContext(Ops.truthy(v)));
        t.attribute("__traceback__", self -> org.ouroboros.vm.object.PyTraceback.of(e(self)),
                (self, v) -> e(self).setTraceback(v));
        t.constant("__dict__", org.ouroboros.vm.object.Attributes.dictDescriptor(PyExc.BASE_EXCEPTION));
        TypeBuilder tracebacks = new TypeBuilder(org.ouroboros.vm.object.Types.TRACEBACK);
        tracebacks.getter("tb_lineno", self -> org.ouroboros.vm.object.PyInt.of(
                ((org.ouroboros.vm.object.PyTraceback) self).entries().get(0).line()));
        tracebacks.getter("tb_next", self -> {
            var rest = ((org.ouroboros.vm.object.PyTraceback) self).entries();
            return rest.size() <= 1 ? NONE : new org.ouroboros.vm.object.PyTraceback(rest.subList(1, rest.size()));
        });
        t.method1("with_traceback", (self, tb) -> {
            e(self).setTraceback(tb);
            return self;
        });
        t.method1("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw PyExc.typeError("note must be a str, not '" + note.type().name() + "'");
            }
            PyObject notes = self.dict().get("__notes__");
            if (notes == null) {
                notes = new org.ouroboros.vm.object.PyList();
                self.dict().put("__notes__", notes);
            }
            if (!(notes instanceof org.ouroboros.vm.object.PyList list)) {
                throw PyExc.typeError("Cannot add note: __notes__ is not a list");
            }
            list.items().add(note);
            return NONE;
        });

        new TypeBuilder(PyExc.STOP_ITERATION).attribute("value",
                self -> e(self).args().size() > 0 ? e(self).args().get(0) : NONE,
                (self, v) -> e(self).setArgs(new PyTuple(v)));
        new TypeBuilder(PyExc.SYSTEM_EXIT).getter("code",
                self -> e(self).args().size() == 0 ? NONE : e(self).args().size() == 1 ? e(self).args().get(0) : e(self).args());
        new TypeBuilder(PyExc.KEY_ERROR).method0("__str__", self -> {
            PyTuple a = e(self).args();
            return a.size() == 1 ? Ops.repr(a.get(0)) : a.size() == 0 ? PyStr.EMPTY : Ops.repr(a);
        });
        new TypeBuilder(PyExc.NAME_ERROR).attribute("name", self -> orNone(e(self).name()), (self, v) -> e(self).setName(v));
        new TypeBuilder(PyExc.ATTRIBUTE_ERROR)
                .attribute("name", self -> orNone(e(self).name()), (self, v) -> e(self).setName(v))
                .attribute("obj", self -> orNone(e(self).obj()), (self, v) -> e(self).setObj(v));
        for (PyType unicode : new PyType[] {PyExc.UNICODE_DECODE_ERROR, PyExc.UNICODE_ENCODE_ERROR}) {
            unicodeErrorParts(new TypeBuilder(unicode));
        }
        new TypeBuilder(PyExc.IMPORT_ERROR)
                .method("__init__", (self, args, kw) -> {
                    int nkw = kw == null ? 0 : kw.length;
                    int npos = args.length - nkw;
                    e(self).setArgs(new PyTuple(java.util.Arrays.copyOf(args, npos)));
                    for (int i = 0; i < nkw; i++) {
                        if (!kw[i].equals("name") && !kw[i].equals("path")) {
                            throw PyExc.typeError("'" + kw[i] + "' is an invalid keyword argument for "
                                    + self.type().name() + "()");
                        }
                        self.dict().put(kw[i], args[npos + i]);
                    }
                    return NONE;
                })
                .getter("name", self -> orNone(self.dict().get("name")))
                .getter("path", self -> orNone(self.dict().get("path")));
        new TypeBuilder(PyExc.SYNTAX_ERROR)
                .method0("__str__", self -> {
                    PyTuple a = e(self).args();
                    if (a.size() == 2 && a.get(1) instanceof PyTuple d && d.size() >= 2) {
                        String file = d.get(0) instanceof PyStr f ? f.value() : null;
                        if (file != null) {
                            file = file.substring(file.lastIndexOf('/') + 1);
                        }
                        String where = file != null ? " (" + file + ", line " + Ops.str(d.get(1)).value() + ")" : "";
                        return new PyStr(Ops.str(a.get(0)).value() + where);
                    }
                    return a.size() == 0 ? PyStr.EMPTY : a.size() == 1 ? Ops.str(a.get(0)) : Ops.repr(a);
                })
                .getter("msg", self -> syntaxPart(self, -1))
                .getter("filename", self -> syntaxPart(self, 0))
                .getter("lineno", self -> syntaxPart(self, 1))
                .getter("offset", self -> syntaxPart(self, 2))
                .getter("text", self -> syntaxPart(self, 3))
                .getter("end_lineno", self -> syntaxPart(self, 4))
                .getter("end_offset", self -> syntaxPart(self, 5));
        new TypeBuilder(PyExc.OS_ERROR)
                .constructor((cls, args, kw) -> {
                    int npos = args.length - (kw == null ? 0 : kw.length);
                    PyType made = (PyType) cls;
                    if (cls == PyExc.OS_ERROR && npos >= 2 && npos <= 5 && args[0] instanceof org.ouroboros.vm.object.PyInt n) {
                        made = osErrorFor(n.longValue());
                    }
                    PyBaseException exc = (PyBaseException) made.allocate();
                    exc.setArgs(new PyTuple(java.util.Arrays.copyOf(args, npos)));
                    return exc;
                })
                .method0("__str__", self -> {
                    PyTuple a = e(self).args();
                    if (a.size() >= 2 && a.size() <= 5 && a.get(0) instanceof org.ouroboros.vm.object.PyInt) {
                        String s = "[Errno " + Ops.str(a.get(0)).value() + "] " + Ops.str(a.get(1)).value();
                        PyObject filename = errnoPart(self, 2);
                        return new PyStr(filename != NONE ? s + ": " + Ops.repr(filename).value() : s);
                    }
                    return a.size() == 0 ? PyStr.EMPTY : a.size() == 1 ? Ops.str(a.get(0)) : Ops.repr(a);
                })
                .getter("errno", self -> errnoPart(self, 0))
                .getter("strerror", self -> errnoPart(self, 1))
                .getter("filename", self -> errnoPart(self, 2));
    }

    /** OSError(errno, ...) is made as the subclass CPython maps that errno to (2: FileNotFoundError, ...). */
    private static PyType osErrorFor(long errno) {
        String name = switch ((int) errno) {
            case 2 -> "FileNotFoundError";
            case 3 -> "ProcessLookupError";
            case 4 -> "InterruptedError";
            case 10 -> "ChildProcessError";
            case 11, 114, 115 -> "BlockingIOError";
            case 13, 1 -> "PermissionError";
            case 17 -> "FileExistsError";
            case 20 -> "NotADirectoryError";
            case 21 -> "IsADirectoryError";
            case 32, 108 -> "BrokenPipeError";
            case 103 -> "ConnectionAbortedError";
            case 104 -> "ConnectionResetError";
            case 110 -> "TimeoutError";
            case 111 -> "ConnectionRefusedError";
            default -> null;
        };
        PyType t = name == null ? null : PyExc.all().get(name);
        return t != null ? t : PyExc.OS_ERROR;
    }

    /**
     * A SyntaxError the program raised itself with {@code (msg, (filename, lineno, offset, text, ...))}:
     * its location as the compiler would report it, so its traceback ends as CPython's does (the
     * {@code File} line, source text and carets, then the message alone); null for other shapes.
     */
    public static org.ouroboros.lang.PySyntaxError raisedSyntaxDetail(PyBaseException exc) {
        if (!exc.type().isSubtype(PyExc.SYNTAX_ERROR) || exc.syntaxDetail() != null) {
            return null;
        }
        PyTuple a = exc.args();
        if (a.size() != 2 || !(a.get(1) instanceof PyTuple d) || d.size() < 4 || d.size() > 6
                || !(d.get(1) instanceof org.ouroboros.vm.object.PyInt line)) {
            return null;
        }
        String filename = d.get(0) instanceof PyStr f ? f.value() : "<string>";
        int offset = d.get(2) instanceof org.ouroboros.vm.object.PyInt o ? (int) o.longValue() : 0;
        String text = d.get(3) instanceof PyStr t ? t.value() : null;
        int endLine = d.size() > 4 && d.get(4) instanceof org.ouroboros.vm.object.PyInt el ? (int) el.longValue()
                : (int) line.longValue();
        int endOffset = d.size() > 5 && d.get(5) instanceof org.ouroboros.vm.object.PyInt eo ? (int) eo.longValue() : 0;
        return new org.ouroboros.lang.PySyntaxError(org.ouroboros.lang.PySyntaxError.Kind.SyntaxError,
                Ops.str(a.get(0)).value(), filename, (int) line.longValue(), offset, endLine, endOffset, text);
    }

    /** SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)): part i of the details. */
    private static PyObject syntaxPart(PyObject self, int i) {
        PyTuple a = e(self).args();
        if (i < 0) {
            return a.size() >= 1 ? a.get(0) : NONE;
        }
        return a.size() == 2 && a.get(1) instanceof PyTuple d && i < d.size() ? d.get(i) : NONE;
    }

    /** encoding, object, start, end, reason: the five arguments, and str() worded from them. */
    private static void unicodeErrorParts(TypeBuilder t) {
        String[] parts = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < parts.length; i++) {
            int at = i;
            t.getter(parts[i], self -> e(self).args().size() == 5 ? e(self).args().get(at) : NONE);
        }
        t.method0("__str__", self -> {
            PyTuple a = e(self).args();
            if (a.size() == 5 && a.get(0) instanceof PyStr enc && a.get(2) instanceof PyInt start
                    && a.get(3) instanceof PyInt end && a.get(4) instanceof PyStr reason) {
                return new PyStr(Codecs.message(self, enc.value(), a.get(1), start.longValue(), end.longValue(),
                        reason.value()));
            }
            return a.size() == 0 ? PyStr.EMPTY : a.size() == 1 ? Ops.str(a.get(0)) : Ops.repr(a);
        });
    }

    private static PyObject orNone(PyObject v) {
        return v == null ? NONE : v;
    }

    /**
     * OSError(errno, strerror[, filename]) exposes its parts; other argument shapes give None. An
     * error the VM raises itself (open()) keeps args to (errno, strerror), as CPython does, and the
     * filename in the instance dict.
     */
    private static PyObject errnoPart(PyObject self, int i) {
        PyTuple a = e(self).args();
        if (i == 2 && a.size() == 2 && self.dict() != null && self.dict().get("filename") != null) {
            return self.dict().get("filename");
        }
        return a.size() >= 2 && a.size() <= 5 && i < a.size() ? a.get(i) : NONE;
    }
}
