package org.ouroboros.vm.builtins;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * CPython's struct sequences ({@code sys.version_info}, {@code sys.float_info}, ...): tuples
 * whose items also have names, printed as {@code sys.version_info(major=3, minor=11, ...)}.
 * The classes are builtin and shared, so all are made once with the other builtin classes.
 */
public final class StructSequence {
    private StructSequence() {}

    private static final Map<String, PyType> TYPES = new ConcurrentHashMap<>();

    static void install() {
        define("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial");
        define("sys", "float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                "mant_dig", "epsilon", "radix", "rounds");
        define("sys", "int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
                "str_digits_check_threshold");
        define("time", "struct_time", "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                "tm_yday", "tm_isdst");
        define("sys", "hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
                "cutoff");
    }

    private static void define(String module, String name, String... fields) {
        PyType t = PyType.builtin(name, Types.TUPLE, null);
        t.setSubclassable(false);
        TypeBuilder b = new TypeBuilder(t);
        b.constant("__module__", new PyStr(module));
        for (int i = 0; i < fields.length; i++) {
            int at = i;
            b.attribute(fields[i], self -> ((PyTuple) self).get(at), (self, v) -> {
                throw PyExc.attributeError("readonly attribute");
            });
        }
        b.constant("n_fields", org.ouroboros.vm.object.PyInt.of(fields.length));
        b.method0("__repr__", self -> {
            StringBuilder sb = new StringBuilder(module).append('.').append(name).append('(');
            for (int i = 0; i < fields.length; i++) {
                sb.append(i > 0 ? ", " : "").append(fields[i]).append('=')
                        .append(Ops.repr(((PyTuple) self).get(i)).value());
            }
            return new PyStr(sb.append(')').toString());
        });
        TYPES.put(module + "." + name, t);
    }

    /** The struct sequence class {@code qualifiedName} ("time.struct_time"). */
    public static PyType type(String qualifiedName) {
        return TYPES.get(qualifiedName);
    }

    /** An instance of the struct sequence {@code qualifiedName} ("sys.version_info") with these items. */
    public static PyTuple make(String qualifiedName, PyObject... items) {
        return new PyTuple(TYPES.get(qualifiedName), items);
    }
}
