package org.spoofguard.core.invoice;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reply's own words apart from the mail it quotes. A supplier asked "have you changed bank?" answers "no, pay as
 * always" above the fraudster's mail with the fraudster's account: the account is the quoted mail's, not the
 * supplier's request. Mail clients mark the quote in three ways: lines beginning with "&gt;" (RFC 3676 §4.5), a
 * separator line ("-----Oprindelig meddelelse-----", "-----Original Message-----"), and a header block or an
 * attribution line ("Fra: … / Sendt: …", "Den 3. mar. 2025 kl. 08.12 skrev …:", "On … wrote:"); after a separator,
 * a header block or an attribution everything is quoted. One pass over the lines: linear in the text, which the
 * caller has already bounded.
 */
final class Replies {
    private Replies() {
    }

    /** The reply's own text and the quoted text ("" when nothing is quoted), line ends kept. */
    record Split(String author, String quoted) {
        boolean quotes() {
            return !quoted.isEmpty();
        }
    }

    private static final Pattern SEPARATOR = Pattern.compile("-{2,}\\s*(original message|oprindelig meddelelse"
            + "|original meddelelse|oprindelig besked|original besked|oprindelig e-mail|forwarded message"
            + "|videresendt meddelelse|videresendt besked|videresendt e-mail|urspr\u00fcngliche nachricht"
            + "|weitergeleitete nachricht|ursprungligt meddelande|vidarebefordrat meddelande|opprinnelig melding"
            + "|videresendt melding)\\s*-{2,}");
    private static final Pattern HEADER_FROM = Pattern.compile("(fra|from|von|fr\u00e5n|de)\\s*:.*");
    private static final Pattern HEADER_NEXT = Pattern.compile("(sendt|sent|dato|date|gesendet|datum|skickat"
            + "|til|to|an|emne|subject|betreff|\u00e4mne)\\s*:.*");
    /** "Den 3. mar. 2025 kl. 08.12 skrev Lise Madsen &lt;lima@balk.dk&gt;:", "On …, Lise &lt;…&gt; wrote:", "Am … schrieb …:". */
    private static final Pattern ATTRIBUTION = Pattern.compile(".*\\b(skrev|wrote|schrieb|a \u00e9crit)\\b.*:");

    static Split split(String text) {
        if (text == null || text.isEmpty()) {
            return new Split(text == null ? "" : text, "");
        }
        String[] lines = text.split("\n", -1);
        StringBuilder author = new StringBuilder(text.length());
        StringBuilder quoted = new StringBuilder();
        boolean rest = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip().toLowerCase(Locale.ROOT);
            rest |= startsQuote(lines, i, t);
            StringBuilder to = rest || t.startsWith(">") ? quoted : author;
            to.append(line);
            if (i + 1 < lines.length) {
                to.append('\n');
            }
        }
        return new Split(author.toString(), quoted.toString());
    }

    private static boolean startsQuote(String[] lines, int i, String t) {
        if (t.length() > 300) {
            return false;
        }
        if (SEPARATOR.matcher(t).matches() || (ATTRIBUTION.matcher(t).matches() && attributes(t))) {
            return true;
        }
        if (HEADER_FROM.matcher(t).matches()) {
            // "Fra: Lise Madsen" alone is a signature's label; a quoted mail's header block goes on with
            // "Sendt:"/"Til:"/"Emne:" on the next lines
            for (int k = i + 1; k < Math.min(lines.length, i + 4); k++) {
                if (HEADER_NEXT.matcher(lines[k].strip().toLowerCase(Locale.ROOT)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An attribution names when or who: a date's digits or an address ("Den 3. mar. … skrev a@b.dk:"). */
    private static boolean attributes(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isDigit(c) || c == '@') {
                return true;
            }
        }
        return false;
    }
}
