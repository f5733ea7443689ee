package org.ouroboros.lang;

import java.util.List;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.parser.Parser;
import org.ouroboros.lang.symtable.SymbolTable;
import org.ouroboros.lang.token.Token;
import org.ouroboros.lang.token.Tokenizer;

/**
 * Manual benchmark (not a test): a ~10 MB source made of the corpus programs, timed through
 * tokenizing, highlighting, parsing and symbol tables. Run with
 * {@code java -cp target/classes:target/test-classes org.ouroboros.lang.FrontEndBenchmark}.
 */
public final class FrontEndBenchmark {

    private FrontEndBenchmark() {
    }

    public static void main(String[] args) {
        StringBuilder big = new StringBuilder();
        // __future__ imports are only legal at the top of a file: leave them out of the mix
        List<String> programs = Resources.validPrograms().stream().map(Resources::read)
                .map(text -> text.replace("from __future__ import annotations\n", "")).toList();
        int i = 0;
        while (big.length() < 10_000_000) {
            big.append(programs.get(i++ % programs.size())).append('\n');
        }
        String source = big.toString();
        String fiveThousandLines = source.lines().limit(5000).reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'),
                StringBuilder::append).toString();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            List<Token> tokens = Tokenizer.tokenizeOrThrow(source, "big.py");
            long t1 = System.nanoTime();
            Module module = Parser.parse(source, "big.py");
            long t2 = System.nanoTime();
            SymbolTable.build(module, source, "big.py");
            long t3 = System.nanoTime();
            FrontEnd.analyze(source, "big.py");
            long t4 = System.nanoTime();
            long h0 = System.nanoTime();
            for (int k = 0; k < 20; k++) {
                Tokenizer.forHighlighting(fiveThousandLines);
            }
            long h1 = System.nanoTime();
            System.out.printf("%.1f MB, %d tokens: tokenize %d ms, parse %d ms, symtable %d ms, analyze %d ms;"
                            + " highlight 5000 lines %.2f ms%n",
                    source.length() / 1e6, tokens.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (h1 - h0) / 20 / 1e6);
        }
    }
}
