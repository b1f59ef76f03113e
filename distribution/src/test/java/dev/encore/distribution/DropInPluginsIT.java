package dev.encore.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin dropped into {@code ~/.encore/plugins}, where the README and the agent guide tell users to put theirs,
 * outlives {@code mvn clean} and the rebuild that {@code ./encore} then runs, and the launcher passes the folder on,
 * before and after. The checkout is a copy, so that its build and clean leave the running build alone.
 */
class DropInPluginsIT {

    private static final Path EXAMPLE_PLUGIN = Path.of(System.getProperty("encore.example.plugin"));

    @TempDir
    Path temp;

    @Test
    void aRebuildLeavesTheUsersPluginFolderAloneAndTheLauncherStillLoadsIt() throws Exception {
        Path checkout = CheckoutCopy.into(temp.resolve("encore"));
        Path home = temp.resolve("home");
        UserShell shell = new UserShell(home, LocalRepository.BUILDS, temp.resolve("shell"));
        Path dropped = Files.createDirectories(home.resolve(".encore/plugins")).resolve("softmax.jar");
        Files.copy(EXAMPLE_PLUGIN, dropped);
        byte[] jar = Files.readAllBytes(dropped);
        List<String> agents = List.of(checkout.resolve("encore").toString(), "agents");

        UserShell.Result before = shell.run(home, agents).succeeded();
        assertThat(before.out()).contains("softmax\n", "from " + dropped + "\n");

        shell.run(checkout, List.of("mvn", "-q", "clean")).succeeded();
        assertThat(checkout.resolve("distribution/target")).doesNotExist();

        UserShell.Result rebuilt = shell.run(home, agents).succeeded();
        assertThat(rebuilt.err()).as("the launcher rebuilt the distribution").contains("Building Encore");
        assertThat(checkout.resolve(CheckoutCopy.DISTRIBUTION.resolve("plugins"))).isDirectory();
        assertThat(rebuilt.out()).contains("softmax\n", "from " + dropped + "\n");
        assertThat(dropped).hasBinaryContent(jar);
    }
}
