package dev.newsflow.app;

import java.io.PrintStream;

import dev.newsflow.ingest.warc.WarcReplay;

/**
 * A one-line progress display for long replays: a bar over the input files and running counts,
 * redrawn at most five times a second on standard error (standard output stays clean for pipes).
 */
final class ProgressLine implements WarcReplay.Progress {

    private static final int WIDTH = 24;
    private final PrintStream err;
    private long lastDraw;
    private int fileIndex;
    private int files = 1;
    private boolean drawn;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    @Override
    public void file(int index, int total, java.nio.file.Path file) {
        fileIndex = index;
        files = Math.max(1, total);
    }

    @Override
    public void update(long pages, long articles, long failures, String current) {
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int filled = (int) Math.round(WIDTH * (double) Math.min(fileIndex + 1, files) / files);
        err.printf("\r[%s%s] file %d/%d · %d pages · %d articles · %d failures   ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.min(fileIndex + 1, files), files, pages, articles, failures);
        err.flush();
    }

    void finish() {
        if (drawn) {
            err.println();
        }
    }
}
