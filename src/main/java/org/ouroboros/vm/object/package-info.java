/**
 * The object model. {@link org.ouroboros.vm.object.PyObject} (class pointer, optional
 * {@code __dict__}, lazily assigned fake address), {@link org.ouroboros.vm.object.PyType} with the
 * object/type loop, C3 in {@link org.ouroboros.vm.object.Mro} (steps reported as MRO trace events,
 * rendered by {@link org.ouroboros.vm.object.MroNotation}), attribute lookup in
 * {@link org.ouroboros.vm.object.Attributes}, operators and protocols in
 * {@link org.ouroboros.vm.object.Ops}, calls and {@code type.__call__} in
 * {@link org.ouroboros.vm.object.Calls}, exceptions in {@link org.ouroboros.vm.object.PyExc}.
 * Builtin classes are shared by all VMs ({@link org.ouroboros.vm.object.Types}) and immutable from
 * Python; their methods are declared in {@code vm.builtins}.
 */
package org.ouroboros.vm.object;
