package org.ouroboros.vm.compiler;

import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;

/** A program that cannot be compiled: wraps the front end's {@link PySyntaxError}. */
public final class SourceError extends Exception {
    private final PySyntaxError error;

    public SourceError(PySyntaxError error) {
        super(error.getMessage(), null, false, false);
        this.error = error;
    }

    /** As CPython reports the error for source read from a file (see {@link PySyntaxError#asReadFromFile()}). */
    public SourceError asReadFromFile() {
        PySyntaxError inFile = error.asReadFromFile();
        return inFile == error ? this : new SourceError(inFile);
    }

    public PySyntaxError error() {
        return error;
    }

    /** The text CPython prints for uncompilable source (with the line and caret, for -c and stdin too). */
    public String format() {
        return error.format();
    }

    /** The error as a Python SyntaxError instance (for exec/eval/compile). */
    public PyBaseException toPython() {
        PyType type = PyExc.all().get(error.kind().name());
        PyBaseException e = PyExc.instance(type == null ? PyExc.SYNTAX_ERROR : type, new PyStr(error.msg()),
                new PyTuple(new PyStr(error.filename()), PyInt.of(error.line()), PyInt.of(error.col()),
                        new PyStr(error.text() == null ? "" : error.text())));
        e.setArgs(new PyTuple(new PyStr(error.msg()), new PyTuple(new PyStr(error.filename()), PyInt.of(error.line()),
                PyInt.of(error.col()), error.text() == null ? org.ouroboros.vm.object.PyConstants.NONE
                : new PyStr(error.text().endsWith("\n") ? error.text() : error.text() + "\n"), PyInt.of(error.endLine()), PyInt.of(error.endCol()))));
        e.setSyntaxDetail(error);
        return e;
    }
}
