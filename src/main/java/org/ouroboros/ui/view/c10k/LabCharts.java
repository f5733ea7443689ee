package org.ouroboros.ui.view.c10k;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.TilePane;
import org.ouroboros.aio.lab.LabSample;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The lab's five live plots over seconds since the start: connections, throughput, latency
 * percentiles, threads and memory. Each keeps a sliding window of points; charts never animate,
 * so a sample costs a few point insertions and one layout.
 */
final class LabCharts {
    /** Points kept per series: one minute at ten samples a second. */
    static final int WINDOW = 600;

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
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> c = new LineChart<>(x, y);
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
        for (XYChart.Series<Number, Number> s : List.of(held, open, requests, p50, p99, serverThreads, jvmThreads, resident, heap)) {
            s.getData().clear();
        }
    }

    /** Adds a batch of samples (one FX pulse's worth) to every series. */
    void add(List<LabSample> samples) {
        for (LabSample s : samples) {
            double t = s.elapsedMillis() / 1000.0;
            point(held, t, s.serverHeld());
            point(open, t, s.clientOpen());
            point(requests, t, s.requestsPerSecond());
            if (s.requestsPerSecond() > 0) {
                point(p50, t, s.p50Micros() / 1000.0);
                point(p99, t, s.p99Micros() / 1000.0);
            }
            point(serverThreads, t, s.serverThreads());
            point(jvmThreads, t, s.jvmThreads());
            point(resident, t, s.residentBytes() / 1e6);
            point(heap, t, s.heapUsedBytes() / 1e6);
        }
    }

    private static void point(XYChart.Series<Number, Number> s, double x, double y) {
        s.getData().add(new XYChart.Data<>(x, y));
        if (s.getData().size() > WINDOW) {
            s.getData().remove(0, s.getData().size() - WINDOW);
        }
    }

    /** Points in the connections chart's first series (for tests). */
    int points() {
        return held.getData().size();
    }
}
