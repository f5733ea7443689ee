/** The SyntaxErrors CPython raises while generating code, checked before code generation. */
package org.ouroboros.lang.check;
