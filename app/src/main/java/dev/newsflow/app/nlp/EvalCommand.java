package dev.newsflow.app.nlp;

import picocli.CommandLine.Command;

/**
 * {@code newsflow eval}: offline scores. Holds {@code ner} here; other scorers ({@code claims})
 * join as further subcommands.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score extraction against gold data.",
        subcommands = {EvalNerCommand.class})
public final class EvalCommand {
}
