package dev.encore.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The uPlot chart library, from its WebJar on the class path: the version is the one the build resolved (read from
 * the WebJar's own {@code pom.properties}), so changing {@code uplot.version} in the parent pom is all an upgrade
 * takes.
 */
final class UPlot {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.webjars.npm/uplot/pom.properties";

    private UPlot() {
    }

    /** The WebJar's version, such as {@code 1.6.30}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = UPlot.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("uPlot's WebJar is not on the class path: no " + POM_PROPERTIES);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The minified script, ready to inline. */
    static Inline script() {
        return Inline.code(Resources.text(dist() + "uPlot.iife.min.js"), "script");
    }

    /** The style sheet, ready to inline. */
    static Inline styles() {
        return Inline.code(Resources.text(dist() + "uPlot.min.css"), "style");
    }

    private static String dist() {
        return "/META-INF/resources/webjars/uplot/" + version() + "/dist/";
    }
}
