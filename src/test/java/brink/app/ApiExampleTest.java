package brink.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

/**
 * docs/API.md's JShell session, line by line, in JShell (in this JVM, with the test class path): every line is
 * accepted, none throws, and the last one prints the comparison's bottom line.
 */
class ApiExampleTest {
    @Test
    void theDocumentedSessionRunsAsWritten() throws Exception {
        String doc = Files.readString(Path.of("docs", "API.md"));
        int start = doc.indexOf("```jshell\n") + "```jshell\n".length();
        List<String> lines = doc.substring(start, doc.indexOf("```", start)).lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() >= 5, lines.toString());
        List<String> values = new ArrayList<>();
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            for (String line : lines) {
                List<SnippetEvent> events = shell.eval(line);
                for (SnippetEvent e : events) {
                    assertTrue(e.status() != Snippet.Status.REJECTED, line + ": " + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null))
                            .toList());
                    assertEquals(null, e.exception(), line + " threw");
                    values.add(e.value());
                }
            }
        }
        String last = values.get(values.size() - 1);
        assertTrue(last != null && last.contains("us-drawdown against baseline"), last);
        assertTrue(values.stream().anyMatch(v -> v != null && v.startsWith("Probability of conventional war within 3 years: ")), values.toString());
        // the sweep's means: one per sample of the design (8 samples)
        assertTrue(values.stream().anyMatch(v -> v != null && v.startsWith("double[8] {")), values.toString());
    }
}
