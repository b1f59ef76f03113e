package dev.encore.engine.report;

import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code episodes.csv}: one row per trial, by agent (by condition, then agent variant, with sweeps, whose values fill
 * the {@link SweepColumns}) then episode, with its status and, for a failed trial, why. Every column depends only on
 * the resolved spec; measurements of speed go to {@code timings.csv}.
 */
public final class EpisodesCsv implements ReportWriter {

    static final String[] HEADER = {"label", "agent", "episode", "environment_seed", "agent_seed", "status",
        "message", "steps", "final_regret", "final_reward"};

    /** Where the sweep columns go: after the agent's label and name. */
    private static final int SWEEPS_AT = 2;

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        SweepColumns sweeps = SweepColumns.of(report.experiment().grid());
        CsvFiles.write(folder.resolve(ReportFiles.EPISODES_CSV), sweeps.header(HEADER, SWEEPS_AT), printer -> {
            for (AgentRow row : report.rows()) {
                for (TrialResult trial : row.results()) {
                    printer.printRecord(sweeps.record(row, SWEEPS_AT, trial.plan().label(),
                            trial.plan().agentName(), trial.plan().episode(), trial.plan().environmentSeed(),
                            trial.plan().agentSeed(), trial.status().word(), trial.message(),
                            Numbers.count(trial.steps()), Numbers.format(trial.finalRegret()),
                            Numbers.format(trial.finalReward())));
                }
            }
        });
    }
}
