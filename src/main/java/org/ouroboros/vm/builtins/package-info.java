/**
 * The builtin classes' methods and the {@code builtins} module.
 *
 * <h2>One Java class per builtin type</h2>
 * {@code IntType} declares int's methods, {@code StrType} str's, {@code ListType} list's, and so on.
 * The class objects themselves live in {@link org.ouroboros.vm.object.Types} (e.g. {@code Types.STR});
 * the Python values in {@code vm.object} ({@code PyStr}, {@code PyList}, …). Each XxxType has a
 * package-private {@code static void install()} that {@link org.ouroboros.vm.builtins.BuiltinTypes#installAll()}
 * calls once, before any program runs.
 *
 * <h2>Adding a method to a builtin type</h2>
 * Inside the type's {@code install()}, use the {@link org.ouroboros.vm.builtins.TypeBuilder}:
 * <pre>{@code
 * TypeBuilder t = new TypeBuilder(Types.STR);
 * // no arguments:           "abc".upper()
 * t.method0("upper", self -> new PyStr(s(self).toUpperCase()));
 * // exactly one argument:   "a,b".split(",") would be method(...) because sep is optional
 * t.method1("count", (self, sub) -> PyInt.of(...));
 * // exactly two arguments
 * t.method2("__setitem__", (self, key, value) -> { ...; return PyConstants.NONE; });
 * // anything else: positional args then keyword values named in kwnames (null when none)
 * t.method("split", (self, args, kwnames) -> {
 *     Args a = Args.parse("split", args, kwnames, 0, "sep", "maxsplit");   // CPython-style errors
 *     PyObject sep = a.get(0, PyConstants.NONE);
 *     ...
 * });
 * // class methods (dict.fromkeys), constructors (__new__), read-only attributes
 * t.classMethod("fromkeys", (cls, args, kwnames) -> ...);
 * t.constructor((cls, args, kwnames) -> ...);       // cls is the (sub)class being instantiated
 * t.getter("real", self -> ...);
 * }</pre>
 * Rules that keep behaviour CPython-exact:
 * <ul>
 *   <li>Return {@link org.ouroboros.vm.object.PyConstants#NONE} for "no value", never Java null.</li>
 *   <li>Binary dunders ({@code __add__}, {@code __lt__}, …) return
 *       {@link org.ouroboros.vm.object.PyConstants#NOT_IMPLEMENTED} for operand types they do not
 *       handle, so {@link org.ouroboros.vm.object.Ops} can try the reflected method; raise TypeError
 *       only where CPython itself raises inside the method (e.g. str + int).</li>
 *   <li>Raise with {@link org.ouroboros.vm.object.PyExc}: {@code throw PyExc.valueError("substring not found")};
 *       copy the message from what python3.11 prints.</li>
 *   <li>Call back into Python through {@link org.ouroboros.vm.object.Ops} ({@code Ops.repr}, {@code Ops.iter},
 *       {@code Ops.compare}, …) or {@code PyObject.call}, never by reaching into frames.</li>
 *   <li>Self is already an instance of the type (the descriptor checks it), but may be a subclass
 *       instance: cast to the value class ({@code (PyStr) self}), not to the exact type.</li>
 *   <li>Add a line to a program under {@code src/test/resources/programs}, regenerate its goldens with
 *       python3 ({@code python3 x.py > x.out 2> x.err; echo $? > x.exit}), and run
 *       {@code DifferentialProgramsTest}.</li>
 * </ul>
 * Formatting helpers live in {@link org.ouroboros.vm.builtins.Formatter} (format-spec mini-language),
 * {@code PercentFormat} ({@code %}), {@code BraceFormat} ({@code str.format}) and
 * {@link org.ouroboros.vm.builtins.FloatRepr} (shortest round-trip float repr).
 */
package org.ouroboros.vm.builtins;
