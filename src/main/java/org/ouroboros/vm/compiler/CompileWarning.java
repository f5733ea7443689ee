package org.ouroboros.vm.compiler;

import java.util.List;

/**
 * A warning the compiler gives about the source (CPython's {@code compiler_warn}): shown the way
 * the default warning filters show one, {@code FILE:LINE: CATEGORY: MESSAGE} and then the source
 * line, stripped and indented by two spaces, when the file's text is known.
 */
public record CompileWarning(String category, String message, String filename, int line) {
    /** The text printed on stderr; {@code sourceLines} may be null (code from a string). */
    public String format(List<String> sourceLines) {
        StringBuilder sb = new StringBuilder(filename).append(':').append(line).append(": ").append(category)
                .append(": ").append(message).append('\n');
        if (sourceLines != null && line >= 1 && line <= sourceLines.size()) {
            String text = sourceLines.get(line - 1).strip();
            if (!text.isEmpty()) {
                sb.append("  ").append(text).append('\n');
            }
        }
        return sb.toString();
    }
}
