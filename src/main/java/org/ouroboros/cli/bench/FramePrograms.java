package org.ouroboros.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The programs the frame benchmark plays: a big class hierarchy and a big object graph. */
public final class FramePrograms {
    private FramePrograms() {}

    /**
     * {@code classes} classes: a tenth of them root mixins, the rest a random tree where each
     * class derives from an earlier tree class and, half the time, a mixin not already among
     * its ancestors. Every such C3 merge is consistent, so the program always runs. The last
     * class is instantiated, so its super() chain runs too.
     */
    static String hierarchy(int classes, long seed) {
        Random random = new Random(seed);
        int mixins = Math.max(1, classes / 10);
        StringBuilder source = new StringBuilder();
        for (int m = 0; m < mixins; m++) {
            source.append("class M").append(m).append(":\n    def __init__(self):\n        super().__init__()\n");
        }
        List<java.util.Set<Integer>> mixinsOf = new ArrayList<>();
        for (int i = 0; i < classes - mixins; i++) {
            java.util.Set<Integer> mine = new java.util.HashSet<>();
            source.append("class C").append(i);
            if (i > 0) {
                int parent = random.nextInt(i);
                mine.addAll(mixinsOf.get(parent));
                source.append("(C").append(parent);
                int mixin = random.nextInt(mixins);
                if (random.nextBoolean() && !mine.contains(mixin)) {
                    mine.add(mixin);
                    source.append(", M").append(mixin);
                }
                source.append(')');
            }
            mixinsOf.add(mine);
            source.append(":\n    def __init__(self):\n        super().__init__()\n");
        }
        source.append("x = C").append(classes - mixins - 1).append("()\n");
        return source.toString();
    }

    /** {@code objects} instances linked into a list and a tree, with attribute reads and a repr. */
    public static String objectGraph(int objects) {
        return """
                class Node:
                    def __init__(self, i, parent):
                        self.i = i
                        self.parent = parent
                        self.children = []
                    def __repr__(self):
                        return 'Node(' + str(self.i) + ')'
                root = Node(0, None)
                nodes = [root]
                for i in range(1, %d):
                    parent = nodes[(i - 1) // 2]
                    n = Node(i, parent)
                    parent.children.append(n)
                    nodes.append(n)
                print(len(nodes), nodes[-1].parent)
                """.formatted(objects);
    }
}
