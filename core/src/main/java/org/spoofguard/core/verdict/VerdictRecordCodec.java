package org.spoofguard.core.verdict;

import java.util.ArrayList;
import java.util.List;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * The one serialisation of a {@link VerdictRecord}: a single line of printable US-ASCII, versioned
 * ({@code v=1}), used both as the value of the {@code org.spoofguard.verdict} mail attribute (a String:
 * James's spool and repositories store it as they are) and as our own header field for the paths that drop
 * attributes (LocalDelivery's failure mails).
 *
 * <p>Size-independent by construction: at most {@value #MAX_DKIM} DKIM results (passes first, see {@link #bounded}), reasons clipped to {@value #MAX_REASON} characters, at most
 * {@value #MAX_ERRORS} errors. However many signatures or header fields an attacker adds, the record stays
 * a few KB and always reads back. Every value is %-encoded, so client-controlled text (HELO, MAIL FROM,
 * reasons) cannot break the syntax or inject header lines.
 *
 * <p>{@link #decode} never throws and never answers "no information": anything it cannot read exactly (other
 * version, unknown key, bad encoding, missing result) is {@link VerdictRecord#unauthenticated} with an error.
 */
public final class VerdictRecordCodec {
    public static final int MAX_DKIM = 16;
    public static final int MAX_REASON = 300;
    public static final int MAX_ERRORS = 8;
    /** Well above what {@link #encode} can produce; longer input is refused unread. */
    public static final int MAX_ENCODED = 64 * 1024;
    private static final int MAX_FIELD = 255;

    private VerdictRecordCodec() {
    }

    /** The record as one line, {@code v=1; ip=...; ...}. Decoding it gives back the same record after {@link #bounded}. */
    public static String encode(VerdictRecord record) {
        VerdictRecord r = bounded(record);
        SenderVerdict v = r.verdict();
        StringBuilder sb = new StringBuilder(256).append("v=").append(VerdictRecord.VERSION);
        item(sb, "ip", pct(v.clientIp()));
        item(sb, "helo", pct(v.helo()));
        item(sb, "mf", pct(v.mailFrom()));
        if (!r.submittedBy().isEmpty()) {
            item(sb, "auth", pct(r.submittedBy()));
        }
        item(sb, "spf", spf(v.spfMailFrom()));
        item(sb, "spf-helo", spf(v.spfHelo()));
        for (DkimResult d : v.dkim()) {
            if (d.identity().isEmpty() && d.signaturePrefix().isEmpty()) {
                // as written before header.i/header.b were carried: such a result reads back the same everywhere
                item(sb, "dkim", join(d.result().keyword(), d.domain(), d.selector(), d.algorithm(), d.reason()));
            } else {
                item(sb, "dkim", join(d.result().keyword(), d.domain(), d.selector(), d.algorithm(), d.reason(),
                    d.identity(), d.signaturePrefix()));
            }
        }
        DmarcResult m = v.dmarc();
        item(sb, "dmarc", join(m.result().keyword(), m.fromDomain(), m.policyDomain(), m.policy().keyword(),
            (m.spfAligned() ? "s" : "") + (m.dkimAligned() ? "d" : ""), m.reason()));
        for (String e : r.errors()) {
            item(sb, "err", pct(e));
        }
        return sb.toString();
    }

    /**
     * The record clipped to the carried limits: what {@link #decode}({@link #encode}(record)) returns. Beyond
     * {@value #MAX_DKIM} DKIM results, passes are kept before the others, so the cut never hides a proof (and
     * never manufactures one: only results we computed are kept); the number cut is noted in the reason of the
     * last result kept. 65 junk signatures therefore change nothing about what the record proves.
     */
    public static VerdictRecord bounded(VerdictRecord record) {
        SenderVerdict v = record.verdict();
        List<DkimResult> dkim = new ArrayList<>(v.dkim().size());
        if (v.dkim().size() > MAX_DKIM) {
            v.dkim().stream().filter(DkimResult::isPass).limit(MAX_DKIM).forEach(dkim::add);
            v.dkim().stream().filter(d -> !d.isPass()).limit(MAX_DKIM - dkim.size()).forEach(dkim::add);
        } else {
            dkim.addAll(v.dkim());
        }
        List<DkimResult> clipped = new ArrayList<>(dkim.size());
        for (int i = 0; i < dkim.size(); i++) {
            DkimResult d = dkim.get(i);
            String reason = d.reason();
            if (i == dkim.size() - 1 && v.dkim().size() > MAX_DKIM) {
                reason = "(" + (v.dkim().size() - MAX_DKIM) + " more signatures not carried) " + reason;
            }
            clipped.add(new DkimResult(d.result(), field(d.domain()), field(d.selector()), field(d.algorithm()), clip(reason),
                field(d.identity()), field(d.signaturePrefix())));
        }
        SpfResult mf = v.spfMailFrom();
        SpfResult he = v.spfHelo();
        DmarcResult m = v.dmarc();
        SenderVerdict b = new SenderVerdict(field(v.clientIp()), field(v.helo()), field(v.mailFrom()),
            new SpfResult(mf.result(), field(mf.identity()), field(mf.domain()), field(mf.sender()), clip(mf.reason()),
                clip(mf.anyHostMechanism())),
            new SpfResult(he.result(), field(he.identity()), field(he.domain()), field(he.sender()), clip(he.reason()),
                clip(he.anyHostMechanism())),
            clipped, new DmarcResult(m.result(), field(m.fromDomain()), field(m.policyDomain()), m.policy(),
                m.spfAligned(), m.dkimAligned(), clip(m.reason())));
        List<String> errors = record.errors().stream().limit(MAX_ERRORS).map(VerdictRecordCodec::clip).toList();
        return new VerdictRecord(b, field(record.submittedBy()), errors);
    }

    /** The record in {@code value}; an unreadable value is an unauthenticated record with an error. Never throws. */
    public static VerdictRecord decode(String value) {
        try {
            return doDecode(value);
        } catch (RuntimeException e) {
            return VerdictRecord.unauthenticated("", "", "", "unreadable verdict record: " + e.getClass().getSimpleName());
        }
    }

    private static VerdictRecord doDecode(String value) {
        List<RecordLine.Item> items;
        try {
            items = RecordLine.items(value, VerdictRecord.VERSION, MAX_ENCODED);
        } catch (IllegalArgumentException e) {
            return unreadable(e.getMessage());
        }
        String ip = null;
        String helo = null;
        String mf = null;
        String auth = "";
        SpfResult spf = null;
        SpfResult spfHelo = null;
        DmarcResult dmarc = null;
        List<DkimResult> dkim = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (RecordLine.Item item : items) {
            String val = item.value();
            switch (item.key()) {
                case "ip" -> ip = once(ip, unpct(val));
                case "helo" -> helo = once(helo, unpct(val));
                case "mf" -> mf = once(mf, unpct(val));
                case "auth" -> auth = unpct(val);
                case "spf" -> {
                    RecordLine.once(spf, "spf");
                    spf = spf(val);
                }
                case "spf-helo" -> {
                    RecordLine.once(spfHelo, "spf-helo");
                    spfHelo = spf(val);
                }
                case "dkim" -> {
                    // five parts as written before the AUID and the start of b= were carried (still read), or seven
                    String[] p = split(val, val.split(",", -1).length == 7 ? 7 : 5);
                    if (dkim.size() >= MAX_DKIM) {
                        throw new IllegalArgumentException("too many dkim");
                    }
                    dkim.add(p.length == 7
                        ? new DkimResult(DkimResultCode.fromKeyword(p[0]), p[1], p[2], p[3], p[4], p[5], p[6])
                        : new DkimResult(DkimResultCode.fromKeyword(p[0]), p[1], p[2], p[3], p[4]));
                }
                case "dmarc" -> {
                    RecordLine.once(dmarc, "dmarc");
                    String[] p = split(val, 6);
                    if (!p[4].matches("s?d?")) {
                        throw new IllegalArgumentException("alignment");
                    }
                    dmarc = new DmarcResult(DmarcResultCode.fromKeyword(p[0]), p[1], p[2], DmarcPolicy.fromKeyword(p[3]),
                        p[4].contains("s"), p[4].contains("d"), p[5]);
                }
                case "err" -> {
                    if (errors.size() >= MAX_ERRORS) {
                        throw new IllegalArgumentException("too many errors");
                    }
                    errors.add(unpct(val));
                }
                default -> throw new IllegalArgumentException("unknown key");
            }
        }
        if (ip == null || helo == null || mf == null || spf == null || spfHelo == null || dmarc == null) {
            return VerdictRecord.unauthenticated(ip, helo, mf, "unreadable verdict record: incomplete");
        }
        VerdictRecord record = new VerdictRecord(new SenderVerdict(ip, helo, mf, spf, spfHelo, dkim, dmarc), auth, errors);
        if (!bounded(record).equals(record)) {
            // longer than anything encode() writes: not ours (found by fuzzing: it would not re-encode the same)
            return unreadable("a value exceeds the carried limits");
        }
        return record;
    }

    private static VerdictRecord unreadable(String why) {
        return VerdictRecord.unauthenticated("", "", "", "unreadable verdict record: " + why);
    }

    private static String once(String old, String v) {
        RecordLine.once(old, "key");
        return v;
    }

    /**
     * result,identity,domain,sender,reason[,any-host mechanism]: the sixth part only for a pass any host would have
     * got, so every other record reads as before. A record written before the part existed lacks it and is read as
     * it was then judged (such a pass counted as proof); one with it, read by a version without it, is unreadable
     * there (5 parts expected) and proves nothing: fail closed.
     */
    private static String spf(SpfResult s) {
        return s.isPassForAnyHost()
            ? join(s.result().keyword(), s.identity(), s.domain(), s.sender(), s.reason(), s.anyHostMechanism())
            : join(s.result().keyword(), s.identity(), s.domain(), s.sender(), s.reason());
    }

    private static SpfResult spf(String val) {
        String[] p = split(val, val.split(",", -1).length == 6 ? 6 : 5);
        SpfResultCode code = SpfResultCode.fromKeyword(p[0]);
        if (p.length == 6 && (code != SpfResultCode.PASS || p[5].isEmpty())) {
            throw new IllegalArgumentException("any-host mechanism without a pass"); // encode never writes it
        }
        return new SpfResult(code, p[1], p[2], p[3], p[4], p.length == 6 ? p[5] : "");
    }

    private static void item(StringBuilder sb, String key, String value) {
        RecordLine.item(sb, key, value);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(pct(parts[i]));
        }
        return sb.toString();
    }

    private static String[] split(String val, int n) {
        String[] p = val.split(",", -1);
        if (p.length != n) {
            throw new IllegalArgumentException("expected " + n + " parts");
        }
        for (int i = 0; i < n; i++) {
            p[i] = unpct(p[i]);
        }
        return p;
    }

    private static String clip(String s) {
        return cut(s, MAX_REASON);
    }

    private static String field(String s) {
        return cut(s, MAX_FIELD);
    }

    private static String cut(String s, int max) {
        return RecordLine.cut(s, max);
    }

    private static String pct(String s) {
        return RecordLine.pct(s);
    }

    private static String unpct(String s) {
        return RecordLine.unpct(s);
    }
}
