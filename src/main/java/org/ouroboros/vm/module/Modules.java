package org.ouroboros.vm.module;

import java.util.Set;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.object.PyModule;

/** The built-in module subset; anything else is ModuleNotFoundError (threading, asyncio, … come later). */
public final class Modules {
    private Modules() {}

    /** Names of the modules {@link #create} knows. */
    public static final Set<String> AVAILABLE = Set.of("sys", "functools", "time", "types", "dis",
            "asyncio", "socket", "select", "selectors", "aiohttp", "urllib", "urllib.request",
            "_thread", "threading", "queue",
            "multiprocessing", "concurrent", "concurrent.futures",
            "io",
            "abc",
            "math",
            "contextlib", "collections", "collections.abc", "itertools", "operator", "random",
            "dataclasses", "typing", "copy", "enum", "string", "json",
            "os", "os.path", "posixpath",
            "numbers", "inspect", "traceback", "_traceback", "datetime", "heapq", "bisect", "keyword", "gc", "textwrap");

    /** The {@code concurrent} package: its one submodule is imported with it ({@code from concurrent import futures}). */
    private static PyModule concurrentPackage(Vm vm) {
        PyModule pkg = new PyModule("concurrent");
        pkg.add("__path__", new org.ouroboros.vm.object.PyList());
        // registered before its submodule is imported, as importlib does: the dotted import finds it
        vm.modules().put("concurrent", pkg);
        pkg.add("futures", vm.importModule("concurrent.futures", true));
        return pkg;
    }

    /** {@code collections}, with its {@code abc} submodule imported with it (as CPython's package does). */
    private static PyModule collectionsPackage(Vm vm) {
        PyModule pkg = PythonSourceModule.load(vm, "collections", "collections.py");
        pkg.add("__path__", new org.ouroboros.vm.object.PyList());
        pkg.add("abc", vm.importModule("collections.abc", true));
        return pkg;
    }

    /** {@code io}: the file classes (Java) and StringIO/BytesIO (Python, run into the same module). */
    private static PyModule ioModule(Vm vm) {
        PyModule m = org.ouroboros.vm.builtins.IoModule.create(vm);
        m.add("__builtins__", vm.modules().get("builtins"));
        vm.modules().put("io", m);
        BundledSource.run(vm, Modules.class, "io_memory.py", org.ouroboros.vm.code.CodeObject.LIBRARY_PREFIX + "io>", m);
        return m;
    }

    /** A fresh module object, or null when the VM has no such module. */
    public static PyModule create(String name, Vm vm) {
        return switch (name) {
            case "sys" -> SysModule.create(vm);
            case "functools" -> FunctoolsModule.create(vm);
            case "time" -> TimeModule.create(vm);
            case "types" -> TypesModule.create(vm);
            case "dis" -> DisModule.create(vm);
            case "asyncio" -> org.ouroboros.vm.module.asyncio.AsyncioModule.create(vm);
            case "socket" -> org.ouroboros.vm.module.net.SocketModule.create(vm);
            case "select" -> org.ouroboros.vm.module.net.SelectModule.create(vm);
            case "selectors" -> org.ouroboros.vm.module.net.SelectorsModule.create(vm);
            case "aiohttp" -> org.ouroboros.vm.module.asyncio.AiohttpModule.create(vm);
            case "urllib" -> new PyModule("urllib");
            case "urllib.request" -> org.ouroboros.vm.module.net.UrllibRequestModule.create(vm);
            case "_thread" -> ThreadModule.create(vm);
            case "threading" -> PythonSourceModule.load(vm, "threading", "threading.py");
            case "queue" -> PythonSourceModule.load(vm, "queue", "queue.py");
            case "multiprocessing" -> PythonSourceModule.load(vm, "multiprocessing", "multiprocessing.py");
            case "concurrent" -> concurrentPackage(vm);
            case "concurrent.futures" -> PythonSourceModule.load(vm, "concurrent.futures", "concurrent_futures.py");
            case "io" -> ioModule(vm);
            case "abc" -> PythonSourceModule.load(vm, "abc", "abc.py");
            case "math" -> MathModule.create();
            case "contextlib" -> PythonSourceModule.load(vm, "contextlib", "contextlib.py");
            case "collections" -> collectionsPackage(vm);
            case "collections.abc" -> PythonSourceModule.load(vm, "collections.abc", "collections_abc.py");
            case "itertools" -> PythonSourceModule.load(vm, "itertools", "itertools.py");
            case "operator" -> PythonSourceModule.load(vm, "operator", "operator.py");
            case "random" -> RandomModule.load(vm);
            case "dataclasses" -> PythonSourceModule.load(vm, "dataclasses", "dataclasses.py");
            case "typing" -> PythonSourceModule.load(vm, "typing", "typing.py");
            case "copy" -> PythonSourceModule.load(vm, "copy", "copy.py");
            case "enum" -> PythonSourceModule.load(vm, "enum", "enum.py");
            case "string" -> PythonSourceModule.load(vm, "string", "string.py");
            case "json" -> PythonSourceModule.load(vm, "json", "json.py");
            case "os" -> PythonSourceModule.load(vm, "os", "os.py");
            case "posixpath" -> PythonSourceModule.load(vm, "posixpath", "posixpath.py");
            case "textwrap" -> PythonSourceModule.load(vm, "textwrap", "textwrap.py");
            case "keyword" -> PythonSourceModule.load(vm, "keyword", "keyword.py");
            case "gc" -> PythonSourceModule.load(vm, "gc", "gc.py");
            case "heapq" -> PythonSourceModule.load(vm, "heapq", "heapq.py");
            case "bisect" -> PythonSourceModule.load(vm, "bisect", "bisect.py");
            case "datetime" -> PythonSourceModule.load(vm, "datetime", "datetime.py");
            case "traceback" -> PythonSourceModule.load(vm, "traceback", "traceback.py");
            case "_traceback" -> TracebackHelper.create(vm);
            case "numbers" -> PythonSourceModule.load(vm, "numbers", "numbers.py");
            case "inspect" -> PythonSourceModule.load(vm, "inspect", "inspect.py");
            case "os.path" -> (PyModule) vm.importModule("posixpath", true);
            default -> null;
        };
    }
}
