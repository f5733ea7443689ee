package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.Types;

/** {@code types}: names for the builtin classes of functions, methods, generators, modules. */
final class TypesModule {
    private TypesModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("types");
        m.add("FunctionType", Types.FUNCTION);
        m.add("LambdaType", Types.FUNCTION);
        m.add("MethodType", Types.METHOD);
        m.add("BuiltinFunctionType", Types.BUILTIN_FUNCTION);
        m.add("BuiltinMethodType", Types.BUILTIN_FUNCTION);
        m.add("GeneratorType", Types.GENERATOR);
        m.add("CoroutineType", Types.COROUTINE);
        m.add("AsyncGeneratorType", Types.ASYNC_GENERATOR);
        m.add("ModuleType", Types.MODULE);
        m.add("CodeType", Types.CODE);
        m.add("CellType", Types.CELL);
        m.add("MappingProxyType", Types.MAPPINGPROXY);
        m.add("NoneType", Types.NONE_TYPE);
        m.add("MethodDescriptorType", Types.METHOD_DESCRIPTOR);
        m.add("WrapperDescriptorType", Types.WRAPPER_DESCRIPTOR);
        m.add("GetSetDescriptorType", Types.GETSET_DESCRIPTOR);
        m.add("MemberDescriptorType", Types.MEMBER_DESCRIPTOR);
        m.add("TracebackType", Types.TRACEBACK);
        m.add("FrameType", Types.FRAME);
        m.add("SimpleNamespace", Types.SIMPLE_NAMESPACE);
        m.add("GenericAlias", Types.GENERIC_ALIAS);
        m.add("UnionType", Types.UNION_TYPE);
        m.add("EllipsisType", org.ouroboros.vm.object.PyConstants.ELLIPSIS.type());
        m.add("NotImplementedType", org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED.type());
        m.add("ClassMethodDescriptorType", Types.CLASSMETHOD_DESCRIPTOR);
        m.add("__doc__", NONE);
        m.add("_mark_iterable_coroutine", new PyBuiltinFunction("_mark_iterable_coroutine", null, (self, args, kw) -> {
            ((PyFunction) args[0]).markIterableCoroutine();
            return NONE;
        }, "types"));
        // new_class, prepare_class, resolve_bases, coroutine: in Python
        m.add("__builtins__", vm.modules().get("builtins"));
        BundledSource.run(vm, TypesModule.class, "types_lib.py", CodeObject.LIBRARY_PREFIX + "types>", m);
        return m;
    }
}
