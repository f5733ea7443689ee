package org.ouroboros.trace;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random values of any record type trace JSON supports, built by reflection like the codec. */
final class RecordArbitraries {
    private RecordArbitraries() {}

    /** Random records of the family under a sealed interface, every permitted type equally likely. */
    static Arbitrary<Record> ofFamily(Class<?> sealedRoot) {
        List<Arbitrary<Record>> choices = new ArrayList<>();
        for (Class<? extends Record> type : new RecordFamily(sealedRoot).types()) {
            choices.add(ofRecord(type));
        }
        return Arbitraries.oneOf(choices);
    }

    static Arbitrary<Record> ofRecord(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 0) {
            return Arbitraries.just(create(type, new Object[0]));
        }
        List<Arbitrary<Object>> parts = new ArrayList<>();
        for (RecordComponent component : components) {
            parts.add(of(component.getGenericType()));
        }
        return Combinators.combine(parts).as(values -> create(type, values.toArray()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Arbitrary<Object> of(Type type) {
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return of(p.getActualTypeArguments()[0]).list().ofMaxSize(4).map(list -> (Object) list);
        }
        Class<?> raw = (Class<?>) type;
        Arbitrary<?> value;
        if (raw == String.class) {
            value = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                    Arbitraries.of("", "<module>", "你好，世界\n", "tab\tquote\"back\\slash", "\uD800", "😀"));
        } else if (raw == int.class || raw == Integer.class) {
            value = Arbitraries.integers();
        } else if (raw == long.class || raw == Long.class) {
            value = Arbitraries.longs();
        } else if (raw == short.class || raw == Short.class) {
            value = Arbitraries.shorts();
        } else if (raw == byte.class || raw == Byte.class) {
            value = Arbitraries.bytes();
        } else if (raw == boolean.class || raw == Boolean.class) {
            value = Arbitraries.of(true, false);
        } else if (raw == char.class || raw == Character.class) {
            value = Arbitraries.chars().all();
        } else if (raw == double.class || raw == Double.class) {
            value = Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN, -0.0, 0.0,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 0.1));
        } else if (raw == float.class || raw == Float.class) {
            value = Arbitraries.oneOf(Arbitraries.floats(), Arbitraries.of(Float.NaN, -0.0f, Float.MIN_VALUE,
                    Float.MAX_VALUE, Float.POSITIVE_INFINITY, 0.1f));
        } else if (raw.isEnum()) {
            value = Arbitraries.of((Class<Enum>) raw);
        } else if (raw.isRecord()) {
            value = ofRecord(raw.asSubclass(Record.class));
        } else if (raw.isInterface() && raw.isSealed()) {
            value = ofFamily(raw);
        } else {
            throw new IllegalArgumentException("no arbitrary for " + type);
        }
        if (!raw.isPrimitive()) {
            value = value.injectNull(0.05);
        }
        return (Arbitrary<Object>) value;
    }

    private static Record create(Class<? extends Record> type, Object[] values) {
        try {
            Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
