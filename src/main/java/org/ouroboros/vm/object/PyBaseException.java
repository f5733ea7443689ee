package org.ouroboros.vm.object;

import java.util.ArrayList;
import java.util.List;

/** An instance of {@code BaseException} or any subclass: args, traceback, context and cause. */
public class PyBaseException extends PyObject {
    /** One line of a traceback: where a frame was when the exception passed through it. */
    public record TracebackEntry(String filename, int line, String function, int col, int endLine, int endCol) {}

    private PyTuple args = PyTuple.EMPTY;
    private final List<TracebackEntry> traceback = new ArrayList<>();
    private PyBaseException context;
    private PyBaseException cause;
    private boolean suppressContext;
    private boolean chainedOnRaise;

    public PyBaseException(PyType type) {
        super(type);
    }

    public PyTuple args() {
        return args;
    }

    /** For a SyntaxError made by the compiler: where it is, to print the source line and caret. */
    private org.ouroboros.lang.PySyntaxError syntaxDetail;

    public org.ouroboros.lang.PySyntaxError syntaxDetail() {
        return syntaxDetail;
    }

    public void setSyntaxDetail(org.ouroboros.lang.PySyntaxError detail) {
        this.syntaxDetail = detail;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** Innermost last, as printed ("most recent call last"). */
    public List<TracebackEntry> traceback() {
        return traceback;
    }

    /** {@code exc.__traceback__ = tb} (null or None: no traceback). */
    public void setTraceback(PyObject tb) {
        traceback.clear();
        if (tb instanceof PyTraceback t) {
            traceback.addAll(t.entries());
        } else if (tb != null && tb != PyConstants.NONE) {
            throw PyExc.typeError("__traceback__ must be a traceback or None");
        }
    }

    public void addTraceback(TracebackEntry entry) {
        traceback.add(0, entry);
    }

    public PyBaseException context() {
        return context;
    }

    public void setContext(PyBaseException context) {
        this.context = context;
    }

    public PyBaseException cause() {
        return cause;
    }

    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean b) {
        suppressContext = b;
    }

    /** Whether {@code __context__} was already set for the current raise. */
    public boolean chainedOnRaise() {
        return chainedOnRaise;
    }

    public void markChainedOnRaise(boolean b) {
        chainedOnRaise = b;
    }

    /** The names a NameError's "Did you mean" searches: the raising frame's locals, its globals, its builtins. */
    public record NameScope(String[] varnames, PyDict globals, PyDict builtins) {}

    /** AttributeError's and NameError's {@code name} and {@code obj} (null: not set, None to Python). */
    private PyObject name;
    private PyObject obj;
    private NameScope nameScope;

    public PyObject name() {
        return name;
    }

    public void setName(PyObject name) {
        this.name = name;
    }

    public PyObject obj() {
        return obj;
    }

    public void setObj(PyObject obj) {
        this.obj = obj;
    }

    public NameScope nameScope() {
        return nameScope;
    }

    /** A NameError raised by a name lookup: its name, and where the traceback's suggestion looks. */
    public void setNameScope(PyObject name, NameScope scope) {
        this.name = name;
        this.nameScope = scope;
    }

    /**
     * CPython's set_attribute_error_context: an AttributeError leaving a getattr learns the object
     * and name (once, innermost wins), so the traceback can offer "Did you mean".
     */
    public static PyException withAttributeContext(PyException e, PyObject obj, String name) {
        PyBaseException v = e.value();
        if (v.name == null && v.obj == null && e.matches(PyExc.ATTRIBUTE_ERROR)) {
            v.name = new PyStr(name);
            v.obj = obj;
        }
        return e;
    }

    /** {@code str(exc)} as CPython's BaseException_str (subclasses' __str__ are honoured by Ops.str). */
    public String messageText() {
        return Ops.str(this).value();
    }
}
