package dev.encore.engine.report;

import dev.encore.engine.report.Ranking.Standing;
import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code summary.csv}: one row per agent, in the spec's order (per agent variant and condition, with sweeps, whose
 * values fill the {@link SweepColumns}; see {@link AgentSummary}), then its place in the {@link Ranking}: rank, the episodes it is over, the paired difference to the best agent with its 95% interval, and
 * whether that interval contains 0. Every column depends only on the resolved spec; measurements of speed go to
 * {@code timings.csv}.
 */
public final class SummaryCsv implements ReportWriter {

    static final String[] HEADER = {"label", "agent", "episodes", "failed", "mean_final_regret",
        "final_regret_ci95", "mean_final_reward", "mean_steps", "rank", "ranked_episodes", "diff_to_best",
        "diff_to_best_ci95", "tied_with_best"};

    /** Where the sweep columns go: after the agent's label and name. */
    private static final int SWEEPS_AT = 2;

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        Ranking ranking = Ranking.of(report);
        SweepColumns sweeps = SweepColumns.of(report.experiment().grid());
        List<AgentRow> rows = report.rows();
        List<AgentSummary> summaries = AgentSummary.of(report);
        CsvFiles.write(folder.resolve(ReportFiles.SUMMARY_CSV), sweeps.header(HEADER, SWEEPS_AT), printer -> {
            for (int a = 0; a < summaries.size(); a++) {
                AgentSummary agent = summaries.get(a);
                Standing standing = ranking.of(a);
                printer.printRecord(sweeps.record(rows.get(a), SWEEPS_AT, agent.label(), agent.agent(),
                        agent.episodes(), agent.failed(), Numbers.format(agent.finalRegret().mean()),
                        Numbers.format(agent.finalRegret().halfWidth()), Numbers.format(agent.meanFinalReward()),
                        Numbers.format(agent.meanSteps()),
                        standing.ranked() ? Integer.toString(standing.rank()) : "",
                        standing.ranked() ? Integer.toString(standing.finalRegret().count()) : "",
                        Numbers.format(standing.differenceToBest().mean()),
                        Numbers.format(standing.differenceToBest().halfWidth()),
                        tied(standing)));
            }
        });
    }

    /** true or false against the best; empty for the best itself, without an interval, or unranked. */
    private static String tied(Standing standing) {
        return switch (standing.verdict()) {
            case TIED -> "true";
            case WORSE -> "false";
            default -> "";
        };
    }
}
