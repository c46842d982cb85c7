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
        String fast = roundedByDouble(v);
        return fast != null ? fast : exact(v);
    }

    /**
     * Full precision: the shortest decimal that reads back as exactly v (Java's own), without an exponent; NaN as empty.
     * For values a reader applies as they are (a PRIM box's limits), where 7 digits would move samples in or out.
     */
    public static String full(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).toPlainString();
    }

    /** The reference: v's exact binary value rounded half up to 7 significant digits. Slow (a 50-digit expansion). */
    static String exact(double v) {
        return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p; // 1e0 .. 1e22: all exact in a double
            p *= 10;
        }
    }

    /**
     * The same text as {@link #exact} in floating point, or null where that cannot be sure of it. |v| scaled by an
     * exact power of ten to t in [1e6, 1e7) is one correctly rounded operation, off the exact value by at most 1e-9;
     * unless t lies within 1e-6 of a tie (x.5) its nearest integer is the exact value's 7 significant digits.
     */
    static String roundedByDouble(double v) {
        double a = Math.abs(v);
        if (!(a >= 1e-12 && a < 1e15)) {
            return null;
        }
        int e = (int) Math.floor(Math.log10(a)); // the power of ten of the leading digit, give or take one
        double t = scaled(a, 6 - e);
        if (t < 1e6) {
            t = scaled(a, 6 - --e);
        } else if (t >= 1e7) {
            t = scaled(a, 6 - ++e);
        }
        double floor = Math.floor(t);
        double frac = t - floor;
        if (!(t >= 1e6 && t < 1e7) || Math.abs(frac - 0.5) <= 1e-6) {
            return null;
        }
        long n = (long) floor + (frac > 0.5 ? 1 : 0);
        if (n == 10_000_000L) {
            n = 1_000_000L;
            e++;
        }
        int last = e - 6; // the power of ten of n's last digit
        while (n % 10 == 0) {
            n /= 10;
            last++;
        }
        String digits = Long.toString(n);
        StringBuilder s = new StringBuilder(24);
        if (v < 0) {
            s.append('-');
        }
        int k = digits.length();
        if (last >= 0) {
            s.append(digits).append("0".repeat(last));
        } else if (-last < k) {
            s.append(digits, 0, k + last).append('.').append(digits, k + last, k);
        } else {
            s.append("0.").append("0".repeat(-last - k)).append(digits);
        }
        return s.toString();
    }

    private static double scaled(double a, int shift) {
        if (shift > 22 || shift < -22) {
            return Double.NaN;
        }
        return shift >= 0 ? a * POWERS_OF_TEN[shift] : a / POWERS_OF_TEN[-shift];
    }
}
