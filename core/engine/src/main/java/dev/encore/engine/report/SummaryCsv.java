package dev.encore.engine.report;

import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code summary.csv}: one row per agent, in the spec's order (see {@link AgentSummary}). Every column depends only
 * on the resolved spec; measurements of speed go to {@code timings.csv}.
 */
public final class SummaryCsv implements ReportWriter {

    static final String[] HEADER = {"label", "agent", "episodes", "failed", "mean_final_regret",
        "final_regret_ci95", "mean_final_reward", "mean_steps"};

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        CsvFiles.write(folder.resolve(ReportFiles.SUMMARY_CSV), HEADER, printer -> {
            for (AgentSummary agent : AgentSummary.of(report)) {
                printer.printRecord(agent.label(), agent.agent(), agent.episodes(), agent.failed(),
                        Numbers.format(agent.finalRegret().mean()), Numbers.format(agent.finalRegret().halfWidth()),
                        Numbers.format(agent.meanFinalReward()), Numbers.format(agent.meanSteps()));
            }
        });
    }
}
