package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.mail.internet.MimeUtility;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.core.invoice.InvoiceVerdict;
import org.spoofguard.core.invoice.Reason;
import org.spoofguard.core.invoice.SignalNames;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 6 end to end, over the WHOLE labelled corpus (core/src/test/resources/invoice/corpus): every mail goes
 * over real SMTP, from its own 127.0.0.x client, into one real server whose DNS (SPF, DKIM keys, DMARC) is
 * served so that the sender verdict computed at SMTP time is the one its corpus.properties line assumes.
 *
 * <p>Fakes must land in the quarantine (WebAdmin shows their reasons), never in the inbox, with one postmaster
 * notice each and no DSN leaving (sink); legitimate mails reach the inbox, tagged exactly when the core
 * inspector (same configuration, same assumed verdict: what InvoiceCorpusTest checks) says TAG. The E2E
 * outcome must agree with the unit outcome mail by mail, and quarantine precision/recall must be ≥ 0.95.
 *
 * <p>DNS is swapped per mail: corpus lines contradict each other for one domain on purpose (danfoss.dk has
 * {@code p=reject} for spoof/01 but no DMARC record for spoof/13; atea.dk has SPF+DMARC for legit/10 and
 * nothing at all for spoof/17), as the same domain's DNS would differ between the real-world senders they
 * model. The server's resolver cache is off ({@code dns.cacheMaxEntries=0}) so each mail sees its own zones.
 *
 * <p>DKIM: the corpus files carry no DKIM-Signature and CorpusGenerator committed no keys (the unit test
 * assumes DKIM results, it never verifies). So the IT signs each mail at send time with our {@link DkimSigner}
 * (Ed25519, RFC 8463) for every {@code dkim=pass:d} domain and publishes the public key at
 * {@code s1._domainkey.d}; a {@code dkim=fail:d} signature is made with a key other than the published one, so
 * the real verifier finds a signature that does not verify (RFC 8601 "fail"). Every assumed verdict is thus
 * reproduced by the real SPF/DKIM/DMARC code; the test checks the Authentication-Results it stamped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceQuarantineIT {
    static final String DOMAIN = "aarhus.dk";
    static final String PASSWORD = "secret";
    static final String AUTHSERV_ID = "mx.aarhus.dk";
    static final String QUARANTINE = "file://var/mail/quarantine/";
    static final String PREFIX = "[Faktura udenfor NemHandel]";
    static final Path CORPUS = Path.of("../core/src/test/resources/invoice/corpus");
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reasons an admin must see for particular fakes (InvoiceCorpusTest#spoofReasonsAreTheExpectedOnes and the
     * former 4+4 IT). Every fake must besides show every reason the core inspector gives it.
     */
    static final Map<String, List<String>> EXPECTED_REASONS = Map.ofEntries(
        Map.entry("spoof/01-dk-forged-danfoss-dmarc-fail.eml", List.of(SignalNames.DMARC_FAIL, SignalNames.BANK_CHANGE,
            SignalNames.INVOICE_PDF_TEXT, SignalNames.FOREIGN_IBAN)),
        Map.entry("spoof/02-en-forged-supplier-softfail-bank-change.eml", List.of(SignalNames.BANK_CHANGE)),
        Map.entry("spoof/03-dk-lookalike-danfos-authenticated.eml", List.of(SignalNames.LOOKALIKE_DOMAIN)),
        Map.entry("spoof/04-dk-homoglyph-idn-ramboll.eml", List.of(SignalNames.HOMOGLYPH_DOMAIN)),
        Map.entry("spoof/05-en-embedded-domain-kmd.eml", List.of(SignalNames.EMBEDDED_DOMAIN)),
        Map.entry("spoof/06-dk-display-name-address-gmail.eml", List.of(SignalNames.DISPLAY_NAME_ADDRESS)),
        Map.entry("spoof/07-dk-own-domain-from-outside.eml", List.of(SignalNames.OWN_DOMAIN_UNAUTHENTICATED)),
        Map.entry("spoof/08-dk-html-attachment.eml", List.of(SignalNames.HTML_ATTACHMENT)),
        Map.entry("spoof/09-dk-zip-with-double-extension.eml", List.of(SignalNames.ARCHIVE_ATTACHMENT,
            SignalNames.DOUBLE_EXTENSION)),
        Map.entry("spoof/10-en-password-zip.eml", List.of(SignalNames.ENCRYPTED_ARCHIVE)),
        Map.entry("spoof/11-dk-double-extension.eml", List.of(SignalNames.DOUBLE_EXTENSION)),
        Map.entry("spoof/13-dk-reply-to-freemail.eml", List.of(SignalNames.REPLY_TO_MISMATCH)),
        Map.entry("spoof/14-en-iso-disk-image.eml", List.of(SignalNames.DISK_IMAGE)),
        Map.entry("spoof/15-en-pdf-javascript-launch.eml", List.of(SignalNames.PDF_JAVASCRIPT)),
        Map.entry("spoof/16-dk-rfc2231-name-lookalike.eml", List.of(SignalNames.INVOICE_ATTACHMENT_NAME,
            SignalNames.BANK_CHANGE, SignalNames.EMBEDDED_DOMAIN)));

    /**
     * One corpus mail: its manifest line, the 127.0.0.x client that plays its sender, its own recipient (so
     * each outcome can be told apart), and the core inspector's verdict for it under the assumed sender verdict.
     */
    record Entry(String file, Map<String, String> spec, String ip, String rcpt, InvoiceVerdict unit) {
        boolean spoof() {
            return spec.get("label").equals("spoof");
        }

        String mailFrom() {
            return spec.getOrDefault("mailfrom", "");
        }

        String mailFromDomain() {
            return mailFrom().substring(mailFrom().lastIndexOf('@') + 1);
        }

        String helo() {
            return "mail." + mailFromDomain();
        }

        /** "pass:d" items of the dkim= field, in order. */
        List<String[]> dkim() {
            String d = spec.getOrDefault("dkim", "none");
            List<String[]> out = new ArrayList<>();
            if (!d.equals("none")) {
                for (String one : d.split(",")) {
                    out.add(one.split(":"));
                }
            }
            return out;
        }

        String[] dmarc() {
            return spec.getOrDefault("dmarc", "none").split(":");
        }
    }

    /** What happened to one mail end to end. */
    record Outcome(boolean quarantined, long inbox, InvoiceAction action, SenderVerdict smtpVerdict, Set<String> reasons,
                   String summary) {
    }

    static final List<Entry> ENTRIES = new ArrayList<>();
    static final Map<String, Outcome> OUTCOMES = new LinkedHashMap<>();
    static final Map<String, String> QUARANTINE_KEYS = new LinkedHashMap<>();

    static LoopbackDnsServer dns;
    static SmtpSink sink;
    static JamesHarness james;
    static KeyPair key;
    static KeyPair wrongKey;

    @BeforeAll
    static void start() throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(CORPUS.resolve("corpus.properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> config = new TreeMap<>();
        Map<String, Map<String, String>> specs = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("config.")) {
                config.put(k.substring("config.".length()), p.getProperty(k));
            } else {
                specs.put(k, parse(p.getProperty(k)));
            }
        }
        // The unit reference: what InvoiceCorpusTest computes for each mail (same config, same assumed verdict).
        InvoiceInspector inspector = new InvoiceInspector(InvoiceConfig.parse(config));
        int spoofNo = 0;
        int legitNo = 0;
        for (Map.Entry<String, Map<String, String>> e : specs.entrySet()) {
            boolean spoof = e.getValue().get("label").equals("spoof");
            int n = spoof ? ++spoofNo : ++legitNo;
            // distinct outside clients: 127.0.0.1 is an authorized network (its mail is not inspected)
            String ip = "127.0.0." + ((spoof ? 100 : 150) + n);
            String rcpt = String.format("%s%02d@%s", spoof ? "s" : "l", n, DOMAIN);
            InvoiceVerdict unit;
            try (InputStream in = Files.newInputStream(CORPUS.resolve(e.getKey()))) {
                unit = inspector.inspect(in, assumedVerdict(e.getValue()));
            }
            ENTRIES.add(new Entry(e.getKey(), e.getValue(), ip, rcpt, unit));
        }
        assertThat(ENTRIES.stream().filter(Entry::spoof).count()).isGreaterThanOrEqualTo(12);
        assertThat(ENTRIES.stream().filter(e -> !e.spoof()).count()).isGreaterThanOrEqualTo(12);

        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        wrongKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        dns = LoopbackDnsServer.start();
        serveDnsFor(null);
        sink = new SmtpSink();
        JamesHarness h = new JamesHarness().dns(dns).relayThrough(sink.port())
            .property("authservId", AUTHSERV_ID)
            // each mail gets its own zones (see class comment): nothing may be answered from an earlier mail's DNS
            .property("dns.cacheMaxEntries", "0")
            .patch("mailetcontainer.xml", xml -> xml.replace("<postmaster>postmaster</postmaster>",
                "<postmaster>postmaster@" + DOMAIN + "</postmaster>"))
            // this test counts inbox messages per recipient; the recipients' held-mail notices are QuarantineNoticesIT's
            .patch("mailetcontainer.xml", xml -> xml.replace("<notifyRecipients>true</notifyRecipients>",
                "<notifyRecipients>false</notifyRecipients>"));
        // the corpus' configuration (corpus.properties config.*), as the invoice. section of spoofguard.properties
        config.forEach((k, v) -> h.property("invoice." + k, v));
        james = h.start();
        james.addDomain(DOMAIN);
        james.addUser("postmaster@" + DOMAIN, PASSWORD);
        for (Entry e : ENTRIES) {
            james.addUser(e.rcpt(), PASSWORD);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (sink != null) {
            sink.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    // ------------------------------------------------------------------ corpus manifest

    static Map<String, String> parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : spec.split(";")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                m.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
        }
        return m;
    }

    /** The sender verdict a corpus line assumes, built as the core corpus test builds it. */
    static SenderVerdict assumedVerdict(Map<String, String> m) {
        String mailFrom = m.getOrDefault("mailfrom", "");
        String mfDomain = mailFrom.substring(mailFrom.lastIndexOf('@') + 1);
        SpfResult spf = new SpfResult(SpfResultCode.fromKeyword(m.getOrDefault("spf", "none")), SpfResult.MAILFROM,
            mfDomain, mailFrom, "corpus");
        SpfResult helo = new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "", "", "corpus");
        List<DkimResult> dkim = new ArrayList<>();
        String d = m.getOrDefault("dkim", "none");
        if (!d.equals("none")) {
            for (String one : d.split(",")) {
                String[] p = one.split(":");
                dkim.add(new DkimResult(DkimResultCode.fromKeyword(p[0]), p.length > 1 ? p[1] : "", "s1", "rsa-sha256",
                    "corpus"));
            }
        }
        String[] dm = m.getOrDefault("dmarc", "none").split(":");
        DmarcResult dmarc = new DmarcResult(DmarcResultCode.fromKeyword(dm[0]), dm.length > 1 ? dm[1] : "",
            dm.length > 1 ? dm[1] : "", dm.length > 2 ? DmarcPolicy.fromKeyword(dm[2]) : DmarcPolicy.NONE, false, false,
            "corpus");
        return new SenderVerdict(m.getOrDefault("ip", "192.0.2.1"), "mail.example", mailFrom, spf, helo, dkim, dmarc);
    }

    // ------------------------------------------------------------------ DNS and SMTP

    /**
     * Replaces the served zones with exactly the records this mail's assumed verdict needs (null: empty
     * zones). Every TLD the corpus touches is served (empty when unused), so a name without records is a
     * definite NXDOMAIN/NODATA, never a REFUSED that the resolver would rightly turn into temperror.
     */
    static void serveDnsFor(Entry e) {
        Map<String, List<String>> zones = new TreeMap<>();
        for (String tld : List.of("dk", "com", "net", "us", "org")) {
            zones.put(tld, new ArrayList<>());
        }
        if (e != null) {
            String mf = e.mailFromDomain();
            String spf = switch (e.spec().getOrDefault("spf", "none")) {
                case "pass" -> "v=spf1 ip4:" + e.ip() + " -all";
                case "fail" -> "v=spf1 -all";
                case "softfail" -> "v=spf1 ~all";
                case "neutral" -> "v=spf1 ?all";
                case "none" -> null;
                default -> throw new IllegalArgumentException(e.file() + ": cannot serve spf=" + e.spec().get("spf"));
            };
            if (spf != null) {
                record(zones, mf, "\"" + spf + "\"");
            }
            for (String[] d : e.dkim()) {
                KeyPair published = switch (d[0]) {
                    case "pass" -> key;
                    case "fail" -> wrongKey;
                    default -> throw new IllegalArgumentException(e.file() + ": cannot serve dkim=" + d[0]);
                };
                record(zones, "s1._domainkey." + d[1], LoopbackDnsServer.txt(DkimSigner.keyRecord(published.getPublic())));
            }
            String[] dm = e.dmarc();
            switch (dm[0]) {
                case "pass", "fail" -> record(zones, "_dmarc." + dm[1], "\"v=DMARC1; p=" + dm[2] + "\"");
                case "none" -> { }
                default -> throw new IllegalArgumentException(e.file() + ": cannot serve dmarc=" + dm[0]);
            }
        }
        zones.forEach((tld, lines) -> dns.addZone(tld + ".", "$TTL 300\n" + String.join("\n", lines) + "\n"));
    }

    static void record(Map<String, List<String>> zones, String name, String txt) {
        String tld = name.substring(name.lastIndexOf('.') + 1);
        zones.computeIfAbsent(tld, t -> new ArrayList<>()).add(name + ". 300 IN TXT " + txt);
    }

    /** The corpus file with CRLF line ends, DKIM-signed (by the key the DNS publishes) for each dkim= domain. */
    static byte[] message(Entry e) throws Exception {
        byte[] raw = Files.readAllBytes(CORPUS.resolve(e.file()));
        String crlf = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        byte[] bytes = crlf.getBytes(StandardCharsets.ISO_8859_1);
        for (String[] d : e.dkim()) {
            bytes = DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, d[1], "s1", key.getPrivate()).build().sign(bytes);
        }
        return bytes;
    }

    static void send(Entry e) throws Exception {
        serveDnsFor(e);
        try (SmtpTestClient client = SmtpTestClient.connect(james.smtpPort(), e.ip())) {
            assertThat(client.ehlo(e.helo()).code()).isEqualTo(250);
            assertThat(client.mailFrom(e.mailFrom()).code()).as(e.file()).isEqualTo(250);
            assertThat(client.rcptTo(e.rcpt()).code()).as(e.file()).isEqualTo(250);
            assertThat(client.command("DATA").code()).isEqualTo(354);
            SmtpReply done = client.sendData(message(e));
            // Never a 5xx for a spoofed invoice at SMTP time: we quarantine, we do not reject or bounce.
            assertThat(done.code()).as(e.file() + ": " + done).isEqualTo(250);
            client.quit();
        }
    }

    // ------------------------------------------------------------------ reading the outcome

    static String encodedQuarantine() {
        return JamesHarness.encodeRepository(QUARANTINE);
    }

    static List<String> quarantineKeys() {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(james.repositoryMails(QUARANTINE));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static String details(String key) {
        return james.heldMailDetails(QUARANTINE, key, "attributes,headers");
    }

    static long inboxCount(String user) throws Exception {
        try (TestIMAPClient imap = james.imap(user, PASSWORD)) {
            return imap.getMessageCount(TestIMAPClient.INBOX);
        }
    }

    /** Every string found under {@code node} (WebAdmin's JSON shapes for headers/attributes vary by type). */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        } else {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.addAll(strings(it.next()));
            }
        }
        return out;
    }

    /** Our Authentication-Results (the SMTP-time verdict) among header values. */
    static SenderVerdict smtpVerdict(List<String> authResults) {
        return authResults.stream().map(v -> AuthenticationResultsHeader.parse(v, AUTHSERV_ID))
            .flatMap(java.util.Optional::stream).findFirst().orElse(null);
    }

    static Set<String> reasonNames(List<String> reasonLines) {
        Set<String> names = new TreeSet<>();
        for (String line : reasonLines) {
            for (String one : line.split("\n")) {
                Matcher m = Pattern.compile("^\\s*([a-z0-9-]+)\\([+-]?\\d+\\)").matcher(one);
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    static Set<String> summaryReasonNames(String summary) {
        Set<String> names = new TreeSet<>();
        int i = summary.indexOf("reasons=");
        if (i >= 0) {
            for (String item : summary.substring(i + "reasons=".length()).split(",")) {
                Matcher m = Pattern.compile("^([a-z0-9-]+)[+-]\\d+$").matcher(item.trim());
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    static Map<String, String> imapHeaders(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : raw.replaceAll("\r?\n[ \t]+", " ").split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.merge(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim(),
                    (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    static Set<String> unitReasons(Entry e) {
        return e.unit().reasons().stream().map(Reason::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The differences between the verdict stamped at SMTP time and the one the corpus line assumes ("" if none). */
    static String verdictMismatch(Entry e, SenderVerdict got) {
        if (got == null) {
            return "no Authentication-Results of ours";
        }
        SenderVerdict want = assumedVerdict(e.spec());
        List<String> diffs = new ArrayList<>();
        if (got.spfMailFrom().result() != want.spfMailFrom().result()) {
            diffs.add("spf " + got.spfMailFrom().result() + " != " + want.spfMailFrom().result());
        }
        Set<String> gotDkim = got.dkim().stream().map(d -> d.result().keyword() + ":" + d.domain()).collect(Collectors.toSet());
        Set<String> wantDkim = want.dkim().stream().map(d -> d.result().keyword() + ":" + d.domain()).collect(Collectors.toSet());
        if (!gotDkim.equals(wantDkim)) {
            diffs.add("dkim " + gotDkim + " != " + wantDkim);
        }
        if (got.dmarc().result() != want.dmarc().result()) {
            diffs.add("dmarc " + got.dmarc().result() + " != " + want.dmarc().result());
        } else if (want.dmarc().result() == DmarcResultCode.PASS || want.dmarc().result() == DmarcResultCode.FAIL) {
            if (got.dmarc().policy() != want.dmarc().policy() || !got.dmarc().fromDomain().equals(want.dmarc().fromDomain())) {
                diffs.add("dmarc policy/from " + got.dmarc().policy() + "/" + got.dmarc().fromDomain() + " != "
                    + want.dmarc().policy() + "/" + want.dmarc().fromDomain());
            }
        }
        return String.join("; ", diffs);
    }

    // ------------------------------------------------------------------ tests

    @Test
    @Order(1)
    void wholeCorpusEndToEndAgreesWithTheUnitCorpusTestWithPrecisionAndRecallAtLeast95() throws Exception {
        for (Entry e : ENTRIES) {
            send(e);
        }
        // every mail inspected and acted on (quarantined, tagged or delivered), whatever the outcome
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(300)).until(() ->
            james.metric("spoofguard_invoice_quarantined") + james.metric("spoofguard_invoice_tagged")
                + james.metric("spoofguard_invoice_delivered") >= ENTRIES.size());

        Map<String, JsonNode> quarantined = new LinkedHashMap<>();
        for (String key : quarantineKeys()) {
            JsonNode node = JSON.readTree(details(key));
            for (String rcpt : strings(node.get("recipients"))) {
                quarantined.put(rcpt, node);
                QUARANTINE_KEYS.put(rcpt, key);
            }
        }
        for (Entry e : ENTRIES) {
            if (quarantined.containsKey(e.rcpt())) {
                JsonNode node = quarantined.get(e.rcpt());
                JsonNode headers = node.get("headers");
                JsonNode attributes = node.get("attributes");
                String summary = String.join(" ", strings(attributes == null ? null
                    : attributes.get("org.spoofguard.invoice.verdict")));
                OUTCOMES.put(e.file(), new Outcome(true, inboxCount(e.rcpt()), InvoiceAction.QUARANTINE,
                    smtpVerdict(strings(headers == null ? null : headers.get("Authentication-Results"))),
                    reasonNames(strings(attributes == null ? null : attributes.get("org.spoofguard.invoice.reasons"))),
                    summary));
            } else {
                long inbox;
                String raw = "";
                try (TestIMAPClient imap = james.imap(e.rcpt(), PASSWORD)) {
                    try {
                        imap.awaitMessageCount(await().atMost(Duration.ofSeconds(60)), 1);
                    } catch (org.awaitility.core.ConditionTimeoutException timeout) {
                        // neither quarantined nor delivered: reported below
                    }
                    inbox = imap.getMessageCount(TestIMAPClient.INBOX);
                    if (inbox > 0) {
                        raw = james.firstMessageHeaders(e.rcpt(), PASSWORD);
                    }
                }
                Map<String, String> h = imapHeaders(raw);
                String verdictHeader = h.getOrDefault("x-spoofguard-verdict", "");
                InvoiceAction action = verdictHeader.startsWith("quarantine") ? InvoiceAction.QUARANTINE
                    : verdictHeader.startsWith("tag") ? InvoiceAction.TAG : InvoiceAction.DELIVER;
                List<String> ar = h.containsKey("authentication-results")
                    ? List.of(h.get("authentication-results").split("\n")) : List.of();
                OUTCOMES.put(e.file(), new Outcome(false, inbox, action, smtpVerdict(ar),
                    summaryReasonNames(verdictHeader), verdictHeader + (h.containsKey("subject") ? " | Subject: "
                        + h.get("subject") : "")));
            }
        }

        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> report = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Outcome o = OUTCOMES.get(e.file());
            boolean q = o.quarantined() && o.inbox() == 0;
            if (e.spoof() && q) {
                tp++;
            } else if (!e.spoof() && q) {
                fp++;
            } else if (e.spoof()) {
                fn++;
            }
            String mismatch = verdictMismatch(e, o.smtpVerdict());
            if (!mismatch.isEmpty()) {
                problems.add(e.file() + ": SMTP-time verdict is not the assumed one: " + mismatch);
            }
            if (o.action() != e.unit().action()) {
                problems.add(e.file() + ": e2e " + o.action() + " but unit " + e.unit().action() + " (" + e.unit().summary()
                    + ")");
            }
            if (e.unit().action() != InvoiceAction.DELIVER && !o.reasons().containsAll(unitReasons(e))
                && !o.summary().contains(",...")) {
                problems.add(e.file() + ": e2e reasons " + o.reasons() + " lack unit reasons " + unitReasons(e));
            }
            SenderVerdict v = o.smtpVerdict();
            String smtp = v == null ? "none" : "spf=" + v.spfMailFrom().result().keyword() + " dkim="
                + v.dkim().stream().map(d -> d.result().keyword() + ":" + d.domain()).collect(Collectors.joining(","))
                + " dmarc=" + v.dmarc().result().keyword() + ":" + v.dmarc().policy().keyword();
            report.add(String.format("%s %-58s e2e=%-10s unit=%-10s inbox=%d smtp[%s]  %s", (e.spoof() == q ? "ok  " : "MISS"),
                e.file(), o.action().keyword(), e.unit().action().keyword(), o.inbox(), smtp, o.summary()));
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        report.forEach(System.out::println);
        problems.forEach(s -> System.out.println("PROBLEM " + s));
        System.out.printf("E2E quarantine precision=%.3f recall=%.3f (tp=%d fp=%d fn=%d, %d mails)%n", precision, recall,
            tp, fp, fn, ENTRIES.size());
        String all = String.join("\n", report) + "\n" + String.join("\n", problems);
        assertThat(precision).as(all).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(all).isGreaterThanOrEqualTo(0.95);
        assertThat(problems).as(all).isEmpty();
    }

    @Test
    @Order(2)
    void everyFakeIsInTheQuarantineWithItsReasonsVisibleInWebAdminAndNeverInTheInbox() throws Exception {
        List<Entry> fakes = ENTRIES.stream().filter(Entry::spoof).toList();
        assertThat(quarantineKeys()).hasSize(fakes.size());
        for (Entry e : fakes) {
            String key = QUARANTINE_KEYS.get(e.rcpt());
            assertThat(key).as(e.file()).isNotNull();
            String json = details(key);
            // reasons an admin can read: the verdict attribute with reasons + evidence, and the header
            assertThat(json).as(e.file()).contains("org.spoofguard.invoice.verdict").contains("quarantine score=")
                .contains("org.spoofguard.invoice.reasons").contains("X-SpoofGuard-Verdict");
            for (String reason : unitReasons(e)) {
                assertThat(json).as(e.file()).contains(reason + "(");
            }
            for (String reason : EXPECTED_REASONS.getOrDefault(e.file(), List.of())) {
                assertThat(json).as(e.file()).contains(reason + "(");
            }
            assertThat(inboxCount(e.rcpt())).as(e.file()).isZero();
        }
    }

    @Test
    @Order(3)
    void everyLegitimateMailIsInTheInboxTaggedExactlyWhereTheProfileSaysSo() throws Exception {
        for (Entry e : ENTRIES.stream().filter(x -> !x.spoof()).toList()) {
            String headers;
            try (TestIMAPClient imap = james.imap(e.rcpt(), PASSWORD)) {
                assertThat(imap.getMessageCount(TestIMAPClient.INBOX)).as(e.file()).isEqualTo(1);
                headers = james.firstMessageHeaders(e.rcpt(), PASSWORD).replaceAll("\r?\n[ \t]+", " ");
            }
            // the prefix is inside an RFC 2047 encoded-word when the original Subject is not ASCII
            String subject = MimeUtility.decodeText(imapHeaders(headers).getOrDefault("subject", ""));
            assertThat(headers).as(e.file()).doesNotContain("X-SpoofGuard-Error");
            if (e.unit().action() == InvoiceAction.TAG) {
                assertThat(headers).as(e.file()).contains("X-SpoofGuard-Verdict: tag ");
                assertThat(subject).as(e.file()).startsWith(PREFIX + " ").doesNotContain(PREFIX + " " + PREFIX);
            } else {
                assertThat(headers).as(e.file()).doesNotContain("X-SpoofGuard-Verdict");
                assertThat(subject).as(e.file()).doesNotContain(PREFIX);
            }
        }
        // electronic-invoices-only: a mailed PDF invoice from an authenticated supplier is out of channel: tagged
        String l1 = ENTRIES.stream().filter(e -> e.file().equals("legit/01-dk-authenticated-supplier-pdf.eml"))
            .findFirst().orElseThrow().rcpt();
        try (TestIMAPClient imap = james.imap(l1, PASSWORD)) {
            assertThat(james.firstMessageHeaders(l1, PASSWORD).replaceAll("\r?\n[ \t]+", " "))
                .contains("X-SpoofGuard-Verdict: tag ").contains("out-of-channel-invoice")
                .contains("Subject: " + PREFIX + " Faktura 10233 fra Danfoss");
        }
        // OIOUBL / Peppol e-invoices and ordinary mail mentioning an invoice: delivered untouched
        for (String file : List.of("legit/02-dk-oioubl-xml.eml", "legit/03-en-peppol-bis-xml.eml",
            "legit/04-dk-plain-invoice-dkim-aligned.eml", "legit/05-dk-colleague-mentions-faktura.eml")) {
            assertThat(OUTCOMES.get(file).action()).as(file).isEqualTo(InvoiceAction.DELIVER);
        }
    }

    @Test
    @Order(4)
    void thePostmasterGetsOneNoticePerFakeWithReasonsAndReleaseCommandNeverTheAttachment() throws Exception {
        List<Entry> fakes = ENTRIES.stream().filter(Entry::spoof).toList();
        try (TestIMAPClient imap = james.imap("postmaster@" + DOMAIN, PASSWORD)) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), fakes.size());
            Thread.sleep(500);
            assertThat(imap.getMessageCount(TestIMAPClient.INBOX)).isEqualTo(fakes.size());
            // the notices are quoted-printable (UTF-8 reasons): undo soft line breaks and =3D to read them
            String all = imap.sendCommand("FETCH 1:* (BODY.PEEK[])").replaceAll("=\r?\n", "").replace("=3D", "=");
            for (Entry e : fakes) {
                String key = QUARANTINE_KEYS.get(e.rcpt());
                assertThat(all).as(e.file()).contains("action=reprocess&processor=invoice-release")
                    .contains("/mailRepositories/var%2Fmail%2Fquarantine%2F/mails/"
                        + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"))
                    .contains("Client IP:          " + e.ip())
                    .contains("Sender (MAIL FROM): " + e.mailFrom());
            }
            assertThat(all).contains("Reasons:").doesNotContain("application/pdf").doesNotContain("multipart/mixed")
                .doesNotContain("JVBERi"); // base64 of "%PDF"
        }
    }

    @Test
    @Order(5)
    void aReleasedFakeReachesTheInboxExactlyOnceWithoutBeingCheckedAgain() throws Exception {
        long fakes = ENTRIES.stream().filter(Entry::spoof).count();
        Entry first = ENTRIES.stream().filter(e -> e.file().equals("spoof/01-dk-forged-danfoss-dmarc-fail.eml"))
            .findFirst().orElseThrow();
        String key = QUARANTINE_KEYS.get(first.rcpt());
        assertThat(key).isNotNull();
        james.webadminOk("PATCH", "/mailRepositories/" + encodedQuarantine() + "/mails/"
            + URLEncoder.encode(key, StandardCharsets.UTF_8) + "?action=reprocess&processor=invoice-release", null);
        try (TestIMAPClient imap = james.imap(first.rcpt(), PASSWORD)) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
            String headers = james.firstMessageHeaders(first.rcpt(), PASSWORD).replaceAll("\r?\n[ \t]+", " ");
            assertThat(headers).contains("X-SpoofGuard-Released: released from quarantine")
                .contains("X-SpoofGuard-Verdict: quarantine ");
        }
        Thread.sleep(2000);
        assertThat(inboxCount(first.rcpt())).isEqualTo(1);
        assertThat(quarantineKeys()).hasSize((int) fakes - 1).doesNotContain(key);
        // one notice per quarantined fake, none for the release
        try (TestIMAPClient imap = james.imap("postmaster@" + DOMAIN, PASSWORD)) {
            assertThat(imap.getMessageCount(TestIMAPClient.INBOX)).isEqualTo(fakes);
        }
        assertThat(james.metric("spoofguard_invoice_quarantined")).isEqualTo(fakes);
        assertThat(james.metric("spoofguard_invoice_released")).isEqualTo(1);
        assertThat(james.metric("spoofguard_invoice_errors")).isZero();
    }

    @Test
    @Order(6)
    void noDeliveryStatusNotificationEverLeaves() throws Exception {
        Thread.sleep(1000);
        assertThat(sink.received()).as("mail that left through RemoteDelivery").isEmpty();
    }
}
