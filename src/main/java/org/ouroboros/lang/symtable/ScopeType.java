package org.ouroboros.lang.symtable;

/** The kind of block, as {@code symtable.SymbolTable.get_type()}. */
public enum ScopeType {
    MODULE("module"), FUNCTION("function"), CLASS("class");

    private final String pythonName;

    ScopeType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** "module", "function" or "class". */
    public String pythonName() {
        return pythonName;
    }
}
