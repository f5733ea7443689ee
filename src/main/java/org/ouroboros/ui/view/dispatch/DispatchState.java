package org.ouroboros.ui.view.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.DispatchEvent;
import org.ouroboros.trace.LookupEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.view.CallStacks;

/**
 * The lookup and dispatch walk at some position of a trace, grouped from the VM's fine events.
 * Grouping only: which class answered, what fell back to what, all comes from the events. An
 * attribute walk runs from {@code LookupStarted} to its {@code AttributeLookup} or
 * {@code AttributeMissing} (nested lookups, e.g. inside a descriptor, stack on top of it); a
 * special-method walk from its first {@code SpecialMethodSearched} through any fallbacks
 * ({@code iter()} to the sequence protocol and its {@code __getitem__(0)}, {@code (1)}, …;
 * {@code str()} to {@code repr()}).
 *
 * <p>The state keeps only the walks that can still change (and the one on screen), so a copy
 * costs the same on a long trace as on a short one; {@link #allWalks} lists every walk.
 */
public final class DispatchState {
    /** Attribute walks still running, innermost last. */
    private final List<Walk> openLookups;
    /** Per type, the latest {@code iter()} walk that fell back to the sequence protocol and has not stopped. */
    private final Map<String, Walk> iterations;
    /** The latest special-method walk, and what it waits for after a fallback (null: nothing). */
    private Walk lastSpecial;
    private String expectedOperation;
    /** The iteration whose {@code __getitem__(k)} is running, or null. */
    private Walk pendingItem;
    private Walk current;
    private int walkCount;
    /** The line of the frame running now: a walk begins on it. */
    private final CallStacks lines;
    /** When set, every walk by ordinal in its latest form (for {@link #allWalks}); not copied. */
    private List<Walk> record;

    public DispatchState() {
        this(new ArrayList<>(), new HashMap<>(), null, null, null, null, 0, new CallStacks());
    }

    private DispatchState(List<Walk> openLookups, Map<String, Walk> iterations, Walk lastSpecial,
                          String expectedOperation, Walk pendingItem, Walk current, int walkCount,
                          CallStacks lines) {
        this.openLookups = openLookups;
        this.iterations = iterations;
        this.lastSpecial = lastSpecial;
        this.expectedOperation = expectedOperation;
        this.pendingItem = pendingItem;
        this.current = current;
        this.walkCount = walkCount;
        this.lines = lines;
    }

    public DispatchState copy() {
        return new DispatchState(new ArrayList<>(openLookups), new HashMap<>(iterations), lastSpecial, expectedOperation,
                pendingItem, current, walkCount, lines.copy());
    }

    /** The walk the latest lookup or dispatch event belongs to, or null before the first. */
    public Walk current() {
        return current;
    }

    /** Walks begun so far. */
    public int walkCount() {
        return walkCount;
    }

    /** Every walk of {@code events}, complete, in the order they began (one pass over the trace). */
    public static List<Walk> allWalks(List<TraceEvent> events) {
        DispatchState state = new DispatchState();
        state.record = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            state.apply(events.get(i), i);
        }
        return List.copyOf(state.record);
    }

    public void apply(TraceEvent event, int position) {
        if (event instanceof LookupEvent e) {
            applyLookup(e, position);
        } else if (event instanceof DispatchEvent e) {
            applyDispatch(e, position);
        } else {
            lines.apply(event);
        }
    }

    private void applyLookup(LookupEvent event, int position) {
        if (event instanceof LookupEvent.LookupStarted s) {
            boolean onClass = !s.targetClass().isEmpty();
            openLookups.add(begin(new Walk(walkCount, position, lines.line(), Walk.Kind.ATTRIBUTE, s.objectType(),
                    onClass ? s.targetClass() : s.objectType(), onClass, s.name(), s.entry(), List.of(), false)));
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
            if (pendingItem != null && s.operation().equals("a[k]") && pendingItem.subject().equals(s.type())) {
                current = pendingItem;
                return;
            }
            Step step = new Step.MroSearch(position, "special", s.method(), s.type(), s.mro(), s.foundAt(), "");
            if (expectedOperation != null && expectedOperation.equals(s.operation())
                    && lastSpecial.subject().equals(s.type())) {
                replace(lastSpecial.with(step));
            } else {
                lastSpecial = begin(new Walk(walkCount, position, lines.line(), Walk.Kind.SPECIAL, s.type(), s.type(), false,
                        s.operation(), "", List.of(step), false));
            }
            expectedOperation = null;
        } else if (event instanceof DispatchEvent.SpecialMethodCalled c) {
            if (pendingItem != null && c.operation().equals("a[k]")) {
                current = pendingItem;
                return;
            }
            if (lastSpecial != null && lastSpecial.lastStep() instanceof Step.MroSearch m
                    && m.searched().equals(c.method())) {
                replace(lastSpecial.with(new Step.Call(position, c.operation(), c.method(), c.ownerClass())));
            }
        } else if (event instanceof DispatchEvent.DispatchFallback f) {
            if (lastSpecial != null && lastSpecial.subject().equals(f.type())
                    && lastSpecial.name().equals(f.operation())) {
                replace(lastSpecial.with(new Step.Fallback(position, f.from(), f.to(), f.reason())));
                expectedOperation = f.to().equals("__repr__") ? "repr()" : f.operation();
                if (f.operation().equals("iter()")) {
                    iterations.put(f.type(), lastSpecial);
                }
            }
        } else if (event instanceof DispatchEvent.SequenceItemRequested r) {
            Walk iteration = iterations.get(r.type());
            if (iteration != null) {
                replace(iteration.with(new Step.Item(position, r.index(), null, null)));
                pendingItem = current;
            }
        } else if (event instanceof DispatchEvent.SequenceItemFetched f) {
            Walk iteration = pendingItem != null ? pendingItem : iterations.get(f.type());
            if (iteration != null && iteration.lastStep() instanceof Step.Item item && item.index() == f.index()) {
                boolean stopped = !f.stopException().isEmpty();
                replace(iteration.replacingLast(new Step.Item(position, f.index(), stopped ? null : f.resultRepr(),
                        f.stopException())));
                if (stopped) {
                    iterations.remove(f.type());
                }
            }
            pendingItem = null;
        }
    }

    private void attachToLookup(String objectType, String name, Step step, boolean closes) {
        for (int k = openLookups.size() - 1; k >= 0; k--) {
            Walk w = openLookups.get(k);
            if (w.name().equals(name) && w.objectType().equals(objectType)) {
                if (closes) {
                    replace(w.closedWith(step));
                    while (openLookups.size() > k) {
                        openLookups.remove(openLookups.size() - 1);
                    }
                } else {
                    replace(w.with(step));
                }
                return;
            }
        }
    }

    private Walk begin(Walk walk) {
        walkCount++;
        current = walk;
        if (record != null) {
            record.add(walk);
        }
        return walk;
    }

    /** Puts {@code updated} wherever the walk with its ordinal is held, and on screen. */
    private void replace(Walk updated) {
        int ordinal = updated.ordinal();
        openLookups.replaceAll(w -> w.ordinal() == ordinal ? updated : w);
        iterations.replaceAll((type, w) -> w.ordinal() == ordinal ? updated : w);
        if (lastSpecial != null && lastSpecial.ordinal() == ordinal) {
            lastSpecial = updated;
        }
        if (pendingItem != null && pendingItem.ordinal() == ordinal) {
            pendingItem = updated;
        }
        current = updated;
        if (record != null) {
            record.set(ordinal, updated);
        }
    }
}
