package org.ouroboros.ui.run;

/**
 * Runs one program to its end on the calling thread (a worker, never the FX thread) and
 * reports how it went; {@code stop} asks it to end early. {@link PythonRunner} is the real one.
 */
@FunctionalInterface
public interface ProgramRunner {
    RunReport run(RunRequest request, StopSwitch stop);
}
