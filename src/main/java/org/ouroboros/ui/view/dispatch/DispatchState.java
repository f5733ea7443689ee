package org.ouroboros.ui.view.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.DispatchEvent;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.LookupEvent;
import org.ouroboros.trace.TraceEvent;

/**
 * The lookup and dispatch walks of a trace up to some position, grouped from the VM's fine
 * events. Grouping only: which class answered, what fell back to what, all comes from the
 * events. An attribute walk runs from {@code LookupStarted} to its {@code AttributeLookup} or
 * {@code AttributeMissing} (nested lookups, e.g. inside a descriptor, stack on top of it); a
 * special-method walk from its first {@code SpecialMethodSearched} through any fallbacks
 * ({@code iter()} to the sequence protocol and its {@code __getitem__(0)}, {@code (1)}, …;
 * {@code str()} to {@code repr()}).
 */
public final class DispatchState {
    private final List<Walk> walks;
    /** Indices of attribute walks still running, innermost last. */
    private final List<Integer> openLookups;
    /** The latest special-method walk, and what it waits for after a fallback (null: nothing). */
    private int lastSpecial;
    private String expectedOperation;
    /** The iterator walk whose {@code __getitem__(k)} is running, or -1. */
    private int pendingItem;
    private int current;
    /** The source line last reached (0: none yet). */
    private int line;

    public DispatchState() {
        this(new ArrayList<>(), new ArrayList<>(), -1, null, -1, -1, 0);
    }

    private DispatchState(List<Walk> walks, List<Integer> openLookups, int lastSpecial, String expectedOperation,
                          int pendingItem, int current, int line) {
        this.line = line;
        this.walks = walks;
        this.openLookups = openLookups;
        this.lastSpecial = lastSpecial;
        this.expectedOperation = expectedOperation;
        this.pendingItem = pendingItem;
        this.current = current;
    }

    public DispatchState copy() {
        return new DispatchState(new ArrayList<>(walks), new ArrayList<>(openLookups), lastSpecial, expectedOperation,
                pendingItem, current, line);
    }

    /** Every walk begun so far, in order. */
    public List<Walk> walks() {
        return List.copyOf(walks);
    }

    /** The walk the latest lookup or dispatch event belongs to, or null before the first. */
    public Walk current() {
        return current < 0 ? null : walks.get(current);
    }

    public void apply(TraceEvent event, int position) {
        if (event instanceof LookupEvent e) {
            applyLookup(e, position);
        } else if (event instanceof DispatchEvent e) {
            applyDispatch(e, position);
        } else if (event instanceof ExecutionEvent.LineReached reached) {
            line = reached.line();
        }
    }

    private void applyLookup(LookupEvent event, int position) {
        if (event instanceof LookupEvent.LookupStarted s) {
            boolean onClass = !s.targetClass().isEmpty();
            int index = begin(new Walk(walks.size(), position, line, Walk.Kind.ATTRIBUTE, s.objectType(),
                    onClass ? s.targetClass() : s.objectType(), onClass, s.name(), s.entry(), List.of(), false));
            openLookups.add(index);
        } else if (event instanceof LookupEvent.MroSearched m) {
            attachToLookup(m.objectType(), m.name(), new Step.MroSearch(position, m.role(),
                    m.role().equals("__getattr__") ? "__getattr__" : m.name(), m.onType(), m.mro(), m.foundAt(),
                    m.kind()), false);
        } else if (event instanceof LookupEvent.InstanceDictProbed d) {
            attachToLookup(d.objectType(), d.name(), new Step.DictProbe(position, d.name(), d.found(), d.keys()), false);
        } else if (event instanceof LookupEvent.AttributeLookup a) {
            attachToLookup(a.objectType(), a.name(), new Step.Result(position, a.source(), a.foundIn(), a.resultRepr()),
                    true);
        } else if (event instanceof LookupEvent.AttributeMissing m) {
            attachToLookup(m.objectType(), m.name(), new Step.Result(position, "missing", "", ""), true);
        }
    }

    private void applyDispatch(DispatchEvent event, int position) {
        if (event instanceof DispatchEvent.SpecialMethodSearched s) {
            if (pendingItem >= 0 && s.operation().equals("a[k]") && walks.get(pendingItem).subject().equals(s.type())) {
                current = pendingItem;
                return;
            }
            Step step = new Step.MroSearch(position, "special", s.method(), s.type(), s.mro(), s.foundAt(), "");
            if (expectedOperation != null && expectedOperation.equals(s.operation())
                    && walks.get(lastSpecial).subject().equals(s.type())) {
                update(lastSpecial, walks.get(lastSpecial).with(step));
            } else {
                lastSpecial = begin(new Walk(walks.size(), position, line, Walk.Kind.SPECIAL, s.type(), s.type(), false, s.operation(),
                        "", List.of(step), false));
            }
            expectedOperation = null;
        } else if (event instanceof DispatchEvent.SpecialMethodCalled c) {
            if (pendingItem >= 0 && c.operation().equals("a[k]")) {
                current = pendingItem;
                return;
            }
            if (lastSpecial >= 0 && walks.get(lastSpecial).lastStep() instanceof Step.MroSearch m
                    && m.searched().equals(c.method())) {
                update(lastSpecial, walks.get(lastSpecial).with(
                        new Step.Call(position, c.operation(), c.method(), c.ownerClass())));
            }
        } else if (event instanceof DispatchEvent.DispatchFallback f) {
            if (lastSpecial >= 0 && walks.get(lastSpecial).subject().equals(f.type())
                    && walks.get(lastSpecial).name().equals(f.operation())) {
                update(lastSpecial, walks.get(lastSpecial).with(new Step.Fallback(position, f.from(), f.to(), f.reason())));
                expectedOperation = f.to().equals("__repr__") ? "repr()" : f.operation();
            }
        } else if (event instanceof DispatchEvent.SequenceItemRequested r) {
            int walk = latestIteration(r.type());
            if (walk >= 0) {
                update(walk, walks.get(walk).with(new Step.Item(position, r.index(), null, null)));
                pendingItem = walk;
            }
        } else if (event instanceof DispatchEvent.SequenceItemFetched f) {
            int walk = pendingItem >= 0 ? pendingItem : latestIteration(f.type());
            if (walk >= 0 && walks.get(walk).lastStep() instanceof Step.Item item && item.index() == f.index()) {
                update(walk, walks.get(walk).replacingLast(new Step.Item(position, f.index(),
                        f.stopException().isEmpty() ? f.resultRepr() : null, f.stopException())));
            }
            pendingItem = -1;
        }
    }

    /** The latest {@code iter()} walk over {@code type} that fell back to the sequence protocol and has not stopped. */
    private int latestIteration(String type) {
        for (int i = walks.size() - 1; i >= 0; i--) {
            Walk w = walks.get(i);
            if (w.kind() == Walk.Kind.SPECIAL && w.name().equals("iter()") && w.subject().equals(type)
                    && w.steps().stream().anyMatch(Step.Fallback.class::isInstance)
                    && w.items().stream().noneMatch(Step.Item::stopped)) {
                return i;
            }
        }
        return -1;
    }

    private void attachToLookup(String objectType, String name, Step step, boolean closes) {
        for (int k = openLookups.size() - 1; k >= 0; k--) {
            int index = openLookups.get(k);
            Walk w = walks.get(index);
            if (w.name().equals(name) && w.objectType().equals(objectType)) {
                if (closes) {
                    update(index, w.closedWith(step));
                    while (openLookups.size() > k) {
                        openLookups.remove(openLookups.size() - 1);
                    }
                } else {
                    update(index, w.with(step));
                }
                return;
            }
        }
    }

    private int begin(Walk walk) {
        walks.add(walk);
        current = walks.size() - 1;
        return current;
    }

    private void update(int index, Walk walk) {
        walks.set(index, walk);
        current = index;
    }
}
