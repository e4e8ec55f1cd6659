package dev.newsflow.app.nlp;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow extract --conll FILE}. Stand-in until the claims/entities {@code extract} command
 * lands: that command takes {@link ExtractConllOption} as a mixin and this class goes.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Offline extraction. --conll FILE: entity tags for a CoNLL file.")
public final class ExtractCommand implements Callable<Integer> {

    @Mixin
    ExtractConllOption conll;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!conll.isSet()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --conll FILE");
        }
        return conll.run();
    }
}
