package dev.encore.engine.report;

import dev.encore.engine.metrics.Latency;
import dev.encore.engine.metrics.TrialTimers;
import dev.encore.engine.report.Ranking.Standing;
import dev.encore.engine.report.ReportPage.AgentRow;
import dev.encore.engine.report.ReportPage.Fact;
import dev.encore.engine.report.ReportPage.FailedTrial;
import dev.encore.engine.report.ReportPage.FailureNotice;
import dev.encore.engine.report.ReportPage.RankingRow;
import dev.encore.engine.run.AtomicFiles;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ResolvedSpec;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code report.html}: one self-contained page (uPlot and every style inlined, no network access) with the run's
 * warnings, a banner when trials failed, the ranking with paired differences to the best agent, the cumulative
 * regret and reward of every agent (mean and 95% band), the spread of final regrets, with sweeps final regret
 * against each swept value, speed, failed trials, the resolved spec and provenance. The page is the template
 * {@code src/main/jte/report.jte}, compiled with the engine (no template compiler at run time), which escapes every
 * string it is given; the charts' data travels as JSON in a
 * {@code <script type="application/json">} element.
 */
public final class HtmlReport implements ReportWriter {

    /** How failed trials are treated: said under the banner whenever some failed. */
    static final String FAILURE_POLICY = "Failed trials are left out of every chart and figure. The ranking uses "
            + "only the episodes in which every ranked agent succeeded, so that its comparisons stay paired; an agent "
            + "without a successful episode is not ranked. Running the same spec again plays the failed trials again.";

    /** Templates compiled by the build into this package; loaded with this class's loader. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlReport.class.getClassLoader(), HtmlReport.class.getPackageName());

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve(ReportFiles.REPORT_HTML), render(report));
    }

    /** The page. */
    public String render(RunReport report) {
        return render(page(report));
    }

    static String render(ReportPage page) {
        StringOutput output = new StringOutput();
        TEMPLATES.render("report.jte", page, output);
        return output.toString();
    }

    static ReportPage page(RunReport report) {
        Experiment experiment = report.experiment();
        Ranking ranking = Ranking.of(report);
        List<AgentSummary> summaries = AgentSummary.of(report);
        List<RankingRow> rankingRows = new ArrayList<>();
        List<AgentRow> agentRows = new ArrayList<>();
        for (Standing standing : ranking.standings()) {
            int a = standing.agentIndex();
            SeriesStyle style = SeriesStyle.of(a);
            rankingRows.add(new RankingRow(ranking.rankText(standing), standing.label(), standing.agent(), style,
                    Figures.estimate(standing.finalRegret(), false, "±", "–"), versusBest(standing),
                    ranking.sharesRankOne(standing), standing.ranked()));
            AgentSummary summary = summaries.get(a);
            agentRows.add(new AgentRow(standing.label(), style, summary.episodes(), summary.failed(),
                    Figures.number(summary.meanFinalReward(), 1, "–"),
                    Figures.number(summary.stepsPerSecond(), 0, "–"),
                    latency(summary.recommend()), latency(summary.learn()), latency(summary.step())));
        }
        String uplotVersion = UPlot.version();
        SweepCharts sweeps = SweepCharts.of(report);
        return new ReportPage(experiment.name(), lead(experiment), report.warnings(), failureNotices(report),
                FAILURE_POLICY, rankingRows, ranking.notes(), agentRows, TrialTimers.SAMPLE_EVERY, sweeps,
                failedTrials(report), ResolvedSpec.yaml(experiment), provenance(report, uplotVersion), uplotVersion,
                Inline.json(ChartData.of(report, ranking, sweeps)), UPlot.script(), UPlot.styles(),
                Inline.code(Resources.text("report.js"), "script"), Inline.code(Resources.text("report.css"), "style"));
    }

    private static String lead(Experiment experiment) {
        int conditions = experiment.conditions().size();
        return experiment.agents().size() + " agents, " + (conditions == 1 ? "" : conditions + " conditions, ")
                + experiment.episodes() + " episodes of "
                + experiment.steps() + " steps, slate " + experiment.slate() + ", seed " + experiment.seed()
                + ", environment " + experiment.environment().name() + " (" + experiment.environment().type().name()
                + ")";
    }

    private static String versusBest(Standing standing) {
        return switch (standing.verdict()) {
            case BEST -> "best";
            case UNRANKED -> "unranked: " + standing.unrankedBecause();
            default -> Figures.estimate(standing.differenceToBest(), true, "±", "–");
        };
    }

    private static String latency(Latency latency) {
        return micros(latency.p50Nanos()) + " / " + micros(latency.p99Nanos());
    }

    /** Nanoseconds as microseconds, to two significant digits below 10. */
    private static String micros(double nanos) {
        return Figures.number(nanos / 1000, nanos < 10_000 ? 2 : 1, "–");
    }

    static List<FailureNotice> failureNotices(RunReport report) {
        List<FailureNotice> notices = new ArrayList<>();
        for (dev.encore.engine.run.AgentRow row : report.rows()) {
            List<TrialResult> failed = row.results().stream().filter(result -> !result.isOk()).toList();
            if (!failed.isEmpty()) {
                TrialResult first = failed.get(0);
                notices.add(new FailureNotice(row.title(), failed.size(), report.experiment().episodes(),
                        first.plan().episode(), first.message()));
            }
        }
        return notices;
    }

    private static List<FailedTrial> failedTrials(RunReport report) {
        return report.results().stream().filter(result -> !result.isOk())
                .map(result -> new FailedTrial(result.plan().label(), result.plan().episode(), result.message()))
                .toList();
    }

    private static List<Fact> provenance(RunReport report, String uplotVersion) {
        Experiment experiment = report.experiment();
        Provenance provenance = Provenance.of(experiment);
        long first = experiment.seed();
        long last = experiment.seed() + experiment.episodes() - 1;
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("experiment seed", Long.toString(experiment.seed())));
        facts.add(new Fact("environment seeds", (first == last ? Long.toString(first) : first + " to " + last)
                + " (episode e plays seed + e, for every agent); agent seeds are in episodes.csv"));
        facts.add(new Fact("spec file", experiment.specFile().toString()));
        facts.add(new Fact("Encore", provenance.encoreVersion()));
        facts.add(new Fact("Java", provenance.java()));
        facts.add(new Fact("operating system", provenance.os()));
        facts.add(new Fact("threads", report.threads() + " of " + provenance.cores() + " cores"));
        facts.add(new Fact("finished", report.finishedAt() + ", in "
                + Figures.number(report.elapsed().toMillis() / 1e3, 1, "–") + " s"));
        facts.add(new Fact("charts", "uPlot " + uplotVersion));
        for (Provenance.PluginJar jar : provenance.jars()) {
            facts.add(new Fact("plugin " + jar.plugin(), jar.jar() == null ? "class path"
                    : jar.jar() + "  sha256 " + jar.sha256()));
        }
        return facts;
    }
}
