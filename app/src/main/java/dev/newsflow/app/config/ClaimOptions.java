package dev.newsflow.app.config;

import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.claims.ClaimModels;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How sure the figure model must be before it takes a figure the grammar passed over, shared by the commands that
 * extract claims ({@code enrich}, {@code extract}, {@code reprocess}): the one dial between a missed figure and a
 * false alert, so a newsroom can trade recall for precision (docs/BENCHMARKS.md measures both along it).
 */
public final class ClaimOptions {

    /** The environment variable that sets the threshold when the flag is not given. */
    public static final String ENV = "NEWSFLOW_CLAIM_THRESHOLD";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private double threshold = ClaimModels.DEFAULT_THRESHOLD;

    @Option(names = "--claim-threshold", paramLabel = "P",
            defaultValue = "${env:" + ENV + ":-" + ClaimModels.DEFAULT_THRESHOLD + "}",
            description = "Probability above which the figure model takes a figure the grammar passed over: higher"
                    + " means fewer false alerts and more missed figures (default: $" + ENV + ", else "
                    + ClaimModels.DEFAULT_THRESHOLD + "). enrich and reprocess must use the same value.")
    void threshold(double p) {
        if (!(p > 0 && p < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--claim-threshold (or $" + ENV + ") must be above 0 and below 1, not " + p);
        }
        threshold = p;
    }

    /** The extractor with the bundled grammar and models at this threshold. Build once and share. */
    public ClaimExtractor extractor() {
        return ClaimExtractor.withModels(ClaimModels.bundled().withThreshold(threshold));
    }
}
