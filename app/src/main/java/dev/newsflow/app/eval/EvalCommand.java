package dev.newsflow.app.eval;

import picocli.CommandLine.Command;

/** {@code newsflow eval}: quality scores of cleaning, entities and claims against benchmark and gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score newsflow against a benchmark.",
        subcommands = {AebEvalCommand.class, ReadabilityEvalCommand.class, NerEvalCommand.class, ClaimsEvalCommand.class})
public final class EvalCommand {
}
