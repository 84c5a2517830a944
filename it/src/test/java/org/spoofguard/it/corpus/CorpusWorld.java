package org.spoofguard.it.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimSigner;

/**
 * What every labelled invoice corpus shares ({@link InvoiceCorpus}, {@link HeldOutCorpus}): one DNS world (SPF,
 * DKIM keys derived from the domain name by a seeded SHA1PRNG, DMARC), mails that authenticate only by where they
 * are sent from and who signs them, the SPF/DKIM/DMARC result each mail should get (RFC 7208/6376/7489 in the
 * simple cases used here), and the file layout ({@code mails/<id>.eml}, {@code zones/<id>.zone}, {@code
 * labels.tsv}, {@code config.properties}). A corpus says which world it builds and which mails; this class keeps
 * the rules that make a mail what its label says.
 */
public abstract class CorpusWorld {
    /** Danish number and date formatting, as Danish invoices write them. */
    protected static final Locale DA = Locale.forLanguageTag("da-DK");

    /** An amount in øre as Danish invoices write kroner: "12.345,67". */
    protected static String kr(long ore) {
        return String.format(DA, "%,.2f", ore / 100.0);
    }

    public static final String SELECTOR = "sg2026";
    static final String LABEL_HEADER = "id\tfamily\tclass\tgenuine_auth_invoice\tsplit\twave\tclient_ip\thelo\tmail_from"
        + "\tfrom_domain\texpect_spf\texpect_dkim\texpect_dmarc\tdescription";

    /** What a domain publishes: SPF (null: no record), its all-qualifier, a DKIM key (null: none), DMARC p= (null: none). */
    record Dns(String name, List<String> spfIps, String all, DkimAlgorithm dkim, String dmarc) {
    }

    /** One mail being made. */
    static final class M {
        String id;
        String family;
        boolean fraud;
        boolean genuine;
        int wave = 2;
        String ip;
        String helo;
        String mailFrom;
        String from;
        Mime mime;
        final List<String> signers = new ArrayList<>();
        UnaryOperator<byte[]> afterSigning;
        String listSigner;
        String description;
        Instant sent;
    }

    /** A generated mail with its labels. */
    public record Mail(String id, String family, boolean fraud, boolean genuineAuthInvoice, String split, int wave,
                       String clientIp, String helo, String mailFrom, String fromDomain, String expectSpf, String expectDkim,
                       String expectDmarc, String description, byte[] bytes, List<String> zone) {
    }

    record Supplier(String name, String domain, String person, String box, String ip, String account, String what) {
        /** Another party using this supplier's name from {@code domain} (a look-alike, a forgery) with its own account. */
        Supplier posing(String domain, String account) {
            return new Supplier(name, domain, person, box, "", account, what);
        }
    }

    /** An invoice's net amount in øre, and its net, 25 % VAT and gross as Danish invoices write them. */
    record Amount(long ore, String net, String vat, String gross) {
        /** The same amount as a credit note writes it. */
        Amount credit() {
            return new Amount(-ore, "-" + net, "-" + vat, "-" + gross);
        }
    }

    /** A supplier's history invoice (wave 1) as later mails cite it: number, amount, Message-ID and subject. */
    record Past(String no, Amount amount, String messageId, String subject) {
    }

    final Map<String, Dns> dns = new TreeMap<>();
    final Map<String, KeyPair> keys = new TreeMap<>();
    final List<M> mails = new ArrayList<>();
    final Map<String, Integer> counters = new TreeMap<>();
    /** The legitimate mails that are invoices by kind: genuine_auth_invoice when they also authenticate. */
    final Set<String> invoiceLike = new TreeSet<>();

    /** Builds the world and the mails and returns them labelled (a new instance generates once). */
    public abstract List<Mail> generate();

    /** Where wave 1 (history) and the rest start; each mail falls in the 19 days after, office hours. */
    abstract ZonedDateTime historyStart();

    abstract ZonedDateTime start();

    /** The network a fraudster's own machine forges from (no relation to the forged domain's DNS). */
    abstract String forgedNet();

    // ------------------------------------------------------------------------------------------ world

    static String idn(String unicode) {
        return IDN.toASCII(unicode);
    }

    void domain(String name, List<String> spf, String all, DkimAlgorithm dkim, String dmarc) {
        dns.put(name, new Dns(name, spf, all, dkim, dmarc));
        if (dkim != null) {
            keys.put(name, keyPair(name, dkim));
        }
    }

    /** A key pair derived from the domain name (SHA1PRNG seeded before first use is deterministic). */
    static KeyPair keyPair(String domain, DkimAlgorithm alg) {
        return KEY_CACHE.computeIfAbsent(domain + "/" + alg, k -> {
            KeyPair stored = STORED_KEYS.get(k);
            return stored != null ? stored : newKeyPair(domain, alg);
        });
    }

    /** RSA key generation is the generator's slow part: once per JVM. */
    private static final Map<String, KeyPair> KEY_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What {@link #newKeyPair} derived for every corpus domain, written by {@link CorpusKeysTest}: deriving 2048-bit RSA
     * keys for all thirteen corpora took 85 s of every build, reading them takes a fraction of a second. A key not
     * stored here is derived; the generator tests compare signatures byte for byte, so a stored key that is not the
     * derived one fails them.
     */
    static final String KEYS_RESOURCE = "corpus-dkim-keys.tsv";
    private static final Map<String, KeyPair> STORED_KEYS = storedKeys();

    private static Map<String, KeyPair> storedKeys() {
        Map<String, KeyPair> stored = new java.util.HashMap<>();
        try (var in = CorpusWorld.class.getClassLoader().getResourceAsStream(KEYS_RESOURCE)) {
            if (in == null) {
                return stored;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                String[] f = line.split("\t");
                if (f.length != 3) {
                    continue;
                }
                var factory = java.security.KeyFactory.getInstance(f[0].endsWith("/" + DkimAlgorithm.ED25519_SHA256) ? "Ed25519" : "RSA");
                var decoder = java.util.Base64.getDecoder();
                stored.put(f[0], new KeyPair(
                    factory.generatePublic(new java.security.spec.X509EncodedKeySpec(decoder.decode(f[2]))),
                    factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(decoder.decode(f[1])))));
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(KEYS_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Every key this JVM used, as {@link #KEYS_RESOURCE} lines. */
    static List<String> usedKeyLines() {
        var encoder = java.util.Base64.getEncoder();
        return new TreeMap<>(KEY_CACHE).entrySet().stream()
            .map(e -> e.getKey() + "\t" + encoder.encodeToString(e.getValue().getPrivate().getEncoded())
                + "\t" + encoder.encodeToString(e.getValue().getPublic().getEncoded()))
            .toList();
    }

    static KeyPair newKeyPair(String domain, DkimAlgorithm alg) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(("spoofguard-corpus-" + domain).getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator g = KeyPairGenerator.getInstance(alg == DkimAlgorithm.ED25519_SHA256 ? "Ed25519" : "RSA");
            g.initialize(alg == DkimAlgorithm.ED25519_SHA256 ? 255 : 2048, random);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ money

    static String iban(String country, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        String iban = country + String.format("%02d", check) + bban;
        return "IBAN " + iban.replaceAll("(.{4})", "$1 ").trim();
    }

    static String bank(String reg, String konto) {
        return "Reg.nr. " + reg + " Kontonr. " + konto;
    }

    /** The Danish reg.nr. of an account: the 4 digits after a DK IBAN's check digits, or the first 4 of reg.nr. and kontonr. */
    static String regOf(String account) {
        String p = plain(account);
        return account.startsWith("IBAN") ? p.substring(4, 8) : p.substring(0, 4);
    }

    /** The kontonr. of an account: what follows {@link #regOf}. */
    static String kontoOf(String account) {
        String p = plain(account);
        return account.startsWith("IBAN") ? p.substring(8) : p.substring(4);
    }

    /**
     * A FI payment line as an inpayment form prints it: card type 71 (a 15-digit payment id) or 75 (16 digits) from the
     * invoice number's digits, then the creditor number; {@code checked}: the id's last digit is a modulus-10 check digit
     * (weights 2 and 1 from the right), as the banks check it. Some corpora wrote the id without it.
     */
    static String fik(int card, String no, String creditor, boolean checked) {
        String digits = no.replaceAll("\\D", "");
        long n = digits.isEmpty() ? 0L : Long.parseLong(digits);
        int length = card == 71 ? 15 : 16;
        if (!checked) {
            return "+" + card + "<" + String.format("%0" + length + "d", n) + "+" + creditor + "<";
        }
        String base = String.format("%0" + (length - 1) + "d", n);
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            int d = (base.charAt(base.length() - 1 - i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return "+" + card + "<" + base + ((10 - sum % 10) % 10) + "+" + creditor + "<";
    }

    // ------------------------------------------------------------------------------------------ building

    M mail(String family, boolean fraud) {
        M m = new M();
        int n = counters.merge(family, 1, Integer::sum);
        m.id = (fraud ? "fraud-" : "legit-") + family + "-" + String.format("%02d", n);
        m.family = family;
        m.fraud = fraud;
        mails.add(m);
        return m;
    }

    /** A legitimate mail; {@code invoice}: one that is an invoice by kind. */
    M ok(String family, boolean invoice) {
        M m = mail(family, false);
        if (invoice) {
            invoiceLike.add(m.id);
        }
        return m;
    }

    M bad(String family) {
        return mail(family, true);
    }

    /**
     * Nothing a server sees may give the label away: dates, Message-IDs, boundaries and DKIM t= derive from a hash
     * of the id (not from the generation order, which puts all legitimate mail first).
     */
    String date(M m) {
        long h = Long.parseLong(sha256("date:" + m.id).substring(0, 12), 16);
        ZonedDateTime base = m.wave == 1 ? historyStart() : start();
        ZonedDateTime t = base.plusDays(h % 19).plusMinutes((h / 19) % 600);
        m.sent = t.toInstant();
        return t.format(DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    /** Common headers; MAIL FROM = From unless the family says otherwise. */
    Mime headers(M m, String displayName, String from, String to, String subject) {
        m.from = from;
        if (m.mailFrom == null) {
            m.mailFrom = from;
        }
        Mime mime = new Mime(sha256("boundary:" + m.id).substring(0, 16));
        mime.header("Date", date(m));
        mime.from(displayName, from);
        mime.header("To", to);
        mime.subject(subject);
        mime.header("Message-ID", messageId(m, domainOf(from)));
        m.mime = mime;
        return mime;
    }

    /** Sent by the genuine server of the From domain (its SPF IP), signed by it when it has a key. */
    void genuine(M m, String ip) {
        m.ip = ip;
        m.helo = "mail." + domainOf(m.mailFrom);
        String d = domainOf(m.from);
        if (dns.get(d) != null && dns.get(d).dkim() != null) {
            m.signers.add(d);
        }
    }

    /** Sent from a fraudster's machine with no relation to the From domain's DNS. */
    void forged(M m, int host) {
        m.ip = forgedNet() + host;
        m.helo = host % 2 == 0 ? "mail." + domainOf(m.mailFrom) : "vps" + (4000 + host) + ".hosting.example";
    }

    /** Sent by a fraudster from the server of a domain the fraudster owns (its SPF IP, its DKIM key). */
    void ownedBy(M m, String domain) {
        m.ip = dns.get(domain).spfIps().get(0);
        m.helo = "mail." + domain;
        if (dns.get(domain).dkim() != null) {
            m.signers.add(domain);
        }
    }

    /**
     * A post by {@code poster} (signed by it) to the list at {@code list}, whose server tags the subject with {@code tag}
     * and puts {@code footer} in place of the body's last CRLF: the poster's DKIM breaks and the list signs anew.
     */
    void listPost(M m, String poster, String list, String tag, String footer) {
        m.signers.add(poster);
        m.listSigner = list;
        m.afterSigning = raw -> {
            String mail = new String(raw, StandardCharsets.UTF_8);
            mail = mail.replaceFirst("(?m)^Subject: ", java.util.regex.Matcher.quoteReplacement("Subject: " + tag));
            String body = mail.endsWith("\r\n") ? mail.substring(0, mail.length() - 2) : mail;
            return (body + footer).getBytes(StandardCharsets.UTF_8);
        };
        m.helo = "lists." + list;
        m.ip = dns.get(list).spfIps().get(0);
        m.description = "post by " + poster + " (DMARC p=" + dns.get(poster).dmarc() + ") relayed by " + list
            + "; its subject tag and footer break the poster's DKIM, the list signs anew";
    }

    /** A supplier's invoice reaching us through {@code relay}, which passes it on without SRS (its own IP, not the supplier's). */
    void relayedBy(M m, String relay, String outcome) {
        m.helo = relay;
        m.ip = dns.get(m.helo).spfIps().get(0);
        m.description = domainOf(m.from) + " invoice relayed by " + m.helo + " without SRS: " + outcome;
    }

    /**
     * The supplier's original mail that a colleague forwards as an attachment: sent by {@code s} to {@code to}
     * {@code days} days and {@code minutes} minutes before the forward (at UTC+{@code zone}), with its own Message-ID
     * and boundaries (seeded by {@code seed} and the forward's id). The caller writes its body.
     */
    Mime original(M m, String seed, int zone, int days, int minutes, Supplier s, String to, String subject) {
        M inner = new M();
        inner.id = m.id + "-inner";
        Mime orig = new Mime(sha256(seed + m.id).substring(0, 16));
        date(m);
        orig.header("Date", m.sent.atZone(ZoneOffset.ofHours(zone)).minusDays(days).minusMinutes(minutes)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME));
        orig.from(s.person(), addr(s));
        orig.header("To", to);
        orig.subject(subject);
        orig.header("Message-ID", messageId(inner, s.domain()));
        return orig;
    }

    /**
     * The day {@code plus} days after the mail is sent (UTC+1), in {@code format}; the date derives from the id (and
     * wave) alone, so asking early changes nothing.
     */
    String sentPlus(M m, int plus, DateTimeFormatter format) {
        if (m.sent == null) {
            date(m);
        }
        return m.sent.atZone(ZoneOffset.ofHours(1)).plusDays(plus).format(format);
    }

    /** The mail's date plus {@code plus} days, as ISO 8601 (2027-11-04): due dates in e-invoices and English text. */
    String isoDay(M m, int plus) {
        return sentPlus(m, plus, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static final DateTimeFormatter WRITTEN_DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter DOTTED_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter DASHED_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy", DA);

    /** The mail's date plus {@code plus} days as Danish text writes it: 4. november 2027. */
    String writtenDay(M m, int plus) {
        return sentPlus(m, plus, WRITTEN_DAY);
    }

    /** The mail's date plus {@code plus} days as 04.11.2027. */
    String dottedDay(M m, int plus) {
        return sentPlus(m, plus, DOTTED_DAY);
    }

    /** The mail's date plus {@code plus} days as 04-11-2027. */
    String dashedDay(M m, int plus) {
        return sentPlus(m, plus, DASHED_DAY);
    }

    /** A supplier's mailbox address. */
    static String addr(Supplier s) {
        return s.box() + "@" + s.domain();
    }

    /** The same supplier writing from another domain and mailbox (no server of its own). */
    static Supplier as(Supplier s, String domain, String box) {
        return new Supplier(s.name(), domain, s.person(), box, "", s.account(), s.what());
    }

    /** The first name of a supplier's contact person as a signature writes it (a department's name stays whole). */
    static String firstName(Supplier s) {
        String p = s.person();
        return p.contains(" ") && !p.contains(",") ? p.substring(0, p.indexOf(' ')) : p;
    }

    /** A supplier writing from a big free-mail provider (no domain, CVR or letterhead of its own there). */
    static boolean freeMail(Supplier s) {
        return CorpusChecks.FREE_MAIL.contains(s.domain());
    }

    /** An account as written without spaces or labels: the IBAN itself, or the digits of reg.nr. and kontonr. */
    static String plain(String account) {
        return account.startsWith("IBAN") ? account.substring(5).replace(" ", "") : account.replaceAll("[^0-9]", "");
    }

    static String messageId(M m, String domain) {
        String h = sha256("msgid:" + m.id);
        return "<" + h.substring(0, 8).toUpperCase(Locale.ROOT) + "." + h.substring(8, 20) + "@" + domain + ">";
    }

    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------ output

    /**
     * The h= names our signer chose when the corpora were written, before it also signed Sender, Resent-* and
     * List-* (stop 53): the committed corpora stay byte for byte what their generators make, so their signatures
     * are made as then, each present name once and From once more.
     */
    private static final List<String> SIGNED_WHEN_WRITTEN = List.of("from", "to", "cc", "subject", "date",
        "message-id", "reply-to", "in-reply-to", "references", "mime-version", "content-type",
        "content-transfer-encoding");

    private static byte[] signAsWritten(DkimSigner.Builder signer, byte[] mail) {
        Set<String> present = new java.util.HashSet<>();
        for (String line : new String(mail, StandardCharsets.ISO_8859_1).split("\r?\n", -1)) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.charAt(0) != ' ' && line.charAt(0) != '\t') {
                present.add(line.substring(0, colon).trim().toLowerCase(Locale.ROOT));
            }
        }
        List<String> names = new ArrayList<>();
        for (String name : SIGNED_WHEN_WRITTEN) {
            if (present.contains(name)) {
                names.add(name);
            }
        }
        names.add("from");
        return signer.signedHeaders(names.toArray(String[]::new)).build().sign(mail);
    }

    /** Signs, computes the expected authentication and the zone data of every mail made so far. */
    List<Mail> output(Map<String, String> split) {
        List<Mail> out = new ArrayList<>();
        for (M m : mails) {
            byte[] bytes = m.mime.build();
            Instant t = m.sent.plusSeconds(7);
            for (String d : m.signers) {
                bytes = signAsWritten(DkimSigner.builder(dns.get(d).dkim(), d, SELECTOR, keys.get(d).getPrivate()).timestamp(t), bytes);
            }
            List<String> dkim = new ArrayList<>();
            for (int i = m.signers.size() - 1; i >= 0; i--) {
                dkim.add((m.afterSigning == null ? "pass:" : "fail:") + m.signers.get(i));
            }
            if (m.afterSigning != null) {
                bytes = m.afterSigning.apply(bytes);
                bytes = signAsWritten(DkimSigner.builder(dns.get(m.listSigner).dkim(), m.listSigner, SELECTOR,
                    keys.get(m.listSigner).getPrivate()).timestamp(t), bytes);
                dkim.add(0, "pass:" + m.listSigner);
            }
            String spf = spf(m);
            String dmarc = dmarc(m, spf, dkim);
            TreeSet<String> touched = new TreeSet<>(List.of(domainOf(m.mailFrom), domainOf(m.from)));
            touched.addAll(m.signers);
            if (m.listSigner != null) {
                touched.add(m.listSigner);
            }
            List<String> zone = new ArrayList<>();
            for (String d : touched) {
                zone.addAll(records(d));
            }
            out.add(new Mail(m.id, m.family, m.fraud, m.genuine, split.get(m.id), m.wave, m.ip, m.helo, m.mailFrom, domainOf(m.from), spf,
                dkim.isEmpty() ? "none" : String.join(",", dkim), dmarc, m.description, bytes, zone));
        }
        return out;
    }

    /** A held-out corpus: every mail in the test split. */
    Map<String, String> allTest() {
        Map<String, String> split = new TreeMap<>();
        mails.forEach(m -> split.put(m.id, "test"));
        return split;
    }

    /**
     * A held-out corpus's mails, all in the test split, with {@code genuine_auth_invoice} derived from the mail's kind
     * (a legitimate mail whose id is in {@code invoiceLike}) and its computed authentication ({@link #authenticated}).
     */
    List<Mail> heldOutOutput(Set<String> invoiceLike) {
        List<Mail> out = new ArrayList<>();
        for (Mail x : output(allTest())) {
            out.add(new Mail(x.id(), x.family(), x.fraud(), !x.fraud() && invoiceLike.contains(x.id()) && authenticated(x), x.split(),
                x.wave(), x.clientIp(), x.helo(), x.mailFrom(), x.fromDomain(), x.expectSpf(), x.expectDkim(), x.expectDmarc(),
                x.description(), x.bytes(), x.zone()));
        }
        return out;
    }

    /** The definition: DMARC pass, or (the From domain publishing no DMARC record) aligned SPF or DKIM pass. */
    boolean authenticated(Mail x) {
        if (x.expectDmarc().equals("pass")) {
            return true;
        }
        String from = x.fromDomain();
        boolean hasDmarc = (dns.get(from) != null && dns.get(from).dmarc() != null) || (dns.get(org(from)) != null && dns.get(org(from)).dmarc() != null);
        if (hasDmarc) {
            return false;
        }
        boolean spf = x.expectSpf().equals("pass") && org(domainOf(x.mailFrom())).equals(org(from));
        boolean dkim = false;
        for (String r : x.expectDkim().split(",")) {
            dkim |= r.startsWith("pass:") && org(r.substring(5)).equals(org(from));
        }
        return spf || dkim;
    }

    /**
     * The order a corpus is sent in (InvoiceCorpusIT, CorpusReplayTest): the history first, then rounds holding at
     * most one mail per From organisational domain (within a domain: by SHA-256 of the id). Deterministic, so two
     * runs of one engine decide every mail alike.
     */
    public static <T> List<List<T>> sendingRounds(List<T> mails, Predicate<T> history, Function<T, String> id,
                                                  Function<T, String> fromDomain) {
        List<List<T>> rounds = new ArrayList<>();
        rounds.add(mails.stream().filter(history).toList());
        Map<String, List<T>> byDomain = new TreeMap<>();
        mails.stream().filter(history.negate()).sorted(Comparator.comparing((T m) -> sha256(id.apply(m))))
            .forEach(m -> byDomain.computeIfAbsent(org(fromDomain.apply(m)), d -> new ArrayList<>()).add(m));
        for (List<T> ofDomain : byDomain.values()) {
            for (int i = 0; i < ofDomain.size(); i++) {
                if (rounds.size() <= i + 1) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(i + 1).add(ofDomain.get(i));
            }
        }
        return rounds;
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String spf(M m) {
        Dns d = dns.get(domainOf(m.mailFrom));
        if (d == null || d.spfIps() == null) {
            return "none";
        }
        if (d.spfIps().contains(m.ip)) {
            return "pass";
        }
        return switch (d.all()) {
            case "-all" -> "fail";
            case "~all" -> "softfail";
            default -> "neutral";
        };
    }

    /** The organisational domain of the names the corpora use (all directly under a one-label suffix). */
    public static String org(String domain) {
        String[] l = domain.split("\\.");
        return l.length <= 2 ? domain : l[l.length - 2] + "." + l[l.length - 1];
    }

    private String dmarc(M m, String spf, List<String> dkim) {
        String from = domainOf(m.from);
        Dns d = dns.get(from) != null && dns.get(from).dmarc() != null ? dns.get(from) : dns.get(org(from));
        if (d == null || d.dmarc() == null) {
            return "none";
        }
        boolean aligned = spf.equals("pass") && org(domainOf(m.mailFrom)).equals(org(from));
        for (String r : dkim) {
            aligned |= r.startsWith("pass:") && org(r.substring(5)).equals(org(from));
        }
        return aligned ? "pass" : "fail";
    }

    /** The TXT records a domain publishes, as master-file lines with absolute names. */
    private List<String> records(String domain) {
        Dns d = dns.get(domain);
        if (d == null) {
            throw new IllegalStateException("no DNS defined for " + domain);
        }
        List<String> out = new ArrayList<>();
        if (d.spfIps() != null) {
            StringBuilder spf = new StringBuilder("v=spf1");
            d.spfIps().forEach(ip -> spf.append(" ip4:").append(ip));
            out.add(domain + ". 300 IN TXT \"" + spf + " " + d.all() + "\"");
        }
        if (d.dkim() != null) {
            out.add(SELECTOR + "._domainkey." + domain + ". 300 IN TXT " + txt(DkimSigner.keyRecord(keys.get(domain).getPublic())));
        }
        if (d.dmarc() != null) {
            out.add("_dmarc." + domain + ". 300 IN TXT \"v=DMARC1; p=" + d.dmarc() + "; rua=mailto:dmarc@" + domain + "\"");
        }
        return out;
    }

    static String txt(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i += 200) {
            sb.append(sb.length() == 0 ? "" : " ").append('"').append(value, i, Math.min(value.length(), i + 200)).append('"');
        }
        return sb.toString();
    }

    /** Writes a corpus under {@code dir}: mails/, zones/, labels.tsv and config.properties (the given lines). */
    static List<Mail> writeFiles(Path dir, List<Mail> all, List<String> config) throws IOException {
        Files.createDirectories(dir.resolve("mails"));
        Files.createDirectories(dir.resolve("zones"));
        List<String> labels = new ArrayList<>();
        labels.add(LABEL_HEADER);
        for (Mail m : all) {
            Files.write(dir.resolve("mails").resolve(m.id() + ".eml"), m.bytes());
            Files.write(dir.resolve("zones").resolve(m.id() + ".zone"), m.zone(), StandardCharsets.UTF_8);
            labels.add(String.join("\t", m.id(), m.family(), m.fraud() ? "fraud" : "legit", m.genuineAuthInvoice() ? "yes" : "no",
                m.split(), String.valueOf(m.wave()), m.clientIp(), m.helo(), m.mailFrom(), m.fromDomain(), m.expectSpf(), m.expectDkim(),
                m.expectDmarc(), m.description()));
        }
        Files.write(dir.resolve("labels.tsv"), labels, StandardCharsets.UTF_8);
        Files.write(dir.resolve("config.properties"), config, StandardCharsets.UTF_8);
        return all;
    }

    /** Every file a corpus consists of, relative to its directory (for the reproducibility check). */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
