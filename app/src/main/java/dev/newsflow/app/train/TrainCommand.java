package dev.newsflow.app.train;

import picocli.CommandLine.Command;

/** {@code newsflow train}: fits the learned parts of the NLP from annotated data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit a learned model from annotated data.",
        subcommands = {ClaimsTrainCommand.class})
public final class TrainCommand {
}
