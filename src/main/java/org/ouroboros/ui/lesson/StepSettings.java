package org.ouroboros.ui.lesson;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.aio.LoopStepper;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.vm.Vm;

/**
 * A lesson step's {@code step.k.settings} as VM settings for the step's run. The keys are the
 * options of {@code ouroboros run}, and mean what they mean there:
 * <ul>
 *   <li>thread scheduler: {@code mode} (gil, free, processes), {@code cores}, {@code seed},
 *       {@code switch-interval} (seconds), {@code cpython} (3.11, 3.9) — knobs a step does not
 *       name have the scheduler's defaults ({@link SchedConfig#DEFAULT}), so a step's run is the
 *       same whichever step was visited before;</li>
 *   <li>asyncio: {@code virtual-time} (true, false), {@code loop-delay} (milliseconds before each
 *       loop iteration).</li>
 * </ul>
 * A step naming none of a group's keys leaves that group as the other parts configure it.
 * Immutable, so the run's worker thread can apply it.
 *
 * @param scheduler the step's scheduler, if it names any scheduler key
 * @param aio       the step's asyncio settings, if it names any asyncio key
 */
public record StepSettings(Optional<SchedConfig> scheduler, Optional<AioSettings> aio)
        implements UnaryOperator<Vm.Builder> {
    /** No settings: the run is configured by the other parts alone. */
    public static final StepSettings NONE = new StepSettings(Optional.empty(), Optional.empty());

    private static final String KNOWN = "mode, cores, seed, switch-interval, cpython, virtual-time, loop-delay";

    /** The settings {@code settings} names; an unknown key or a bad value is an IllegalArgumentException naming it. */
    public static StepSettings parse(Map<String, String> settings) {
        SchedConfig sched = null;
        AioSettings aio = null;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey();
            String value = e.getValue().strip();
            try {
                switch (key) {
                    case "mode" -> sched = orDefault(sched).withMode(SchedConfig.Mode.parse(value));
                    case "cores" -> sched = orDefault(sched).withCores(Integer.parseInt(value));
                    case "seed" -> sched = orDefault(sched).withSeed(Long.parseLong(value));
                    case "switch-interval" -> sched = orDefault(sched)
                            .withSwitchIntervalNs(Math.round(Double.parseDouble(value) * 1e9));
                    case "cpython" -> sched = orDefault(sched).withCpython(SchedConfig.CPythonVersion.parse(value));
                    case "virtual-time" -> aio = orDefault(aio).withVirtualTime(bool(value));
                    case "loop-delay" -> aio = orDefault(aio).withStepper(LoopStepper.slowed(nonNegative(Long.parseLong(value))));
                    default -> throw new IllegalArgumentException("unknown setting '" + key + "' (expected " + KNOWN + ")");
                }
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("setting " + key + "=" + value + " is not a number", ex);
            } catch (IllegalArgumentException ex) {
                if (ex.getMessage() != null && ex.getMessage().startsWith("unknown setting")) {
                    throw ex;
                }
                throw new IllegalArgumentException("setting " + key + "=" + value + ": " + ex.getMessage(), ex);
            }
        }
        return new StepSettings(Optional.ofNullable(sched), Optional.ofNullable(aio));
    }

    @Override
    public Vm.Builder apply(Vm.Builder builder) {
        Vm.Builder b = builder;
        if (scheduler.isPresent()) {
            b = b.scheduler(scheduler.get());
        }
        if (aio.isPresent()) {
            b = b.with(AioSettings.class, aio.get());
        }
        return b;
    }

    private static SchedConfig orDefault(SchedConfig config) {
        return config != null ? config : SchedConfig.DEFAULT;
    }

    private static AioSettings orDefault(AioSettings settings) {
        return settings != null ? settings : AioSettings.defaults();
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    private static long nonNegative(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        return millis;
    }
}
