package dev.encore.engine.report;

import dev.encore.engine.run.Curve;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code curves.csv}, tidy: one row per recorded step of every successful trial, by agent, episode and step, with
 * the cumulative regret and reward so far.
 */
public final class CurvesCsv implements ReportWriter {

    static final String[] HEADER = {"label", "episode", "step", "cumulative_regret", "cumulative_reward"};

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        CsvFiles.write(folder.resolve(ReportFiles.CURVES_CSV), HEADER, printer -> {
            for (TrialResult trial : report.results()) {
                Curve curve = trial.curve();
                for (int i = 0; i < curve.size(); i++) {
                    printer.printRecord(trial.plan().label(), trial.plan().episode(), curve.step(i),
                            Numbers.format(curve.cumulativeRegret(i)), Numbers.format(curve.cumulativeReward(i)));
                }
            }
        });
    }
}
