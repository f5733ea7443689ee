package org.ouroboros.vm.builtins;

/** Attaches every builtin class's methods, once, when the builtin classes are created. */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    private static boolean installed;

    public static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        ObjectType.install();
        TypeType.install();
        IntType.install();
        BoolType.install();
        FloatType.install();
        ComplexType.install();
        StrType.install();
        BytesType.install();
        ListType.install();
        TupleType.install();
        DictType.install();
        SetType.install();
        RangeType.install();
        SliceType.install();
        SingletonTypes.install();
        FunctionTypes.install();
        DescriptorTypes.install();
        SuperType.install();
        IteratorTypes.install();
        GeneratorType.install();
        AsyncGeneratorType.install();
        ExceptionTypes.install();
        SimpleNamespaceType.install();
        GenericAliasTypes.install();
        StructSequence.install();
        FileTypes.install();
        PickleSupport.install();
        org.ouroboros.vm.module.FunctoolsModule.installPartialType();
        org.ouroboros.vm.module.StdStream.installType();
    }
}
