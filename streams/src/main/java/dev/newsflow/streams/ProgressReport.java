package dev.newsflow.streams;

import java.util.Map;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * One log line on what a Streams app has done since the last report: records processed and records
 * Kafka Streams dropped (late for their window, or unreadable timestamps). Kafka Streams would log
 * each dropped record at WARN, which floods the log in a fast replay; the logging config turns that
 * off and this count, taken from the same {@code dropped-records-total} metric, takes its place.
 */
final class ProgressReport {

    private double processed;
    private double dropped;

    /** The line for the metrics now, relative to the previous call. */
    String next(Map<MetricName, ? extends Metric> metrics) {
        double processedNow = sum(metrics, "stream-thread-metrics", "process-total");
        double droppedNow = sum(metrics, "stream-task-metrics", "dropped-records-total");
        String line = String.format("processed %,d records (%,d since the last report), dropped %,d late or"
                        + " unreadable records (%,d since the last report)",
                (long) processedNow, (long) (processedNow - processed), (long) droppedNow,
                (long) (droppedNow - dropped));
        processed = processedNow;
        dropped = droppedNow;
        return line;
    }

    private static double sum(Map<MetricName, ? extends Metric> metrics, String group, String name) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            if (e.getKey().group().equals(group) && e.getKey().name().equals(name)
                    && e.getValue().metricValue() instanceof Number n && !Double.isNaN(n.doubleValue())) {
                total += n.doubleValue();
            }
        }
        return total;
    }
}
