package dev.encore.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of a Markdown guide, in order, with the words after each fence's language: {@code file=PATH}
 * marks a file of the reader's project, {@code run} commands the reader runs, {@code output} what the commands of
 * the {@code run} block before it print.
 */
record Guide(List<Block> blocks) {

    private static final Pattern FENCE = Pattern.compile("^( *)```(.*)$");

    /** One fenced block: its info string's words (the language first) and its text, indentation removed. */
    record Block(List<String> info, String text) {

        boolean is(String word) {
            return info.contains(word);
        }

        /** The path of {@code file=PATH}, or null. */
        String file() {
            return info.stream().filter(word -> word.startsWith("file=")).map(word -> word.substring(5))
                    .findFirst().orElse(null);
        }
    }

    static Guide read(Path markdown) throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<String> info = null;
        String indent = "";
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(markdown)) {
            Matcher fence = FENCE.matcher(line);
            if (info == null && fence.matches()) {
                indent = fence.group(1);
                String words = fence.group(2).strip();
                info = words.isEmpty() ? List.of() : Arrays.asList(words.split("\\s+"));
                text.setLength(0);
            } else if (info != null && line.strip().equals("```")) {
                blocks.add(new Block(info, text.toString()));
                info = null;
            } else if (info != null) {
                text.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
            }
        }
        if (info != null) {
            throw new IllegalStateException(markdown + ": a fenced block is not closed");
        }
        return new Guide(List.copyOf(blocks));
    }

    List<Block> files() {
        return blocks.stream().filter(block -> block.file() != null).toList();
    }

    /** The text of the file block for {@code path}. */
    String file(String path) {
        return files().stream().filter(block -> block.file().equals(path)).map(Block::text).findFirst()
                .orElseThrow(() -> new AssertionError("the guide has no block marked file=" + path));
    }

    /** The {@code output} block right after {@code run}, or null. */
    Block outputOf(Block run) {
        int next = blocks.indexOf(run) + 1;
        return next < blocks.size() && blocks.get(next).is("output") ? blocks.get(next) : null;
    }
}
