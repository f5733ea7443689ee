package org.ouroboros.aio;

/**
 * The asyncio settings of one VM run, given with {@code Vm.builder().with(AioSettings.class, …)}.
 *
 * @param virtualTime true: loops use a virtual clock (timer-only programs run instantly and deterministically)
 * @param stepper the gate before each loop iteration ({@link LoopStepper#FREE_RUNNING}, slowed, or a {@link GatedStepper})
 * @param internet the demo internet host names resolve to; null for the shared default one
 */
public record AioSettings(boolean virtualTime, LoopStepper stepper, DemoInternet internet) {
    public static AioSettings defaults() {
        return new AioSettings(false, LoopStepper.FREE_RUNNING, null);
    }

    public AioSettings withVirtualTime(boolean v) {
        return new AioSettings(v, stepper, internet);
    }

    public AioSettings withStepper(LoopStepper s) {
        return new AioSettings(virtualTime, s, internet);
    }

    public AioSettings withInternet(DemoInternet i) {
        return new AioSettings(virtualTime, stepper, i);
    }

    /** The demo internet to use: the configured one or the shared default. */
    public DemoInternet internetOrShared() {
        return internet != null ? internet : DemoInternet.shared();
    }
}
