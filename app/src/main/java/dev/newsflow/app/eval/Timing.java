package dev.newsflow.app.eval;

import java.util.Arrays;

/** Per-page times in milliseconds: median and mean. */
record Timing(double median, double mean) {

    static Timing of(double[] ms) {
        if (ms.length == 0) {
            return new Timing(0, 0);
        }
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return new Timing(median, Arrays.stream(s).average().orElse(0));
    }

    /** Median of one page's repeated measurements, in ms. */
    static double medianOf(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("median %.2f ms, mean %.2f ms", median, mean);
    }
}
