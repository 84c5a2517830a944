package org.spoofguard.core.verdict;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.message.HeaderFolding;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * A {@link SenderVerdict} as one RFC 8601 {@code Authentication-Results} header field value, and back.
 *
 * <p>Output only: the carrier of our verdict is {@link VerdictRecord} ({@link VerdictRecordCodec}); no SpoofGuard
 * decision parses this header. {@link #isOurs} finds forged fields claiming our authserv-id so they can be deleted
 * on arrival (RFC 8601 §5). {@link #parse} and {@link #authenticatedSubmitter} read back only what we wrote (our
 * authserv-id only) for tests that check the output and for admins' tools; they stay fuzzed. Nothing here throws
 * for bad input.
 *
 * <p>Registered methods/ptypes only (RFC 8601 §2.7, RFC 7489 §11.2, RFC 9989): {@code spf} with
 * {@code smtp.mailfrom} / {@code smtp.helo}; {@code dkim} with {@code header.d}, {@code header.s},
 * {@code header.a}, {@code header.i} (the AUID) and {@code header.b} (RFC 6008: the start of b=); {@code dmarc} with {@code header.from} and {@code policy.dmarc}. What has no registered
 * property (client IP, envelope sender, DMARC policy domain and alignment) travels in comments, which
 * other parsers ignore; values in them are %-encoded so they cannot break the syntax.
 *
 * <p>A mail submitted with SMTP AUTH also gets {@code auth=pass smtp.auth=<user>} (RFC 8601 §2.7.4), so
 * that the submission stays provable on paths that drop James's {@code SMTPAuthUser} attribute (the bounce
 * guard reads it back with {@link #authenticatedSubmitter}). Relay-allowed clients without AUTH get no such
 * resinfo: RFC 8601 registers no method for "trusted network", and claiming {@code auth=pass} would be a lie.
 */
public final class AuthenticationResultsHeader {
    /** The header field name. */
    public static final String NAME = "Authentication-Results";

    static final int MAX_HEADER_LENGTH = 32 * 1024;
    static final int MAX_REASON_LENGTH = 300;
    private static final int MAX_TOKENS = 4000;
    private static final int MAX_COMMENT_DEPTH = 8;
    private static final int MAX_DKIM = 64;
    private static final String MARKER = "spoofguard";
    /** RFC 5321 §4.5.3.1.3: a path is at most 256 octets; longer names are not addresses we issued. */
    static final int MAX_SMTP_AUTH_LENGTH = 256;
    /**
     * Characters of a property value as read back (a quoted-pair is one), then "...": as long as any RFC 5321 path
     * (and so any domain name, DKIM tag or login name we meant to carry); HELO, MAIL FROM, the DKIM tags and the From
     * domain are the sender's and can be 8 KiB, which made our field a line over RFC 5322's 998 characters. Cut
     * values are written quoted, at most 2 * 256 + 5 characters, so every folded line stays within 998.
     */
    static final int MAX_PVALUE = MAX_SMTP_AUTH_LENGTH;
    /** %-encoded characters of one value in our comments, then "..." (for the same reason as {@link #MAX_PVALUE}). */
    static final int MAX_COMMENT_VALUE = 512;

    private AuthenticationResultsHeader() {
    }

    // ------------------------------------------------------------------ formatting

    /** The header value on one line (no folding; admin tools): values cut as in the folded form. */
    public static String format(SenderVerdict verdict, String authservId) {
        return format(verdict, authservId, null);
    }

    /**
     * The header value on one line, with {@code auth=pass smtp.auth=<smtpAuthUser>} when the mail came in an
     * SMTP AUTH session ({@code smtpAuthUser} null or blank: no auth resinfo).
     */
    public static String format(SenderVerdict verdict, String authservId, String smtpAuthUser) {
        List<String> out = new ArrayList<>();
        for (List<String> words : parts(verdict, authservId, smtpAuthUser)) {
            out.add(String.join(" ", words));
        }
        return String.join("; ", out);
    }

    /**
     * The header value folded with CRLF TAB (RFC 5322 §2.2.3) before every resinfo and, where a line would pass 78
     * characters (RFC 5322 §2.1.1), between the words of one (RFC 8601 §2.2 allows CFWS around every element); with
     * the values cut at {@link #MAX_PVALUE} / {@link #MAX_COMMENT_VALUE}, no line exceeds 998.
     */
    public static String formatFolded(SenderVerdict verdict, String authservId) {
        return formatFolded(verdict, authservId, null);
    }

    /** {@link #formatFolded(SenderVerdict, String)} with the SMTP AUTH resinfo of {@link #format(SenderVerdict, String, String)}. */
    public static String formatFolded(SenderVerdict verdict, String authservId, String smtpAuthUser) {
        List<List<String>> parts = parts(verdict, authservId, smtpAuthUser);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            List<String> words = new ArrayList<>(parts.get(i));
            if (i < parts.size() - 1) {
                words.set(words.size() - 1, words.get(words.size() - 1) + ";");
            }
            sb.append(i == 0 ? "" : "\r\n\t").append(HeaderFolding.fold(i == 0 ? NAME.length() + 2 : 1, words,
                    HeaderFolding.SHOULD_LINE));
        }
        return sb.toString();
    }

    /**
     * The resinfos (the authserv-id and our envelope comment first), each as the words between which we may fold.
     * A comment is split only between its k=v words (parsing reads folding whitespace there as a space); a quoted
     * value is never split (a fold inside a quoted-string is part of the string).
     */
    private static List<List<String>> parts(SenderVerdict v, String authservId, String smtpAuthUser) {
        List<List<String>> parts = new ArrayList<>();
        String id = authservId == null || authservId.isBlank() ? "localhost" : authservId.trim();
        parts.add(List.of(value(id), "(" + MARKER + " client-ip=" + pct(v.clientIp()), "helo=" + pct(v.helo()),
                "mailfrom=" + pct(v.mailFrom()) + ")"));
        if (smtpAuthUser != null && !smtpAuthUser.isBlank()) {
            // RFC 8601 §2.7.4; first, as in the RFC's own examples. quote() turns CR/LF/non-ASCII into '?',
            // so a hostile login name cannot inject header lines or resinfos.
            parts.add(List.of("auth=pass", "smtp.auth=" + pvalue(smtpAuthUser.trim())));
        }

        SpfResult mf = v.spfMailFrom();
        List<String> spf = new ArrayList<>(List.of("spf=" + mf.result().keyword()));
        String mfValue = mf.sender().isEmpty() ? mf.domain() : mf.sender();
        if (!domainOf(mfValue).equals(mf.domain()) || !SpfResult.MAILFROM.equals(mf.identity())) {
            spf.add("(" + MARKER + " domain=" + pct(mf.domain()));
            spf.add("identity=" + pct(mf.identity()) + ")");
        }
        appendReason(spf, mf.reason());
        spf.add("smtp.mailfrom=" + pvalue(mfValue));
        parts.add(spf);

        SpfResult helo = v.spfHelo();
        List<String> h = new ArrayList<>(List.of("spf=" + helo.result().keyword()));
        if (!helo.sender().equals(defaultHeloSender(helo.domain()))) {
            h.add("(" + MARKER + " sender=" + pct(helo.sender()) + ")");
        }
        appendReason(h, helo.reason());
        h.add("smtp.helo=" + pvalue(helo.domain()));
        parts.add(h);

        if (v.dkim().isEmpty()) {
            parts.add(List.of("dkim=none"));
        }
        for (DkimResult d : v.dkim()) {
            List<String> sb = new ArrayList<>(List.of("dkim=" + d.result().keyword()));
            appendReason(sb, d.reason());
            appendProp(sb, "header.d", d.domain());
            appendProp(sb, "header.s", d.selector());
            appendProp(sb, "header.a", d.algorithm());
            // RFC 8601 §2.7.1 header.i (the AUID) and RFC 6008 header.b (the start of b=): two signatures with the
            // same d=, s= and a= (a passing one and a tampered or re-signed copy) are told apart by them
            appendProp(sb, "header.i", d.identity());
            appendProp(sb, "header.b", d.signaturePrefix());
            parts.add(sb);
        }

        DmarcResult m = v.dmarc();
        List<String> sb = new ArrayList<>(List.of("dmarc=" + m.result().keyword()));
        sb.add("(" + MARKER + " policy-domain=" + pct(m.policyDomain()));
        sb.add("aligned=" + (m.spfAligned() && m.dkimAligned() ? "spf,dkim"
                : m.spfAligned() ? "spf" : m.dkimAligned() ? "dkim" : "none") + ")");
        appendReason(sb, m.reason());
        sb.add("policy.dmarc=" + m.policy().keyword());
        appendProp(sb, "header.from", m.fromDomain());
        parts.add(sb);
        return parts;
    }

    private static String defaultHeloSender(String heloDomain) {
        return heloDomain.isEmpty() ? "" : "postmaster@" + heloDomain;
    }

    private static void appendReason(List<String> words, String reason) {
        if (reason != null && !reason.isEmpty()) {
            words.add("reason=" + quote(reason, MAX_REASON_LENGTH));
        }
    }

    private static void appendProp(List<String> words, String name, String value) {
        if (value != null && !value.isEmpty()) {
            words.add(name + "=" + pvalue(value));
        }
    }

    /**
     * A pvalue: bare when it is token/addr-spec safe and at most {@link #MAX_PVALUE} long, a quoted-string otherwise,
     * cut at {@link #MAX_PVALUE} characters read back (then "...", inside the quotes: RFC 8601 §2.2 allows a
     * {@code value}, and a cut never splits a quoted-pair).
     */
    private static String pvalue(String v) {
        if (v.isEmpty()) {
            return "\"\"";
        }
        if (v.length() > MAX_PVALUE) {
            return quote(v, MAX_PVALUE);
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(isAtext(c) || c == '.' || c == '@')) {
                return quote(v, MAX_PVALUE);
            }
        }
        return v;
    }

    private static String value(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(isAtext(c) || c == '.')) {
                return quote(v, Integer.MAX_VALUE);
            }
        }
        return v;
    }

    private static boolean isAtext(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-?^_`{|}~".indexOf(c) >= 0;
    }

    /**
     * quoted-string of printable US-ASCII; other characters (CR, LF, NUL, non-ASCII) become '?'. {@code max}
     * counts the characters a parser reads back (an escape pair is one, "section " is eight), so a clipped
     * value is clipped at the same place when it is read and written again: parse and format stay inverse
     * after one pass (found by fuzzing: a reason of section signs grew past the clip on every round trip).
     */
    private static String quote(String s, int max) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max) + 2).append('"');
        int emitted = 0;
        int i = 0;
        for (; i < s.length() && emitted < max; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
                emitted++;
            } else if (readsBackAsIs(c)) {
                sb.append(c);
                emitted++;
            } else if (c == '\t') {
                sb.append(' ');
                emitted++;
            } else if (c == '\u00a7') {
                // our own reasons cite "RFC 7208 §4.3": keep them readable in an ASCII header
                String section = "section ";
                int room = Math.min(section.length(), max - emitted);
                sb.append(section, 0, room);
                emitted += room;
            } else {
                sb.append('?');
                emitted++;
            }
        }
        if (i < s.length()) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }

    /** A character {@link #quote} writes so that it reads back unchanged: printable US-ASCII. */
    private static boolean readsBackAsIs(int c) {
        return c >= 0x20 && c < 0x7f;
    }

    /**
     * Our comment payloads use the record-line escaping ({@link RecordLine#pct}), so they stay plain tokens; longer
     * than {@link #MAX_COMMENT_VALUE} written, the longest prefix (whole characters, whole escapes) that leaves
     * room for "...". A cut value read back ("prefix...") is written back unchanged: it fits.
     */
    static String pct(String s) {
        String all = RecordLine.pct(s);
        if (all.length() <= MAX_COMMENT_VALUE) {
            return all;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String one = RecordLine.pct(new String(Character.toChars(cp)));
            if (sb.length() + one.length() > MAX_COMMENT_VALUE - 3) {
                break;
            }
            sb.append(one);
            i += Character.charCount(cp);
        }
        return sb.append("...").toString();
    }

    /**
     * Laxer than {@link RecordLine#unpct}: our comment writes some values unescaped ({@code aligned=spf,dkim}), and
     * a bad escape means "not our comment", not an error.
     */
    static Optional<String> unpct(String s) {
        try {
            return Optional.of(RecordLine.unpct(s, true));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ ownership

    /**
     * Whether {@code id} can be our authserv-id: RFC 8601 §2.2 makes it a {@code value} (token or quoted-string);
     * we take the host-name subset (letters, digits, '.', '-', '_'), which needs no quoting, cannot fold or end
     * the header (no CR/LF, blank or ';'), and is compared reliably when incoming copies claiming it are removed.
     */
    public static boolean isValidAuthservId(String id) {
        return id != null && id.matches("[A-Za-z0-9._-]+");
    }

    /**
     * Does this header value claim to come from {@code authservId}? Used to delete forged claims of our
     * id on arrival (RFC 8601 §5). Case-insensitive, ignores comments, quoting and a trailing dot; when the
     * value cannot even be tokenised it errs on the side of "ours" if it mentions the id at all, because
     * deleting a broken foreign header is harmless while keeping a forged one is not.
     */
    public static boolean isOurs(String headerValue, String authservId) {
        if (headerValue == null || authservId == null || authservId.isBlank()) {
            return false;
        }
        String want = normalizeId(authservId);
        try {
            List<Token> tokens = tokenize(headerValue.length() > MAX_HEADER_LENGTH
                    ? headerValue.substring(0, MAX_HEADER_LENGTH) : headerValue);
            if (tokens != null) {
                for (Token t : tokens) {
                    if (t.kind == Kind.COMMENT) {
                        continue;
                    }
                    return t.kind == Kind.QUOTED ? normalizeId(t.text).equals(want)
                            : t.kind == Kind.WORD && normalizeId(tokenPrefix(t.text)).equals(want);
                }
                return false;
            }
        } catch (RuntimeException e) {
            // fall through to the conservative check
        }
        return headerValue.toLowerCase(Locale.ROOT).contains(want);
    }

    /**
     * The MIME token (RFC 2045 §5.1) a word starts with: RFC 8601's authserv-id is one, so a reader stops at the
     * first tspecial and takes "mx.example/1" for "mx.example"; our tokenizer keeps such words whole.
     */
    private static String tokenPrefix(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("()<>@,;:\\\"/[]?=".indexOf(word.charAt(i)) >= 0) {
                return word.substring(0, i);
            }
        }
        return word;
    }

    private static String normalizeId(String id) {
        String s = id.trim().toLowerCase(Locale.ROOT);
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    // ------------------------------------------------------------------ parsing

    /**
     * Parses one of our own header values back into a verdict. Empty for other authserv-ids, syntax errors,
     * unknown result keywords, ambiguity (two MAIL FROM SPF or two DMARC results) or a missing SPF/DMARC
     * result. Never throws.
     */
    public static Optional<SenderVerdict> parse(String headerValue, String authservId) {
        try {
            Parsed parsed = doParse(headerValue, authservId);
            return parsed == null ? Optional.empty() : build(parsed.infos(), parsed.envelope());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The {@code smtp.auth} value of the {@code auth=pass} resinfo (RFC 8601 §2.7.4) in one of our own header
     * values: who submitted the mail with SMTP AUTH. Empty for other authserv-ids (a foreign server's claim
     * about its own users proves nothing to us), for values that are not well-formed, for any other auth
     * result, and when two auth=pass resinfos name different users. Same size bounds as {@link #parse};
     * never throws. Trustworthy only because forged fields claiming our id are deleted on arrival (RFC 8601 §5).
     */
    public static Optional<String> authenticatedSubmitter(String headerValue, String authservId) {
        try {
            Parsed parsed = doParse(headerValue, authservId);
            if (parsed == null) {
                return Optional.empty();
            }
            String user = null;
            for (ResInfo info : parsed.infos()) {
                if (!info.method.equals("auth") || !info.result.equals("pass")) {
                    continue;
                }
                String value = info.props.get("smtp.auth");
                if (value == null || value.isBlank()) {
                    continue;
                }
                value = value.trim();
                if (user != null && !user.equals(value)) {
                    return Optional.empty(); // ambiguous: not something we wrote
                }
                user = value;
            }
            return Optional.ofNullable(user);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Parsed(Map<String, String> envelope, List<ResInfo> infos) {
    }

    private enum Kind { WORD, QUOTED, COMMENT, SEMI, EQUALS }

    private record Token(Kind kind, String text, boolean spaceBefore) {
    }

    /** RFC 5322 lexical scan: words, quoted-strings, (nested) comments, ";" and "=". Null on syntax error. */
    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        boolean space = false;
        while (i < s.length()) {
            if (out.size() > MAX_TOKENS) {
                return null;
            }
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                space = true;
                i++;
            } else if (c == ';') {
                out.add(new Token(Kind.SEMI, ";", space));
                space = false;
                i++;
            } else if (c == '=') {
                out.add(new Token(Kind.EQUALS, "=", space));
                space = false;
                i++;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length()) {
                        sb.append(s.charAt(i + 1) == '\t' ? ' ' : s.charAt(i + 1));
                        i += 2;
                    } else if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    } else if (d == '\r' || d == '\n') {
                        i++;
                    } else {
                        // quote() writes a tab as a space; read it the same way, or a tab put into a reason on
                        // the way (or by unfolding "CRLF TAB" inside the string) parses to a verdict that does
                        // not survive format/parse (found by fuzzing: a "matched ip4...<TAB>" reason).
                        sb.append(d == '\t' ? ' ' : d);
                        i++;
                    }
                }
                if (!closed) {
                    return null;
                }
                out.add(new Token(Kind.QUOTED, sb.toString(), space));
                space = false;
            } else if (c == '(') {
                StringBuilder sb = new StringBuilder();
                int depth = 1;
                i++;
                while (i < s.length() && depth > 0) {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length()) {
                        sb.append(s.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    if (d == '(') {
                        if (++depth > MAX_COMMENT_DEPTH) {
                            return null;
                        }
                    } else if (d == ')') {
                        depth--;
                        if (depth == 0) {
                            i++;
                            break;
                        }
                    }
                    sb.append(d);
                    i++;
                }
                if (depth != 0) {
                    return null;
                }
                out.add(new Token(Kind.COMMENT, sb.toString(), space));
                space = true;
            } else if (c == ')') {
                return null;
            } else {
                int start = i;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == ' ' || d == '\t' || d == '\r' || d == '\n' || d == ';' || d == '=' || d == '"'
                            || d == '(' || d == ')') {
                        break;
                    }
                    i++;
                }
                out.add(new Token(Kind.WORD, s.substring(start, i), space));
                space = false;
            }
        }
        return out;
    }

    /** One "method=result ..." clause. */
    private static final class ResInfo {
        String method;
        String result;
        String reason;
        final List<String> comments = new ArrayList<>();
        final Map<String, String> props = new LinkedHashMap<>();
    }

    /** Our header value split into resinfos; null for other authserv-ids and anything malformed. */
    private static Parsed doParse(String headerValue, String authservId) {
        if (headerValue == null || authservId == null || authservId.isBlank() || headerValue.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        // We only ever write printable US-ASCII and folding whitespace (comment values are %-encoded, quoted
        // strings turn the rest into '?'). Anything else was not written by us, or was altered on the way:
        // not a claim to believe (fuzzing found raw non-ASCII in smtp.helo being read back as-is).
        for (int k = 0; k < headerValue.length(); k++) {
            char c = headerValue.charAt(k);
            if ((c < 0x20 || c > 0x7e) && c != '\t' && c != '\r' && c != '\n') {
                return null;
            }
        }
        List<Token> tokens = tokenize(headerValue);
        if (tokens == null) {
            return null;
        }
        int i = 0;
        while (i < tokens.size() && tokens.get(i).kind == Kind.COMMENT) {
            i++;
        }
        if (i >= tokens.size() || (tokens.get(i).kind != Kind.WORD && tokens.get(i).kind != Kind.QUOTED)
                || !normalizeId(tokens.get(i).text).equals(normalizeId(authservId))) {
            return null;
        }
        i++;
        Map<String, String> envelope = null;
        while (i < tokens.size() && tokens.get(i).kind != Kind.SEMI) {
            Token t = tokens.get(i);
            if (t.kind == Kind.COMMENT) {
                if (envelope == null && isMarked(t.text)) {
                    envelope = ours(t.text);
                    if (envelope == null) {
                        return null; // our own comment, damaged: not something we wrote
                    }
                }
            } else if (!(t.kind == Kind.WORD && t.text.matches("[0-9]{1,4}"))) {
                return null; // only an authres-version may follow the id ("none" = no results)
            }
            i++;
        }
        List<ResInfo> infos = new ArrayList<>();
        while (i < tokens.size()) {
            // at a ';'
            i++;
            while (i < tokens.size() && tokens.get(i).kind == Kind.COMMENT) {
                i++;
            }
            if (i >= tokens.size()) {
                break; // trailing ';'
            }
            if (tokens.get(i).kind == Kind.SEMI) {
                continue;
            }
            ResInfo info = new ResInfo();
            int[] pos = {i};
            if (!parseResInfo(tokens, pos, info)) {
                return null;
            }
            for (String c : info.comments) {
                if (isMarked(c) && ours(c) == null) {
                    return null;
                }
            }
            i = pos[0];
            infos.add(info);
            if (infos.size() > MAX_DKIM + 16) {
                return null;
            }
        }
        return new Parsed(envelope == null ? Map.of() : envelope, infos);
    }

    private static boolean parseResInfo(List<Token> tokens, int[] pos, ResInfo info) {
        int i = pos[0];
        Token m = tokens.get(i);
        if (m.kind != Kind.WORD) {
            return false;
        }
        String method = m.text.toLowerCase(Locale.ROOT);
        int slash = method.indexOf('/');
        info.method = slash < 0 ? method : method.substring(0, slash);
        i = skipComments(tokens, i + 1, info);
        if (i >= tokens.size() || tokens.get(i).kind != Kind.EQUALS) {
            return false;
        }
        i = skipComments(tokens, i + 1, info);
        if (i >= tokens.size() || tokens.get(i).kind != Kind.WORD) {
            return false;
        }
        info.result = tokens.get(i).text.toLowerCase(Locale.ROOT);
        i++;
        while (true) {
            i = skipComments(tokens, i, info);
            if (i >= tokens.size() || tokens.get(i).kind == Kind.SEMI) {
                break;
            }
            Token name = tokens.get(i);
            if (name.kind != Kind.WORD) {
                return false;
            }
            i = skipComments(tokens, i + 1, info);
            if (i >= tokens.size() || tokens.get(i).kind != Kind.EQUALS) {
                return false;
            }
            i = skipComments(tokens, i + 1, info);
            if (i >= tokens.size()) {
                return false;
            }
            // pvalue: a word, a quoted-string, or a quoted local-part glued to "@domain"
            Token v = tokens.get(i);
            String value;
            if (v.kind == Kind.WORD) {
                value = v.text;
                i++;
            } else if (v.kind == Kind.QUOTED) {
                value = v.text;
                i++;
                if (i < tokens.size() && tokens.get(i).kind == Kind.WORD && !tokens.get(i).spaceBefore
                        && tokens.get(i).text.startsWith("@")) {
                    value = "\"" + v.text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + tokens.get(i).text;
                    i++;
                }
            } else {
                return false;
            }
            String key = name.text.toLowerCase(Locale.ROOT);
            if (key.equals("reason")) {
                if (!clippedAsWeWrite(value, MAX_REASON_LENGTH)) {
                    return false;
                }
                if (info.reason == null) {
                    info.reason = value;
                }
            } else if (key.indexOf('.') > 0) {
                if (!clippedAsWeWrite(value, MAX_PVALUE)) {
                    return false;
                }
                info.props.putIfAbsent(key, value);
            } else {
                return false;
            }
        }
        pos[0] = i;
        return true;
    }

    /**
     * A reason or property value as {@link #appendReason} / {@link #pvalue} write one: at most {@code max}
     * characters read back, or that many and "..." where it clipped. A longer one was not written by us, and
     * believing it would give a verdict that reads back clipped once written (found by fuzzing).
     */
    private static boolean clippedAsWeWrite(String reason, int max) {
        return reason.length() <= max || (reason.length() == max + 3 && reason.endsWith("..."));
    }

    private static int skipComments(List<Token> tokens, int i, ResInfo info) {
        while (i < tokens.size() && tokens.get(i).kind == Kind.COMMENT) {
            info.comments.add(tokens.get(i).text);
            i++;
        }
        return i;
    }

    private static boolean isMarked(String comment) {
        String t = comment.trim();
        return t.equals(MARKER) || t.startsWith(MARKER + " ") || t.startsWith(MARKER + "\t");
    }

    /** Our "(spoofguard k=v k=v)" comment as a map, null if the comment isn't ours or is malformed. */
    private static Map<String, String> ours(String comment) {
        // folding whitespace between our k=v words reads as a space (formatFolded folds there)
        String[] words = comment.trim().split("[ \t\r\n]+");
        if (words.length == 0 || !words[0].equals(MARKER)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 1; k < words.length; k++) {
            int eq = words[k].indexOf('=');
            if (eq <= 0) {
                return null;
            }
            Optional<String> v = unpct(words[k].substring(eq + 1));
            if (v.isEmpty() || pct(v.get()).length() > MAX_COMMENT_VALUE) {
                return null; // longer than we write: not ours (we would write it cut)
            }
            out.putIfAbsent(words[k].substring(0, eq), v.get());
        }
        return out;
    }

    private static Map<String, String> oursIn(ResInfo info) {
        for (String c : info.comments) {
            Map<String, String> m = ours(c);
            if (m != null) {
                return m;
            }
        }
        return Map.of();
    }

    private static Optional<SenderVerdict> build(List<ResInfo> infos, Map<String, String> envelope) {
        SpfResult mailFrom = null;
        SpfResult helo = null;
        DmarcResult dmarc = null;
        List<DkimResult> dkim = new ArrayList<>();
        String heloName = envelope.getOrDefault("helo", null);
        for (ResInfo info : infos) {
            switch (info.method) {
                case "spf" -> {
                    Optional<SpfResultCode> code = spfCode(info.result);
                    if (code.isEmpty()) {
                        return Optional.empty();
                    }
                    Map<String, String> extra = oursIn(info);
                    if (info.props.containsKey("smtp.mailfrom")) {
                        if (mailFrom != null) {
                            return Optional.empty();
                        }
                        String value = info.props.get("smtp.mailfrom");
                        String domain = extra.getOrDefault("domain", domainOf(value));
                        String identity = extra.getOrDefault("identity", SpfResult.MAILFROM);
                        mailFrom = new SpfResult(code.get(), identity, domain, value.contains("@") ? value : "",
                                info.reason);
                    } else if (info.props.containsKey("smtp.helo")) {
                        if (helo != null) {
                            return Optional.empty();
                        }
                        String domain = info.props.get("smtp.helo");
                        String sender = extra.getOrDefault("sender", defaultHeloSender(domain));
                        helo = new SpfResult(code.get(), SpfResult.HELO, domain, sender, info.reason);
                    }
                }
                case "dkim" -> {
                    DkimResultCode code;
                    try {
                        code = DkimResultCode.fromKeyword(info.result);
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                    if (code == DkimResultCode.NONE && !info.props.containsKey("header.d")) {
                        continue; // "dkim=none": the message was not signed
                    }
                    if (dkim.size() >= MAX_DKIM) {
                        return Optional.empty();
                    }
                    dkim.add(new DkimResult(code, info.props.get("header.d"), info.props.get("header.s"),
                            info.props.get("header.a"), info.reason, info.props.get("header.i"),
                            info.props.get("header.b")));
                }
                case "dmarc" -> {
                    if (dmarc != null) {
                        return Optional.empty();
                    }
                    DmarcResultCode code;
                    DmarcPolicy policy = DmarcPolicy.NONE;
                    try {
                        code = DmarcResultCode.fromKeyword(info.result);
                        if (info.props.containsKey("policy.dmarc")) {
                            policy = DmarcPolicy.fromKeyword(info.props.get("policy.dmarc"));
                        }
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                    Map<String, String> extra = oursIn(info);
                    String aligned = extra.getOrDefault("aligned", "none");
                    dmarc = new DmarcResult(code, info.props.get("header.from"), extra.get("policy-domain"),
                            policy, aligned.contains("spf"), aligned.contains("dkim"), info.reason);
                }
                default -> {
                    // other methods (iprev, arc, ...) are not part of a SenderVerdict
                }
            }
        }
        if (mailFrom == null || dmarc == null) {
            return Optional.empty();
        }
        if (heloName == null) {
            heloName = helo == null ? "" : helo.domain();
        }
        if (helo == null) {
            // We always write the HELO result, its name quoted (lossy beyond printable ASCII). Without it, the
            // name comes from the exact comment; one the quoted form could not carry was not written by us, and
            // believing it would give a verdict that reads back otherwise once written (found by fuzzing).
            if (!heloName.chars().allMatch(AuthenticationResultsHeader::readsBackAsIs)) {
                return Optional.empty();
            }
            helo = new SpfResult(SpfResultCode.NONE, SpfResult.HELO, heloName, defaultHeloSender(heloName), "");
        }
        String envelopeFrom = envelope.containsKey("mailfrom") ? envelope.get("mailfrom") : mailFrom.sender();
        return Optional.of(new SenderVerdict(envelope.getOrDefault("client-ip", ""), heloName, envelopeFrom,
                mailFrom, helo, dkim, dmarc));
    }

    private static Optional<SpfResultCode> spfCode(String keyword) {
        if ("hardfail".equals(keyword)) {
            return Optional.of(SpfResultCode.FAIL); // RFC 5451-era alias
        }
        try {
            return Optional.of(SpfResultCode.fromKeyword(keyword));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String domainOf(String value) {
        if (value == null) {
            return "";
        }
        int at = value.lastIndexOf('@');
        return (at < 0 ? value : value.substring(at + 1)).toLowerCase(Locale.ROOT);
    }
}
