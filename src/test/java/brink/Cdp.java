package brink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven as a person uses it, through the DevTools protocol that Chromium itself serves (the JDK's
 * WebSocket client; no driver to install): open a page, type into fields, click, wait for the next page, read it,
 * take a screenshot. For the seminar room's test.
 */
public final class Cdp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process chromium;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final List<String> loads = java.util.Collections.synchronizedList(new ArrayList<>());

    private Cdp(Process chromium, WebSocket socket) {
        this.chromium = chromium;
        this.socket = socket;
    }

    /** A headless Chromium with one page, its profile in {@code work}. */
    public static Cdp start(Path work) throws Exception {
        Files.createDirectories(work);
        Process p = new ProcessBuilder(Chromium.BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--remote-debugging-port=0", "--window-size=1024,900", "--user-data-dir=" + work.resolve("profile-cdp"), "about:blank")
                .redirectErrorStream(true).start();
        String port = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long until = System.currentTimeMillis() + 60_000;
        for (String line; port == null && System.currentTimeMillis() < until && (line = out.readLine()) != null; ) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/").matcher(line);
            if (m.find()) {
                port = m.group(1);
            }
        }
        if (port == null) {
            p.destroyForcibly();
            throw new IOException("chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                // the browser ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode pages = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String ws = null;
        for (JsonNode t : pages) {
            if (t.path("type").asText().equals("page")) {
                ws = t.path("webSocketDebuggerUrl").asText();
            }
        }
        Cdp[] self = new Cdp[1];
        StringBuilder partial = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String text = partial.toString();
                    partial.setLength(0);
                    self[0].receive(text);
                }
                w.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new Cdp(p, socket);
        self[0].call("Page.enable", null);
        self[0].call("Runtime.enable", null);
        return self[0];
    }

    private void receive(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = waiting.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
            } else if (m.path("method").asText().equals("Page.loadEventFired")) {
                loads.add("load");
            }
        } catch (IOException e) {
            // not JSON: ignored
        }
    }

    /** One protocol command; its result (an error is thrown). */
    public JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            msg.set("params", params);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        waiting.put(id, f);
        socket.sendText(JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
        JsonNode r = f.get(60, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IOException(method + ": " + r.get("error"));
        }
        return r.path("result");
    }

    /** Opens the address and waits for the page to load. */
    public void open(String url) throws Exception {
        int before = loads.size();
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        waitForLoad(before);
    }

    private void waitForLoad(int before) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (loads.size() <= before && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        if (loads.size() <= before) {
            throw new IOException("the page did not load");
        }
    }

    /** Evaluates a JavaScript expression in the page; its value as text. */
    public String eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("the page's script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value").asText();
    }

    /** Types a value into the field of that name, as a person would (replacing what it holds). */
    public void type(String field, String value) throws Exception {
        eval("(function(){var e=document.getElementsByName(" + JSON.writeValueAsString(field) + ")[0];e.focus();e.value="
                + JSON.writeValueAsString(value) + ";e.dispatchEvent(new Event('input',{bubbles:true}));return 'ok';})()");
    }

    /** Clicks the page's button with this text and waits for the page it leads to. */
    public void click(String buttonText) throws Exception {
        int before = loads.size();
        String found = eval("(function(){var b=[].slice.call(document.querySelectorAll('button')).filter(function(x){return "
                + "x.textContent.indexOf(" + JSON.writeValueAsString(buttonText) + ")>=0;})[0];if(!b)return 'none';b.click();return 'ok';})()");
        if (!found.equals("ok")) {
            throw new IOException("no button '" + buttonText + "' on the page");
        }
        waitForLoad(before);
    }

    /** The page's HTML as the browser holds it now. */
    public String html() throws Exception {
        return eval("document.documentElement.outerHTML");
    }

    /** A screenshot of what the window shows, written to {@code file}. */
    public void screenshot(Path file) throws Exception {
        JsonNode r = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() {
        socket.abort();
        chromium.destroy();
        try {
            if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
            }
        } catch (InterruptedException e) {
            chromium.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
