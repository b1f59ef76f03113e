package dev.encore.engine.report;

import static dev.encore.engine.testing.TestExperiments.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.run.RunReport;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page rendered from made-up runs: the banner, the ranking's marks, the charts by swept value, escaping, styles,
 * uPlot's version.
 */
class HtmlReportTest {

    private static final String SCRIPT = "<script>alert(\"x\")</script>";
    private static final String QUOTES = "it's \"quoted\" & <b>bold</b>";

    @Test
    void aRunWithoutFailuresHasNoBanner() {
        String html = new HtmlReport().render(SyntheticRuns.run("calm", List.of("a", "b"), List.of(
                List.of(10.0, 20.0, 30.0),
                List.of(40.0, 50.0, 60.0))));

        assertThat(html).doesNotContain("failure-banner").doesNotContain("Some trials failed")
                .doesNotContain("<h2>Failed trials</h2>").doesNotContain(HtmlReport.FAILURE_POLICY);
    }

    @Test
    void failedTrialsRaiseABannerAtTheTopNamingTheAgentHowManyAndTheFirstReason() {
        String html = new HtmlReport().render(SyntheticRuns.run("rough", List.of("steady", "flaky", "broken"),
                List.of(
                        List.of(10.0, 20.0, 30.0, 40.0),
                        List.of(12.0, "step 7: bad slate", 33.0, "did not finish within 1 h"),
                        List.of("boom", "boom", "boom", "boom"))));

        int banner = html.indexOf("<div id=\"failure-banner\" class=\"banner\" role=\"alert\">");
        assertThat(banner).isPositive().isLessThan(html.indexOf("<main>"));
        String text = html.substring(banner, html.indexOf("</div>", banner)).replaceAll("\\s+", " ");
        assertThat(text).contains("<li><b>flaky</b>: 2 of 4 episodes failed; the first (episode 1): "
                + "<span class=\"message\">step 7: bad slate</span></li>")
                .contains("<li><b>broken</b>: 4 of 4 episodes failed; the first (episode 0): "
                        + "<span class=\"message\">boom</span></li>")
                .doesNotContain("<b>steady</b>")
                .contains(HtmlReport.FAILURE_POLICY);
        // the ranking says which episodes it is over, and leaves the broken agent unranked
        assertThat(html.replaceAll("\\s+", " ")).contains("Ranked on the 2 of 4 episodes in which every ranked agent "
                + "succeeded (episodes 0, 2)")
                .contains("<td class=\"num unranked\">unranked: no successful episode</td>");
    }

    @Test
    void aTieWithTheBestIsMarkedInTheRankingAndExplained() {
        String html = new HtmlReport().render(SyntheticRuns.run("ties", List.of("best", "close", "worse"), List.of(
                List.of(100.0, 200.0, 150.0, 120.0),
                List.of(110.0, 190.0, 160.0, 115.0),
                List.of(150.0, 251.0, 199.0, 172.0))));

        String table = html.substring(html.indexOf("<table class=\"ranking\">"), html.indexOf("</table>",
                html.indexOf("<table class=\"ranking\">"))).replaceAll("\\s+", " ");
        assertThat(count(table, "<tr class=\"tied\">")).isEqualTo(2);
        assertThat(count(table, "<td class=\"num rank\">=1</td>")).isEqualTo(2);
        assertThat(table).contains("<td class=\"num rank\">3</td>").contains("<td class=\"num\">best</td>")
                .containsPattern("worse</td> <td>first</td> <td class=\"num\">[0-9,.]+ ± [0-9,.]+</td> "
                        + "<td class=\"num\">\\+50\\.5 ± [0-9.]+</td>");
        assertThat(table.indexOf("close")).isLessThan(table.indexOf("worse"));
        assertThat(html).contains("=1: the 95% interval of the paired difference to the best contains 0");
    }

    @Test
    void textFromTheSpecIsEscapedInTheTitleTablesBannerAndData() {
        String html = new HtmlReport().render(SyntheticRuns.run(SCRIPT, List.of(SCRIPT, QUOTES), List.of(
                List.of(10.0, 20.0),
                List.of(12.0, "</script><img src=x onerror=alert(1)>"))));

        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<b>bold</b>").doesNotContain("<img src=x");
        assertThat(html).contains("<title>&lt;script&gt;alert(\"x\")&lt;/script&gt; · Encore report</title>")
                .contains("<h1>&lt;script&gt;alert(\"x\")&lt;/script&gt;</h1>")
                .contains("</svg>&lt;script&gt;alert(\"x\")&lt;/script&gt;</td>")
                .contains("it's \"quoted\" &amp; &lt;b&gt;bold&lt;/b&gt;")
                .contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("\"label\":\"\\u003cscript\\u003ealert(\\\"x\\\")\\u003c/script\\u003e\"");
        // the error handler, the data, uPlot and the charts: nothing else
        assertThat(count(html, "<script")).isEqualTo(4);
    }

    @Test
    void withoutSweepsThePageHasNoChartOfFinalRegretBySweptValue() {
        String html = new HtmlReport().render(SyntheticRuns.run("plain", List.of("a", "b"), List.of(
                List.of(10.0, 20.0),
                List.of(30.0, 40.0))));

        assertThat(html).doesNotContain("<section id=\"sweeps\">").doesNotContain("sweep-0")
                .contains("\"sweeps\":[]");
    }

    @Test
    void aSweepAddsAChartPerSweptValueWithItsControlsNotesAndEscapedTitle() {
        RunReport report = SyntheticRuns.run(TestExperiments.experiment("sweep", 7, 3, 100, 2,
                Map.of("users", 50L, "items", List.of(80L), "random", List.of("numpy", "L64X128MixRandom")),
                List.of(agent(SCRIPT, TestAgents.learner(), Map.of("rate", List.of(0.1, 1.0))))),
                (row, episode) -> row == 1 && episode == 2 ? "boom" : 10.0 * row + episode);

        String html = new HtmlReport().render(report);

        int section = html.indexOf("<section id=\"sweeps\">");
        assertThat(section).isGreaterThan(html.indexOf("<div id=\"spread-chart\""));
        String sweeps = html.substring(section, html.indexOf("</section>", section)).replaceAll("\\s+", " ");
        assertThat(sweeps).contains("<h3>&lt;script&gt;alert(\"x\")&lt;/script&gt;: final regret by rate</h3>")
                .contains("<h3>environment: final regret by random</h3>")
                // rate from 0.1 to 1.0 starts on a log axis; text values cannot go on one
                .contains("<input type=\"checkbox\" id=\"sweep-0-log-x\" checked> rate</label>")
                .doesNotContain("sweep-1-log-x")
                .contains("<input type=\"checkbox\" id=\"sweep-1-log-y\"> final regret</label>")
                .contains("<button type=\"button\" data-chart=\"sweep-1\" data-format=\"svg\">SVG</button>")
                .contains("<div id=\"sweep-0-chart\" class=\"chart\"></div>")
                .contains("<p class=\"note sweep-note\">Every point is over the 2 of 3 episodes")
                .contains("<p class=\"note sweep-note\">environment: items is swept over one value (80): no chart.</p>");
        assertThat(html).contains("\"title\":\"\\u003cscript\\u003ealert(\\\"x\\\")\\u003c/script\\u003e: final "
                + "regret by rate\",\"axis\":\"rate\",\"scale\":\"log\",\"values\":[\"0.1\",\"1.0\"],\"x\":[0.1,1.0],"
                + "\"file\":\"final-regret-by-script-alert-x-script-rate\",\"drawn\":true,");
        assertThat(count(html, "<script")).isEqualTo(4);
    }

    @Test
    void eachAgentsSwatchDrawsItsStyleAndSixteenAgentsGetSixteenStyles() {
        Set<String> styles = new HashSet<>();
        for (int a = 0; a < 16; a++) {
            SeriesStyle style = SeriesStyle.of(a);
            styles.add(style.colour() + " " + style.dashArray());
        }
        assertThat(styles).hasSize(16);
        assertThat(SeriesStyle.distinct()).isEqualTo(30);
        assertThat(SeriesStyle.of(0).dashArray()).isNull();
        assertThat(SeriesStyle.of(10)).satisfies(style -> {
            assertThat(style.colour()).isEqualTo(SeriesStyle.of(0).colour());
            assertThat(style.dashArray()).isEqualTo("10 5");
        });
        assertThat(SeriesStyle.of(20).dashArray()).isEqualTo("2 4");
        assertThat(SeriesStyle.of(30)).isEqualTo(SeriesStyle.of(0));

        List<String> labels = java.util.stream.IntStream.range(0, 12).mapToObj(a -> "agent " + a).toList();
        List<List<Object>> trials = java.util.stream.IntStream.range(0, 12)
                .mapToObj(a -> List.<Object>of(10.0 + a, 20.0 + a)).toList();
        String html = new HtmlReport().render(SyntheticRuns.run("many", labels, trials));
        // a solid swatch has no dash attribute at all; the eleventh agent's is dashed
        assertThat(html).contains("<line x1=\"1\" y1=\"5\" x2=\"25\" y2=\"5\" stroke=\"#4e79a7\" stroke-width=\"3\"/>")
                .contains("stroke=\"#f28e2b\" stroke-width=\"3\" stroke-dasharray=\"10 5\"/></svg>agent 11</td>");
    }

    @Test
    void uPlotIsInlinedFromTheWebJarTheBuildResolved() {
        String version = UPlot.version();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        String html = new HtmlReport().render(SyntheticRuns.run("versions", List.of("a"), List.of(List.of(1.0))));
        assertThat(html).contains("<tr><th>charts</th><td>uPlot " + version + "</td></tr>")
                .contains("uPlot").contains(".u-legend");
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
