package org.spoofguard.core.invoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parameters of a Content-Type / Content-Disposition value (RFC 2045 §5.1), including RFC 2231 extended
 * ({@code filename*=utf-8''faktura%20nr.pdf}) and continued ({@code filename*0*=}, {@code filename*1=})
 * parameters, and — as mail clients really send them — RFC 2047 encoded words inside quoted values.
 */
final class MimeParams {
    private MimeParams() {
    }

    /** The value before the first ';', lower case ("attachment", "application/pdf"). */
    static String primary(String value) {
        if (value == null) {
            return "";
        }
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    static Map<String, String> parse(String value) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String[]>> continued = new LinkedHashMap<>();
        if (value == null) {
            return plain;
        }
        String s = value.length() > 16384 ? value.substring(0, 16384) : value;
        int i = s.indexOf(';');
        int count = 0;
        while (i >= 0 && i < s.length() && count++ < 100) {
            i++;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int eq = s.indexOf('=', i);
            int semi = s.indexOf(';', i);
            if (eq < 0 || (semi >= 0 && semi < eq)) {
                i = semi;
                continue;
            }
            String name = s.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            int v = eq + 1;
            while (v < s.length() && Character.isWhitespace(s.charAt(v))) {
                v++;
            }
            String val;
            if (v < s.length() && s.charAt(v) == '"') {
                StringBuilder b = new StringBuilder();
                int k = v + 1;
                for (; k < s.length(); k++) {
                    char c = s.charAt(k);
                    if (c == '\\' && k + 1 < s.length()) {
                        b.append(s.charAt(++k));
                    } else if (c == '"') {
                        break;
                    } else {
                        b.append(c);
                    }
                }
                val = b.toString();
                i = s.indexOf(';', k);
            } else {
                int end = s.indexOf(';', v);
                val = (end < 0 ? s.substring(v) : s.substring(v, end)).trim();
                i = end;
            }
            int star = name.indexOf('*');
            if (star < 0) {
                plain.putIfAbsent(name, val);
                continue;
            }
            String base = name.substring(0, star);
            String rest = name.substring(star + 1);
            boolean extended = rest.endsWith("*") || rest.isEmpty();
            String num = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
            int index = 0;
            if (!num.isEmpty()) {
                try {
                    index = Integer.parseInt(num);
                } catch (NumberFormatException e) {
                    continue;
                }
            }
            if (index < 0 || index > 999) {
                continue;
            }
            continued.computeIfAbsent(base, x -> new TreeMap<>()).put(index, new String[] {val, extended ? "*" : ""});
        }
        for (Map.Entry<String, TreeMap<Integer, String[]>> e : continued.entrySet()) {
            plain.put(e.getKey(), join(e.getValue()));
        }
        return plain;
    }

    /** RFC 2231 §4: the first extended segment carries charset'language'; later ones are %-encoded in it. */
    private static String join(TreeMap<Integer, String[]> parts) {
        Charset cs = StandardCharsets.UTF_8;
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String[] p : parts.values()) {
            String val = p[0];
            if (p[1].equals("*")) {
                if (first) {
                    int q1 = val.indexOf('\'');
                    int q2 = q1 < 0 ? -1 : val.indexOf('\'', q1 + 1);
                    if (q2 > 0) {
                        cs = charset(val.substring(0, q1));
                        val = val.substring(q2 + 1);
                    }
                }
                out.append(percentDecode(val, cs));
            } else {
                out.append(val);
            }
            first = false;
        }
        return out.toString();
    }

    static Charset charset(String name) {
        try {
            return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** {@code %XX} sequences as the bytes they stand for (RFC 2231 values, URLs), read in {@code cs}. */
    static String percentDecode(String v, Charset cs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%' && i + 2 < v.length()) {
                int hi = Character.digit(v.charAt(i + 1), 16);
                int lo = Character.digit(v.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    b.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            b.write(raw, 0, raw.length);
        }
        return new String(b.toByteArray(), cs);
    }
}
