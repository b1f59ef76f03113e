package dev.encore.cli;

import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli create the command's classes through Guice, so that they receive the engine's parts. */
final class GuiceFactory implements CommandLine.IFactory {

    private final Injector injector;

    GuiceFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        return type.getPackageName().equals(GuiceFactory.class.getPackageName()) ? injector.getInstance(type)
                : CommandLine.defaultFactory().create(type);
    }
}
