package org.ouroboros.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutcomesTest {
    @Test
    void innermostLineSkipsFramesOfOtherFiles() {
        String traceback = """
                Traceback (most recent call last):
                  File "<editor>", line 7, in <module>
                    main()
                  File "<editor>", line 3, in main
                    helper()
                  File "/usr/lib/python3.11/helper.py", line 12, in helper
                    raise ValueError
                ValueError
                """;
        assertEquals(3, Outcomes.innermostLine(traceback, "<editor>"));
        assertEquals(-1, Outcomes.innermostLine(traceback, "other.py"));
    }
}
