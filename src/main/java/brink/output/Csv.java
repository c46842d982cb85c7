package brink.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * CSV cells: RFC 4180 quoting, numbers written the same way on every machine, and text that a spreadsheet would take
 * for a formula neutralised as OWASP recommends (CSV injection): a text cell beginning with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe and quotes, so that it shows as the text it is.
 */
public final class Csv {
    private static final MathContext SIGNIFICANT = new MathContext(7);

    private Csv() {
    }

    public static String text(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "\"'" + s.replace("\"", "\"\"") + '"';
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Whole numbers as integers, others to 7 significant digits, without exponents; NaN as empty. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
