package brink.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one YAML file into a {@link Node} tree that remembers every value's line and column. */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** The largest scenario file read (the shipped baseline is about 20 kB). */
    static final long MAX_BYTES = 1_000_000;

    private final String fileName;
    private final List<Problem> problems;

    private YamlReader(String fileName, List<Problem> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    /**
     * Parses {@code file}; syntax errors and duplicate keys are added to {@code problems}.
     *
     * @return the root node, or null when the file cannot be parsed at all
     */
    static Node read(Path file, String fileName, List<Problem> problems) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            // the YAML parser's time grows with the square of a long line's length: refuse before parsing
            problems.add(new Problem(new Location(fileName, 0, 0), "", String.format(java.util.Locale.ROOT,
                    "is %.1f MB, too large for a scenario, experiment or move sheet file", size / 1e6),
                    "at most 1 MB; such files are a few kB"));
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(bytes, fileName, problems);
        if (text == null) {
            return null;
        }
        return readText(text, fileName, problems);
    }

    /** Parses text already read (a scenario's resolved content, JSON being YAML). */
    static Node readText(String text, String fileName, List<Problem> problems) throws IOException {
        try (Reader in = new java.io.StringReader(text);
             JsonParser parser = FACTORY.createParser(in)) {
            YamlReader reader = new YamlReader(fileName, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(new Location(fileName, 1, 1), "", "the file is empty", "a YAML mapping"));
                return null;
            }
            return reader.value(parser);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // Jackson's limit (1,000 levels) guards the stack; its message names its own API, so say it in the format's words
            if (e.getMessage() != null && e.getMessage().contains("nesting depth")) {
                problems.add(new Problem(deepest(text, fileName), "", "lists or mappings nested more than 1,000 levels deep",
                        "a scenario's fields are a few levels deep (actors: NAME: forces: ...)"));
            } else {
                problems.add(new Problem(new Location(fileName, 0, 0), "", "too large for Brink to read: "
                        + e.getOriginalMessage().lines().findFirst().orElse(""), "a scenario file of a few kB"));
            }
            return null;
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(fileName, e));
            return null;
        }
    }

    /** Where a bracketed nesting first passes 1,000 levels (the line of the first bracket, when written in block style). */
    private static Location deepest(String text, String fileName) {
        int depth = 0;
        int line = 1;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (c == '[' || c == '{') {
                if (++depth > 1000) {
                    return new Location(fileName, line, column);
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return new Location(fileName, 1, 1);
    }

    /**
     * A value written on the command line ({@code --set PATH=VALUE}) read as YAML, with the file's rules (plain decimals,
     * no aliases); null after a problem located at {@code origin}.
     */
    static Node readValue(String text, Location origin, List<Problem> problems) {
        if (text.length() > 10_000) {
            problems.add(new Problem(origin, "", "the value is too long", "a number, a word, or a short [list]"));
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // as in files: a value typed on the command line (or from a move sheet) carries no invisible control characters
            if (c < 0x20 && c != '\t' || c == 0x7F || c >= 0x80 && c <= 0x9F) {
                problems.add(new Problem(origin, "", String.format(java.util.Locale.ROOT, "an invisible control character (U+%04X) in "
                        + "the value", (int) c), "a number, a word, true/false, or [a, list], without control characters"));
                return null;
            }
        }
        try (JsonParser parser = FACTORY.createParser(text.isEmpty() ? "null" : text)) {
            if (parser.nextToken() == null) {
                return new Node.Scalar(null, Node.Scalar.Kind.NULL, origin);
            }
            Node v = new YamlReader(origin.file(), problems).value(parser);
            if (parser.nextToken() != null) {
                problems.add(new Problem(origin, "", "the value is more than one YAML value", "quote text with spaces"));
                return null;
            }
            return v;
        } catch (IOException e) {
            Problem p = e instanceof JsonProcessingException j ? syntaxProblem(origin.file(), j) : null;
            problems.add(new Problem(origin, "", p != null ? p.message() : "cannot be read: " + e.getMessage(),
                    "a number, a word, true/false, or [a, list]"));
            return null;
        }
    }

    /** The file as UTF-8 text, or null after a located problem at its first byte that is not UTF-8. */
    private static String decode(byte[] bytes, String fileName, List<Problem> problems) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.add(new Problem(new Location(fileName, line, column), "", String.format(java.util.Locale.ROOT,
                    "the file is not UTF-8 text: byte 0x%02X here cannot be read", bytes[in.position()] & 0xFF),
                    "save the file as UTF-8"));
            return null;
        }
        d.flush(out);
        out.flip();
        String text = out.toString();
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7F || c >= 0x80 && c <= 0x9F && c != 0x85) {
                problems.add(new Problem(new Location(fileName, line, column), "", String.format(java.util.Locale.ROOT,
                        "an invisible control character (U+%04X) that YAML does not allow, often from copying and pasting",
                        (int) c), "delete it, or retype the line"));
                return null;
            }
            column++;
        }
        return text;
    }

    /**
     * Numbers as a student would write them: digits, an optional sign, point and exponent (of at most four digits:
     * longer ones are not numbers anyone means, and would not even parse).
     */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[-+]?(\\d{1,400}\\.?\\d{0,400}|\\.\\d{1,400})([eE][-+]?\\d{1,4})?");

    /**
     * A syntax error where the parser found it (SnakeYAML's problem mark, not the start of the construct it was
     * reading, which is often the line above), in words a student understands for the usual slips.
     */
    static Problem syntaxProblem(String fileName, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        Location where = at == null ? new Location(fileName, 0, 0) : new Location(fileName, at.getLineNr(), at.getColumnNr());
        String problem = e.getOriginalMessage().lines().findFirst().orElse("");
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            where = new Location(fileName, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
            problem = m.getProblem() == null ? problem : m.getProblem();
        }
        String message;
        String hint;
        if (problem.contains("\\t") || problem.contains("\t") || problem.contains("TAB")) {
            message = "a tab character: YAML indents with spaces only";
            hint = "replace the tab with spaces";
        } else if (problem.contains("could not find expected ':'")) {
            // the key that lacks its colon is where SnakeYAML began reading it (its context mark)
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getContextMark() != null) {
                where = new Location(fileName, m.getContextMark().getLine() + 1, m.getContextMark().getColumn() + 1);
            }
            message = "a key without its ':' (every line of a mapping is 'key: value')";
            hint = "write key: value, with a space after the colon";
        } else if (problem.contains("special characters are not allowed") || problem.contains("control character")) {
            message = "a control character that YAML does not allow (an invisible character, often from copying and pasting)";
            hint = "delete it, or retype the line";
        } else if (problem.contains("mapping values are not allowed")) {
            message = "a ':' where YAML did not expect one (check the indentation, or quote text that contains ': ')";
            hint = "key: value, or key: \"text: with a colon\"";
        } else {
            message = "not valid YAML: " + problem;
            hint = "see scenarios/README.md for the format";
        }
        return new Problem(where, "", message, hint);
    }

    private Location here(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Location(fileName, l.getLineNr(), l.getColumnNr());
    }

    private Node value(JsonParser p) throws IOException {
        Location at = here(p);
        JsonToken t = p.currentToken();
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
            problems.add(new Problem(at, "", "a YAML alias (*" + p.getText() + "): Brink does not expand anchors and aliases",
                    "write the value out in full, or share a whole scenario with extends"));
            return new Node.Scalar(null, Node.Scalar.Kind.NULL, at);
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = here(p);
                    p.nextToken();
                    Node v = value(p);
                    if (entries.containsKey(key)) {
                        problems.add(new Problem(keyAt, key, "this key is written twice in the same mapping",
                                "write each key once; the first is at line " + entries.get(key).keyLocation().line()));
                    } else {
                        entries.put(key, new Node.Entry(keyAt, v));
                    }
                }
                return new Node.MapNode(entries, at);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                return new Node.ListNode(items, at);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                // YAML also reads 0x10, 0o17, 4_300, .inf and .nan as numbers; Brink takes plain decimals only and
                // keeps anything else as the text written, which a number field then refuses by name
                String text = p.getText();
                if (!DECIMAL.matcher(text).matches()) {
                    return new Node.Scalar(text, Node.Scalar.Kind.STRING, at);
                }
                boolean whole = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
                return new Node.Scalar(text, whole ? Node.Scalar.Kind.INTEGER : Node.Scalar.Kind.FLOAT, at);
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.BOOLEAN, at);
            case VALUE_NULL:
                return new Node.Scalar(null, Node.Scalar.Kind.NULL, at);
            default:
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.STRING, at);
        }
    }
}
