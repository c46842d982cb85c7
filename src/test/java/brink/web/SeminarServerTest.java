package brink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.cli.BrinkCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seminar room on a game on the shipped baseline, over HTTP as a browser speaks it: two teams play three turns,
 * each first sending orders with one mistake, which comes back next to its field; the white cell adjudicates on its
 * button; the pages show the new turn. And the classroom server's rules: a team's link opens nothing of another's or
 * the white cell's, forged and cross-site requests are refused, no request reaches a path, bodies are bounded, text
 * is escaped; five teams sending and refreshing at once lose no order.
 */
class SeminarServerTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Path game(String teams, int turns) {
        Path g = dir.resolve("game");
        StringWriter err = new StringWriter();
        int exit = BrinkCommand.execute(new String[] {"wargame", "new", "scenarios/baseline.yaml", "--teams", teams, "--turn", "month",
                "--turns", Integer.toString(turns), "--spread", "5", "--out", g.toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        return g;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, Map<String, String> form, String origin) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(m.find(), name + " in the page");
        return m.group(1);
    }

    private static Map<String, String> form(String page) {
        Map<String, String> f = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input (?:type=\"hidden\" )?(?:id=\"[^\"]*\" )?name=\"([^\"]*)\" value=\"([^\"]*)\"").matcher(page);
        while (m.find()) {
            f.put(m.group(1), m.group(2).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        return f;
    }

    @Test
    void twoTeamsPlayThreeTurnsWithMistakesShownNextToTheirFields() throws Exception {
        Path g = game("DPRK,US", 3);
        try (SeminarServer s = SeminarServer.start(g, "127.0.0.1", 0, 2)) {
            Map<String, String> links = s.links("http://127.0.0.1:" + s.port());
            for (int turn = 1; turn <= 3; turn++) {
                for (String team : List.of("DPRK", "US")) {
                    String page = get(links.get(team)).body();
                    assertTrue(page.contains("Turn " + turn + " of 3"), page);
                    Map<String, String> f = form(page);
                    String field = team.equals("DPRK") ? "events.missile-test" : "events.show-of-force";
                    f.put(field, "many");
                    HttpResponse<String> bad = post(links.get(team) + "/orders", f, null);
                    assertEquals(200, bad.statusCode());
                    assertTrue(bad.body().contains("<div class=\"bad\" data-field=\"" + field + "\">"), bad.body());
                    assertTrue(bad.body().contains("value=\"many\""), "the mistaken value is kept for correction");
                    f.put(field, "2");
                    HttpResponse<String> good = post(links.get(team) + "/orders", f, null);
                    assertEquals(303, good.statusCode(), good.body());
                    String sheet = Files.readString(g.resolve(String.format("turn-%02d/moves-%s.yaml", turn, team)));
                    assertTrue(sheet.contains("  " + field.substring("events.".length()) + ": 2\n"), sheet);
                }
                String white = get(links.get(Tokens.WHITE_CELL)).body();
                assertTrue(white.contains("<td>DPRK</td><td class=\"ok\">in") && white.contains("<td>US</td><td class=\"ok\">in"), white);
                HttpResponse<String> done = post(links.get(Tokens.WHITE_CELL) + "/adjudicate",
                        Map.of("turn", hidden(white, "turn"), "csrf", hidden(white, "csrf")), null);
                assertTrue(done.body().contains("Turn " + turn + " adjudicated"), done.body());
                assertTrue(Files.isRegularFile(g.resolve(String.format("turn-%02d/report.html", turn))));
                assertEquals("turn=" + (turn + 1), get(links.get("US") + "/state").body());
                assertEquals(200, get(links.get(Tokens.WHITE_CELL) + "/report/" + turn).statusCode());
            }
            assertTrue(get(links.get("US")).body().contains("The game is over"));
            // the folder stays the game: the command line reads what the browser played
            StringWriter out = new StringWriter();
            int exit = BrinkCommand.execute(new String[] {"wargame", "debrief", g.toString(), "--no-charts"},
                    new PrintWriter(out, true), new PrintWriter(out, true));
            assertEquals(0, exit, out.toString());
        }
    }

    @Test
    void chosenDaysAndTheBudgetSplitAreOrderedInTheFormAndReachTheSheet() throws Exception {
        Path g = game("DPRK,US", 1);
        try (SeminarServer s = SeminarServer.start(g, "127.0.0.1", 0, 2)) {
            Map<String, String> links = s.links("http://127.0.0.1:" + s.port());
            Map<String, String> f = form(get(links.get("DPRK")).body());
            List<String> shares = f.keySet().stream().filter(k -> k.startsWith("actions.budgetSplit.")).toList();
            assertTrue(f.containsKey("days.missile-test") && shares.size() >= 2, f.keySet().toString());
            f.put("days.missile-test", "2025-01-10, 2025-03-01");
            f.put(shares.get(0), "0.9");
            f.put(shares.get(1), "0.9");
            String bad = post(links.get("DPRK") + "/orders", f, null).body();
            assertTrue(bad.contains("<div class=\"bad\" data-field=\"days.missile-test\">2025-03-01 is not in this turn"), bad);
            assertTrue(bad.contains("<div class=\"bad\" data-field=\"" + shares.get(0) + "\">the shares add up to"), bad);
            f.put("days.missile-test", "2025-01-10; 2025-01-20");
            double each = 1.0 / shares.size();
            for (String k : shares) {
                f.put(k, k.equals(shares.get(shares.size() - 1)) ? Double.toString(1 - each * (shares.size() - 1)) : Double.toString(each));
            }
            assertEquals(303, post(links.get("DPRK") + "/orders", f, null).statusCode());
            var sheet = brink.scenario.MoveSheetLoader.load(g.resolve("turn-01/moves-DPRK.yaml"), "moves-DPRK.yaml").sheet();
            assertEquals(List.of(java.time.LocalDate.parse("2025-01-10"), java.time.LocalDate.parse("2025-01-20")),
                    sheet.days().get("missile-test"));
            assertEquals(shares.size(), sheet.actions().budgetSplit().size());
            // blank shares and days: the split kept, the times spread evenly
            Map<String, String> again = form(get(links.get("DPRK")).body());
            assertEquals("2025-01-10, 2025-01-20", again.get("days.missile-test"), "the page shows the days as sent");
            again.put("days.missile-test", " ");
            shares.forEach(k -> again.put(k, ""));
            assertEquals(303, post(links.get("DPRK") + "/orders", again, null).statusCode());
            var kept = brink.scenario.MoveSheetLoader.load(g.resolve("turn-01/moves-DPRK.yaml"), "moves-DPRK.yaml").sheet();
            assertTrue(kept.days().isEmpty() && kept.actions().budgetSplit().isEmpty(), kept.toString());
        }
    }

    @Test
    void eachLinkOpensOnlyItsOwnPartAndForgeriesAreRefused() throws Exception {
        Path g = game("DPRK,US", 2);
        try (SeminarServer s = SeminarServer.start(g, "127.0.0.1", 0, 2)) {
            String base = "http://127.0.0.1:" + s.port();
            Map<String, String> links = s.links(base);
            String us = links.get("US");
            String white = links.get(Tokens.WHITE_CELL);
            String usPage = get(us).body();
            assertFalse(usPage.contains(links.get("DPRK").substring(base.length())), "no other team's link in a team's page");
            assertTrue(get(us + "/brief/1").body().contains("Brief for United States"));
            assertEquals(404, get(us + "/report/1").statusCode(), "a team has no white-cell report");
            // a team's token on the white cell's action, with the white cell's own CSRF token: refused
            String whitePage = get(white).body();
            Map<String, String> adjudicate = Map.of("turn", "1", "csrf", hidden(whitePage, "csrf"));
            assertEquals(404, post(us + "/adjudicate", adjudicate, null).statusCode());
            assertEquals(403, post(white + "/adjudicate", Map.of("turn", "1", "csrf", "forged"), null).statusCode());
            assertEquals(403, post(white + "/adjudicate", adjudicate, "http://evil.example").statusCode(), "another origin");
            // another team's CSRF token does not pass for US
            Map<String, String> dprkForm = form(get(links.get("DPRK")).body());
            Map<String, String> usForm = form(usPage);
            usForm.put("csrf", dprkForm.get("csrf"));
            assertEquals(403, post(us + "/orders", usForm, null).statusCode());
            // guessed and mangled tokens, paths with .., unknown routes: the same "not found"
            String token = us.substring(us.lastIndexOf('/') + 1);
            for (String path : List.of("/t/" + token.substring(0, 31) + "x", "/t/" + token + "/brief/../../game.yaml", "/t/" + token
                    + "/brief/%2e%2e%2fgame.yaml", "/t/" + token + "/brief/9", "/t/" + token + "/brief/0", "/game.yaml", "/t/",
                    "/t/" + token + "/x/y/z")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, r.statusCode(), path);
            }
            // a body beyond 64 kB is not read as a form
            Map<String, String> huge = new LinkedHashMap<>(usForm);
            huge.put("csrf", hidden(usPage, "csrf"));
            huge.put("padding", "x".repeat(70_000));
            assertEquals(403, post(us + "/orders", huge, null).statusCode());
            // what a team types comes back escaped
            Map<String, String> hostile = form(usPage);
            hostile.put("actions.budget", "<script>alert(1)</script>");
            String answer = post(us + "/orders", hostile, null).body();
            assertFalse(answer.contains("<script>alert(1)</script>"), "escaped");
            assertTrue(answer.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), answer);
            // the links are secret and stable: 192 bits each, the same after a restart
            assertTrue(token.matches("[A-Za-z0-9_-]{32}"));
        }
        try (SeminarServer again = SeminarServer.start(g, "127.0.0.1", 0, 2)) {
            Map<String, String> links = again.links("http://127.0.0.1:" + again.port());
            assertEquals(200, get(links.get("US")).statusCode(), "the same token after a restart");
        }
    }

    @Test
    void fiveTeamsSendingAndRefreshingAtOnceLoseNoOrder() throws Exception {
        Path g = game("DPRK,US,ROK,Japan,Russia", 2);
        try (SeminarServer s = SeminarServer.start(g, "127.0.0.1", 0, 2)) {
            Map<String, String> links = s.links("http://127.0.0.1:" + s.port());
            List<String> teams = List.of("DPRK", "US", "ROK", "Japan", "Russia");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                // each team sends four versions in order, refreshing between them; the teams at once, and three onlookers
                List<Future<String>> work = new ArrayList<>();
                for (String team : teams) {
                    work.add(pool.submit(() -> {
                        for (int round = 0; round < 4; round++) {
                            Map<String, String> f = form(get(links.get(team)).body());
                            f.put("actions.budget", "1.0" + round);
                            HttpResponse<String> r = post(links.get(team) + "/orders", f, null);
                            if (r.statusCode() != 303) {
                                return team + " round " + round + ": " + r.statusCode() + " " + r.body();
                            }
                            get(links.get(team) + "/state");
                        }
                        return team + " ok";
                    }));
                }
                for (int k = 0; k < 3; k++) {
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 20; i++) {
                            get(links.get(Tokens.WHITE_CELL));
                        }
                        return "white ok";
                    }));
                }
                for (Future<String> f : work) {
                    String r = f.get();
                    assertTrue(r.endsWith(" ok"), r);
                }
            } finally {
                pool.shutdownNow();
            }
            for (String team : teams) {
                String sheet = Files.readString(g.resolve("turn-01/moves-" + team + ".yaml"));
                assertTrue(sheet.contains("  budget: 1.03\n"), "the last of four orders, none lost: " + team + ": " + sheet);
            }
        }
    }

    /** A team's and the white cell's pages as a person sees them in Chromium: the form's fields labelled, nothing cropped. */
    @Test
    void thePagesAsABrowserShowsThem() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(brink.Chromium.installed(), "Debian's chromium is installed by .ci/run");
        Path g = game("DPRK,US", 2);
        try (SeminarServer s = SeminarServer.start(g, "127.0.0.1", 0, 2)) {
            Map<String, String> links = s.links("http://127.0.0.1:" + s.port());
            String dom = brink.Chromium.dom(links.get("DPRK"), dir);
            assertTrue(dom.contains("<label for=\"events.missile-test\">") && dom.contains("name=\"events.missile-test\""), dom);
            assertTrue(dom.contains("Submit the orders of North Korea"), dom);
            for (String role : List.of("DPRK", Tokens.WHITE_CELL)) {
                java.awt.image.BufferedImage shot = brink.Chromium.screenshot(links.get(role), "seminar-" + role + ".png", dir, 1024, 900);
                Files.copy(dir.resolve("seminar-" + role + ".png"), Path.of("target", "seminar-" + role + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                // dark (text) pixels across the page, none in the right margin: written, and not cropped at 1024 px
                long dark = 0;
                long margin = 0;
                for (int y = 0; y < shot.getHeight(); y += 2) {
                    for (int x = 0; x < shot.getWidth() - 20; x += 2) {
                        int rgb = shot.getRGB(x, y);
                        boolean ink = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) < 300;
                        dark += ink ? 1 : 0;
                        margin += ink && x >= shot.getWidth() - 40 ? 1 : 0;
                    }
                }
                assertTrue(dark > 2000, role + ": text shows (" + dark + " dark samples; target/seminar-" + role + ".png)");
                assertEquals(0, margin, role + ": nothing reaches the right edge");
            }
        }
    }

    /**
     * A real browser plays: two teams, three turns; each team types one mistake, sees it next to its field, corrects it
     * and sends; the white cell clicks its button; the teams' pages then show the next turn. Screenshots of the mistake
     * and of the white cell's page are kept in target/ and checked for text.
     */
    @Test
    void aBrowserPlaysTwoTeamsThroughThreeTurns() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(brink.Chromium.installed(), "Debian's chromium is installed by .ci/run");
        Path g = game("DPRK,US", 3);
        try (SeminarServer s = SeminarServer.start(g, "127.0.0.1", 0, 2); brink.Cdp browser = brink.Cdp.start(dir.resolve("browser"))) {
            Map<String, String> links = s.links("http://127.0.0.1:" + s.port());
            for (int turn = 1; turn <= 3; turn++) {
                for (String team : List.of("DPRK", "US")) {
                    String field = team.equals("DPRK") ? "events.missile-test" : "actions.budget";
                    browser.open(links.get(team));
                    assertTrue(browser.html().contains("Turn " + turn + " of 3"), team + " sees turn " + turn);
                    browser.type(field, team.equals("DPRK") ? "three" : "2");
                    browser.click("Submit the orders");
                    String refused = browser.html();
                    assertTrue(refused.contains("data-field=\"" + field + "\""), team + ": the mistake is shown next to " + field + ": " + refused.substring(0, Math.min(1500, refused.length())));
                    if (turn == 1) {
                        browser.screenshot(Path.of("target", "seminar-mistake-" + team + ".png"));
                    }
                    browser.type(field, team.equals("DPRK") ? "3" : "1.2");
                    browser.click("Submit the orders");
                    assertTrue(browser.html().contains("Your orders for this turn are in"), team + ": accepted");
                }
                browser.open(links.get(Tokens.WHITE_CELL));
                browser.click("Adjudicate turn " + turn);
                assertTrue(browser.html().contains("Turn " + turn + " adjudicated"), "the white cell's button adjudicated turn " + turn);
                if (turn == 1) {
                    browser.screenshot(Path.of("target", "seminar-white-cell-adjudicated.png"));
                }
                String sheet = Files.readString(g.resolve(String.format("turn-%02d/moves-DPRK.yaml", turn)));
                assertTrue(sheet.contains("  missile-test: 3\n"), sheet);
            }
            browser.open(links.get("US"));
            assertTrue(browser.html().contains("The game is over"));
        }
        for (String shot : List.of("seminar-mistake-DPRK.png", "seminar-white-cell-adjudicated.png")) {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(Path.of("target", shot).toFile());
            long red = 0;
            long dark = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    int rgb = img.getRGB(x, y);
                    int r = rgb >> 16 & 255;
                    int gr = rgb >> 8 & 255;
                    int b = rgb & 255;
                    red += r > 140 && gr < 60 && b < 60 ? 1 : 0;
                    dark += r + gr + b < 300 ? 1 : 0;
                }
            }
            assertTrue(dark > 2000, shot + ": text shows");
            if (shot.contains("mistake")) {
                assertTrue(red > 20, shot + ": the mistake is marked in red (" + red + ")");
            }
        }
    }

    /**
     * A server killed (SIGKILL) while it adjudicates loses nothing a team submitted: started again, it hands out the same
     * links, the sheets are as submitted, the turn is either wholly done or wholly not, and the game goes on.
     */
    @Test
    void aServerKilledMidTurnLosesNothingSubmitted() throws Exception {
        Path g = game("DPRK,US", 2);
        Process server = serve(g);
        Map<String, String> links;
        String dprkSheet;
        try {
            links = links(server);
            for (String team : List.of("DPRK", "US")) {
                Map<String, String> f = form(get(links.get(team)).body());
                f.put("actions.budget", "1.1");
                assertEquals(303, post(links.get(team) + "/orders", f, null).statusCode());
            }
            dprkSheet = Files.readString(g.resolve("turn-01/moves-DPRK.yaml"));
            String white = get(links.get(Tokens.WHITE_CELL)).body();
            Map<String, String> button = Map.of("turn", hidden(white, "turn"), "csrf", hidden(white, "csrf"));
            Thread click = new Thread(() -> {
                try {
                    post(links.get(Tokens.WHITE_CELL) + "/adjudicate", button, null);
                } catch (Exception e) {
                    // the server died under the request: expected
                }
            });
            click.start();
            Thread.sleep(800);
        } finally {
            server.destroyForcibly().waitFor();
        }
        Process again = serve(g);
        try {
            Map<String, String> after = links(again);
            for (String role : links.keySet()) {
                String token = links.get(role).substring(links.get(role).indexOf("/t/"));
                assertEquals(token, after.get(role).substring(after.get(role).indexOf("/t/")), "the same link after a restart: " + role);
            }
            String state = get(after.get("US") + "/state").body();
            assertTrue(state.equals("turn=1") || state.equals("turn=2"), state);
            assertEquals(dprkSheet, Files.readString(g.resolve("turn-01/moves-DPRK.yaml")), "the submitted sheet is intact");
            boolean done = state.equals("turn=2");
            assertEquals(done, Files.isRegularFile(g.resolve("turn-01/report.html")), "the turn is all done or all not");
            if (!done) {
                String white = get(after.get(Tokens.WHITE_CELL)).body();
                String r = post(after.get(Tokens.WHITE_CELL) + "/adjudicate", Map.of("turn", "1", "csrf", hidden(white, "csrf")), null).body();
                assertTrue(r.contains("Turn 1 adjudicated"), r);
            }
            assertEquals("turn=2", get(after.get("US") + "/state").body());
        } finally {
            again.destroyForcibly().waitFor();
        }
    }

    /** brink wargame serve as its own process (on a free port), its output read for the links. */
    private Process serve(Path g) throws Exception {
        Path log = dir.resolve("serve-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "brink.cli.BrinkCommand", "wargame", "serve", g.toString(), "--port", "0",
                "--threads", "1").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until && !(Files.exists(log) && Files.readString(log).contains("Ctrl-C stops"))) {
            Thread.sleep(50);
        }
        servers.put(p, log);
        return p;
    }

    private final Map<Process, Path> servers = new java.util.HashMap<>();

    private Map<String, String> links(Process p) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(servers.get(p))) {
            Matcher m = Pattern.compile("^  (?:team (\\S+)|(white cell)): (http://\\S+)$").matcher(line);
            if (m.find()) {
                out.put(m.group(1) != null ? m.group(1) : Tokens.WHITE_CELL, m.group(3));
            }
        }
        assertEquals(3, out.size(), Files.readString(servers.get(p)));
        return out;
    }
}
