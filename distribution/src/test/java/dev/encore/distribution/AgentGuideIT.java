package dev.encore.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.distribution.Guide.Block;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/writing-an-agent.md followed word for word by a person with an Encore checkout at {@code ~/encore}: its files
 * written into {@code ~/softmax-agent}, its commands run in order (the SPI installed from the checkout, the plugin
 * built with Maven, listed with {@code --plugins}, dropped into {@code ~/.encore/plugins} and run in an
 * experiment). The home folder, the checkout and the local Maven repository are copies: the SPI the guide installs
 * goes into a repository of the test's own, never into the one of the running build.
 */
class AgentGuideIT {

    private static final Path GUIDE = CheckoutCopy.CHECKOUT.resolve("docs/writing-an-agent.md");
    private static final Path EXAMPLE = CheckoutCopy.CHECKOUT.resolve("examples/softmax-agent");
    /** The home folder the guide's listing shows. */
    private static final String GUIDE_HOME = "/home/me";

    @TempDir
    Path temp;

    @Test
    void theGuideBuildsAPluginInAFreshProjectThatEncoreListsAndRuns() throws Exception {
        Path home = temp.resolve("home");
        CheckoutCopy.into(home.resolve("encore"));
        Path repository = LocalRepository.withoutEncore(temp.resolve("repository"));
        UserShell shell = new UserShell(home, repository, temp.resolve("shell"));
        Guide guide = Guide.read(GUIDE);
        Path project = home.resolve("softmax-agent");
        for (Block file : guide.files()) {
            Path path = project.resolve(file.file());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text());
        }

        List<Block> steps = guide.blocks().stream().filter(block -> block.is("run")).toList();
        assertThat(steps).as("the guide's commands").hasSize(5);
        for (Block step : steps) {
            UserShell.Result result = shell.bash(step.text()).succeeded();
            Block output = guide.outputOf(step);
            if (output != null) {
                assertThat(result.out()).as(step.text()).contains(output.text().replace(GUIDE_HOME, home.toString()));
            }
        }

        assertThat(repository.resolve("dev/encore/encore-spi/" + version() + "/encore-spi-" + version() + ".jar"))
                .as("the SPI the guide installs").isRegularFile();
        assertThat(home.resolve(".encore/plugins/softmax-agent-1.0.jar")).isRegularFile();
        List<CSVRecord> trials = csv(project.resolve("reports/try-softmax/episodes.csv"));
        assertThat(trials).extracting(trial -> trial.get("label"))
                .containsExactlyInAnyOrder("random", "random", "softmax", "softmax", "linucb", "linucb");
        assertThat(trials).allSatisfy(trial -> assertThat(trial.get("status")).isEqualTo("ok"));
    }

    @Test
    void theGuidesSourcesAreTheExampleThatEncoresBuildTests() throws IOException {
        Guide guide = Guide.read(GUIDE);
        for (String source : List.of("src/main/java/org/example/softmax/SoftmaxAgentFactory.java",
                "src/main/java/org/example/softmax/SoftmaxAgent.java",
                "src/main/resources/META-INF/services/dev.encore.spi.AgentFactory")) {
            assertThat(guide.file(source)).as(source).isEqualTo(Files.readString(EXAMPLE.resolve(source)));
        }
    }

    /** Offline, the guide's project builds only with the plugins Encore's build has just used. */
    @Test
    void theGuidesPomAsksForThisEncoreAndTheMavenPluginsEncoreBuildsWith() throws IOException {
        String pom = Guide.read(GUIDE).file("pom.xml");
        String parent = Files.readString(CheckoutCopy.CHECKOUT.resolve("pom.xml"));

        assertThat(versionOf(pom, "encore-spi")).isEqualTo(version());
        for (String plugin : List.of("maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin",
                "maven-jar-plugin")) {
            assertThat(versionOf(pom, plugin)).as(plugin).isEqualTo(versionOf(parent, plugin));
        }
    }

    private static String version() {
        return System.getProperty("encore.version");
    }

    /** The version right after {@code <artifactId>artifact</artifactId>}. */
    private static String versionOf(String pom, String artifact) {
        Matcher version = Pattern.compile("<artifactId>" + Pattern.quote(artifact) + "</artifactId>\\s*"
                + "<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).as("the version of " + artifact).isTrue();
        return version.group(1);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
