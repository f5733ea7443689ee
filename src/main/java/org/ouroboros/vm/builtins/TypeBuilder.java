package org.ouroboros.vm.builtins;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ouroboros.vm.object.NativeMethod;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyGetSet;
import org.ouroboros.vm.object.PyMethodDescriptor;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyType;

/**
 * Declares the methods of one builtin class (see package-info for the pattern). Each helper
 * checks the argument count with CPython's wording, so a method body only sees valid calls.
 */
public final class TypeBuilder {
    /** A method of one argument. */
    @FunctionalInterface
    public interface Method1 {
        PyObject call(PyObject self, PyObject arg);
    }

    /** A method of two arguments. */
    @FunctionalInterface
    public interface Method2 {
        PyObject call(PyObject self, PyObject a, PyObject b);
    }

    private final PyType type;

    public TypeBuilder(PyType type) {
        this.type = type;
    }

    public PyType type() {
        return type;
    }

    /** A method taking any arguments: {@code body(self, args, kwnames)}. */
    public TypeBuilder method(String name, NativeMethod body) {
        return checkedMethod(name, MethodArity.guard(type.name(), name, body));
    }

    /** A method whose body already checks its argument count with CPython's wording. */
    private TypeBuilder checkedMethod(String name, NativeMethod body) {
        type.define(name, new PyMethodDescriptor(type, name, body, PyMethodDescriptor.Kind.INSTANCE));
        return this;
    }

    /** A method taking no arguments ({@code list.copy()}). */
    public TypeBuilder method0(String name, Function<PyObject, PyObject> body) {
        String qual = type.name() + "." + name;
        return checkedMethod(name, (self, args, kw) -> {
            noKeywords(qual, kw);
            if (args.length != 0) {
                throw PyExc.typeError(qual + "() takes no arguments (" + args.length + " given)");
            }
            return body.apply(self);
        });
    }

    /** A method taking exactly one positional argument ({@code list.append(x)}). */
    public TypeBuilder method1(String name, Method1 body) {
        String qual = type.name() + "." + name;
        return checkedMethod(name, (self, args, kw) -> {
            noKeywords(qual, kw);
            if (args.length != 1) {
                throw PyExc.typeError(qual + "() takes exactly one argument (" + args.length + " given)");
            }
            return body.call(self, args[0]);
        });
    }

    /** A method taking exactly two positional arguments. */
    public TypeBuilder method2(String name, Method2 body) {
        String qual = type.name() + "." + name;
        return checkedMethod(name, (self, args, kw) -> {
            noKeywords(qual, kw);
            if (args.length != 2) {
                // Argument Clinic names a method (insert expected ...), a slot wrapper (__setitem__) nothing
                throw PyExc.typeError((name.startsWith("__") ? "" : name + " ") + "expected 2 arguments, got "
                        + args.length);
            }
            return body.call(self, args[0], args[1]);
        });
    }

    /** A class method ({@code dict.fromkeys}): {@code self} is the class it was called on. */
    /** A static method ({@code str.maketrans}): called without the instance or class. */
    public TypeBuilder staticMethod(String name, java.util.function.BiFunction<PyObject[], String[], PyObject> body) {
        org.ouroboros.vm.object.PyStaticMethod sm = new org.ouroboros.vm.object.PyStaticMethod(
                org.ouroboros.vm.object.Types.STATICMETHOD);
        sm.function = new PyBuiltinFunction(name, type,
                MethodArity.guard(type.name(), name, (self, args, kw) -> body.apply(args, kw)), null);
        type.define(name, sm);
        return this;
    }

    public TypeBuilder classMethod(String name, NativeMethod body) {
        type.define(name, new PyMethodDescriptor(type, name, MethodArity.guard(type.name(), name, body),
                PyMethodDescriptor.Kind.CLASS));
        return this;
    }

    /**
     * {@code __new__}: a static method whose first argument is the class to instantiate
     * ({@code args[0]}), checked to be a subclass of this type.
     */
    public TypeBuilder constructor(NativeMethod body) {
        PyType owner = type;
        type.define("__new__", new PyBuiltinFunction("__new__", owner, (self, args, kw) -> {
            if (args.length == 0) {
                throw PyExc.typeError(owner.name() + ".__new__(): not enough arguments");
            }
            if (!(args[0] instanceof PyType cls)) {
                throw PyExc.typeError(owner.name() + ".__new__(X): X is not a type object ("
                        + args[0].type().name() + ")");
            }
            if (!cls.isSubtype(owner)) {
                throw PyExc.typeError(owner.name() + ".__new__(" + cls.name() + "): " + cls.name()
                        + " is not a subtype of " + owner.name());
            }
            return body.call(cls, java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        }, null));
        return this;
    }

    /** A read-only attribute computed from the instance. */
    public TypeBuilder getter(String name, Function<PyObject, PyObject> get) {
        type.define(name, new PyGetSet(type, name, get, null));
        return this;
    }

    /** A writable attribute. */
    public TypeBuilder attribute(String name, Function<PyObject, PyObject> get, BiConsumer<PyObject, PyObject> set) {
        type.define(name, new PyGetSet(type, name, get, set));
        return this;
    }

    /** A plain class attribute (a constant, or {@code __hash__ = None}). */
    public TypeBuilder constant(String name, PyObject value) {
        type.define(name, value);
        return this;
    }

    /** Defines the same binary body for several dunder names (e.g. {@code __add__} and {@code __radd__}). */
    public TypeBuilder binary(String name, BiFunction<PyObject, PyObject, PyObject> body) {
        return method1(name, body::apply);
    }

    static void noKeywords(String qual, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyExc.typeError(qual + "() takes no keyword arguments");
        }
    }
}
