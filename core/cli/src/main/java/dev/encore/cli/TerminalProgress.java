package dev.encore.cli;

import dev.encore.engine.run.ProgressListener;
import dev.encore.engine.run.RunProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A run's progress on one terminal line, redrawn in place: trials done, steps per second, time left; and its
 * warnings, each on a line of its own, shown even when the progress is not (in a pipe or a log). A run whose trials
 * play elsewhere than on this machine's threads says where first, on a line of its own too, so that nobody is
 * surprised by where, or that, a cluster works.
 */
final class TerminalProgress implements ProgressListener {

    private final PrintWriter terminal;
    private final boolean showProgress;
    private final Optional<String> playsOn;
    private boolean started;
    private int drawn;

    /**
     * @param showProgress whether to draw the progress line: at a terminal, not in a pipe or a log
     * @param playsOn where the trials play, such as a Spark master; empty: on this machine's threads
     */
    TerminalProgress(PrintWriter terminal, boolean showProgress, Optional<String> playsOn) {
        this.terminal = terminal;
        this.showProgress = showProgress;
        this.playsOn = playsOn;
    }

    @Override
    public void warned(String warning) {
        finish();
        terminal.println("warning: " + warning);
        terminal.flush();
    }

    @Override
    public void progressed(RunProgress progress) {
        if (!started) {
            started = true;
            int toPlay = progress.trialsTotal() - progress.trialsDone();
            if (playsOn.isPresent() && toPlay > 0) {
                terminal.println("playing " + toPlay + (toPlay == 1 ? " trial" : " trials") + " on "
                        + playsOn.get());
                terminal.flush();
            }
        }
        if (!showProgress) {
            return;
        }
        String line = line(progress);
        terminal.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        terminal.flush();
        drawn = line.length();
    }

    /** Ends the line, when one was drawn, so that what follows starts on its own. */
    void finish() {
        if (drawn > 0) {
            terminal.println();
            terminal.flush();
            drawn = 0;
        }
    }

    /** {@code trials 12/40 | 1 failed | 1.2M steps/s | 0:42 left}. */
    static String line(RunProgress progress) {
        StringBuilder line = new StringBuilder("trials ")
                .append(progress.trialsDone()).append('/').append(progress.trialsTotal());
        if (progress.trialsFailed() > 0) {
            line.append(" | ").append(progress.trialsFailed()).append(" failed");
        }
        line.append(" | ").append(rate(progress.stepsPerSecond())).append(" steps/s | ");
        int played = progress.trialsDone() - progress.trialsResumed();
        int left = progress.trialsTotal() - progress.trialsDone();
        if (left == 0) {
            line.append("done");
        } else if (played == 0) {
            line.append("time left: estimating");
        } else {
            line.append(clock(progress.elapsed().multipliedBy(left).dividedBy(played))).append(" left");
        }
        return line.toString();
    }

    private static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    /** {@code 0:42}, {@code 12:05} or {@code 1:02:03}. */
    private static String clock(Duration duration) {
        long seconds = Math.max(duration.toSeconds(), 1);
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    }
}
