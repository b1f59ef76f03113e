package dev.encore.engine.report;

import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code episodes.csv}: one row per trial, by agent then episode, with its status and, for a failed trial, why.
 * Every column depends only on the resolved spec; measurements of speed go to {@code timings.csv}.
 */
public final class EpisodesCsv implements ReportWriter {

    static final String[] HEADER = {"label", "agent", "episode", "environment_seed", "agent_seed", "status",
        "message", "steps", "final_regret", "final_reward"};

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        CsvFiles.write(folder.resolve(ReportFiles.EPISODES_CSV), HEADER, printer -> {
            for (TrialResult trial : report.results()) {
                printer.printRecord(trial.plan().label(), trial.plan().agentName(), trial.plan().episode(),
                        trial.plan().environmentSeed(), trial.plan().agentSeed(), trial.status().word(),
                        trial.message(), Numbers.count(trial.steps()), Numbers.format(trial.finalRegret()),
                        Numbers.format(trial.finalReward()));
            }
        });
    }
}
