/**
 * The race at bytecode level, read from {@code SchedEvent.BytecodeStep} events (FINE traces):
 * {@link org.ouroboros.ui.view.race.RaceIndex} finds the shared global, pairs every store with
 * the load its value came from, and marks a store as a lost update when other threads stored
 * the variable in between. Under CPython 3.9 the scheduler records an instruction before the
 * check point that may switch away from it; the index moves such a step to where its thread
 * resumes, so the order of loads and stores is the order they ran. The view computes no Python
 * values: the totals it shows are counted from the steps and agree with what the program prints.
 */
package org.ouroboros.ui.view.race;
