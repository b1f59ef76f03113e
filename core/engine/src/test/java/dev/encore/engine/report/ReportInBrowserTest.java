package dev.encore.engine.report;

import static dev.encore.engine.testing.TestExperiments.agent;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.run.ExperimentRunner;
import dev.encore.engine.run.ProgressListener;
import dev.encore.engine.run.RunOptions;
import dev.encore.engine.run.RunOutcome;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a report in headless Chromium, as a reader would, and checks what the page drew: no script error, both
 * uPlot charts with a legend entry per agent, a dot per successful episode, and no markup smuggled in through a
 * label. Chromium must be installed ({@code .ci/run} installs it): without it this test fails rather than skip.
 */
class ReportInBrowserTest {

    private static final String IMAGE = "<img src=x onerror=\"document.body.dataset.xss='img'\">";
    private static final String SCRIPT = "<script>document.body.dataset.xss='script'</script>";

    @TempDir
    Path temp;

    @Test
    void theReportDrawsItsChartsWithoutAScriptError() throws Exception {
        RunOutcome outcome = Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class).run(
                TestExperiments.experiment("browser", 3, 4, 400, 50, List.of(
                        agent("random", TestAgents.random()),
                        agent(IMAGE, TestAgents.learner()),
                        agent(SCRIPT, TestAgents.first()),
                        agent("slate", TestAgents.badSlate(10)))),
                new RunOptions(temp.resolve("report"), 2, false), ProgressListener.NONE);

        String dom = dumpDom(outcome.report(), temp.resolve("chromium"));

        assertThat(dom).containsPattern("<body data-rendered=\"ok\" data-height=\"\\d+\">")
                .contains("<pre id=\"errors\" hidden=\"\"></pre>");
        assertThat(dom).doesNotContain("data-xss");
        assertThat(count(dom, "<canvas")).as("uPlot canvases").isEqualTo(2);
        // per chart: the step, then each agent; the band edges are hidden rows
        assertThat(count(dom, "<tr class=\"u-series\"")).as("legend entries").isEqualTo(2 * (1 + 4));
        assertThat(count(dom, "<tr class=\"u-series band-edge\"")).isEqualTo(2 * 4 * 2);
        assertThat(count(dom, "<circle")).as("a dot per successful episode").isEqualTo(3 * 4);
    }

    @Test
    void aReportWithoutASuccessfulTrialSaysSoWithoutAScriptError() throws Exception {
        RunOutcome outcome = Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class).run(
                TestExperiments.experiment("all-failed", 3, 2, 100, 10, List.of(
                        agent("slate", TestAgents.badSlate(10)))),
                new RunOptions(temp.resolve("failed"), 2, false), ProgressListener.NONE);

        String dom = dumpDom(outcome.report(), temp.resolve("chromium"));

        assertThat(dom).contains("data-rendered=\"ok\"").contains("<pre id=\"errors\" hidden=\"\"></pre>");
        assertThat(count(dom, "<canvas")).isZero();
        assertThat(count(dom, "<p class=\"empty\">No successful trial: nothing to draw.</p>")).isEqualTo(3);
    }

    private static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        String chromium = chromium().orElseThrow(() -> new AssertionError(
                "Chromium is needed to check the report in a browser and was not found on the PATH (tried "
                        + String.join(", ", BROWSERS) + "). Install it: apt-get install -y chromium"));
        Files.createDirectories(profile);
        Path log = profile.resolve("chromium.log");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--window-size=1200,900", "--dump-dom",
                page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s");
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its log: " + Files.readString(log)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    private static Optional<String> chromium() {
        String path = Map.copyOf(System.getenv()).getOrDefault("PATH", "");
        for (String name : BROWSERS) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
