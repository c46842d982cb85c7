package brink;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Headless Chromium (Debian's, installed by .ci/run) for looking at an HTML page as a person would. */
public final class Chromium {
    /** The first {@code chromium} on the PATH (Debian's package, which .ci/run installs, puts it there). */
    public static final Path BINARY = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "chromium")).filter(Files::isExecutable).findFirst()
            .orElse(Path.of("chromium"));

    private Chromium() {
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    private static List<String> command(Path work, String profile, String... extra) {
        List<String> c = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + work.resolve(profile)));
        c.addAll(List.of(extra));
        return c;
    }

    /** A screenshot of the page, {@code width} x {@code height} pixels. */
    public static BufferedImage screenshot(Path page, Path work, int width, int height) throws IOException, InterruptedException {
        return screenshot(page.toUri().toString(), "screenshot-" + page.getFileName() + ".png", work, width, height);
    }

    /** A screenshot of the page at an address (a served page), {@code width} x {@code height} pixels, saved as {@code name}. */
    public static BufferedImage screenshot(String url, String name, Path work, int width, int height) throws IOException,
            InterruptedException {
        Path shot = work.resolve(name);
        Process p = new ProcessBuilder(command(work, "profile-shot", "--window-size=" + width + "," + height,
                "--screenshot=" + shot, url)).redirectErrorStream(true)
                .redirectOutput(work.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish the screenshot in 120 s");
        }
        return ImageIO.read(shot.toFile());
    }

    /** The page's DOM once the browser has loaded it. */
    public static String dom(Path page, Path work) throws IOException, InterruptedException {
        return dom(page.toUri().toString(), work);
    }

    /** The DOM of the page at an address once the browser has loaded it. */
    public static String dom(String url, Path work) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(work, "profile-dom", "--dump-dom", url))
                .redirectError(work.resolve("dom.log").toFile()).start();
        String loaded = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish loading the page in 120 s");
        }
        return loaded;
    }

    /**
     * Loads a copy of the page in a window {@code width} pixels wide and counts the text of its inline SVG charts (axis
     * labels, legends) drawn outside the window, as a person would find them cropped: "texts=N outside=K legends=L"
     * (L: texts of the charts' legends, found by the words given).
     */
    public static String chartTextsOutside(Path page, Path work, int width, String legendWord) throws IOException, InterruptedException {
        Path copy = work.resolve("measured-" + width + "-" + page.getFileName());
        String script = "<script>window.addEventListener('load',function(){var w=document.documentElement.clientWidth;var n=0,out=0,leg=0;"
                + "document.querySelectorAll('figure svg text').forEach(function(t){var r=t.getBoundingClientRect();if(!t.textContent.trim())"
                + "return;n++;if(t.textContent.indexOf('" + legendWord + "')>=0)leg++;if(r.right>w+1||r.left<-1)out++;});"
                + "var p=document.createElement('pre');p.id='brink-check';p.textContent='texts='+n+' outside='+out+' legends='+leg;"
                + "document.body.appendChild(p);});</script>";
        Files.writeString(copy, Files.readString(page).replace("</body>", script + "</body>"));
        Process p = new ProcessBuilder(command(work, "profile-measure-" + width, "--window-size=" + width + ",900",
                "--virtual-time-budget=5000", "--dump-dom", copy.toUri().toString())).redirectError(work.resolve("measure.log").toFile()).start();
        String loaded = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish loading the page in 120 s");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<pre id=\"brink-check\">([^<]*)</pre>").matcher(loaded);
        return m.find() ? m.group(1) : "no measurement: " + loaded.substring(0, Math.min(300, loaded.length()));
    }

    /** Samples (every third pixel) of clearly coloured pixels from row {@code fromY} down: only a drawn chart has many. */
    public static long colouredSamples(BufferedImage img, int fromY) {
        long coloured = 0;
        for (int y = fromY; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        return coloured;
    }
}
