package dev.encore.engine.report;

import dev.encore.engine.metrics.TrialLatencies;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code episodes.csv}: one row per trial, by agent then episode, with its status and, for a failed trial, why.
 * The last eight columns are measurements of speed, which vary from run to run; every other column depends only on
 * the spec.
 */
public final class EpisodesCsv implements ReportWriter {

    static final String[] HEADER = {"label", "agent", "episode", "environment_seed", "agent_seed", "status",
        "message", "steps", "final_regret", "final_reward", "wall_time_s", "steps_per_second", "recommend_p50_ns",
        "recommend_p99_ns", "learn_p50_ns", "learn_p99_ns", "step_p50_ns", "step_p99_ns"};

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        CsvFiles.write(folder.resolve(ReportFiles.EPISODES_CSV), HEADER, printer -> {
            for (TrialResult trial : report.results()) {
                TrialLatencies latencies = trial.latencies();
                printer.printRecord(trial.plan().label(), trial.plan().agentName(), trial.plan().episode(),
                        trial.plan().environmentSeed(), trial.plan().agentSeed(), trial.status().word(),
                        trial.message(), Numbers.count(trial.steps()), Numbers.format(trial.finalRegret()),
                        Numbers.format(trial.finalReward()), Numbers.format(trial.wallNanos() / 1e9),
                        Numbers.format(trial.stepsPerSecond()),
                        Numbers.format(latencies.recommend().p50Nanos()),
                        Numbers.format(latencies.recommend().p99Nanos()),
                        Numbers.format(latencies.learn().p50Nanos()), Numbers.format(latencies.learn().p99Nanos()),
                        Numbers.format(latencies.step().p50Nanos()), Numbers.format(latencies.step().p99Nanos()));
            }
        });
    }
}
