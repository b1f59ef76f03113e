package dev.encore.engine.report;

import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code summary.csv}: one row per agent, in the spec's order (see {@link AgentSummary}). The last eight columns
 * are measurements of speed, which vary from run to run; every other column depends only on the spec.
 */
public final class SummaryCsv implements ReportWriter {

    static final String[] HEADER = {"label", "agent", "episodes", "failed", "mean_final_regret",
        "final_regret_ci95", "mean_final_reward", "mean_steps", "steps_per_second", "recommend_p50_ns",
        "recommend_p99_ns", "learn_p50_ns", "learn_p99_ns", "step_p50_ns", "step_p99_ns"};

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        CsvFiles.write(folder.resolve(ReportFiles.SUMMARY_CSV), HEADER, printer -> {
            for (AgentSummary agent : AgentSummary.of(report)) {
                printer.printRecord(agent.label(), agent.agent(), agent.episodes(), agent.failed(),
                        Numbers.format(agent.finalRegret().mean()), Numbers.format(agent.finalRegret().halfWidth()),
                        Numbers.format(agent.meanFinalReward()), Numbers.format(agent.meanSteps()),
                        Numbers.format(agent.stepsPerSecond()),
                        Numbers.format(agent.recommend().p50Nanos()), Numbers.format(agent.recommend().p99Nanos()),
                        Numbers.format(agent.learn().p50Nanos()), Numbers.format(agent.learn().p99Nanos()),
                        Numbers.format(agent.step().p50Nanos()), Numbers.format(agent.step().p99Nanos()));
            }
        });
    }
}
