package org.ouroboros.ui.view.creation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.RenderedText;
import org.ouroboros.ui.player.TraceViewBinding;
import org.ouroboros.ui.view.dispatch.LessonTraces;
import org.ouroboros.ui.view.dispatch.PresentationText;

/**
 * The creation view on the seed's chapter 4 code (type(name, bases, dict), a metaclass) and on
 * the __new__/__init__ examples, run by the VM at the fine level. Assertions are on the scene
 * graph: the message labels of the sequence diagram and its lifeline heads.
 */
class CreationViewTest extends StagedFxTestBase {
    private static final Trace SEED = LessonTraces.fine(LessonTraces.lesson("metaclasses"));
    private static final Trace META_CALL = LessonTraces.fine("""
            class Meta(type):
                def __call__(cls, *args, **kwargs):
                    return super().__call__(*args, **kwargs)
            class Us(metaclass=Meta):
                def __new__(cls, *args, **kwargs):
                    return super().__new__(cls)
                def __init__(self, *args, **kwargs):
                    pass
            u = Us(1)
            """);

    /** A __new__ that returns no instance of its class, so __init__ is skipped. */
    private static final Trace ODD = LessonTraces.fine("""
            class Odd:
                def __new__(cls):
                    return 42
                def __init__(self):
                    print('never')
            Odd()
            """);

    private CreationView view;

    @BeforeEach
    void open() {
        view = callFx(() -> {
            CreationView v = new CreationView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 800);
    }

    private List<String> messagesAt(Trace trace, int position) {
        return callFx(() -> {
            view.show(trace, position);
            return view.messageTexts();
        });
    }

    private Diagram lastDiagram(Trace trace, String titleArg) {
        callFx(() -> {
            view.show(trace, trace.size() - 1);
            return null;
        });
        return view.allDiagrams().stream().filter(d -> d.titleArgs().contains(titleArg)).reduce((a, b) -> b)
                .orElseThrow();
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void metaclassCallComesBeforeNewAndInit() {
        Diagram us = lastDiagram(META_CALL, "Us");
        assertEquals("title.call", us.titleKey());
        List<String> shown = messagesAt(META_CALL, us.messages().get(us.messages().size() - 1).position());
        int call = indexOf(shown, "Meta.__call__(Us, …)");
        int created = indexOf(shown, "Us.__new__(Us, …)");
        int init = indexOf(shown, "Us.__init__(self, …)");
        assertTrue(call >= 0 && call < created && created < init, shown.toString());
        assertTrue(shown.get(shown.size() - 1).startsWith("▶ ↩ returns <Us object"), shown.toString());
        List<String> heads = callFx(() -> RenderedText.of(view.node())).stream()
                .filter(l -> l.contains("creation-head")).toList();
        assertTrue(heads.stream().anyMatch(l -> l.endsWith(" Meta")), heads.toString());
        assertTrue(heads.stream().anyMatch(l -> l.endsWith(" metaclass")), heads.toString());
        assertTrue(heads.stream().anyMatch(l -> l.endsWith(" instance")), heads.toString());
    }

    @Test
    void theDiagramGrowsInWholeStepsSoAMessageRowDoesNotResizeIt() {
        Diagram us = lastDiagram(META_CALL, "Us");
        List<Double> heights = new java.util.ArrayList<>();
        for (Message m : us.messages()) {
            runFx(() -> view.show(META_CALL, m.position()));
            heights.add(callFx(() -> ((javafx.scene.layout.Region) view.node().lookup(".creation-diagram")).prefHeight(-1)));
        }
        for (double h : heights) {
            assertEquals(0, h % SequenceDiagram.HEIGHT_STEP, 1e-6, "a whole number of steps: " + heights);
        }
        assertTrue(heights.stream().distinct().count() < heights.size(),
                "rows added without the diagram changing size: " + heights);
    }

    @Test
    void newReturningANonInstanceSkipsInit() {
        Trace trace = ODD;
        Diagram odd = lastDiagram(trace, "Odd");
        List<String> shown = messagesAt(trace, odd.messages().get(odd.messages().size() - 1).position());
        assertTrue(indexOf(shown, "__new__ returns 42, not an instance of Odd") >= 0, shown.toString());
        assertTrue(indexOf(shown, "⊘ __init__ is skipped: what __new__ returned is not an instance of Odd (its type is int)") >= 0, shown.toString());
        assertEquals(-1, indexOf(shown, "__init__(self"), shown.toString());
        assertEquals(List.of(Message.Kind.CALL, Message.Kind.CALL, Message.Kind.RETURN, Message.Kind.SKIP,
                Message.Kind.RETURN), odd.messages().stream().map(Message::kind).toList());
    }

    @Test
    void theSeedsClassStatementWithAMetaclassShowsEveryStep() {
        Diagram user = lastDiagram(SEED, "User");
        assertEquals("title.statement", user.titleKey());
        List<String> shown = messagesAt(SEED, user.messages().get(user.messages().size() - 1).position());
        String[] inOrder = {"class User(metaclass=MetaClass): begins",
            "Metaclass: the most derived of MetaClass", "__prepare__('User', bases)", "The class body runs",
            "type.__call__(MetaClass, …)", "type.__new__(MetaClass, 'User', (), namespace) builds the class",
            "creates class User (metaclass MetaClass); MRO: User → object", "object.__init_subclass__() runs for User",
            "type.__init__(self, …)", "User = <class '__main__.User'>"};
        int last = -1;
        for (String text : inOrder) {
            int at = indexOf(shown, text);
            assertTrue(at > last, "'" + text + "' after the steps before it in " + shown);
            last = at;
        }
    }

    @Test
    void typeWithThreeArgumentsIsACallOfTheMetaclassType() {
        Diagram dynamic = lastDiagram(SEED, "type");
        List<String> shown = messagesAt(SEED, dynamic.messages().get(dynamic.messages().size() - 1).position());
        assertTrue(indexOf(shown, "type.__call__(type, …)") >= 0, shown.toString());
        assertTrue(indexOf(shown, "type.__new__(type, 'User', (BaseClass), namespace)") >= 0, shown.toString());
        assertTrue(indexOf(shown, "MRO: User → BaseClass → object") >= 0, shown.toString());
    }

    @Test
    void stepsForwardAndBackExactlyOnThePlayer() {
        PlayerModel player = callFx(PlayerModel::new);
        Diagram us = lastDiagram(META_CALL, "Us");
        int newCalled = us.messages().get(1).position();
        List<String> atNew = callFx(() -> {
            TraceViewBinding.bind(player, view);
            player.setTrace(META_CALL);
            player.seek(newCalled);
            return view.messageTexts();
        });
        assertEquals(2, atNew.size(), atNew.toString());
        assertTrue(atNew.get(1).startsWith("▶ Us.__new__"), atNew.toString());
        List<String> oneBack = callFx(() -> {
            player.seek(us.messages().get(0).position());
            return view.messageTexts();
        });
        assertEquals(List.of("▶ Meta.__call__(Us, …)"), oneBack);
        assertEquals(atNew, callFx(() -> {
            player.seek(newCalled);
            return view.messageTexts();
        }));
        assertFalse(callFx(() -> {
            player.jumpToStart();
            return RenderedText.of(view.node());
        }).stream().noneMatch(l -> l.contains("Nothing created yet")));
    }

    @Test
    void chineseTextComesFromTheChineseBundle() {
        Diagram user = lastDiagram(SEED, "User");
        callFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            return null;
        });
        List<String> shown = messagesAt(SEED, user.messages().get(user.messages().size() - 1).position());
        assertTrue(indexOf(shown, "创建类 User（元类 MetaClass）") >= 0, shown.toString());
        assertTrue(callFx(() -> RenderedText.of(view.node())).stream().anyMatch(l -> l.contains("class 语句")));
    }

    @Test
    void everyTextIsAtLeast18PixelsInPresentationMode() {
        Diagram user = lastDiagram(SEED, "User");
        List<String> small = callFx(() -> {
            CreationView fresh = new CreationView();
            fresh.setLocale(Locale.ENGLISH);
            return PresentationText.smallerThan(18, fresh, SEED, user.messages().get(user.messages().size() - 1).position());
        });
        assertTrue(small.isEmpty(), small.toString());
    }

    @Test
    void steppingThroughADiagramDrawsWhatAFreshViewDraws() {
        Diagram user = lastDiagram(SEED, "User");
        for (Message m : user.messages()) {
            List<String> stepped = messagesAt(SEED, m.position());
            List<String> fresh = callFx(() -> {
                CreationView other = new CreationView();
                other.setLocale(Locale.ENGLISH);
                other.show(SEED, m.position());
                return other.messageTexts();
            });
            assertEquals(fresh, stepped, "at event " + m.position());
        }
    }

    // ---- lifelines begin where their participant appears (UML), on the seed's chapter 4 blocks ----

    private static final Trace CH4_TYPE = LessonTraces.fine(LessonTraces.seed("ch4_2.py"));
    private static final Trace CH4_META = LessonTraces.fine(LessonTraces.seed("ch4_3.py"));

    private record Drawn(List<javafx.geometry.Bounds> heads, List<javafx.scene.shape.Line> lifelines,
                         List<javafx.geometry.Bounds> messages) {}

    /** The diagram at its last message, laid out: head and message bounds in the drawing's coordinates. */
    private Drawn drawnAtEnd(Trace trace, Diagram d) {
        return callFx(() -> {
            view.show(trace, d.messages().get(d.messages().size() - 1).position());
            view.node().applyCss();
            ((javafx.scene.Parent) view.node()).layout();
            SequenceDiagram drawing = view.sequenceDiagram();
            drawing.layout();
            return new Drawn(drawing.headNodes().stream().map(javafx.scene.Node::getBoundsInParent).toList(),
                    drawing.lifelineNodes(),
                    drawing.messageLabels().stream().map(javafx.scene.Node::getBoundsInParent).toList());
        });
    }

    private static int messageIndex(Diagram d, String key) {
        return d.messageKeys().indexOf(key);
    }

    @Test
    void theNewObjectsLifelineBeginsWhereItsNewReturns() {
        Diagram call = lastDiagram(CH4_TYPE, "User");
        assertEquals("title.call", call.titleKey(), "user = User()");
        int instance = -1;
        for (int i = 0; i < call.lifelines().size(); i++) {
            if (call.lifelines().get(i).role() == Lifeline.Role.INSTANCE) {
                instance = i;
            }
        }
        assertTrue(instance > 0, call.lifelines().toString());
        int returned = messageIndex(call, "newReturned");
        assertEquals(returned, call.lifelines().get(instance).since(), "the object exists from __new__'s return on");
        assertEquals(0, call.lifelines().get(0).since(), "the caller is there from the start");

        Drawn drawn = drawnAtEnd(CH4_TYPE, call);
        javafx.geometry.Bounds head = drawn.heads().get(instance);
        javafx.geometry.Bounds callerHead = drawn.heads().get(0);
        assertTrue(head.getMinY() > callerHead.getMaxY(), "the instance's head is not in the top row");
        assertTrue(head.getMinY() >= drawn.messages().get(returned - 1).getMaxY(),
                "its head is below the message before __new__ returns");
        assertTrue(head.getMaxY() <= drawn.messages().get(returned).getMinY(), "and above that return");
        javafx.scene.shape.Line line = drawn.lifelines().get(instance);
        assertEquals(head.getMaxY(), line.getStartY(), 0.5, "the lifeline hangs from its head");
        assertTrue(line.getStartY() > drawn.lifelines().get(0).getStartY());
        // The class and metaclass take part in the first message: they head the diagram with the caller.
        for (int i = 0; i < call.lifelines().size(); i++) {
            if (i != instance) {
                assertEquals(callerHead.getMinY(), drawn.heads().get(i).getMinY(), 0.5, call.lifelines().get(i).name());
            }
        }
    }

    @Test
    void aClassStatementsMetaclassAndNewClassAppearWhereTheyComeIn() {
        Diagram user = lastDiagram(CH4_META, "User");
        assertEquals("title.statement", user.titleKey());
        int meta = user.indexOf("cls:MetaClass");
        int made = user.indexOf("cls:User");
        assertEquals(messageIndex(user, "resolved"), user.lifelines().get(meta).since(),
                "the metaclass comes in when it is resolved");
        assertEquals(messageIndex(user, "created"), user.lifelines().get(made).since(),
                "the class comes in when type.__new__ creates it");
        Drawn drawn = drawnAtEnd(CH4_META, user);
        assertTrue(drawn.heads().get(meta).getMinY() > drawn.heads().get(0).getMaxY());
        assertTrue(drawn.heads().get(made).getMinY() > drawn.heads().get(meta).getMaxY(),
                "created after the metaclass came in: lower down");
        assertTrue(drawn.heads().get(made).getMaxY() <= drawn.messages().get(messageIndex(user, "created")).getMinY());
    }

    @Test
    void aLongMessageWrapsAndWidensOnlyTheGapItCrosses() {
        Trace trace = ODD;
        Diagram odd = lastDiagram(trace, "Odd");
        Drawn drawn = drawnAtEnd(trace, odd);
        int caller = 0;
        int metaclass = odd.indexOf("cls:type");
        int cls = odd.indexOf("cls:Odd");
        double[] x = drawn.lifelines().stream().mapToDouble(javafx.scene.shape.Line::getStartX).toArray();
        javafx.geometry.Bounds call = drawn.messages().get(0);
        javafx.geometry.Bounds skip = drawn.messages().get(messageIndex(odd, "initSkipped"));
        double lineHeight = call.getHeight();
        assertTrue(skip.getHeight() > 1.5 * lineHeight, "the skip note wraps: " + skip + " vs one line " + call);
        assertTrue(x[cls] - x[metaclass] > x[metaclass] - x[caller],
                "the return with the long reason (type to Odd) is wider apart than the short call (you to type): "
                        + java.util.Arrays.toString(x));
        assertTrue(call.getMinX() >= x[caller] && call.getMaxX() <= x[metaclass], "the call's text sits over its arrow");
    }

    @Test
    void aCreationAfterACallOnTheSameLineIsTitledWithTheCallersLine() {
        Trace trace = LessonTraces.fine("""
                class V:
                    def __init__(self, x):
                        self.x = x
                pair = (V(1), V(2))
                """);
        callFx(() -> {
            view.show(trace, trace.size() - 1);
            return null;
        });
        assertEquals(List.of(4, 4), view.allDiagrams().stream().filter(d -> d.titleKey().equals("title.call"))
                        .map(Diagram::line).toList(),
                "both V(...) are on line 4, the second not on __init__'s line 3");
    }
}
