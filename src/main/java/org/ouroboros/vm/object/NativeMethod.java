package org.ouroboros.vm.object;

/**
 * The Java body of a builtin function or method. {@code self} is the bound object (the module
 * for module functions, null for unbound statics); {@code args} holds the positional arguments
 * followed by the values of the keyword arguments named in {@code kwnames} (null when none).
 */
@FunctionalInterface
public interface NativeMethod {
    PyObject call(PyObject self, PyObject[] args, String[] kwnames);
}
