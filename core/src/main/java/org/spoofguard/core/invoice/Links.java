package org.spoofguard.core.invoice;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Host names of links in text or HTML, by one linear scan for "://" (so links in attributes, in text and in
 * places an HTML renderer would hide are all found). The authority's user-info is dropped:
 * {@code https://kommune.dk@evil.example/} goes to evil.example, which is the host that counts.
 */
final class Links {
    private static final int MAX_HOST = 253;

    private Links() {
    }

    static void hosts(CharSequence text, int maxChars, Set<String> out, int maxHosts) {
        scan(text, maxChars, out, maxHosts, false);
    }

    /**
     * One scan for both: the hosts of the links (at most {@code maxHosts} distinct, into {@code out}) and, when
     * {@code wantAction}, the first call to action ({@link #callToAction}), or null.
     */
    static String scan(CharSequence text, int maxChars, Set<String> out, int maxHosts, boolean wantAction) {
        int n = Math.min(text.length(), maxChars);
        int links = 0;
        String action = null;
        int i = 0;
        while (out.size() < maxHosts || (wantAction && action == null && links < MAX_ACTION_LINKS)) {
            int sep = indexOf(text, "://", i, n);
            if (sep < 0) {
                break;
            }
            int start = sep + 3;
            int end = start;
            // to the authority's end, however long: a browser goes to the host after the last "@", so a user-info
            // of more than 506 characters hid the host when only that many were read (each character is read once)
            while (end < n) {
                char c = text.charAt(end);
                if (c == '/' || c == '?' || c == '#' || c == '\\' || c == '"' || c == '\'' || c == '<'
                        || c == '>' || c == ')' || c == ']' || Character.isWhitespace(c)) {
                    break;
                }
                end++;
            }
            i = Math.max(end, start);
            if (!isScheme(text, sep)) {
                continue;
            }
            if (out.size() < maxHosts) {
                // the host and its "@" are in the authority's last characters; user-info dropped in host()
                String host = host(text.subSequence(Math.max(start, end - MAX_HREF), end).toString());
                String inner = null;
                if (host != null && isRewriter(host)) {
                    int queryEnd = queryEnd(text, end, n);
                    inner = wrapped(text.subSequence(end, queryEnd).toString());
                    i = queryEnd; // read once: a run of wrappers costs each its own characters only
                }
                if (inner != null) {
                    out.add(inner);
                } else if (host != null) {
                    out.add(host);
                }
            }
            if (wantAction && action == null && links++ < MAX_ACTION_LINKS) {
                action = actionOf(text, sep, n);
            }
        }
        return action;
    }

    /**
     * Microsoft Defender's Safe Links host: it only forwards to the link it wraps ({@link #wrapped}), so that link,
     * not the wrapper, is where the clerk lands. Behind Exchange Online every link of every mail is so wrapped.
     */
    private static boolean isRewriter(String host) {
        return host.endsWith(".safelinks.protection.outlook.com");
    }

    /** The longest query a Safe Links URL is read for its {@code url=} parameter. */
    private static final int MAX_WRAPPED = 4096;

    /** Where the URL whose host ends at {@code from} ends: whitespace, a quote or an angle bracket, or the bound. */
    private static int queryEnd(CharSequence text, int from, int n) {
        int end = from;
        while (end < n && end - from < MAX_WRAPPED && !Character.isWhitespace(text.charAt(end))
                && "\"'<>".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /**
     * The host of the link a Safe Links URL wraps ({@code ?url=https%3A%2F%2Fkommune-faktura.dk%2F…&data=…}): the
     * parameter percent-decoded (twice at most, for a link wrapped again), then read as a plain link, user-info and
     * all; null when there is none, and the wrapper's host counts instead. Only the rewriter's own parameter: an
     * arbitrary redirect's query names anything (a newsletter's tracking link carries its social-media targets).
     */
    private static String wrapped(String query) {
        int url = query.toLowerCase(Locale.ROOT).indexOf("url=");
        if (url < 0 || (url > 0 && query.charAt(url - 1) != '?' && query.charAt(url - 1) != '&')) {
            return null;
        }
        int amp = query.indexOf('&', url);
        String value = query.substring(url + 4, amp < 0 ? query.length() : amp);
        for (int round = 0; round < 2 && value.indexOf('%') >= 0; round++) {
            value = MimeParams.percentDecode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
        int sep = value.indexOf("://");
        if (sep < 0 || !isScheme(value, sep)) {
            return null;
        }
        int start = sep + 3;
        int stop = start;
        while (stop < value.length() && "/?#\\".indexOf(value.charAt(stop)) < 0) {
            stop++;
        }
        return host(value.substring(start, stop)); // host() drops the user-info
    }

    // Verification pages of the OAuth device authorization grant (RFC 8628) at the big identity providers: a
    // mail that sends a clerk there with a code is the flow's remote phishing (§5.4), whatever the page's host.
    private static final List<String> DEVICE_LOGIN_PAGES = List.of("microsoft.com/devicelogin", "aka.ms/devicelogin",
            "/oauth2/deviceauth", "/oauth2/v2.0/deviceauth", "login.live.com/oauth20_remoteconnect",
            "google.com/device", "github.com/login/device");
    private static final int MAX_URL = 256;

    /**
     * The first http(s) link to a device-code login page ({@link #DEVICE_LOGIN_PAGES}), as written (host and
     * path, at most {@link #MAX_URL} characters), or null. Linear; at most {@link #MAX_ACTION_LINKS} links read.
     */
    static String deviceLogin(CharSequence text, int maxChars) {
        int n = Math.min(text.length(), maxChars);
        int i = 0;
        for (int links = 0; links < MAX_ACTION_LINKS; links++) {
            int sep = indexOf(text, "://", i, n);
            if (sep < 0) {
                return null;
            }
            int end = sep + 3;
            while (end < n && end - sep < MAX_URL && !Character.isWhitespace(text.charAt(end))
                    && "\"'<>()[]".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            i = end;
            if (!isScheme(text, sep)) {
                continue;
            }
            String url = text.subSequence(sep + 3, end).toString().toLowerCase(Locale.ROOT);
            // the page in the host and path, not in a query string that merely names it
            int query = url.indexOf('?');
            String hostAndPath = query < 0 ? url : url.substring(0, query);
            for (String page : DEVICE_LOGIN_PAGES) {
                if (hostAndPath.contains(page)) {
                    return url;
                }
            }
        }
        return null;
    }

    /**
     * The host of one URL a document links to (a PDF link annotation, a Word hyperlink's target), into {@code out}:
     * as {@link #hosts} reads it, else as a browser parses it ({@link #browserHost}): the viewer hands the URL as
     * written to the browser, which follows {@code https:\\kommune-faktura.dk} or a tab inside the scheme.
     *
     * @param references whether character references are decoded first (an XML attribute's value as written)
     */
    static void urlHosts(String url, boolean references, Set<String> out, int maxHosts) {
        Set<String> found = new java.util.LinkedHashSet<>();
        hosts(url, url.length(), found, maxHosts);
        if (found.isEmpty()) {
            String h = browserHost(url, references);
            if (h != null) {
                found.add(h);
            }
        }
        for (String h : found) {
            if (out.size() < maxHosts) {
                out.add(h);
            }
        }
    }

    /** The longest attribute value {@link #hrefHosts} reads as a URL. */
    private static final int MAX_HREF = 4096;

    /**
     * Hosts of the {@code href} attributes in HTML, each value read as a browser parses it, into {@code out} (at most
     * {@code maxHosts}). {@link #scan} looks for "://" in the raw text and so missed what a browser still follows:
     * character references ({@code https://kommune-faktura&#46;dk}, {@code https&colon;//}), a tab or a line break
     * inside the URL, backslashes for slashes ({@code https:\\kommune-faktura.dk}) and no slashes at all
     * ({@code https:kommune-faktura.dk}); a compromised supplier's look-alike pay link written so was only tagged.
     * One pass; each value is read once, at most {@link #MAX_HREF} characters of it.
     */
    static void hrefHosts(CharSequence html, int maxChars, Set<String> out, int maxHosts) {
        int n = Math.min(html.length(), maxChars);
        int i = 0;
        while (out.size() < maxHosts) {
            int at = indexOfIgnoreCase(html, "href", i, n);
            if (at < 0) {
                return;
            }
            int k = at + 4;
            while (k < n && Character.isWhitespace(html.charAt(k))) {
                k++;
            }
            if (k >= n || html.charAt(k) != '=') {
                i = at + 4;
                continue;
            }
            k++;
            while (k < n && Character.isWhitespace(html.charAt(k))) {
                k++;
            }
            char quote = k < n ? html.charAt(k) : 0;
            int start = quote == '"' || quote == '\'' ? k + 1 : k;
            int end = start;
            while (end < n && end - start < MAX_HREF) {
                char c = html.charAt(end);
                if (quote == '"' || quote == '\'' ? c == quote : Character.isWhitespace(c) || c == '>') {
                    break;
                }
                end++;
            }
            i = Math.max(end, at + 4);
            String host = browserHost(html.subSequence(start, end).toString(), true);
            if (host != null) {
                out.add(host);
            }
        }
    }

    /**
     * The host a browser goes to for an href value, or null when it is no http(s) URL or has no DNS name: character
     * references decoded (WHATWG HTML §13.2.5.38), ASCII tab and newline removed and leading and trailing controls and
     * spaces trimmed (WHATWG URL §4.4), then, the scheme being special, any run of '/' and '\' after "https:" (none,
     * one, three) starts the authority, and '\' ends it as '/' does.
     */
    static String browserHost(String value, boolean references) {
        String v = withoutTabsAndNewlines(value.length() > MAX_HREF ? value.substring(0, MAX_HREF) : value);
        if (references && v.indexOf('&') >= 0) {
            v = withoutTabsAndNewlines(Html.toText(v, MAX_HREF));
        }
        int from = 0;
        int to = v.length();
        while (from < to && v.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && v.charAt(to - 1) <= ' ') {
            to--;
        }
        v = v.substring(from, to);
        int colon = v.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String scheme = v.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        int start = colon + 1;
        while (start < v.length() && (v.charAt(start) == '/' || v.charAt(start) == '\\')) {
            start++;
        }
        int stop = start;
        while (stop < v.length() && "/\\?#".indexOf(v.charAt(stop)) < 0) {
            stop++;
        }
        return host(v.substring(start, stop));
    }

    private static String withoutTabsAndNewlines(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '\t' && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int indexOfIgnoreCase(CharSequence t, String s, int from, int to) {
        outer:
        for (int i = from; i + s.length() <= to; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (Character.toLowerCase(t.charAt(i + k)) != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The authority's host, lower case, port and trailing dots dropped; null when it is no DNS name. */
    private static String host(String authority) {
        // a browser decodes a percent-encoded host ("danfoss%2Dfaktura.dk" is danfoss-faktura.dk)
        String host = authority.indexOf('%') >= 0
                ? MimeParams.percentDecode(authority, java.nio.charset.StandardCharsets.UTF_8) : authority;
        // the user-info goes first: the browser maps the host alone, so a long user-info must not turn the mapping
        // off ("<700 characters>@kommune-faktura\u3002dk" was no host at all, and its look-alike went unseen)
        host = host.substring(host.lastIndexOf('@') + 1);
        if (host.length() <= 2 * MAX_HOST && !isAscii(host)) {
            // IDNA (UTS #46 mapping, as browsers apply it): the ideographic full stop U+3002 and the fullwidth and
            // halfwidth stops U+FF0E and U+FF61 separate labels as "." does, and fullwidth letters are their ASCII
            // letters (NFKC): "kommune-faktura\u3002dk" is kommune-faktura.dk
            host = java.text.Normalizer.normalize(host.replace('\u3002', '.').replace('\uFF0E', '.')
                    .replace('\uFF61', '.'), java.text.Normalizer.Form.NFKC);
        }
        // user-info, written plainly or encoded ("kmd.dk%40evil.example"), ends at the last "@"
        host = host.substring(host.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !host.startsWith("[")) {
            host = host.substring(0, colon);
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.length() <= MAX_HOST && host.indexOf('.') > 0 && !host.startsWith("[")
            && host.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-') ? host : null;
    }

    /** How many links' words {@link #callToAction} reads: a phishing mail needs one button, a newsletter has dozens. */
    static final int MAX_ACTION_LINKS = 64;
    /** An anchor's text, or the words before a bare URL on its line, as far as they are read. */
    private static final int ACTION_WINDOW = 80;
    // The words of a button that leads off the mail to where the harm is done: pay, log in or approve, open a
    // "shared" document. Danish and English, as single words or pairs ("log ind", "se faktura").
    private static final Set<String> ACTION_WORDS = Set.of("betal", "betale", "indbetal", "pay",
            "godkend", "godkende", "approve", "login", "signin", "mitid", "nemid", "bekræft", "bekraeft", "confirm",
            "verify", "verificer", "valider", "validate",
            // "Se og underskriv", "Review and sign": the signing button of a document that may be a lure
            "underskriv", "underskrive", "signer", "signér",
            // "Forny for fem år på https://…", "Renew now": a renewal is a payment
            "forny", "renew",
            // German, for a border municipality's mail: "Jetzt bezahlen", "Anmelden", "Bestätigen"
            "bezahlen", "begleichen", "anmelden", "bestätigen", "bestaetigen");
    private static final Set<String> ACTION_VERBS = Set.of("log", "sign", "åbn", "aabn", "open",
            "se", "view", "vis", "show", "download", "hent", "review", "opdater", "update", "frigiv", "release",
            "upload", "uploade", "indlæs", "indlaes", "til",
            // "Afspil beskeden", "Hør besked", "Play message": the voicemail behind a login page
            "afspil", "hør", "hoer", "play", "listen",
            "to");
    // a button that says only "Åbn" or "View" under a "shared document" line
    private static final Set<String> OPEN_WORDS = Set.of("åbn", "aabn", "open", "se", "view",
            "vis", "show", "download", "hent", "review");
    private static final Set<String> ACTION_OBJECTS = Set.of("ind", "in", "on", "på", "paa",
            "dokument", "dokumentet", "dokumenter", "faktura", "fakturaen", "fil", "filen", "document", "documents",
            "invoice", "file", "pdf", "invitation", "invitationen", "betaling", "betalingen", "betalinger",
            "betalingerne", "payments", "betalingsoplysninger",
            "kort", "kortoplysninger", "payment", "billing", "card", "indbakken", "inbox",
            // "Opdater kundekendskab", "Update account details": the bank's "know your customer" review and the
            // payee update that lead to a login page
            "kundekendskab", "oplysninger", "oplysningerne", "kontooplysninger", "konto", "kontoen", "account",
            "details", "information",
            // "Upload betalingsfil": the netbank's payment file, sent back to a page that takes it and the login
            "betalingsfil", "betalingsfilen", "betalingsfiler",
            // "Åbn kontrakten", "View agreement": the document to sign
            "kontrakt", "kontrakten", "aftale", "aftalen", "contract", "agreement",
            // "Opdater registreringen på https://…": the register entry whose form takes the login
            "registrering", "registreringen", "kontaktoplysninger", "kontaktoplysningerne", "registration",
            // "Afspil beskeden", "Hør besked": the voicemail (see ACTION_VERBS)
            "besked", "beskeden", "talebesked", "talebeskeden", "message", "voicemail", "recording");

    /**
     * The first call to action of a link, or null: an HTML anchor's own words ("Godkend med MitID", "Åbn
     * dokument", "Betal nu") or, in plain text and for a bare URL, the words just before it on its line ("Betal
     * udestående via https://…"). Linear, at most {@link #MAX_ACTION_LINKS} links read.
     */
    static String callToAction(CharSequence text, int maxChars) {
        return scan(text, maxChars, new HashSet<>(), 0, true);
    }

    /** The call to action of the link whose "://" is at {@code sep}, or null. */
    private static String actionOf(CharSequence text, int sep, int n) {
        String words = anchorText(text, sep, n);
        boolean anchor = words != null;
        if (anchor) {
            String own = actionWords(words, true);
            // "Betal i dag via <a>betalingssiden</a>", "kan kun afspilles efter log-on: <a>Afspil</a>": the
            // sentence that leads into the anchor says what the button does when its own words do not
            return own != null ? own : actionWords(leadIn(text, sep), false);
        }
        if (words == null) {
            int lineStart = sep;
            while (lineStart > 0 && sep - lineStart < ACTION_WINDOW && text.charAt(lineStart - 1) != '\n'
                    && text.charAt(lineStart - 1) != '>') {
                lineStart--;
            }
            words = text.subSequence(lineStart, sep).toString();
        }
        String action = actionWords(words, anchor);
        if (action == null && !anchor) {
            // "… til gennemsyn og signering. Åbn: https://…", or "Åbn: https://…" on a line of its own: the last
            // sentence before the URL is only the open word (and the scheme's own letters)
            int end = Math.max(words.lastIndexOf(". "), Math.max(words.lastIndexOf("! "), words.lastIndexOf("? ")));
            String[] last = NON_WORD.split(words.substring(end + 1).toLowerCase(Locale.ROOT));
            List<String> tokens = Arrays.stream(last).filter(w -> !w.isEmpty()).toList();
            if (!tokens.isEmpty() && OPEN_WORDS.contains(tokens.get(0))
                    && (tokens.size() == 1 || (tokens.size() == 2 && tokens.get(1).startsWith("http")))) {
                return tokens.get(0);
            }
        }
        return action;
    }

    /**
     * The words of the sentence just before the anchor whose href holds the URL at {@code sep}: back from its
     * {@code <a} to the end of the previous sentence or tag, at most {@link #ACTION_WINDOW} characters.
     */
    private static String leadIn(CharSequence t, int sep) {
        int open = sep;
        while (open > 0 && sep - open < 2 * MAX_HOST && t.charAt(open) != '<') {
            open--;
        }
        int start = open;
        while (start > 0 && open - start < ACTION_WINDOW) {
            char c = t.charAt(start - 1);
            if (c == '>' || c == '.' || c == '!' || c == '?' || c == '\n') {
                break;
            }
            start--;
        }
        return t.subSequence(start, open).toString();
    }

    /** The text of the anchor whose href holds the URL at {@code sep}, tags dropped; null when it is not one. */
    private static String anchorText(CharSequence t, int sep, int n) {
        int open = sep;
        while (open > 0 && sep - open < 2 * MAX_HOST && t.charAt(open) != '<') {
            open--;
        }
        if (t.charAt(open) != '<' || open + 2 >= n || Character.toLowerCase(t.charAt(open + 1)) != 'a'
                || !Character.isWhitespace(t.charAt(open + 2))) {
            return null;
        }
        int start = indexOf(t, ">", sep, Math.min(n, sep + 4 * MAX_HOST));
        if (start < 0) {
            return null;
        }
        // markup inside the anchor (spans, styles, entities such as &Aring;) is read as a browser shows it, but
        // not without end: 2 KiB of it at most
        int close = indexOf(t, "</", start + 1, Math.min(n, start + 2048));
        while (close >= 0 && (close + 2 >= n || Character.toLowerCase(t.charAt(close + 2)) != 'a')) {
            close = indexOf(t, "</", close + 2, Math.min(n, start + 2048));
        }
        int stop = close >= 0 ? close : Math.min(n, start + 2048);
        return Html.toText(t.subSequence(start + 1, stop).toString(), ACTION_WINDOW);
    }

    /*
     * Compiled once: String.split and replaceFirst with these expressions compiled them again for every URL of a mail
     * (a newsletter's 40 links each asked twice); Pattern.split and Matcher.replaceFirst give the same strings.
     */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_NON_WORD = Pattern.compile("^[^\\p{L}\\p{N}]+");

    private static String actionWords(String words, boolean anchor) {
        String[] tokens = NON_WORD.split(LEADING_NON_WORD.matcher(words.toLowerCase(Locale.ROOT)).replaceFirst(""));
        if (tokens.length == 1 && OPEN_WORDS.contains(tokens[0])) {
            // a button "Åbn", or in plain text a line that is only "Åbn: https://…": the link is the action
            return tokens[0];
        }
        for (int k = 0; k < tokens.length; k++) {
            if (ACTION_WORDS.contains(tokens[k])) {
                return tokens[k] + withEid(tokens, k);
            }
            if (anchor && tokens[k].equals("sign") && k + 1 == tokens.length) {
                // "Review and sign": the button ends in the signing (not "Sign up", "Sign in" is a login above)
                return tokens[k];
            }
            if (ACTION_VERBS.contains(tokens[k]) && k + 1 < tokens.length && ACTION_OBJECTS.contains(tokens[k + 1])) {
                return tokens[k] + " " + tokens[k + 1];
            }
        }
        return null;
    }

    /**
     * " med mitid" when the action is done with a national login ("Underskriv med MitID", "Godkend via NemID", "sign
     * with MitID"): the page behind the button asks for the reader's MitID, which makes it a login, not a document.
     */
    private static String withEid(String[] tokens, int k) {
        for (int j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
            if ((tokens[j].equals("mitid") || tokens[j].equals("nemid")) && EID_LINKS.contains(tokens[j - 1])) {
                return " " + tokens[j - 1] + " " + tokens[j];
            }
        }
        return "";
    }

    private static final Set<String> EID_LINKS = Set.of("med", "with", "via", "using", "mit", "mittels");

    private static final Set<String> SIGNING_WORDS = Set.of("underskriv", "underskrive", "underskrift", "signer",
            "signér", "sign", "signing", "gennemse", "review", "dokument", "dokumentet", "dokumenter", "document",
            "documents", "kontrakt", "kontrakten", "contract", "aftale", "aftalen", "agreement");

    /** Does a call to action ({@link #scan}'s result) sign or open a document? */
    static boolean signsOrOpensDocument(String action) {
        if (action == null) {
            return false;
        }
        for (String w : NON_WORD.split(action.toLowerCase(Locale.ROOT))) {
            if (SIGNING_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** http, https (other schemes do not lead a clerk to a payment page). */
    private static boolean isScheme(CharSequence t, int sep) {
        return endsWithIgnoreCase(t, sep, "https") || endsWithIgnoreCase(t, sep, "http");
    }

    private static boolean endsWithIgnoreCase(CharSequence t, int end, String s) {
        int start = end - s.length();
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (Character.toLowerCase(t.charAt(start + k)) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence t, String s, int from, int to) {
        outer:
        for (int i = from; i + s.length() <= to; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (t.charAt(i + k) != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
