package dev.encore.cli;

import dev.encore.engine.run.RunOptions;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ExperimentLoader;
import dev.encore.engine.spec.Overrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The spec, what the command line changes about it and how it would run: shared by {@code run} and {@code validate},
 * so that {@code validate} checks what {@code run} would.
 */
final class SpecOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The experiment's YAML file.")
    Path spec;

    @Option(names = "--episodes", paramLabel = "N", description = "Episodes per agent, in place of the spec's.")
    Long episodes;

    @Option(names = "--steps", paramLabel = "N|all", description = "Steps per episode, in place of the spec's.")
    String steps;

    @Option(names = "--seed", paramLabel = "N", description = "The experiment's seed, in place of the spec's.")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "The report folder (default: reports/<name>/).")
    Path out;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Another plugin folder or jar, besides the distribution's, ~/.encore/plugins and the "
                    + "spec's (repeatable).")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--max-trials", paramLabel = "N",
            description = "The most trials (conditions x agents x episodes) the spec's sweeps may make (default: "
                    + "${DEFAULT-VALUE}).")
    long maxTrials = ExperimentLoader.DEFAULT_MAX_TRIALS;

    @Option(names = "--fresh",
            description = "Start over in a report folder that holds another run, deleting its trials and reports.")
    boolean fresh;

    @Option(names = "--threads", paramLabel = "N",
            description = "Trials run at once (default: one per core, here ${DEFAULT-VALUE}); the memory they need "
                    + "is checked before the first.")
    int threads = RunOptions.defaultThreads();

    Overrides overrides() {
        return Overrides.of(episodes, steps, seed);
    }

    /**
     * The experiment the spec and the options describe.
     *
     * @throws BadOptionValue when {@code --max-trials} is below 1
     */
    Experiment load(ExperimentLoader loader) {
        if (maxTrials < 1) {
            throw new BadOptionValue(command.commandLine(),
                    "--max-trials: " + maxTrials + " is out of range: allowed an integer >= 1");
        }
        return loader.load(spec, overrides(), plugins, maxTrials);
    }

    /**
     * The run's options: the report folder, the threads, fresh or not.
     *
     * @throws BadOptionValue when {@code --threads} is below 1
     */
    RunOptions runOptions(Experiment experiment) {
        if (threads < 1) {
            throw new BadOptionValue(command.commandLine(),
                    "--threads: " + threads + " is out of range: allowed an integer >= 1");
        }
        return new RunOptions(outputFolder(experiment), threads, fresh);
    }

    /** {@code --out}, or {@code reports/<name>/} in the current folder. */
    Path outputFolder(Experiment experiment) {
        return out != null ? out : Path.of("reports", experiment.name());
    }
}
