package org.ouroboros.ui.view.race;

/**
 * One bytecode run by a scheduled thread, at trace position {@code position}; {@code checkPoint}
 * says whether the modelled CPython checks its eval breaker there (where a switch may happen).
 */
public record Step(int position, int thread, String function, int offset, String opname, String argRepr, int line,
        boolean checkPoint) {

    /** The same instruction, run at another trace position (a step the scheduler held back). */
    public Step at(int newPosition) {
        return new Step(newPosition, thread, function, offset, opname, argRepr, line, checkPoint);
    }

    public boolean loads(String name) {
        return name.equals(argRepr) && (opname.equals("LOAD_GLOBAL") || opname.equals("LOAD_NAME"))
                || opname.equals("LOAD_GLOBAL") && argRepr.equals("NULL + " + name);
    }

    public boolean stores(String name) {
        return name.equals(argRepr) && (opname.equals("STORE_GLOBAL") || opname.equals("STORE_NAME"));
    }

    /** {@code dis}-style text: "LOAD_GLOBAL total". */
    public String text() {
        return argRepr.isEmpty() ? opname : opname + " " + argRepr;
    }
}
