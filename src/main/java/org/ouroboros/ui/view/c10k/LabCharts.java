package org.ouroboros.ui.view.c10k;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.TilePane;
import org.ouroboros.aio.lab.LabSample;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The lab's five live plots over seconds since the start: connections, throughput, latency
 * percentiles, threads and memory. Samples are kept for the last minute; the charts are redrawn
 * at most {@value #REDRAWS_PER_SECOND} times a second from at most {@value #POINTS} points per
 * series (each point the mean of its slice), because a chart's layout costs grow with its points
 * and the FX thread must keep its frame rate while 10,000 connections run. Charts never animate,
 * their axes move in round steps ({@link SteppedAxis}) and a redraw moves the existing points
 * instead of replacing them, so a redraw is a layout of the plot, not new nodes.
 */
final class LabCharts {
    /** Samples kept: one minute at ten samples a second. */
    static final int WINDOW = 600;
    /** Points drawn per series. */
    static final int POINTS = 120;
    static final int REDRAWS_PER_SECOND = 2;

    private final java.util.ArrayDeque<LabSample> kept = new java.util.ArrayDeque<>();
    private long lastRedrawNanos;
    private boolean dirty;

    private final TilePane pane = new TilePane();
    private final LineChart<Number, Number> connections = chart("c10k-chart-connections");
    private final LineChart<Number, Number> throughput = chart("c10k-chart-throughput");
    private final LineChart<Number, Number> latency = chart("c10k-chart-latency");
    private final LineChart<Number, Number> threads = chart("c10k-chart-threads");
    private final LineChart<Number, Number> memory = chart("c10k-chart-memory");
    private final XYChart.Series<Number, Number> held = series(connections);
    private final XYChart.Series<Number, Number> open = series(connections);
    private final XYChart.Series<Number, Number> requests = series(throughput);
    private final XYChart.Series<Number, Number> p50 = series(latency);
    private final XYChart.Series<Number, Number> p99 = series(latency);
    private final XYChart.Series<Number, Number> serverThreads = series(threads);
    private final XYChart.Series<Number, Number> jvmThreads = series(threads);
    private final XYChart.Series<Number, Number> resident = series(memory);
    private final XYChart.Series<Number, Number> heap = series(memory);

    LabCharts() {
        pane.getStyleClass().add("c10k-charts");
        pane.setPrefColumns(2);
        pane.getChildren().addAll(List.of(connections, throughput, latency, threads, memory));
    }

    TilePane node() {
        return pane;
    }

    private static LineChart<Number, Number> chart(String id) {
        LineChart<Number, Number> c = new LineChart<>(SteppedAxis.create(), SteppedAxis.create());
        c.setId(id);
        c.getStyleClass().add("c10k-chart");
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setPrefSize(520, 250);
        c.setMinSize(300, 180);
        return c;
    }

    private static XYChart.Series<Number, Number> series(LineChart<Number, Number> chart) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        chart.getData().add(s);
        return s;
    }

    void texts(LocalizedMessages words) {
        connections.setTitle(words.text("c10k.chart.connections"));
        throughput.setTitle(words.text("c10k.chart.throughput"));
        latency.setTitle(words.text("c10k.chart.latency"));
        threads.setTitle(words.text("c10k.chart.threads"));
        memory.setTitle(words.text("c10k.chart.memory"));
        held.setName(words.text("c10k.series.held"));
        open.setName(words.text("c10k.series.open"));
        requests.setName(words.text("c10k.series.requests"));
        p50.setName(words.text("c10k.series.p50"));
        p99.setName(words.text("c10k.series.p99"));
        serverThreads.setName(words.text("c10k.series.serverThreads"));
        jvmThreads.setName(words.text("c10k.series.jvmThreads"));
        resident.setName(words.text("c10k.series.resident"));
        heap.setName(words.text("c10k.series.heap"));
        for (LineChart<Number, Number> c : List.of(connections, throughput, latency, threads, memory)) {
            c.getXAxis().setLabel(words.text("c10k.axis.seconds"));
        }
    }

    void clear() {
        kept.clear();
        for (XYChart.Series<Number, Number> s : List.of(held, open, requests, p50, p99, serverThreads, jvmThreads, resident, heap)) {
            s.getData().clear();
        }
    }

    /** Keeps a batch of samples; redraws when the last redraw is old enough (or {@code force}: the run ended). */
    void add(List<LabSample> samples, boolean force) {
        kept.addAll(samples);
        while (kept.size() > WINDOW) {
            kept.removeFirst();
        }
        dirty = true;
        long now = System.nanoTime();
        if (force || now - lastRedrawNanos >= 1_000_000_000L / REDRAWS_PER_SECOND) {
            lastRedrawNanos = now;
            redraw();
        }
    }

    private void redraw() {
        if (!dirty) {
            return;
        }
        dirty = false;
        List<LabSample> all = new java.util.ArrayList<>(kept);
        int per = Math.max(1, (all.size() + POINTS - 1) / POINTS);
        List<List<XYChart.Data<Number, Number>>> points = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            points.add(new java.util.ArrayList<>());
        }
        for (int from = 0; from < all.size(); from += per) {
            List<LabSample> slice = all.subList(from, Math.min(all.size(), from + per));
            double t = slice.get(slice.size() - 1).elapsedMillis() / 1000.0;
            LabSample last = slice.get(slice.size() - 1);
            add(points.get(0), t, last.serverHeld());
            add(points.get(1), t, last.clientOpen());
            add(points.get(2), t, mean(slice, LabSample::requestsPerSecond));
            List<LabSample> answered = slice.stream().filter(s -> s.requestsPerSecond() > 0).collect(java.util.stream.Collectors.toList());
            if (!answered.isEmpty()) {
                add(points.get(3), t, mean(answered, LabSample::p50Micros) / 1000.0);
                add(points.get(4), t, answered.stream().mapToDouble(LabSample::p99Micros).max().orElse(0) / 1000.0);
            }
            add(points.get(5), t, last.serverThreads());
            add(points.get(6), t, last.jvmThreads());
            add(points.get(7), t, last.residentBytes() / 1e6);
            add(points.get(8), t, last.heapUsedBytes() / 1e6);
        }
        List<XYChart.Series<Number, Number>> series = List.of(held, open, requests, p50, p99, serverThreads, jvmThreads, resident, heap);
        for (int i = 0; i < series.size(); i++) {
            move(series.get(i), points.get(i));
        }
        double from = all.isEmpty() ? 0 : all.get(0).elapsedMillis() / 1000.0;
        double to = all.isEmpty() ? 0 : all.get(all.size() - 1).elapsedMillis() / 1000.0;
        for (LineChart<Number, Number> c : List.of(connections, throughput, latency, threads, memory)) {
            SteppedAxis.fitSeconds((NumberAxis) c.getXAxis(), from, to);
        }
        int target = all.isEmpty() ? 0 : all.get(all.size() - 1).target();
        SteppedAxis.fitFromZero((NumberAxis) connections.getYAxis(), Math.max(target, max(points, 0, 1)));
        SteppedAxis.fitFromZero((NumberAxis) throughput.getYAxis(), max(points, 2));
        SteppedAxis.fitFromZero((NumberAxis) latency.getYAxis(), max(points, 3, 4));
        SteppedAxis.fitFromZero((NumberAxis) threads.getYAxis(), max(points, 5, 6));
        SteppedAxis.fitFromZero((NumberAxis) memory.getYAxis(), max(points, 7, 8));
    }

    /** Gives the series the new points: moves the ones it has, adds or drops only the difference (no nodes replaced). */
    private static void move(XYChart.Series<Number, Number> series, List<XYChart.Data<Number, Number>> points) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        int common = Math.min(data.size(), points.size());
        for (int i = 0; i < common; i++) {
            XYChart.Data<Number, Number> d = data.get(i);
            XYChart.Data<Number, Number> p = points.get(i);
            if (!d.getXValue().equals(p.getXValue())) {
                d.setXValue(p.getXValue());
            }
            if (!d.getYValue().equals(p.getYValue())) {
                d.setYValue(p.getYValue());
            }
        }
        if (points.size() > common) {
            data.addAll(points.subList(common, points.size()));
        } else if (data.size() > common) {
            data.remove(common, data.size());
        }
    }

    private static double max(List<List<XYChart.Data<Number, Number>>> points, int... series) {
        double m = 0;
        for (int i : series) {
            for (XYChart.Data<Number, Number> d : points.get(i)) {
                m = Math.max(m, d.getYValue().doubleValue());
            }
        }
        return m;
    }

    private static void add(List<XYChart.Data<Number, Number>> to, double x, double y) {
        to.add(new XYChart.Data<>(x, y));
    }

    private static double mean(List<LabSample> slice, java.util.function.ToDoubleFunction<LabSample> f) {
        return slice.stream().mapToDouble(f).average().orElse(0);
    }

    /** Points in the connections chart's first series (for tests). */
    int points() {
        return held.getData().size();
    }

    /** The connections-held series as (seconds, connections) pairs (for tests). */
    List<double[]> heldPoints() {
        return held.getData().stream().map(d -> new double[] {d.getXValue().doubleValue(), d.getYValue().doubleValue()}).toList();
    }

    /** The connections chart's y axis upper bound (for tests). */
    double connectionsAxisTop() {
        return ((NumberAxis) connections.getYAxis()).getUpperBound();
    }
}
