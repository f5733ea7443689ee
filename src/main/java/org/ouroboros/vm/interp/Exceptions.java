package org.ouroboros.vm.interp;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBaseException.TracebackEntry;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyType;

/** Raising (with {@code __context__} chaining) and printing exceptions in CPython 3.11's format. */
public final class Exceptions {
    private Exceptions() {}

    /** Sets {@code exc.__context__} to the exception being handled, once per raise (CPython's _PyErr_SetObject). */
    static void chainContext(ThreadState ts, PyBaseException exc) {
        if (exc.chainedOnRaise()) {
            return;
        }
        exc.markChainedOnRaise(true);
        PyBaseException ctx = ts.handled;
        if (ctx == null || ctx == exc) {
            return;
        }
        // Break a cycle exc -> ... -> exc, as CPython does.
        PyBaseException o = ctx;
        while (o != null) {
            PyBaseException next = o.context();
            if (next == exc) {
                o.setContext(null);
                break;
            }
            o = next;
        }
        exc.setContext(ctx);
    }

    /** The exception object a {@code raise X} statement raises: instantiates classes. */
    static PyBaseException toException(PyObject o) {
        if (o instanceof PyType t && t.isSubtype(PyExc.BASE_EXCEPTION)) {
            PyObject inst = t.call();
            if (!(inst instanceof PyBaseException e)) {
                throw PyExc.typeError("calling " + t.reprText() + " should have returned an instance of BaseException, not "
                        + inst.type().name());
            }
            return e;
        }
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyExc.typeError("exceptions must derive from BaseException");
    }

    /** {@code raise exc from cause}. */
    static PyException raise(ThreadState ts, PyObject excObj, PyObject causeObj) {
        PyBaseException exc = toException(excObj);
        if (causeObj != null) {
            if (causeObj == NONE) {
                exc.setCause(null);
            } else if (causeObj instanceof PyType t && t.isSubtype(PyExc.BASE_EXCEPTION)) {
                exc.setCause(toException(t));
            } else if (causeObj instanceof PyBaseException c) {
                exc.setCause(c);
            } else {
                throw PyExc.typeError("exception causes must derive from BaseException");
            }
        }
        exc.markChainedOnRaise(false);
        chainContext(ts, exc);
        return new PyException(exc);
    }

    /** The full text CPython prints for an uncaught exception, chained exceptions first. */
    public static String format(PyBaseException exc, Function<String, List<String>> sourceLines) {
        return format(exc, sourceLines, true);
    }

    /** As {@link #format(PyBaseException, Function)}; without chained exceptions when {@code chain} is false. */
    public static String format(PyBaseException exc, Function<String, List<String>> sourceLines, boolean chain) {
        StringBuilder sb = new StringBuilder();
        format(exc, sourceLines, sb, chain ? new IdentityHashMap<>() : null);
        return sb.toString();
    }

    /** {@code seen} is null when chained exceptions are left out. */
    private static void format(PyBaseException exc, Function<String, List<String>> src, StringBuilder sb,
                               Map<PyBaseException, Boolean> seen) {
        if (seen != null) {
            seen.put(exc, true);
        }
        if (seen != null && exc.cause() != null && !seen.containsKey(exc.cause())) {
            format(exc.cause(), src, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (seen != null && exc.context() != null && !exc.suppressContext() && !seen.containsKey(exc.context())) {
            format(exc.context(), src, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<TracebackEntry> tb = withoutLibraryFrames(exc.traceback());
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            TracebackEntry last = null;
            int repeats = 0;
            for (TracebackEntry e : tb) {
                if (last != null && e.filename().equals(last.filename()) && e.line() == last.line()
                        && e.function().equals(last.function())) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    flushRepeats(sb, repeats);
                    repeats = 0;
                }
                last = e;
                appendEntry(sb, e, src);
            }
            flushRepeats(sb, repeats);
        }
        if (exc.syntaxDetail() != null && exc.type().isBuiltin()) {
            sb.append(exc.syntaxDetail().format());
            return;
        }
        org.ouroboros.lang.PySyntaxError raised = org.ouroboros.vm.builtins.ExceptionTypes.raisedSyntaxDetail(exc);
        if (raised != null) { // a SyntaxError raised by the program: its File line, text and carets first
            String located = raised.format();
            sb.append(located, 0, located.lastIndexOf('\n', located.length() - 2) + 1).append(lastLine(exc)).append('\n');
            return;
        }
        sb.append(lastLine(exc)).append(org.ouroboros.vm.builtins.Suggestions.trailer(exc)).append('\n');
        appendNotes(sb, exc);
    }

    /** 3.11's add_note(): each note of a list {@code __notes__} on its own line after the message. */
    private static void appendNotes(StringBuilder sb, PyBaseException exc) {
        PyObject notes = exc.dict() == null ? null : exc.dict().get("__notes__");
        if (notes instanceof org.ouroboros.vm.object.PyList list) {
            for (PyObject note : list.items()) {
                String text;
                try {
                    text = Ops.str(note).value();
                } catch (PyException e) {
                    text = "<note str() failed>";
                }
                sb.append(text).append('\n');
            }
        }
    }

    /** The {@code File "…", line N, in f} entries of a traceback with their source lines, as CPython prints them. */
    public static String formatEntries(List<TracebackEntry> tb, Function<String, List<String>> src) {
        StringBuilder sb = new StringBuilder();
        for (TracebackEntry e : withoutLibraryFrames(tb)) {
            appendEntry(sb, e, src);
        }
        return sb.toString();
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    private static void appendEntry(StringBuilder sb, TracebackEntry e, Function<String, List<String>> src) {
        sb.append("  File \"").append(e.filename()).append("\", line ").append(e.line()).append(", in ")
                .append(e.function()).append('\n');
        List<String> lines = src.apply(e.filename());
        if (lines == null || e.line() < 1 || e.line() > lines.size()) {
            return;
        }
        String original = lines.get(e.line() - 1);
        if (original.isBlank()) {
            return;
        }
        // CPython drops only the indentation: trailing blanks stay, and then count against "whole line"
        int leading = 0;
        while (leading < original.length() && " \t\f".indexOf(original.charAt(leading)) >= 0) {
            leading++;
        }
        String stripped = original.substring(leading).replaceFirst("[\r\n]+$", "");
        sb.append("    ").append(stripped).append('\n');
        if (e.col() < 0 || e.endCol() < 0) {
            return;
        }
        int start = e.col();
        int end = e.endLine() == e.line() ? e.endCol() : leading + stripped.length();
        Carets.Anchors anchors = e.endLine() == e.line() ? Carets.anchors(original, start, end) : null;
        if (end - start < stripped.length() || (anchors != null && anchors.rightStart() - anchors.leftEnd() > 0)) {
            sb.append("    ").append(" ".repeat(Math.max(0, start - leading)));
            if (anchors != null) {
                sb.append("~".repeat(anchors.leftEnd()));
                sb.append("^".repeat(anchors.rightStart() - anchors.leftEnd()));
                sb.append("~".repeat(Math.max(0, end - start - anchors.rightStart())));
            } else {
                sb.append("^".repeat(Math.max(1, end - start)));
            }
            sb.append('\n');
        }
    }

    /**
     * The bundled modules stand in for what CPython mostly does in C (namedtuple's fields, partial,
     * itertools, OrderedDict...), which adds no frames to a traceback: their frames are left out.
     * (Added by gapfinder2.)
     */
    private static List<TracebackEntry> withoutLibraryFrames(List<TracebackEntry> tb) {
        for (TracebackEntry e : tb) {
            if (e.filename().startsWith(org.ouroboros.vm.code.CodeObject.LIBRARY_PREFIX)) {
                return tb.stream().filter(t -> !t.filename().startsWith(org.ouroboros.vm.code.CodeObject.LIBRARY_PREFIX))
                        .toList();
            }
        }
        return tb;
    }

    /** {@code TypeError: message}, or just the class name when str(exc) is empty. */
    public static String lastLine(PyBaseException exc) {
        PyType t = exc.type();
        String mod = t.moduleName();
        String name = mod.equals("builtins") || mod.equals("__main__") ? t.qualname() : mod + "." + t.qualname();
        String msg;
        try {
            // The traceback shows a SyntaxError's msg alone, str() adds "(file, line N)".
            boolean located = exc.syntaxDetail() != null
                    || org.ouroboros.vm.builtins.ExceptionTypes.raisedSyntaxDetail(exc) != null;
            msg = located && exc.args().size() > 0 ? Ops.str(exc.args().get(0)).value()
                    : Ops.str(exc).value();
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
