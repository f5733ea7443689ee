package org.ouroboros.ui.view.loop;

import org.ouroboros.ui.player.LocalizedMessages;

/** The sentence above the wheel: what the loop is doing in this phase and why. */
final class NoteText {
    private NoteText() {}

    static String of(LoopState s, boolean emptyTrace, int position, LocalizedMessages words) {
        if (emptyTrace) {
            return words.text("loop.empty");
        }
        if (!s.sawLoop()) {
            return words.text(position < 0 ? "loop.notStarted" : "loop.noLoop");
        }
        return switch (s.phase()) {
            case IDLE -> s.iteration() < 0 ? words.text("loop.note.created")
                    : words.format("loop.note.finished", String.valueOf(s.iteration()), String.valueOf(s.handlesRun()));
            case COMPUTE_TIMEOUT -> s.selectTimeout() == 0 ? words.text("loop.note.timeout.zero")
                    : s.selectTimeout() < 0 ? words.text("loop.note.timeout.block")
                    : words.format("loop.note.timeout.timer", TaskLane.seconds(s.selectTimeout()));
            case SELECT -> words.format(s.wokenUp() ? "loop.note.select.woken" : "loop.note.select.nothing",
                    TaskLane.seconds(Double.isNaN(s.selectElapsed()) ? 0 : s.selectElapsed()));
            case PROCESS_IO -> words.format("loop.note.io",
                    String.valueOf(s.readyKeyCount()));
            case MOVE_TIMERS -> words.format("loop.note.timers", String.valueOf(s.timersJustDue().size()));
            case RUN_READY -> words.format("loop.note.run", s.runningDescription());
        };
    }
}
