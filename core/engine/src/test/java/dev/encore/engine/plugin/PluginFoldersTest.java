package dev.encore.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginFoldersTest {

    private final String saved = System.getProperty(PluginFolders.HOME_PROPERTY);

    @AfterEach
    void restoreProperty() {
        if (saved == null) {
            System.clearProperty(PluginFolders.HOME_PROPERTY);
        } else {
            System.setProperty(PluginFolders.HOME_PROPERTY, saved);
        }
    }

    @Test
    void theDistributionsFolderIsPluginsUnderEncoreHome() {
        System.setProperty(PluginFolders.HOME_PROPERTY, "/opt/encore");

        assertThat(PluginFolders.distribution()).contains(Path.of("/opt/encore/plugins"));
        assertThat(PluginFolders.withDistribution(List.of(Path.of("mine"))))
                .containsExactly(Path.of("/opt/encore/plugins"), Path.of("mine"));
    }

    @Test
    void thereIsNoDistributionFolderWhenEncoreHomeIsNotSet() {
        System.clearProperty(PluginFolders.HOME_PROPERTY);

        assertThat(PluginFolders.distribution()).isEmpty();
        assertThat(PluginFolders.withDistribution(List.of(Path.of("mine")))).containsExactly(Path.of("mine"));
    }
}
