package dev.encore.cli;

import dev.encore.engine.report.Ranking;
import dev.encore.engine.report.RankingText;
import dev.encore.engine.run.ExperimentRunner;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunOptions;
import dev.encore.engine.run.RunOutcome;
import dev.encore.engine.run.TrialExecutor;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ExperimentLoader;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code encore run SPEC}: runs every trial, writes the report, prints the ranking and says where the report is. */
@Command(name = "run", description = {
    "Runs an experiment and writes its report into reports/<name>/.",
    "Trials (each agent on each episode) run in parallel, on this machine or, with --master or under spark-submit, "
        + "on a Spark cluster. A run that was interrupted resumes where it stopped when run again.",
    "At the end it prints the ranking by final regret: each agent's mean and 95%% interval, and its difference to "
        + "the best agent paired by episode; =1 marks an agent the best cannot be told apart from."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SpecOptions options;

    @Option(names = "--trial-time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long one trial may run before it is failed and the run goes on without it, "
                    + "such as 90s or 10min (default: 1h).")
    Duration trialTimeLimit = RunOptions.DEFAULT_TRIAL_TIME_LIMIT;

    @Option(names = "--master", paramLabel = "URL",
            description = "Play the trials on this Spark master, such as local[4], spark://HOST:7077, yarn or "
                    + "k8s://https://HOST:443, in place of this machine's threads (needs Encore on Spark: see "
                    + "docs/spark.md). Under spark-submit, the default is spark-submit's master; otherwise, this "
                    + "machine's threads.")
    String master;

    @Mixin
    CommonOptions common;

    private final ExperimentLoader loader;
    private final TrialExecutor localExecutor;
    private final Set<ReportWriter> writers;
    private final Terminal terminal;

    @Inject
    RunCommand(ExperimentLoader loader, TrialExecutor localExecutor, Set<ReportWriter> writers, Terminal terminal) {
        this.loader = loader;
        this.localExecutor = localExecutor;
        this.writers = writers;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Optional<RemoteExecutors.Remote> remote = RemoteExecutors.onClassPath().forRun(master);
        ExperimentRunner runner = new ExperimentRunner(remote.map(RemoteExecutors.Remote::executor)
                .orElse(localExecutor), writers);
        Experiment experiment = options.load(loader);
        RunOptions runOptions = options.runOptions(experiment).withTrialTimeLimit(trialTimeLimit);
        PrintWriter err = spec.commandLine().getErr();
        TerminalProgress display = new TerminalProgress(err, terminal.interactive(),
                remote.map(RemoteExecutors.Remote::where));
        RunOutcome outcome;
        try {
            outcome = runner.run(experiment, runOptions, display);
        } finally {
            display.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary(outcome));
        out.println();
        // the run's result, in a pipe or a log as much as at a terminal
        RankingText.of(Ranking.of(outcome.results())).lines().forEach(out::println);
        out.println();
        out.println("Report: " + outcome.report());
        if (outcome.failed() > 0) {
            err.println(outcome.failed() + " of " + outcome.trials() + " trials failed: the report says why.");
            return ExitCodes.TRIALS_FAILED;
        }
        return ExitCodes.OK;
    }

    private static String summary(RunOutcome outcome) {
        StringBuilder text = new StringBuilder().append(outcome.trials()).append(" trials");
        if (outcome.resumed() > 0) {
            text.append(" (").append(outcome.resumed()).append(" resumed from an earlier run)");
        }
        return text.append(" in ")
                .append(String.format(Locale.ROOT, "%.1f s", outcome.elapsed().toMillis() / 1000.0))
                .append(outcome.failed() > 0 ? ", " + outcome.failed() + " failed" : "")
                .toString();
    }
}
