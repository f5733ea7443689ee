package org.ouroboros.lang.symtable;

/** CPython's private name mangling ({@code _Py_Mangle}): {@code __x} in class {@code _A} is {@code _A__x}. */
public final class Mangling {

    private Mangling() {
    }

    /** The name as stored when used inside class {@code className} (null: not in a class). */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return name;
        }
        return "_" + className.substring(i) + name;
    }
}
