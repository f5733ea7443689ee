package org.ouroboros.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Misusing a primitive raises CPython 3.11's exception with its exact text (checked with python3 3.11.7). */
class PrimitiveErrorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "threading.Lock().release()|RuntimeError: release unlocked lock",
        "threading.RLock().release()|RuntimeError: cannot release un-acquired lock",
        "threading.Lock().acquire(False, 1)|ValueError: can't specify a timeout for a non-blocking call",
        "threading.Lock().acquire(timeout=-2)|ValueError: timeout value must be positive",
        "threading.Condition().wait()|RuntimeError: cannot wait on un-acquired lock",
        "threading.Condition().notify()|RuntimeError: cannot notify on un-acquired lock",
        "threading.BoundedSemaphore(1).release()|ValueError: Semaphore released too many times",
        "threading.Semaphore(-1)|ValueError: semaphore initial value must be >= 0",
        "threading.current_thread().join()|RuntimeError: cannot join current thread",
        "threading.Thread(target=print).join()|RuntimeError: cannot join thread before it is started",
        "queue.Queue().get_nowait()|Empty: ",
        "queue.Queue().task_done()|ValueError: task_done() called too many times",
        "concurrent.futures.Future().result(timeout=0)|TimeoutError: ",
    })
    void misuseRaisesCPythonsError(String expr, String expected) {
        String program = "import threading, queue\nfrom concurrent import futures\nimport concurrent.futures\n"
                + "try:\n    " + expr + "\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n";
        program = program.replace("import concurrent.futures\n", "").replace("concurrent.futures.", "futures.");
        assertEquals(expected.strip(), SchedRun.run(program, SchedConfig.DEFAULT).stdout().strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "t = threading.Thread(target=print, args=('',)); t.start(); t.start()|RuntimeError: threads can only be started once",
        "t = threading.Thread(target=print, args=('',)); t.start(); t.daemon = True|RuntimeError: cannot set daemon status of active thread",
    })
    void misuseOfAStartedThread(String statement, String expected) {
        String program = "import threading\ntry:\n    " + statement
                + "\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n";
        assertEquals(expected, SchedRun.run(program, SchedConfig.DEFAULT).stdout().strip());
    }
}
