package org.ouroboros.ui.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.GeneratorEvent;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.model.LessonPrograms;

/**
 * Decides answers by running programs on the VM: the exercise's own program gives the answer
 * (its output, the {@code __mro__} of a class, each setting's output), and a learner's program is
 * run with every setting the exercise names and judged on its output and its trace. Nothing is
 * compared with a stored answer. Blocking (it runs the VM): call it off the FX thread. Runs of the
 * exercises' own programs are cached, learners' programs never.
 */
public final class ExerciseChecker {
    private static final String MRO_MARK = "\u0001mro:";

    private final ProgramRuns runs;
    private final Map<String, ProgramRun> programRuns = new ConcurrentHashMap<>();

    public ExerciseChecker() {
        this(new ProgramRuns());
    }

    public ExerciseChecker(ProgramRuns runs) {
        this.runs = runs;
    }

    /** The answer the VM gives to {@code exercise}. A broken exercise program is an {@link ExerciseProgramException}. */
    public Solution solve(Exercise exercise) {
        ExerciseKind kind = exercise.kind();
        if (kind instanceof ExerciseKind.PredictOutput k) {
            ProgramRun run = runProgram(k.program(), k.settings());
            return new Solution(run.lines(), Set.of(), lastLine(run.errorText()));
        }
        if (kind instanceof ExerciseKind.OrderLines k) {
            return Solution.ofLines(completed(k.program(), k.settings()).lines());
        }
        if (kind instanceof ExerciseKind.PredictMro k) {
            return mro(k);
        }
        if (kind instanceof ExerciseKind.ChooseSettings k) {
            List<String> outputs = new ArrayList<>();
            Set<Integer> differ = new HashSet<>();
            List<String> expected = AnswerText.normalizedLines(k.expectedOutput());
            for (int i = 0; i < k.choices().size(); i++) {
                ProgramRun run = completed(k.program(), k.choices().get(i));
                outputs.add(String.join(" / ", AnswerText.normalizedLines(run.stdout())));
                if (!AnswerText.normalizedLines(run.stdout()).equals(expected)) {
                    differ.add(i);
                }
            }
            return new Solution(outputs, differ, "");
        }
        ExerciseKind.WriteCode k = (ExerciseKind.WriteCode) kind;
        return Solution.ofLines(goal(k, k.runs().get(0)));
    }

    /** Whether {@code answer} is right, with what the VM says next to it. */
    public Verdict check(Exercise exercise, Answer answer) {
        ExerciseKind kind = exercise.kind();
        if (kind instanceof ExerciseKind.WriteCode k && answer instanceof Answer.Code code) {
            return checkCode(k, code.source());
        }
        Solution solution = solve(exercise);
        if (kind instanceof ExerciseKind.PredictOutput && answer instanceof Answer.Lines lines) {
            List<String> yours = AnswerText.normalizedLines(lines.text());
            return Verdict.of(yours.equals(normalized(solution.lines())), solution, yours);
        }
        if (kind instanceof ExerciseKind.OrderLines && answer instanceof Answer.Order order) {
            List<String> yours = normalized(order.lines());
            return Verdict.of(yours.equals(normalized(solution.lines())), solution, yours);
        }
        if (kind instanceof ExerciseKind.PredictMro && answer instanceof Answer.ClassNames names) {
            List<String> yours = AnswerText.classNames(names.text());
            return Verdict.of(yours.equals(solution.lines()), solution, yours);
        }
        if (kind instanceof ExerciseKind.ChooseSettings && answer instanceof Answer.Choices choices) {
            List<String> yours = new TreeSet<>(choices.picked()).stream().map(String::valueOf).toList();
            return Verdict.of(choices.picked().equals(solution.choices()), solution, yours);
        }
        throw new IllegalArgumentException("a " + answer.getClass().getSimpleName() + " answer does not fit a "
                + kind.id() + " exercise");
    }

    private Verdict checkCode(ExerciseKind.WriteCode kind, String source) {
        Solution goal = Solution.ofLines(goal(kind, kind.runs().get(0)));
        Set<Requirement> unmet = new java.util.LinkedHashSet<>();
        List<String> firstPrinted = null;
        for (RunSettings settings : kind.runs()) {
            ProgramRun run = runs.run(source, kind.program(), settings);
            List<String> printed = run.lines();
            if (firstPrinted == null) {
                firstPrinted = printed;
            }
            if (!run.completed()) {
                String problem = run.timedOut()
                        ? run.errorText() + "ouroboros: stopped after " + runs.timeout().toSeconds() + " s\n"
                        : run.errorText();
                return new Verdict(false, goal, printed, problem.isEmpty() ? "ouroboros: the run did not end normally\n" : problem,
                        settings, List.of());
            }
            List<String> expected = goal(kind, settings);
            if (!AnswerText.normalizedLines(run.stdout()).equals(normalized(expected))) {
                return new Verdict(false, Solution.ofLines(expected), printed, "", settings, List.of());
            }
            for (Requirement requirement : kind.requirements()) {
                if (!holds(requirement, run, source)) {
                    unmet.add(requirement);
                }
            }
        }
        return new Verdict(unmet.isEmpty(), goal, firstPrinted, "", null, List.copyOf(unmet));
    }

    private List<String> goal(ExerciseKind.WriteCode kind, RunSettings settings) {
        if (kind.goal() instanceof Goal.ExactOutput exact) {
            return AnswerText.lines(exact.text().endsWith("\n") ? exact.text() : exact.text() + "\n");
        }
        return completed(((Goal.SameOutputAs) kind.goal()).program(), settings).lines();
    }

    static boolean holds(Requirement requirement, ProgramRun run, String source) {
        if (requirement instanceof Requirement.SourceContains s) {
            return source.contains(s.text());
        }
        if (requirement instanceof Requirement.NoDeadlock) {
            return run.trace().events().stream().noneMatch(e -> e instanceof SchedEvent.DeadlockDetected);
        }
        if (requirement instanceof Requirement.UsesYieldFrom) {
            return run.trace().events().stream().anyMatch(e -> e instanceof GeneratorEvent.GeneratorDelegating);
        }
        if (requirement instanceof Requirement.Calls c) {
            return run.trace().events().stream().anyMatch(e -> e instanceof ExecutionEvent.FrameEntered f
                    && (f.function().equals(c.function()) || f.function().endsWith("." + c.function())));
        }
        // UsesLock: one Lock (or RLock) acquired by two threads or more.
        Map<Long, Set<Integer>> acquirers = new HashMap<>();
        for (TraceEvent e : run.trace().events()) {
            if (e instanceof SchedEvent.PrimitiveOp op
                    && (op.kind() == SchedEvent.PrimitiveKind.LOCK || op.kind() == SchedEvent.PrimitiveKind.RLOCK)
                    && (op.op() == SchedEvent.PrimitiveOpKind.ACQUIRE || op.op() == SchedEvent.PrimitiveOpKind.ACQUIRED_AFTER_WAIT)) {
                acquirers.computeIfAbsent(op.primitive(), p -> new HashSet<>()).add(op.thread());
            }
        }
        return acquirers.values().stream().anyMatch(threads -> threads.size() >= 2);
    }

    private Solution mro(ExerciseKind.PredictMro kind) {
        String probe = "\nprint(" + javaString(MRO_MARK) + " + ' '.join(c.__name__ for c in " + kind.className()
                + ".__mro__))\n";
        String source = program(kind.program()) + probe;
        ProgramRun run = programRuns.computeIfAbsent(kind.program() + "\n" + kind.className(),
                key -> runs.run(source, kind.program(), RunSettings.DEFAULT));
        if (run.completed()) {
            for (String line : run.lines()) {
                if (line.startsWith(MRO_MARK)) {
                    return Solution.ofLines(List.of(line.substring(MRO_MARK.length()).split(" ")));
                }
            }
        }
        if (run.errorText().contains("TypeError: ")) {
            // An inconsistent hierarchy: the class statement itself fails.
            return new Solution(List.of(Solution.MRO_ERROR), Set.of(), run.errorText().strip());
        }
        throw new ExerciseProgramException(kind.program() + " did not give " + kind.className() + ".__mro__: "
                + run.errorText());
    }

    private ProgramRun runProgram(String program, RunSettings settings) {
        return programRuns.computeIfAbsent(program + "\n" + settings.text(),
                key -> runs.run(program(program), program, settings));
    }

    private ProgramRun completed(String program, RunSettings settings) {
        ProgramRun run = runProgram(program, settings);
        if (!run.completed()) {
            programRuns.remove(program + "\n" + settings.text());
            throw new ExerciseProgramException(program + " (" + settings.text() + ") did not run to its end: "
                    + run.errorText());
        }
        return run;
    }

    private static String program(String name) {
        return LessonPrograms.read(name).orElseThrow(() -> new ExerciseProgramException("missing program " + name));
    }

    private static List<String> normalized(List<String> lines) {
        return AnswerText.normalizedLines(String.join("\n", lines));
    }

    /** The last non-blank line of an error text (the exception's summary), or "". */
    static String lastLine(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }

    /** A Python string literal of {@code text} (only \u0001 needs escaping here). */
    private static String javaString(String text) {
        return "'" + text.replace("\u0001", "\\x01") + "'";
    }
}
