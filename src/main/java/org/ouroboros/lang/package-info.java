/**
 * The front end of the Python-subset VM: CPython 3.11's tokenizer, parser, symbol tables and
 * compile-time checks, with CPython's SyntaxError messages, locations and printed layout.
 *
 * <h2>What to call</h2>
 * <ul>
 *   <li>Compiler: {@link org.ouroboros.lang.FrontEnd#analyze(String, String)} gives the
 *       {@link org.ouroboros.lang.ast.Module} and its
 *       {@link org.ouroboros.lang.symtable.SymbolTable} after every check CPython's
 *       {@code compile()} makes before emitting code (or throws the first
 *       {@link org.ouroboros.lang.PySyntaxError}); {@code analyzeExpression} does the same for
 *       {@code eval}. Walk the tree with {@link org.ouroboros.lang.ast.StmtVisitor} /
 *       {@link org.ouroboros.lang.ast.ExprVisitor} or {@link org.ouroboros.lang.ast.TreeWalker};
 *       ask {@code symbols.scopeOf(functionDefNode)} for a block's
 *       {@link org.ouroboros.lang.symtable.Scope} and {@code scope.scopeOf(name)} for a name's
 *       {@link org.ouroboros.lang.symtable.NameScope}.</li>
 *   <li>Editor highlighting: {@link org.ouroboros.lang.token.Tokenizer#forHighlighting(String)}
 *       (never throws, every token with char offsets, COMMENT and ERRORTOKEN included) and
 *       {@link org.ouroboros.lang.token.Keywords#isKeyword(String)}.</li>
 *   <li>Errors: {@link org.ouroboros.lang.PySyntaxError#format()} prints exactly what python3
 *       prints; {@code line()}, {@code col()} (1-based) and {@code endCol()} locate it.</li>
 * </ul>
 *
 * <h2>Not supported</h2>
 * {@code match} statements and {@code except*} (SyntaxErrors here); source encodings other than
 * UTF-8 (the caller decodes); a string escape pair like {@code "\ud834\udd1e"} becomes one
 * astral character (Java strings cannot keep two lone surrogates apart from a pair).
 */
package org.ouroboros.lang;
