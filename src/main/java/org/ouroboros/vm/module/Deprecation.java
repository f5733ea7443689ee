package org.ouroboros.vm.module;

import java.util.List;
import java.util.Set;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.Frame;
import org.ouroboros.vm.interp.ThreadState;

/**
 * Prints a DeprecationWarning the way CPython's default filters show one raised from
 * {@code __main__} code: once per source location, {@code FILE:LINE: DeprecationWarning: MSG}
 * and the source line, on stderr. The location is the first frame outside frozen modules.
 */
final class Deprecation {
    private Deprecation() {}

    static void warn(Vm vm, Set<String> shown, String message) {
        Frame f = ThreadState.current().frame();
        while (f != null && f.code().filename().startsWith("<frozen")) {
            f = f.back();
        }
        if (f == null) {
            return;
        }
        String file = f.code().filename();
        int line = f.line();
        if (!shown.add(file + ":" + line + ":" + message)) {
            return;
        }
        StringBuilder sb = new StringBuilder(file).append(':').append(line).append(": DeprecationWarning: ")
                .append(message).append('\n');
        List<String> lines = vm.sourceLines(file);
        if (lines != null && line >= 1 && line <= lines.size()) {
            sb.append("  ").append(lines.get(line - 1).strip()).append('\n');
        }
        vm.flush();
        vm.writeErr(sb.toString());
    }
}
