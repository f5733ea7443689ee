package org.ouroboros.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small regex highlighter for Python, good enough until the {@code lang} tokenizer drives
 * highlighting. One alternation, first match wins at each position, so strings hide the
 * keywords inside them and comments hide everything after {@code #}; magic methods stand out
 * even where they are defined.
 */
public final class RegexPythonHighlighter implements SyntaxHighlighter {
    private static final String KEYWORDS = String.join("|",
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    private static final String BUILTINS = String.join("|",
            "print", "len", "type", "object", "super", "isinstance", "issubclass", "id", "int", "str", "float",
            "list", "dict", "set", "tuple", "bool", "range", "iter", "next", "open", "repr", "hasattr",
            "getattr", "setattr", "property", "staticmethod", "classmethod", "self", "cls");

    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>#[^\\n]*)"
                    + "|(?<STRING>(?i:[rbuf]{0,2})(?:\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)"
                    + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?))"
                    + "|(?<DECORATOR>@[A-Za-z_][\\w.]*)"
                    + "|(?<MAGIC>\\b__\\w+__\\b)"
                    + "|(?<=\\b(?:def|class)\\s{1,20})(?<DEFINITION>[A-Za-z_]\\w*)"
                    + "|(?<KEYWORD>\\b(?:" + KEYWORDS + ")\\b)"
                    + "|(?<BUILTIN>\\b(?:" + BUILTINS + ")\\b)"
                    + "|(?<NUMBER>\\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+"
                    + "|\\d[\\d_]*(?:\\.[\\d_]*)?(?:[eE][+-]?\\d+)?j?|\\.\\d[\\d_]*(?:[eE][+-]?\\d+)?j?)\\b)");

    private static final TokenStyle[] GROUP_STYLES = {
        TokenStyle.COMMENT, TokenStyle.STRING, TokenStyle.DECORATOR, TokenStyle.MAGIC,
        TokenStyle.DEFINITION, TokenStyle.KEYWORD, TokenStyle.BUILTIN, TokenStyle.NUMBER
    };

    @Override
    public List<HighlightSpan> highlight(String text) {
        List<HighlightSpan> spans = new ArrayList<>();
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            spans.add(new HighlightSpan(m.start(), m.end(), styleOf(m)));
        }
        return spans;
    }

    private static TokenStyle styleOf(Matcher m) {
        for (TokenStyle style : GROUP_STYLES) {
            if (m.group(style.name()) != null) {
                return style;
            }
        }
        throw new IllegalStateException("a match without a group: " + m.group());
    }
}
