/**
 * Recursive-descent parser for CPython 3.11's grammar (without {@code match}), producing the
 * {@link org.ouroboros.lang.ast} tree with CPython's exact positions, and CPython's messages for
 * common mistakes ("expected ':'", "invalid syntax. Perhaps you forgot a comma?", "cannot
 * assign to function call here. Maybe you meant '==' instead of '='?", ...). A plain "invalid
 * syntax" is reported at the furthest token looked at, as CPython's PEG parser does; a
 * tokenizer error later in the file takes precedence the way CPython's does. Nesting deeper than
 * {@link org.ouroboros.lang.parser.ExpressionParser#MAX_DEPTH} levels is a SyntaxError
 * ("expression too complex"), so no input can overflow the stack of the parser or of a
 * recursive walk over its tree.
 */
package org.ouroboros.lang.parser;
