/**
 * Fine-level probes for the dispatch/lookup and object-creation views: the VM calls one static
 * method at each step of an attribute lookup, a special-method dispatch or an object/class
 * creation, and the probe emits a {@link org.ouroboros.trace.LookupEvent},
 * {@link org.ouroboros.trace.DispatchEvent} or {@link org.ouroboros.trace.CreationEvent} when a
 * fine trace is being recorded. Every probe starts with {@link
 * org.ouroboros.vm.interp.ThreadState#fineOrNull()}, so with tracing off a hook costs one read of
 * an atomic counter; the probes only read VM state (MROs, class dicts), never run Python code,
 * and report only on user classes (builtin-typed objects would drown the walk in noise).
 */
package org.ouroboros.vm.probe;
