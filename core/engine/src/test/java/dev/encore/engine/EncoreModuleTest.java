package dev.encore.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.report.CurvesCsv;
import dev.encore.engine.report.EpisodesCsv;
import dev.encore.engine.report.HtmlReport;
import dev.encore.engine.report.SpecYaml;
import dev.encore.engine.report.SummaryCsv;
import dev.encore.engine.report.TimingsCsv;
import dev.encore.engine.run.ExperimentRunner;
import dev.encore.engine.run.ReportWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EncoreModuleTest {

    private final Injector injector = Guice.createInjector(new EncoreModule());

    @Test
    void bindsEverythingARunNeeds() {
        assertThat(injector.getInstance(ExperimentRunner.class)).isNotNull();
        assertThat(injector.getInstance(EnvironmentTypes.class).names()).contains("embedding")
                .containsExactlyElementsOf(EnvironmentTypes.builtIn().names());
        assertThat(injector.getInstance(MeterRegistry.class)).isSameAs(injector.getInstance(MeterRegistry.class));
    }

    @Test
    void writesTheCsvsBeforeTheHtml() {
        Set<ReportWriter> writers = injector.getInstance(Key.get(new TypeLiteral<Set<ReportWriter>>() { }));
        assertThat(writers).extracting(Object::getClass).containsExactly(SpecYaml.class, EpisodesCsv.class,
                CurvesCsv.class, SummaryCsv.class, TimingsCsv.class, HtmlReport.class);
    }
}
