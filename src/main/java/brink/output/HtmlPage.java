package brink.output;

/**
 * What every HTML page Brink writes shares (run, comparison, sweep and battle reports, the wargame's briefs, white-cell
 * pages and debrief) and the one escaper for text from files and users in them (and in the GUI's HTML labels).
 */
public final class HtmlPage {
    private HtmlPage() {
    }

    /** Text made safe inside HTML elements and quoted attributes: &amp; &lt; &gt; &quot; &#39;; null as empty. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Starts a page: doctype, English, UTF-8, the title (escaped), and opens its style sheet; the caller appends its
     * own rules, closes the style and the head. Pages carry everything they show: no network, no scripts from elsewhere.
     */
    public static StringBuilder open(StringBuilder h, String title) {
        return h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>");
    }
}
