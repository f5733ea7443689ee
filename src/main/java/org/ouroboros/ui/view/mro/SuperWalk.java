package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;

/**
 * One constructor chain: an instance of {@code selfType} was created and its {@code __init__}
 * frames, linked by {@code super().__init__()}, ran along {@code type(self).__mro__}. Everything
 * here comes from trace events: the type from {@code ObjectCreated}, the MRO from the class's
 * {@code MergeFinished}, the frames from {@code FrameEntered}/{@code FrameExited}, the text
 * from {@code OutputWritten}. Immutable: the fold replaces a walk to extend it.
 *
 * @param stack   the walk's frames still running, outermost first
 * @param entered the owners of every {@code __init__} entered so far, in order
 * @param output  what the program printed while the chain ran
 */
public record SuperWalk(String selfType, List<String> mro, int baseDepth, List<WalkFrame> stack,
                        List<String> entered, String output, boolean finished, int position) {
    public SuperWalk {
        mro = List.copyOf(mro);
        stack = List.copyOf(stack);
        entered = List.copyOf(entered);
    }

    static SuperWalk start(String selfType, List<String> mro, WalkFrame first, int position) {
        return new SuperWalk(selfType, mro, first.depth(), List.of(first), List.of(first.owner()), "", false, position);
    }

    SuperWalk enter(WalkFrame frame) {
        List<WalkFrame> s = new ArrayList<>(stack);
        s.add(frame);
        List<String> e = new ArrayList<>(entered);
        e.add(frame.owner());
        return new SuperWalk(selfType, mro, baseDepth, s, e, output, false, position);
    }

    /** A frame at {@code depth} ended: it and anything deeper leave the stack. */
    SuperWalk exit(int depth) {
        List<WalkFrame> s = new ArrayList<>(stack);
        s.removeIf(f -> f.depth() >= depth);
        return new SuperWalk(selfType, mro, baseDepth, s, entered, output, depth <= baseDepth, position);
    }

    SuperWalk print(String text) {
        return new SuperWalk(selfType, mro, baseDepth, stack, entered, output + text, finished, position);
    }

    /** The class whose {@code __init__} is the innermost frame of the chain, or null when it ended. */
    public String current() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1).owner();
    }

    /** Where a class of the MRO stands in this walk. */
    public enum BoxState { RUNNING, ON_STACK, RETURNED, PASSED_OVER, NOT_REACHED }

    public BoxState stateOf(String cls) {
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).owner().equals(cls)) {
                return i == stack.size() - 1 ? BoxState.RUNNING : BoxState.ON_STACK;
            }
        }
        if (entered.contains(cls)) {
            return BoxState.RETURNED;
        }
        // A class before the deepest one entered was passed over: its dict had no __init__
        // the chain could find (the walk went on to a later class of the MRO).
        int deepest = -1;
        for (String e : entered) {
            deepest = Math.max(deepest, mro.indexOf(e));
        }
        int index = mro.indexOf(cls);
        return index >= 0 && index < deepest ? BoxState.PASSED_OVER : BoxState.NOT_REACHED;
    }
}
