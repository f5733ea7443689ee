package org.ouroboros.ui.view.race;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;

/**
 * A race read off a fine trace, once per trace: every bytecode step of the scheduled threads,
 * the shared variable (the global that two or more threads both load and store), every store
 * to it with the load its value came from, the switches at check points, and the program's
 * last line of output (the final total). A store whose load read a value that other threads
 * have overwritten since is a lost update: it wipes out their stores.
 *
 * <p>Nothing here evaluates Python: loads, stores and operators are the VM's own steps.
 */
public final class RaceIndex {
    private final List<Step> steps = new ArrayList<>();
    private final Positions stepPositions = new Positions();
    private final Map<Integer, Positions> stepsByThread = new LinkedHashMap<>();
    private final Map<Integer, Positions> loadsByThread = new HashMap<>();
    private final Map<Integer, Positions> storesByThread = new HashMap<>();
    private final List<StoreRecord> stores = new ArrayList<>();
    private final Positions storePositions = new Positions();
    private final Positions lostPositions = new Positions();
    private final List<StoreRecord> lost = new ArrayList<>();
    private final List<SwitchRecord> switches = new ArrayList<>();
    private final Positions switchPositions = new Positions();
    private final Map<Integer, String> names = new LinkedHashMap<>();
    private final List<Integer> raceThreads;
    private final Map<Integer, List<ListedInstruction>> listings = new LinkedHashMap<>();
    private final String variable;
    private final String finalOutput;
    private final String cpython;
    private final boolean truncated;
    private final long[] chainValue;
    /** Per thread, the functions that touch the variable or run between its load and store. */
    private final Map<Integer, java.util.Set<String>> functionsOfInterest = new HashMap<>();
    private boolean callInsideUpdate;

    private RaceIndex(Trace trace) {
        String lastLine = null;
        StringBuilder out = new StringBuilder();
        String version = null;
        boolean haveSchedSteps = false;
        for (TraceEvent e : trace.events()) {
            if (e instanceof SchedEvent.BytecodeStep) {
                haveSchedSteps = true;
                break;
            }
        }
        // Under 3.9 the scheduler records an instruction, then checks the eval breaker before
        // running it: when it switches there, the instruction runs only once its thread has the
        // GIL again. Such a step is held back and placed where its thread resumes.
        Map<Integer, Step> deferred = new HashMap<>();
        Map<Integer, Step> lastOfThread = new HashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            if (e instanceof SchedEvent.BytecodeStep b) {
                Step held = deferred.remove(b.thread());
                if (held != null) {
                    addStep(held.at(i));
                }
                Step s = new Step(i, b.thread(), b.function(), b.offset(), b.opname(), b.argRepr(), b.line(), b.checkPoint());
                addStep(s);
                lastOfThread.put(b.thread(), s);
            } else if (!haveSchedSteps && e instanceof ExecutionEvent.InstructionExecuted x) {
                addStep(new Step(i, x.thread(), x.function(), x.offset(), x.opname(), x.argRepr(), x.line(), false));
            } else if (e instanceof SchedEvent.ThreadCreated c) {
                names.put(c.thread(), c.name());
            } else if (e instanceof SchedEvent.RunConfigured c) {
                version = c.cpython();
            } else if (e instanceof SchedEvent.SwitchAtCheckPoint s) {
                switches.add(new SwitchRecord(i, s.from(), s.to(), s.function(), s.offset(), s.opname(), s.kind().name()));
                switchPositions.add(i);
                Step last = lastOfThread.get(s.from());
                if (s.kind() == SchedEvent.CheckPointKind.INSTRUCTION && last != null && !steps.isEmpty()
                        && steps.get(steps.size() - 1) == last && last.offset() == s.offset()
                        && last.function().equals(s.function())) {
                    removeLastStep();
                    deferred.put(s.from(), last);
                }
            } else if (e instanceof SchedEvent.ThreadStateChanged c && c.state() == SchedEvent.ThreadStateKind.RUNNING
                    && deferred.containsKey(c.thread())) {
                addStep(deferred.remove(c.thread()).at(i));
            } else if (e instanceof SchedEvent.GilTaken g && deferred.containsKey(g.thread())) {
                addStep(deferred.remove(g.thread()).at(i));
            } else if (e instanceof ExecutionEvent.OutputWritten w && !w.stderr()) {
                out.append(w.text());
            }
        }
        for (Step held : deferred.values()) {
            addStep(held.at(trace.size() - 1));
        }
        String[] lines = out.toString().strip().split("\n");
        lastLine = lines.length == 0 ? "" : lines[lines.length - 1].strip();
        finalOutput = lastLine;
        cpython = version;
        truncated = trace.truncated();
        variable = sharedVariable();
        raceThreads = pickThreads();
        chainValue = findStores();
        buildListings();
    }

    public static RaceIndex of(Trace trace) {
        return new RaceIndex(trace);
    }

    private void addStep(Step s) {
        steps.add(s);
        stepPositions.add(s.position());
        stepsByThread.computeIfAbsent(s.thread(), k -> new Positions()).add(steps.size() - 1);
    }

    private void removeLastStep() {
        Step s = steps.remove(steps.size() - 1);
        stepPositions.removeLast();
        stepsByThread.get(s.thread()).removeLast();
    }

    /** The global loaded and stored by the most threads (ties: the most stores). */
    private String sharedVariable() {
        Map<String, java.util.Set<Integer>> storers = new HashMap<>();
        Map<String, Integer> storeCounts = new HashMap<>();
        for (Step s : steps) {
            if (s.opname().equals("STORE_GLOBAL") || s.opname().equals("STORE_NAME")) {
                storers.computeIfAbsent(s.argRepr(), k -> new java.util.HashSet<>()).add(s.thread());
                storeCounts.merge(s.argRepr(), 1, Integer::sum);
            }
        }
        String best = null;
        for (String name : storers.keySet()) {
            if (best == null || storers.get(name).size() > storers.get(best).size()
                    || storers.get(name).size() == storers.get(best).size() && storeCounts.get(name) > storeCounts.get(best)) {
                best = name;
            }
        }
        return best == null || storers.get(best).size() < 2 ? null : best;
    }

    /** The two threads other than the main thread that store the variable most (or ran most). */
    private List<Integer> pickThreads() {
        Map<Integer, Integer> weight = new HashMap<>();
        for (Step s : steps) {
            if (s.thread() != 0) {
                weight.merge(s.thread(), variable != null && s.stores(variable) ? 1000 : 1, Integer::sum);
            }
        }
        return weight.entrySet().stream()
                .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey() - b.getKey())
                .limit(2).map(Map.Entry::getKey).sorted().toList();
    }

    /** Pairs every store with the load it came from; returns the value each store wrote, as counted from the trace. */
    private long[] findStores() {
        if (variable == null) {
            return new long[0];
        }
        Map<Integer, Integer> loadAt = new HashMap<>();
        Map<Integer, Integer> loadBasedOn = new HashMap<>();
        Map<Integer, Integer> sign = new HashMap<>();
        Map<Integer, Long> lastConst = new HashMap<>();
        List<Long> values = new ArrayList<>();
        for (Step s : steps) {
            int t = s.thread();
            if (s.loads(variable) || s.stores(variable) || loadAt.containsKey(t)) {
                functionsOfInterest.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(s.function());
            }
            if (loadAt.containsKey(t) && s.opname().equals("CALL") && raceThreads.contains(t)) {
                callInsideUpdate = true;
            }
            if (s.loads(variable)) {
                loadAt.put(t, s.position());
                loadBasedOn.put(t, stores.size() - 1);
                sign.remove(t);
                loadsByThread.computeIfAbsent(t, k -> new Positions()).add(s.position());
            } else if (s.opname().equals("BINARY_OP") && loadAt.containsKey(t)) {
                sign.put(t, s.argRepr().contains("-") ? -1 : s.argRepr().contains("+") ? 1 : 0);
            } else if (s.opname().equals("LOAD_CONST")) {
                lastConst.put(t, parseLong(s.argRepr()));
            } else if (s.stores(variable)) {
                int index = stores.size();
                StoreRecord r;
                long value;
                if (loadAt.containsKey(t)) {
                    int basedOn = loadBasedOn.get(t);
                    int sg = sign.getOrDefault(t, 0);
                    r = new StoreRecord(index, s.position(), t, loadAt.get(t), basedOn, index - 1 - basedOn, sg);
                    value = (basedOn < 0 ? 0 : values.get(basedOn)) + sg;
                } else {
                    r = new StoreRecord(index, s.position(), t, -1, -1, 0, 0);
                    value = lastConst.getOrDefault(t, 0L);
                }
                stores.add(r);
                values.add(value);
                storePositions.add(s.position());
                storesByThread.computeIfAbsent(t, k -> new Positions()).add(s.position());
                if (r.lostUpdate()) {
                    lost.add(r);
                    lostPositions.add(s.position());
                }
                loadAt.remove(t);
                sign.remove(t);
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void buildListings() {
        for (int thread : raceThreads) {
            Map<String, java.util.TreeMap<Integer, ListedInstruction>> byFunction = new LinkedHashMap<>();
            Positions own = stepsByThread.get(thread);
            java.util.Set<String> wanted = functionsOfInterest.getOrDefault(thread, java.util.Set.of());
            for (int k = 0; k < own.size(); k++) {
                Step s = steps.get(own.get(k));
                if (!wanted.contains(s.function())) {
                    continue;
                }
                var functionMap = byFunction.computeIfAbsent(s.function(), f -> new java.util.TreeMap<>());
                ListedInstruction known = functionMap.get(s.offset());
                if (known == null || !known.checkPoint() && s.checkPoint()) {
                    functionMap.put(s.offset(), new ListedInstruction(s.function(), s.offset(), s.opname(), s.argRepr(),
                            s.line(), s.checkPoint() || known != null && known.checkPoint()));
                }
            }
            List<ListedInstruction> listing = new ArrayList<>();
            byFunction.values().forEach(m -> listing.addAll(m.values()));
            listings.put(thread, List.copyOf(listing));
        }
    }

    // ---- queries ----------------------------------------------------------------------------

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The shared variable, or null when no two threads store the same global. */
    public String variable() {
        return variable;
    }

    /** The two racing threads, by id (fewer when the run had fewer). */
    public List<Integer> threads() {
        return raceThreads;
    }

    public String threadName(int id) {
        return names.getOrDefault(id, id == 0 ? "MainThread" : "Thread-" + id);
    }

    public List<ListedInstruction> listing(int thread) {
        return listings.getOrDefault(thread, List.of());
    }

    public List<Step> steps() {
        return steps;
    }

    public List<StoreRecord> stores() {
        return stores;
    }

    public List<StoreRecord> lostUpdates() {
        return lost;
    }

    public List<SwitchRecord> switches() {
        return switches;
    }

    /** The program's last printed line (the seed prints the total last). */
    public String finalOutput() {
        return finalOutput;
    }

    /** The modelled CPython version, or null when the trace does not say. */
    public String cpython() {
        return cpython;
    }

    public boolean truncated() {
        return truncated;
    }

    /** Updates to the variable (stores made with + or -) up to the end: the total if none were lost. */
    public long expectedTotal() {
        long sum = 0;
        for (StoreRecord r : stores) {
            sum = r.loadPosition() < 0 ? chainValue[r.index()] : sum + r.sign();
        }
        return sum;
    }

    /** What the racing threads' code does to the variable: a plain update, one with a call, or under a lock. */
    public RaceVariant variant() {
        for (int t : raceThreads) {
            for (ListedInstruction in : listing(t)) {
                if (in.opname().equals("BEFORE_WITH") || in.argRepr().endsWith("acquire")) {
                    return RaceVariant.LOCKED;
                }
            }
        }
        return callInsideUpdate ? RaceVariant.CALL : RaceVariant.PLAIN;
    }

    /**
     * The variable's value after its last store, counted from the trace alone (each update adds
     * its operator's sign to the value its load read): agrees with what the program prints
     * when every update adds or subtracts 1.
     */
    public long countedTotal() {
        return chainValue.length == 0 ? 0 : chainValue[chainValue.length - 1];
    }

    /** The state of the race at trace position {@code position}. */
    public RaceMoment at(int position) {
        int stepIndex = stepPositions.lastIndexUpTo(position);
        Step current = stepIndex < 0 ? null : steps.get(stepIndex);
        Map<Integer, Step> lastStep = new LinkedHashMap<>();
        Map<Integer, Integer> pendingLoad = new LinkedHashMap<>();
        Map<Integer, Boolean> stale = new LinkedHashMap<>();
        for (int t : raceThreads) {
            Positions own = stepsByThread.get(t);
            int k = own == null ? -1 : lastIndexUpTo(own, position);
            lastStep.put(t, k < 0 ? null : steps.get(own.get(k)));
            Positions loads = loadsByThread.get(t);
            Positions ownStores = storesByThread.get(t);
            int load = loads == null ? -1 : loads.lastUpTo(position);
            int store = ownStores == null ? -1 : ownStores.lastUpTo(position);
            if (load >= 0 && load > store) {
                pendingLoad.put(t, load);
                stale.put(t, storePositions.countUpTo(position) > storePositions.countUpTo(load));
            }
        }
        int lostCount = lostPositions.countUpTo(position);
        int overwritten = 0;
        for (int i = 0; i < lostCount; i++) {
            overwritten += lost.get(i).overwritten();
        }
        StoreRecord lastLost = lostCount == 0 ? null : lost.get(lostCount - 1);
        int storeCount = storePositions.countUpTo(position);
        return new RaceMoment(position, stepIndex, current, lastStep, pendingLoad, stale, lostCount, overwritten,
                lastLost, switchPositions.countUpTo(position), storeCount,
                storeCount == 0 ? null : chainValue[storeCount - 1]);
    }

    /** Index into {@link #steps()} of the step at or before {@code position}, or -1. */
    public int stepIndexAt(int position) {
        return stepPositions.lastIndexUpTo(position);
    }

    /** The latest switch at or before {@code position}, or null. */
    public SwitchRecord lastSwitch(int position) {
        int i = switchPositions.lastIndexUpTo(position);
        return i < 0 ? null : switches.get(i);
    }

    /** Trace position of the next lost update after {@code position}, or -1. */
    public int nextLost(int position) {
        int i = lostPositions.countUpTo(position);
        return i < lostPositions.size() ? lostPositions.get(i) : -1;
    }

    /** Trace position of the previous lost update before {@code position}, or -1. */
    public int previousLost(int position) {
        return lostPositions.lastUpTo(position - 1);
    }

    /** Trace position of the next switch after {@code position}, or -1. */
    public int nextSwitch(int position) {
        int i = switchPositions.countUpTo(position);
        return i < switchPositions.size() ? switchPositions.get(i) : -1;
    }

    private int lastIndexUpTo(Positions stepIndexes, int position) {
        int lo = 0;
        int hi = stepIndexes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (steps.get(stepIndexes.get(mid)).position() <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
