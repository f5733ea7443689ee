package org.ouroboros.ui.editor;

/** Highlighting categories; each maps to a CSS style class {@code tok-<name>} in ouroboros.css. */
public enum TokenStyle {
    KEYWORD("keyword"),
    BUILTIN("builtin"),
    MAGIC("magic"),
    STRING("string"),
    NUMBER("number"),
    COMMENT("comment"),
    DECORATOR("decorator"),
    DEFINITION("definition"),
    /** Text the tokenizer rejected (a stray character, a malformed number). */
    ERROR("error");

    private final String styleClass;

    TokenStyle(String name) {
        this.styleClass = "tok-" + name;
    }

    public String styleClass() {
        return styleClass;
    }
}
