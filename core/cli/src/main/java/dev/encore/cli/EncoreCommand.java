package dev.encore.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code encore}: the root of the subcommands. A new subcommand is one more class in the list below. */
@Command(name = "encore",
        description = "Compares recommendation bandits on a simulated music-streaming platform.",
        mixinStandardHelpOptions = true,
        versionProvider = EncoreVersion.class,
        subcommands = {RunCommand.class, ValidateCommand.class, AgentsCommand.class, DataCommand.class})
final class EncoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code encore} alone: what there is to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
