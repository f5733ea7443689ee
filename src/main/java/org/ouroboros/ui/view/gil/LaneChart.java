package org.ouroboros.ui.view.gil;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The lanes of a {@link Timeline} as seen at one trace position: the GIL band (holder's name in
 * each stretch, drop requests ▼ and switches ⇄ above it), one lane per thread, one per core,
 * and the time ruler. Every stretch carries its state's glyph and name as text and a pattern
 * from the stylesheet. Scroll (or Ctrl+scroll) zooms about the mouse, Shift+scroll or dragging
 * pans, a click asks to seek to that time.
 */
public final class LaneChart extends VBox {
    public static final String STYLE_CLASS = "lane-chart";
    private static final double ZOOM_STEP = 1.5;

    private final AxisTrack axisTrack = new AxisTrack();
    private final List<LaneTrack> tracks = new ArrayList<>();
    private TimeAxis axis = new TimeAxis(0, 1_000_000, 600);
    private Timeline fitted;
    private LongConsumer onSeekTime;
    private double dragX = Double.NaN;
    private boolean dragged;

    public LaneChart() {
        getStyleClass().add(STYLE_CLASS);
        setMinSize(0, 0);
        addEventFilter(ScrollEvent.SCROLL, this::scrolled);
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            if (!Double.isNaN(dragX) && Math.abs(e.getX() - dragX) > 2) {
                setAxis(axis.pan(dragX - e.getX()));
                dragX = e.getX();
                dragged = true;
            }
        });
        setOnMouseReleased(e -> dragX = Double.NaN);
    }

    /** Called with a virtual time when the user clicks on a lane. */
    public void setOnSeekTime(LongConsumer handler) {
        onSeekTime = handler;
    }

    public TimeAxis axis() {
        return axis;
    }

    public void zoomIn() {
        setAxis(axis.zoom(ZOOM_STEP, axis.width() / 2));
    }

    public void zoomOut() {
        setAxis(axis.zoom(1 / ZOOM_STEP, axis.width() / 2));
    }

    public void pan(double dx) {
        setAxis(axis.pan(dx));
    }

    /** Shows the whole run. */
    public void fit() {
        setAxis(TimeAxis.fit(fitted == null ? 0 : fitted.endTime(), axis.width()));
    }

    /** Renders {@code timeline} as it stands at {@code position}: GIL band, thread lanes, core lanes. */
    public void show(Timeline timeline, int position, LocalizedMessages words) {
        show(timeline, position, words, true, true, java.util.List.of());
    }

    /**
     * Renders {@code timeline} at {@code position}, with or without the GIL band and core lanes,
     * plus {@code points} on the thread lanes (those at events up to {@code position}).
     */
    public void show(Timeline timeline, int position, LocalizedMessages words, boolean withGil, boolean withCores,
            List<LanePoint> points) {
        if (timeline != fitted) {
            fitted = timeline;
            axis = TimeAxis.fit(timeline.endTime(), axis.width());
        }
        long now = timeline.timeAt(position);
        getChildren().clear();
        tracks.clear();
        getChildren().add(row(new Label(words.text("lane.time")), axisTrack, "axis-row"));
        boolean first = true;
        for (LaneInfo process : withGil ? timeline.gils() : List.<LaneInfo>of()) {
            LaneTrack gil = track("gil-track");
            for (Segment s : timeline.gilSegments()) {
                if (s.lane() == process.id() && s.visibleAt(position)) {
                    gil.addInterval(segmentNode(s, s.detail(), "gil-segment", words, position, now), s.start(),
                            s.endAt(position, now));
                }
            }
            if (first) {
                // Drop requests and switches concern the main process's GIL (the only shared one).
                for (TimelineMark m : timeline.marks()) {
                    if (m.event() <= position) {
                        gil.addPoint(markNode(m, words, timeline), m.time());
                    }
                }
            }
            String name = timeline.gils().size() == 1 ? words.text("lane.gil")
                    : words.format("lane.gilOfProcess", String.valueOf(process.id()));
            getChildren().add(row(laneName(name, "lane-name-gil"), gil, "gil-row"));
            first = false;
        }
        for (LaneInfo thread : timeline.threads()) {
            LaneTrack t = track("thread-track");
            for (Segment s : timeline.threadSegments()) {
                if (s.lane() == thread.id() && s.visibleAt(position)) {
                    String text = s.detail().isEmpty() ? words.text(s.state().key()) : words.text(s.state().key()) + ": " + s.detail();
                    t.addInterval(segmentNode(s, text, s.state().styleClass(), words, position, now), s.start(),
                            s.endAt(position, now));
                }
            }
            for (LanePoint p : points) {
                if (p.lane() == thread.id() && p.event() <= position) {
                    Label mark = new Label(p.text());
                    mark.getStyleClass().addAll("lane-point", p.styleClass());
                    mark.setUserData(p);
                    Tooltip.install(mark, new Tooltip(p.tooltip()));
                    t.addPoint(mark, p.time());
                }
            }
            getChildren().add(row(laneName(thread.name(), "lane-name-thread"), t, "thread-row"));
        }
        for (LaneInfo core : withCores ? timeline.cores() : List.<LaneInfo>of()) {
            LaneTrack c = track("core-track");
            for (Segment s : timeline.coreSegments()) {
                if (s.lane() == core.id() && s.visibleAt(position)) {
                    c.addInterval(segmentNode(s, s.detail(), "core-segment", words, position, now), s.start(),
                            s.endAt(position, now));
                }
            }
            getChildren().add(row(laneName(words.format("lane.core", String.valueOf(core.id())), "lane-name-core"), c,
                    "core-row"));
        }
        for (LaneTrack t : tracks) {
            t.setCursorTime(position < 0 ? -1 : now);
        }
        setAxis(axis.reveal(now));
    }

    /** The lane tracks of the current rendering (GIL band first, then threads, then cores). */
    public List<LaneTrack> tracks() {
        return List.copyOf(tracks);
    }

    private void setAxis(TimeAxis value) {
        axis = value;
        axisTrack.setAxis(value);
        for (LaneTrack t : tracks) {
            t.setAxis(value);
        }
    }

    private LaneTrack track(String styleClass) {
        LaneTrack t = new LaneTrack();
        t.getStyleClass().add(styleClass);
        t.setAxis(axis);
        t.widthProperty().addListener((obs, old, w) -> {
            if (w.doubleValue() > 0 && Math.abs(w.doubleValue() - axis.width()) > 0.5) {
                setAxis(axis.withWidth(w.doubleValue()));
            }
        });
        t.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !dragged && onSeekTime != null) {
                onSeekTime.accept(axis.time(e.getX()));
            }
        });
        tracks.add(t);
        return t;
    }

    private static HBox row(Label name, javafx.scene.layout.Region track, String styleClass) {
        name.getStyleClass().add("lane-name");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(track, Priority.ALWAYS);
        HBox row = new HBox(name, track);
        row.getStyleClass().addAll("lane-row", styleClass);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label laneName(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static Node segmentNode(Segment s, String text, String styleClass, LocalizedMessages words, int position,
            long now) {
        SegmentBox node = new SegmentBox(s.state().glyph(), text);
        node.getStyleClass().addAll("lane-segment", styleClass);
        node.setUserData(s);
        Tooltip.install(node, new Tooltip(words.format("segment.tooltip", words.text(s.state().key()), text,
                TimeAxis.label(s.start()), TimeAxis.label(s.endAt(position, now)))));
        return node;
    }

    private static Node markNode(TimelineMark m, LocalizedMessages words, Timeline timeline) {
        Label label = new Label(m.kind().glyph());
        label.getStyleClass().addAll("timeline-mark", m.kind().styleClass());
        label.setUserData(m);
        Tooltip.install(label, new Tooltip(words.format("mark.tooltip", words.text(m.kind().key()),
                timeline.threadName(m.lane()), TimeAxis.label(m.time()))));
        return label;
    }

    private void scrolled(ScrollEvent e) {
        double anchor = e.getX() - (tracks.isEmpty() ? 0 : tracks.get(0).getLayoutX() + tracks.get(0).getParent().getLayoutX());
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            setAxis(axis.pan(-d));
        } else if (e.getDeltaY() != 0) {
            setAxis(axis.zoom(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, Math.max(0, anchor)));
        }
        e.consume();
    }
}
