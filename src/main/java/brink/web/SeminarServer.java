package brink.web;

import static brink.output.HtmlPage.esc;

import brink.app.Refused;
import brink.app.Wargames;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.wargame.Game;
import brink.wargame.GameFolder;
import brink.wargame.Sheets;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seminar room: a game folder served to the teams' browsers. The JDK's own HTTP server
 * (com.sun.net.httpserver, part of every JDK since 6 and maintained with it) does the HTTP; it needs no dependency, and
 * a classroom's load (a few teams refreshing) is far below what it serves. Brink adds only the pages and these rules:
 * <ul>
 * <li>every page lives under {@code /t/TOKEN}: a team's token opens that team's page and orders only, the white cell's its
 * page and the adjudication only; any other path or token gets the same "not found";</li>
 * <li>a form carries a CSRF token (HMAC of the role and the turn under a key made at start) and a POST from another
 * origin is refused;</li>
 * <li>a request body is read up to 64 kB; files served are only the team's own briefs and, for the white cell, its
 * reports, named from a validated turn number: nothing in a request becomes a path;</li>
 * <li>every text from files and forms is escaped; pages carry a strict content security policy, a referrer for this
 * server only (the token in the address never reaches another site), no caching.</li>
 * </ul>
 * Orders become the same move sheets as on paper (checked by the same rules, written only when they pass), and the white
 * cell's button adjudicates the turn it shows once ({@link Wargames}); the folder stays the game.
 */
public final class SeminarServer implements AutoCloseable {
    static final int MAX_BODY = 64 * 1024;
    private final Path dir;
    private final Game game;
    private final Scenario base;
    private final Tokens tokens;
    private final HttpServer http;
    private final ExecutorService pool;
    private final byte[] csrfKey = new byte[32];
    private final int threads;
    private final SeminarPages pages;

    private SeminarServer(Path dir, String host, int port, int threads) throws IOException {
        this.dir = dir;
        Wargames.recover(dir);
        this.game = Wargames.game(dir);
        this.base = Wargames.scenario(dir, game);
        this.tokens = Tokens.of(dir, game.teams());
        this.threads = threads;
        new SecureRandom().nextBytes(csrfKey);
        this.pages = new SeminarPages(dir, game, base, this::csrf);
        this.http = HttpServer.create(new InetSocketAddress(host, port), 32);
        this.pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "brink-seminar");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        http.createContext("/", this::handle);
    }

    /** Starts serving the game in {@code dir} on host:port (port 0: any free one). */
    public static SeminarServer start(Path dir, String host, int port, int threads) throws IOException {
        SeminarServer s = new SeminarServer(dir, host, port, threads);
        s.http.start();
        return s;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The link of each role (each team, then the white cell), for {@code base} such as http://127.0.0.1:8080. */
    public Map<String, String> links(String baseUrl) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String team : game.teams()) {
            out.put(team, baseUrl + "/t/" + tokens.token(team));
        }
        out.put(Tokens.WHITE_CELL, baseUrl + "/t/" + tokens.token(Tokens.WHITE_CELL));
        return out;
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            try {
                route(x);
            } catch (Refused e) {
                send(x, 409, pages.page("Not now", "<p>" + esc(e.getMessage()) + "</p><p><a href=\"javascript:history.back()\">Back</a></p>", null));
            } catch (RuntimeException e) {
                send(x, 500, pages.page("Something went wrong", "<p>The server could not answer: " + esc(String.valueOf(e.getMessage()))
                        + ". Please tell the instructor.</p>", null));
            }
        }
    }

    private void route(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath();
        String method = x.getRequestMethod();
        String[] parts = path.split("/", -1);
        // "", "t", TOKEN, [action, [n]]
        if (path.length() > 200 || parts.length < 3 || parts.length > 5 || !parts[0].isEmpty() || !parts[1].equals("t")) {
            notFound(x);
            return;
        }
        Optional<String> role = tokens.role(parts[2]);
        if (role.isEmpty()) {
            notFound(x);
            return;
        }
        String action = parts.length > 3 ? parts[3] : "";
        String who = role.get();
        boolean white = who.equals(Tokens.WHITE_CELL);
        String self = "/t/" + parts[2];
        if (method.equals("GET") && parts.length == 3) {
            send(x, 200, white ? pages.whiteCellPage(self, null) : pages.teamPage(who, self, null, null));
        } else if (method.equals("GET") && action.equals("state") && parts.length == 4) {
            sendText(x, "turn=" + GameFolder.currentTurn(dir, game));
        } else if (method.equals("GET") && action.equals("brief") && parts.length == 5 && !white) {
            serveFile(x, turn(parts[4]), Sheets.fileName(who).replace("moves-", "brief-").replace(".yaml", ".html"));
        } else if (method.equals("GET") && action.equals("report") && parts.length == 5 && white) {
            serveFile(x, turn(parts[4]), GameFolder.DONE);
        } else if (method.equals("POST") && action.equals("orders") && parts.length == 4 && !white) {
            Map<String, String> form = form(x);
            if (form == null || !csrfOk(x, form, who)) {
                send(x, 403, pages.page("Refused", "<p>This form is out of date or did not come from this page: reload the page and submit again.</p>", null));
                return;
            }
            orders(x, who, self, form);
        } else if (method.equals("POST") && action.equals("adjudicate") && parts.length == 4 && white) {
            Map<String, String> form = form(x);
            if (form == null || !csrfOk(x, form, who)) {
                send(x, 403, pages.page("Refused", "<p>This form is out of date or did not come from this page: reload the page.</p>", null));
                return;
            }
            adjudicate(x, self, form);
        } else {
            notFound(x);
        }
    }

    /** A turn number from a path: digits, 1 to the game's turns, and not beyond the current turn. */
    private int turn(String text) {
        if (!text.matches("\\d{1,4}")) {
            return -1;
        }
        int t = Integer.parseInt(text);
        return t >= 1 && t <= game.turns() && t <= GameFolder.currentTurn(dir, game) ? t : -1;
    }

    private void serveFile(HttpExchange x, int t, String name) throws IOException {
        if (t < 0) {
            notFound(x);
            return;
        }
        Path f = dir.resolve(Game.folder(t)).resolve(name);
        if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            notFound(x);
            return;
        }
        byte[] body = Files.readAllBytes(f);
        headers(x, "text/html; charset=utf-8");
        x.sendResponseHeaders(200, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }

    private void orders(HttpExchange x, String team, String self, Map<String, String> form) throws IOException {
        int t = GameFolder.currentTurn(dir, game);
        if (!String.valueOf(t).equals(form.get("turn"))) {
            throw new Refused("turn " + form.get("turn") + " is no longer open; this is turn " + t + " (the page has been reloaded for it)");
        }
        MoveSheetSpec current = pages.currentSheet(team, t);
        List<SheetForm.Field> fields = SheetForm.fields(game, base.spec(), team, t, current);
        String text = SheetForm.sheet(team, t, fields, form, current);
        Wargames.Submitted s = Wargames.submit(dir, team, t, text);
        if (s.accepted()) {
            Files.writeString(dir.resolve(Game.folder(t)).resolve(SeminarPages.submittedMarker(team)), "");
            x.getResponseHeaders().add("Location", self + "?sent=1");
            headers(x, "text/plain; charset=utf-8");
            x.sendResponseHeaders(303, -1);
        } else {
            send(x, 200, pages.teamPage(team, self, form, SheetForm.byField(fields, s.problems())));
        }
    }

    private void adjudicate(HttpExchange x, String self, Map<String, String> form) throws IOException {
        String turnText = form.getOrDefault("turn", "");
        int expected = turnText.matches("\\d{1,4}") ? Integer.parseInt(turnText) : -1;
        if (expected < 1) {
            throw new Refused("the form names no turn");
        }
        try {
            Wargames.Adjudicated a = Wargames.adjudicate(dir, expected, threads, true, List.of("brink", "wargame", "serve", dir.toString()),
                    () -> Thread.currentThread().isInterrupted());
            send(x, 200, pages.whiteCellPage(self, "Turn " + a.turn() + " adjudicated" + (a.over() ? ": the game is over." : ".")
                    + (a.chartsFailed() == null ? "" : " (its charts could not be drawn: " + a.chartsFailed() + ")")));
        } catch (ScenarioException e) {
            StringBuilder msg = new StringBuilder("Turn " + expected + " was not adjudicated: a sheet has problems.<ul>");
            for (Problem p : e.problems()) {
                msg.append("<li>").append(esc(p.toString())).append("</li>");
            }
            send(x, 200, pages.whiteCellPage(self, msg.append("</ul>").toString()));
        }
    }

    private String csrf(String role, int turn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(csrfKey, "HmacSHA256"));
            byte[] sig = mac.doFinal((role + ":" + turn).getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form's CSRF token is the page's, and the request comes from this server's pages (Origin, when sent). */
    private boolean csrfOk(HttpExchange x, Map<String, String> form, String role) {
        String origin = x.getRequestHeaders().getFirst("Origin");
        String host = x.getRequestHeaders().getFirst("Host");
        // a browser sends its page's origin, or "null" where it withholds it (no referrer): the CSRF token decides then;
        // another site's origin is refused outright
        if (origin != null && !origin.equals("null") && (host == null || !origin.equals("http://" + host))) {
            return false;
        }
        String turn = form.getOrDefault("turn", "");
        if (!turn.matches("\\d{1,4}")) {
            return false;
        }
        byte[] given = form.getOrDefault("csrf", "").getBytes(StandardCharsets.UTF_8);
        return java.security.MessageDigest.isEqual(given, csrf(role, Integer.parseInt(turn)).getBytes(StandardCharsets.UTF_8));
    }

    /** A form's fields (application/x-www-form-urlencoded, at most 64 kB); null for anything else. */
    private static Map<String, String> form(HttpExchange x) throws IOException {
        String type = x.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        // read, not closed: the exchange's own close finishes the request (closing the stream first left the response hanging)
        InputStream in = x.getRequestBody();
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (k.length() <= 200 && v.length() <= 1000) {
                    out.putIfAbsent(k, v);
                }
            } catch (IllegalArgumentException e) {
                return null; // a malformed escape
            }
        }
        return out;
    }

    private static void headers(HttpExchange x, String type) {
        var h = x.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("Referrer-Policy", "same-origin"); // the token in the address never goes to another site
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
                + "img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    private static void send(HttpExchange x, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        headers(x, "text/html; charset=utf-8");
        x.sendResponseHeaders(status, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }

    private static void sendText(HttpExchange x, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        headers(x, "text/plain; charset=utf-8");
        x.sendResponseHeaders(200, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }

    private static void notFound(HttpExchange x) throws IOException {
        // nothing about why is told
        byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
        headers(x, "text/plain; charset=utf-8");
        x.sendResponseHeaders(404, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }
}
