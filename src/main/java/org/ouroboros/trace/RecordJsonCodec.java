package org.ouroboros.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads plain-data records as JSON, by reflection over their components.
 *
 * <p>Supported component types: {@code String}, primitives and their boxes, enums (by name),
 * {@code List<T>} of a supported type, records (a JSON object of their components), and sealed
 * interfaces of records (a tagged object {@code {"type": SimpleName, "fields": {...}}}; the
 * tag never collides with a component name, even one called {@code type}).
 *
 * <p>Floating-point values are written as JSON numbers in their shortest exact form; the values
 * JSON numbers cannot carry ({@code NaN}, infinities, {@code -0.0}) are written as strings in
 * Java's notation so every value round-trips exactly.
 */
final class RecordJsonCodec {
    static final String TYPE_KEY = "type";
    static final String FIELDS_KEY = "fields";

    private final Map<Class<?>, RecordFamily> families = new ConcurrentHashMap<>();
    private final Map<Class<?>, RecordShape> shapes = new ConcurrentHashMap<>();

    /** Thrown for input that does not fit the record types; the message names the field path. */
    static final class DecodeException extends RuntimeException {
        DecodeException(String message) {
            super(message, null, false, false);
        }
    }

    /** The family of records under a sealed interface, discovered once and checked to be encodable. */
    RecordFamily family(Class<?> sealedRoot) {
        RecordFamily known = families.get(sealedRoot);
        if (known != null) {
            return known;
        }
        RecordFamily family = new RecordFamily(sealedRoot);
        families.put(sealedRoot, family);
        for (Class<? extends Record> type : family.types()) {
            shape(type);
        }
        return family;
    }

    // ---- writing ----

    void write(JsonGenerator out, Type type, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            out.writeString((String) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            out.writeNumber(((Number) value).intValue());
        } else if (raw == long.class || raw == Long.class) {
            out.writeNumber((Long) value);
        } else if (raw == double.class || raw == Double.class) {
            writeDouble(out, (Double) value);
        } else if (raw == float.class || raw == Float.class) {
            writeFloat(out, (Float) value);
        } else if (raw == char.class || raw == Character.class) {
            out.writeString(String.valueOf((char) (Character) value));
        } else if (raw.isEnum()) {
            out.writeString(((Enum<?>) value).name());
        } else if (raw == List.class) {
            Type element = elementType(type);
            out.writeStartArray();
            for (Object item : (List<?>) value) {
                write(out, element, item);
            }
            out.writeEndArray();
        } else if (raw.isRecord()) {
            writeFields(out, (Record) value);
        } else if (raw.isInterface() && raw.isSealed()) {
            writeTagged(out, raw, (Record) value);
        } else {
            throw new IllegalStateException("unsupported type in a trace record: " + type.getTypeName());
        }
    }

    void writeTagged(JsonGenerator out, Class<?> sealedRoot, Record value) throws IOException {
        RecordFamily family = family(sealedRoot);
        String name = value.getClass().getSimpleName();
        if (family.byName().get(name) != value.getClass()) {
            throw new IllegalArgumentException(value.getClass().getName() + " is not part of " + sealedRoot.getName());
        }
        out.writeStartObject();
        out.writeStringField(TYPE_KEY, name);
        out.writeFieldName(FIELDS_KEY);
        writeFields(out, value);
        out.writeEndObject();
    }

    private void writeFields(JsonGenerator out, Record value) throws IOException {
        RecordShape shape = shape(value.getClass());
        out.writeStartObject();
        for (RecordComponent component : shape.components) {
            out.writeFieldName(component.getName());
            write(out, component.getGenericType(), shape.get(value, component));
        }
        out.writeEndObject();
    }

    private static void writeDouble(JsonGenerator out, double value) throws IOException {
        if (Double.isFinite(value) && !isNegativeZero(value)) {
            out.writeNumber(value);
        } else {
            out.writeString(Double.toString(value));
        }
    }

    private static void writeFloat(JsonGenerator out, float value) throws IOException {
        if (Float.isFinite(value) && !isNegativeZero(value)) {
            out.writeNumber(value);
        } else {
            out.writeString(Float.toString(value));
        }
    }

    private static boolean isNegativeZero(double value) {
        return value == 0.0 && Double.doubleToRawLongBits(value) != 0L;
    }

    // ---- reading ----

    Object read(JsonNode node, Type type, String path) {
        Class<?> raw = rawClass(type);
        if (node == null || node.isNull()) {
            if (raw.isPrimitive()) {
                throw new DecodeException(path + ": expected " + raw.getName() + ", found null");
            }
            return null;
        }
        if (raw == String.class) {
            return expect(node, JsonNodeType.STRING, "a string", path).textValue();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return expect(node, JsonNodeType.BOOLEAN, "true or false", path).booleanValue();
        } else if (raw == int.class || raw == Integer.class) {
            return (int) integral(node, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int", path);
        } else if (raw == short.class || raw == Short.class) {
            return (short) integral(node, Short.MIN_VALUE, Short.MAX_VALUE, "a short", path);
        } else if (raw == byte.class || raw == Byte.class) {
            return (byte) integral(node, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte", path);
        } else if (raw == long.class || raw == Long.class) {
            return integral(node, Long.MIN_VALUE, Long.MAX_VALUE, "a long", path);
        } else if (raw == double.class || raw == Double.class) {
            return Double.parseDouble(floatingText(node, path));
        } else if (raw == float.class || raw == Float.class) {
            return Float.parseFloat(floatingText(node, path));
        } else if (raw == char.class || raw == Character.class) {
            String text = expect(node, JsonNodeType.STRING, "a one-character string", path).textValue();
            if (text.length() != 1) {
                throw new DecodeException(path + ": expected a one-character string, found \"" + text + "\"");
            }
            return text.charAt(0);
        } else if (raw.isEnum()) {
            return enumConstant(raw, expect(node, JsonNodeType.STRING, "a name", path).textValue(), path);
        } else if (raw == List.class) {
            expect(node, JsonNodeType.ARRAY, "an array", path);
            Type element = elementType(type);
            List<Object> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(read(node.get(i), element, path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(items);
        } else if (raw.isRecord()) {
            return readFields(node, raw.asSubclass(Record.class), path);
        } else if (raw.isInterface() && raw.isSealed()) {
            return readTagged(node, raw, path);
        }
        throw new IllegalStateException("unsupported type in a trace record: " + type.getTypeName());
    }

    Record readTagged(JsonNode node, Class<?> sealedRoot, String path) {
        expect(node, JsonNodeType.OBJECT, "an object with \"type\" and \"fields\"", path);
        JsonNode tag = node.get(TYPE_KEY);
        if (tag == null || !tag.isTextual()) {
            throw new DecodeException(path + ": missing \"type\" name");
        }
        RecordFamily family = family(sealedRoot);
        Class<? extends Record> type = family.byName().get(tag.textValue());
        if (type == null) {
            throw new DecodeException(path + ": unknown " + sealedRoot.getSimpleName() + " type \"" + tag.textValue()
                    + "\" (known: " + String.join(", ", family.byName().keySet()) + ")");
        }
        rejectUnknownKeys(node, List.of(TYPE_KEY, FIELDS_KEY), path);
        JsonNode fields = node.get(FIELDS_KEY);
        if (fields == null) {
            throw new DecodeException(path + ": missing \"fields\" of " + tag.textValue());
        }
        return readFields(fields, type, path + " (" + tag.textValue() + ")");
    }

    private Record readFields(JsonNode node, Class<? extends Record> type, String path) {
        expect(node, JsonNodeType.OBJECT, "an object", path);
        RecordShape shape = shape(type);
        List<String> names = new ArrayList<>();
        Object[] args = new Object[shape.components.length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent component = shape.components[i];
            names.add(component.getName());
            JsonNode value = node.get(component.getName());
            if (value == null) {
                throw new DecodeException(path + ": missing field \"" + component.getName() + "\"");
            }
            args[i] = read(value, component.getGenericType(), path + "." + component.getName());
        }
        rejectUnknownKeys(node, names, path);
        return shape.create(args, path);
    }

    private static void rejectUnknownKeys(JsonNode node, List<String> allowed, String path) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                throw new DecodeException(path + ": unknown field \"" + key + "\" (expected " + allowed + ")");
            }
        }
    }

    private static JsonNode expect(JsonNode node, JsonNodeType kind, String what, String path) {
        if (node.getNodeType() != kind) {
            throw new DecodeException(path + ": expected " + what + ", found " + node);
        }
        return node;
    }

    private static long integral(JsonNode node, long min, long max, String what, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new DecodeException(path + ": expected " + what + ", found " + node);
        }
        long value = node.longValue();
        if (value < min || value > max) {
            throw new DecodeException(path + ": " + value + " is out of range for " + what);
        }
        return value;
    }

    /** The exact decimal text of a number, or one of Java's special spellings from a string. */
    private static String floatingText(JsonNode node, String path) {
        if (node.isNumber()) {
            BigDecimal exact = node.decimalValue();
            return exact.toString();
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity") || text.equals("-0.0")) {
                return text;
            }
        }
        throw new DecodeException(path + ": expected a number, found " + node);
    }

    private static Object enumConstant(Class<?> type, String name, String path) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new DecodeException(path + ": \"" + name + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    // ---- types ----

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        throw new IllegalStateException("unsupported type in a trace record: " + type.getTypeName());
    }

    private static Type elementType(Type listType) {
        if (listType instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            return element instanceof WildcardType w ? w.getUpperBounds()[0] : element;
        }
        throw new IllegalStateException("a List in a trace record needs an element type: " + listType.getTypeName());
    }

    private RecordShape shape(Class<?> type) {
        RecordShape known = shapes.get(type);
        if (known != null) {
            return known;
        }
        RecordShape shape = new RecordShape(type.asSubclass(Record.class));
        shapes.put(type, shape);
        for (RecordComponent component : shape.components) {
            check(component.getGenericType(), type.getName() + "." + component.getName());
        }
        return shape;
    }

    /** Fails early, at discovery, for a record field this format cannot carry. */
    private void check(Type type, String where) {
        Class<?> raw = rawClass(type);
        if (raw.isPrimitive() || raw == String.class || raw.isEnum() || raw == Boolean.class
                || raw == Character.class || Number.class.isAssignableFrom(raw) && isBoxedNumber(raw)) {
            return;
        }
        if (raw == List.class) {
            check(elementType(type), where + "[]");
        } else if (raw.isRecord()) {
            shape(raw);
        } else if (raw.isInterface() && raw.isSealed()) {
            family(raw);
        } else {
            throw new IllegalStateException(where + " has type " + type.getTypeName()
                    + ", which trace JSON cannot carry (use String, primitives, enums, List or records)");
        }
    }

    private static boolean isBoxedNumber(Class<?> raw) {
        return raw == Integer.class || raw == Long.class || raw == Short.class || raw == Byte.class
                || raw == Double.class || raw == Float.class;
    }

    /** A record's components and canonical constructor, looked up once. */
    private static final class RecordShape {
        final RecordComponent[] components;
        final Constructor<? extends Record> constructor;

        RecordShape(Class<? extends Record> type) {
            components = type.getRecordComponents();
            Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                constructor = type.getDeclaredConstructor(parameterTypes);
                constructor.setAccessible(true);
                for (RecordComponent component : components) {
                    component.getAccessor().setAccessible(true);
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
            }
        }

        Object get(Record value, RecordComponent component) {
            try {
                return component.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }

        Record create(Object[] args, String path) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new DecodeException(path + ": rejected by " + constructor.getDeclaringClass().getSimpleName()
                        + ": " + e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + constructor.getDeclaringClass().getName(), e);
            }
        }
    }
}
