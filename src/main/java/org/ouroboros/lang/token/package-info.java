/**
 * CPython 3.11's tokenizer ({@code Parser/tokenizer.c} rules): {@link
 * org.ouroboros.lang.token.Tokenizer#tokenize} for the parser (stops at the first error, which
 * the parser reports the way CPython does), {@link
 * org.ouroboros.lang.token.Tokenizer#forHighlighting} for the editor. Token kinds and
 * positions follow Python's {@code tokenize} module; the tests compare them with it.
 */
package org.ouroboros.lang.token;
