package org.ouroboros.lang.ast;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.ouroboros.lang.SourceLines;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(node, include_attributes=...)} does
 * (single-line form), so parser output can be compared with python3's.
 */
public final class AstDumper {

    private static final Map<String, String> PYTHON_CLASS_NAMES = Map.of(
            "ExprStmt", "Expr", "ListExpr", "List", "SetExpr", "Set",
            "Arguments", "arguments", "Arg", "arg", "Keyword", "keyword", "Alias", "alias",
            "WithItem", "withitem", "Comprehension", "comprehension");

    private final boolean includeAttributes;
    private final SourceLines source;

    private AstDumper(boolean includeAttributes, SourceLines source) {
        this.includeAttributes = includeAttributes;
        this.source = source;
    }

    /** {@code ast.dump(node)}. */
    public static String dump(Object node) {
        return dump(node, false);
    }

    /** {@code ast.dump(node, include_attributes=...)}, with columns as in {@link Pos} (chars). */
    public static String dump(Object node, boolean includeAttributes) {
        StringBuilder out = new StringBuilder();
        new AstDumper(includeAttributes, null).write(node, out);
        return out.toString();
    }

    /**
     * {@code ast.dump(node, include_attributes=True)} exactly as CPython prints it: columns
     * converted to CPython's UTF-8 byte offsets using the source the tree came from.
     */
    public static String dumpWithByteOffsets(Object node, String sourceText) {
        StringBuilder out = new StringBuilder();
        new AstDumper(true, new SourceLines(sourceText)).write(node, out);
        return out.toString();
    }

    private int column(int line, int col) {
        if (source == null) {
            return col;
        }
        String text = source.lineWithoutBreak(line);
        int end = Math.min(col, text.length());
        return text.substring(0, end).getBytes(StandardCharsets.UTF_8).length + (col - end);
    }

    private void write(Object value, StringBuilder out) {
        if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value == null) {
            out.append("None");
        } else if (value instanceof Enum<?> e) {
            out.append(e.name()).append("()");
        } else if (value instanceof String s) {
            out.append(PythonRepr.ofStr(s));
        } else if (value instanceof Literal lit) {
            out.append(lit.pythonRepr());
        } else if (value instanceof Boolean b) {
            out.append(b ? "1" : "0");
        } else if (value instanceof Integer i) {
            out.append(i);
        } else if (value instanceof Record r) {
            writeNode(r, out);
        } else {
            throw new IllegalArgumentException("not an AST value: " + value.getClass());
        }
    }

    private void writeNode(Record node, StringBuilder out) {
        String simpleName = node.getClass().getSimpleName();
        out.append(PYTHON_CLASS_NAMES.getOrDefault(simpleName, simpleName)).append('(');
        boolean first = true;
        Pos pos = null;
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            Object value = read(component, node);
            if (value instanceof Pos p) {
                pos = p;
                continue;
            }
            if (value == null) {
                continue; // ast.dump leaves out optional fields that are None
            }
            first = separator(first, out);
            out.append(snakeCase(component.getName())).append('=');
            write(value, out);
        }
        if (node instanceof Module) {
            first = separator(first, out);
            out.append("type_ignores=[]");
        }
        if (includeAttributes && pos != null) {
            first = separator(first, out);
            out.append("lineno=").append(pos.line()).append(", col_offset=")
                    .append(column(pos.line(), pos.col()))
                    .append(", end_lineno=").append(pos.endLine())
                    .append(", end_col_offset=").append(column(pos.endLine(), pos.endCol()));
        }
        out.append(')');
    }

    private static boolean separator(boolean first, StringBuilder out) {
        if (!first) {
            out.append(", ");
        }
        return false;
    }

    private static Object read(RecordComponent component, Record node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
