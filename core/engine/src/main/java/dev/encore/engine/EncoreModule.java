package dev.encore.engine;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.report.CurvesCsv;
import dev.encore.engine.report.EpisodesCsv;
import dev.encore.engine.report.HtmlReport;
import dev.encore.engine.report.SpecYaml;
import dev.encore.engine.report.SummaryCsv;
import dev.encore.engine.report.TimingsCsv;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.TrialThreads;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The engine's wiring: the environment types an experiment can name, the meter registry trials are timed in, the
 * report writers (run in the order bound here) and the pools trials run on.
 */
public final class EncoreModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(EnvironmentTypes.class).toInstance(EnvironmentTypes.builtIn());
        bind(TrialThreads.class).in(Singleton.class);
        Multibinder<ReportWriter> writers = Multibinder.newSetBinder(binder(), ReportWriter.class);
        writers.addBinding().to(SpecYaml.class);
        writers.addBinding().to(EpisodesCsv.class);
        writers.addBinding().to(CurvesCsv.class);
        writers.addBinding().to(SummaryCsv.class);
        writers.addBinding().to(TimingsCsv.class);
        writers.addBinding().to(HtmlReport.class);
    }

    /** In memory: the reports read the timers; nothing is published. */
    @Provides
    @Singleton
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
