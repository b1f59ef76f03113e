package dev.encore.engine.report;

import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.Curve;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code curves.csv}, tidy: one row per recorded step of every successful trial, by agent (and condition, with
 * sweeps, whose values fill the {@link SweepColumns}), episode and step, with the cumulative regret and reward so
 * far.
 */
public final class CurvesCsv implements ReportWriter {

    static final String[] HEADER = {"label", "episode", "step", "cumulative_regret", "cumulative_reward"};

    /** Where the sweep columns go: after the agent's label. */
    private static final int SWEEPS_AT = 1;

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        SweepColumns sweeps = SweepColumns.of(report.experiment().grid());
        CsvFiles.write(folder.resolve(ReportFiles.CURVES_CSV), sweeps.header(HEADER, SWEEPS_AT), printer -> {
            for (AgentRow row : report.rows()) {
                for (TrialResult trial : row.results()) {
                    Curve curve = trial.curve();
                    for (int i = 0; i < curve.size(); i++) {
                        printer.printRecord(sweeps.record(row, SWEEPS_AT, trial.plan().label(),
                                trial.plan().episode(), curve.step(i), Numbers.format(curve.cumulativeRegret(i)),
                                Numbers.format(curve.cumulativeReward(i))));
                    }
                }
            }
        });
    }
}
