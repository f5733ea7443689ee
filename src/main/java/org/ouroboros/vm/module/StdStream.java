package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code sys.stdout} and {@code sys.stderr} (also {@code sys.__stdout__}/{@code __stderr__}): text
 * streams on the VM's output writers, shown as CPython's {@code _io.TextIOWrapper}. A program may
 * replace {@code sys.stdout}; {@link #out} is where {@code print()} without {@code file=} then writes.
 */
public final class StdStream extends PyObject {
    static final PyType TYPE = PyType.builtin("TextIOWrapper", Types.OBJECT, null);

    private final Vm vm;
    private final boolean err;

    private StdStream(Vm vm, boolean err) {
        super(TYPE);
        this.vm = vm;
        this.err = err;
    }

    static StdStream of(Vm vm, boolean err) {
        return new StdStream(vm, err);
    }

    private static StdStream s(PyObject self) {
        return (StdStream) self;
    }

    private String name() {
        return err ? "<stderr>" : "<stdout>";
    }

    private void write(String text) {
        if (err) {
            vm.writeErr(text);
        } else {
            vm.writeOut(text);
        }
    }

    /**
     * Where {@code print()} writes: null for the VM's own stdout (sys not imported, or
     * {@code sys.stdout} is still the original), else the object {@code sys.stdout} now names
     * (None means: print nothing, as CPython does).
     */
    public static PyObject out(Vm vm) {
        PyModule sys = vm.modules().get("sys");
        if (sys == null) {
            return null;
        }
        PyObject o = sys.dict().get(new PyStr("stdout"));
        return o == null || (o instanceof StdStream st && !st.err) ? null : o;
    }

    /** Writes {@code text} to {@code file} through its {@code write} method. */
    public static void writeTo(PyObject file, String text) {
        Attributes.get(file, "write").call(new PyStr(text));
    }

    private static boolean installed;

    /** Called once while the shared builtin classes are created. */
    public static synchronized void installType() {
        if (installed) {
            return;
        }
        installed = true;
        new TypeBuilder(TYPE)
                .constant("__module__", new PyStr("_io"))
                .method1("write", (self, v) -> {
                    if (!(v instanceof PyStr str)) {
                        throw PyExc.typeError("write() argument must be str, not " + v.type().name());
                    }
                    s(self).write(str.value());
                    return PyInt.of(str.value().codePointCount(0, str.value().length()));
                })
                .method1("writelines", (self, lines) -> {
                    PyObject it = Ops.iter(lines);
                    for (PyObject line = Ops.next(it); line != null; line = Ops.next(it)) {
                        if (!(line instanceof PyStr str)) {
                            throw PyExc.typeError("write() argument must be str, not " + line.type().name());
                        }
                        s(self).write(str.value());
                    }
                    return NONE;
                })
                .method0("flush", self -> {
                    s(self).vm.flush();
                    return NONE;
                })
                .method0("isatty", self -> PyBool.FALSE)
                .method0("readable", self -> PyBool.FALSE)
                .method0("writable", self -> PyBool.TRUE)
                .method0("seekable", self -> PyBool.FALSE)
                .method0("fileno", self -> PyInt.of(s(self).err ? 2 : 1))
                .method0("__repr__", self -> new PyStr("<_io.TextIOWrapper name='" + s(self).name()
                        + "' mode='w' encoding='utf-8'>"))
                .getter("name", self -> new PyStr(s(self).name()))
                .getter("mode", self -> new PyStr("w"))
                .getter("encoding", self -> new PyStr("utf-8"))
                .getter("errors", self -> new PyStr(s(self).err ? "backslashreplace" : "strict"))
                .getter("closed", self -> PyBool.FALSE)
                .getter("line_buffering", self -> PyBool.FALSE);
    }
}
