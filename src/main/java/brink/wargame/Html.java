package brink.wargame;

/** The wargame pages' shared head (brink.output.HtmlPage, with their style) and numbers: plain, printable, no network. */
final class Html {
    private Html() {
    }

    static StringBuilder page(String title) {
        return brink.output.HtmlPage.open(new StringBuilder(), title).append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:right}"
                        + "th{background:#eee}#timeline td{text-align:left;vertical-align:top}td:first-child,th:first-child{text-align:left}svg{max-width:100%;height:auto}"
                        + ".box{background:#f4f7fb;padding:0.5em 1.2em;border-left:4px solid #0072B2}"
                        + "@media print{body{margin:0}figure{page-break-inside:avoid}}</style></head><body>\n<h1>")
                .append(brink.output.HtmlPage.esc(title)).append("</h1>\n");
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return Math.abs(v) >= 100 ? String.format(java.util.Locale.ROOT, "%,.0f", v)
                : new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
