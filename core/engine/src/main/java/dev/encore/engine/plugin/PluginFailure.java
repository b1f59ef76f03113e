package dev.encore.engine.plugin;

import java.nio.file.Path;

/**
 * A plugin that could not be used, and why (not a jar, no agent in it, a factory that threw, a name taken).
 *
 * @param location the jar or folder
 * @param reason one line, for people
 */
public record PluginFailure(Path location, String reason) {

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
