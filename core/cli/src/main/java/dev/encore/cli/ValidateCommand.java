package dev.encore.cli;

import dev.encore.engine.run.ExperimentRunner;
import dev.encore.engine.run.RunOptions;
import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.spec.Condition;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ExperimentLoader;
import dev.encore.engine.spec.ResolvedSpec;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code encore validate SPEC}: everything {@code run} checks before its first trial, and nothing more. */
@Command(name = "validate", description = {
    "Checks an experiment without running a trial.",
    "Checks the spec, its environment, its agents and their plugins, the report folder and the memory the trials "
        + "need, then prints the spec with every default filled in, and the trials it makes: with sweeps, every "
        + "condition and agent variant."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SpecOptions options;

    @Mixin
    CommonOptions common;

    private final ExperimentLoader loader;
    private final ExperimentRunner runner;

    @Inject
    ValidateCommand(ExperimentLoader loader, ExperimentRunner runner) {
        this.loader = loader;
        this.runner = runner;
    }

    @Override
    public Integer call() {
        Experiment experiment = options.load(loader);
        RunOptions runOptions = options.runOptions(experiment);
        Path folder = runOptions.outputDirectory();
        runner.check(experiment, runOptions);
        experiment.warnings().forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
        PrintWriter out = spec.commandLine().getOut();
        out.print(ResolvedSpec.yaml(experiment));
        boolean swept = experiment.grid().hasSweeps();
        if (experiment.conditions().size() > 1) {
            out.println("conditions: " + String.join("; ", experiment.conditions().stream().map(Condition::label)
                    .toList()));
        }
        if (swept) {
            out.println("agents: " + String.join("; ", experiment.agents().stream().map(AgentChoice::label)
                    .toList()));
        }
        int conditions = experiment.conditions().size();
        int agents = experiment.agents().size();
        out.println("ok: " + (swept ? count(conditions, "condition") + " x " : "") + count(agents, "agent")
                + " x " + count(experiment.episodes(), "episode") + " = " + experiment.trials()
                + " trials; the report would go to " + folder);
        return ExitCodes.OK;
    }

    private static String count(int count, String what) {
        return count + " " + what + (count == 1 ? "" : "s");
    }
}
