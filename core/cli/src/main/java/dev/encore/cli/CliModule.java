package dev.encore.cli;

import com.google.inject.AbstractModule;

/** What the command adds to the engine's bindings: how it talks to the person running it. */
final class CliModule extends AbstractModule {

    private final Terminal terminal;

    CliModule(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    protected void configure() {
        bind(Terminal.class).toInstance(terminal);
    }
}
