package dev.encore.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginFoldersTest {

    private final String savedHome = System.getProperty(PluginFolders.HOME_PROPERTY);
    private final String savedUser = System.getProperty(PluginFolders.USER_PROPERTY);

    @TempDir
    Path temp;

    @AfterEach
    void restoreProperties() {
        restore(PluginFolders.HOME_PROPERTY, savedHome);
        restore(PluginFolders.USER_PROPERTY, savedUser);
    }

    @Test
    void theDistributionsFolderIsPluginsUnderEncoreHome() {
        System.setProperty(PluginFolders.HOME_PROPERTY, "/opt/encore");
        System.clearProperty(PluginFolders.USER_PROPERTY);

        assertThat(PluginFolders.distribution()).contains(Path.of("/opt/encore/plugins"));
        assertThat(PluginFolders.withDefaults(List.of(Path.of("mine"))))
                .containsExactly(Path.of("/opt/encore/plugins"), Path.of("mine"));
    }

    @Test
    void thereIsNoDistributionFolderWhenEncoreHomeIsNotSet() {
        System.clearProperty(PluginFolders.HOME_PROPERTY);
        System.clearProperty(PluginFolders.USER_PROPERTY);

        assertThat(PluginFolders.distribution()).isEmpty();
        assertThat(PluginFolders.withDefaults(List.of(Path.of("mine")))).containsExactly(Path.of("mine"));
    }

    @Test
    void theUsersFolderComesAfterTheDistributionsOnceSomethingWasDroppedIntoIt() throws IOException {
        Path user = Files.createDirectories(temp.resolve(".encore/plugins"));
        Files.createFile(user.resolve("softmax.jar"));
        System.setProperty(PluginFolders.HOME_PROPERTY, "/opt/encore");
        System.setProperty(PluginFolders.USER_PROPERTY, user.toString());

        assertThat(PluginFolders.user()).contains(user);
        assertThat(PluginFolders.withDefaults(List.of(Path.of("mine"))))
                .containsExactly(Path.of("/opt/encore/plugins"), user, Path.of("mine"));
    }

    @Test
    void aUsersFolderThatIsMissingOrEmptyIsLeftOutRatherThanReportedAsHoldingNoPlugin() throws IOException {
        System.clearProperty(PluginFolders.HOME_PROPERTY);
        Path user = temp.resolve(".encore/plugins");

        System.setProperty(PluginFolders.USER_PROPERTY, user.toString());
        assertThat(PluginFolders.user()).isEmpty();

        Files.createDirectories(user);
        Files.createFile(user.resolve(".DS_Store"));
        assertThat(PluginFolders.user()).isEmpty();
        assertThat(PluginFolders.withDefaults(List.of(Path.of("mine")))).containsExactly(Path.of("mine"));
    }

    private static void restore(String property, String saved) {
        if (saved == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, saved);
        }
    }
}
