package dev.newsflow.streams;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams app with the lifecycle every newsflow service shares: logs its state
 * changes, shuts the client down (rather than looping) on an unexpected error, and closes
 * gracefully so exactly-once transactions are committed or aborted, never left hanging, and leaves
 * its group at once (a stopped service is not a member for another {@code session.timeout.ms}: its
 * partitions move to the other instances, and an application reset can run). Before it starts it
 * wipes local state whose changelogs were deleted by a reset ({@link LocalStateGuard}). While it
 * runs it logs a line of progress every minute ({@link ProgressReport}).
 */
public final class StreamsService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsService.class);
    private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final String name;
    private final KafkaStreams streams;
    private final LocalStateGuard localState;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch failed = new CountDownLatch(1);
    private final ProgressReport progress = new ProgressReport();
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress-report");
        t.setDaemon(true);
        return t;
    });

    public StreamsService(String name, Topology topology, Properties settings) {
        this.name = name;
        this.streams = new KafkaStreams(topology, settings);
        this.localState = new LocalStateGuard(name, settings);
        streams.setStateListener((now, before) -> {
            log.info("{}: {} -> {}", name, before, now);
            if (now == KafkaStreams.State.RUNNING && running.getCount() > 0) {
                running.countDown();
                try {
                    reporter.execute(localState::record); // off the stream thread: it asks the cluster
                } catch (RejectedExecutionException closing) {
                    log.debug("{}: closing; changelogs not recorded", name);
                }
            }
            if (now == KafkaStreams.State.ERROR) {
                failed.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            log.error("{}: stream thread failed; shutting the client down", name, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** Starts processing; returns at once. */
    public StreamsService start() {
        localState.cleanIfStale(streams);
        streams.start();
        reporter.scheduleAtFixedRate(this::report, REPORT_EVERY.toMillis(), REPORT_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    /** Waits until the app has its partitions and is processing. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until the app has failed for good (state ERROR); a service then exits so it can be restarted. */
    public void awaitFailure() throws InterruptedException {
        failed.await();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public String name() {
        return name;
    }

    private void report() {
        try {
            log.info("{}: {}", name, progress.next(streams.metrics()));
        } catch (RuntimeException e) {
            log.debug("{}: no progress report", name, e); // metrics are read while the client closes
        }
    }

    @Override
    public void close() {
        reporter.shutdownNow();
        if (!streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP))) {
            log.warn("{}: did not shut down within 30 s", name);
        }
    }
}
