package dev.encore.engine.report;

import dev.encore.engine.metrics.TrialLatencies;
import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code timings.csv}: how fast each trial ran, one row per trial in the order of {@code episodes.csv}, with the same
 * {@link SweepColumns}. The one report file that measures the machine rather than the agents, so the only one that
 * differs between two runs of the same spec.
 */
public final class TimingsCsv implements ReportWriter {

    static final String[] HEADER = {"label", "episode", "status", "steps", "wall_time_s", "steps_per_second",
        "recommend_p50_ns", "recommend_p99_ns", "learn_p50_ns", "learn_p99_ns", "step_p50_ns", "step_p99_ns"};

    /** Where the sweep columns go: after the agent's label. */
    private static final int SWEEPS_AT = 1;

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        SweepColumns sweeps = SweepColumns.of(report.experiment().grid());
        CsvFiles.write(folder.resolve(ReportFiles.TIMINGS_CSV), sweeps.header(HEADER, SWEEPS_AT), printer -> {
            for (AgentRow row : report.rows()) {
                for (TrialResult trial : row.results()) {
                    TrialLatencies latencies = trial.latencies();
                    printer.printRecord(sweeps.record(row, SWEEPS_AT, trial.plan().label(), trial.plan().episode(),
                            trial.status().word(), Numbers.count(trial.steps()),
                            Numbers.format(trial.wallNanos() / 1e9), Numbers.format(trial.stepsPerSecond()),
                            Numbers.format(latencies.recommend().p50Nanos()),
                            Numbers.format(latencies.recommend().p99Nanos()),
                            Numbers.format(latencies.learn().p50Nanos()),
                            Numbers.format(latencies.learn().p99Nanos()),
                            Numbers.format(latencies.step().p50Nanos()),
                            Numbers.format(latencies.step().p99Nanos())));
                }
            }
        });
    }
}
