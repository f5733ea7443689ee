package org.ouroboros.lang.token;

import java.util.Set;

/** Python 3.11's hard keywords ({@code keyword.kwlist}) and soft keywords. */
public final class Keywords {

    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield");

    private static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match");

    private Keywords() {
    }

    /** {@code keyword.iskeyword(name)}. */
    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /** {@code keyword.issoftkeyword(name)}. */
    public static boolean isSoftKeyword(String name) {
        return SOFT_KEYWORDS.contains(name);
    }

    /** All hard keywords. */
    public static Set<String> all() {
        return KEYWORDS;
    }
}
