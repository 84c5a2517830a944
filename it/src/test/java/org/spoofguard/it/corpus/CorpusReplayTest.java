package org.spoofguard.it.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.invoice.BankMemory;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.core.invoice.InvoiceVerdict;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * A tuning aid, not an evaluation: replays every corpus through {@link InvoiceInspector} in {@code InvoiceCorpusIT}'s
 * sending order, with the sender verdict the labels say the server computes (the blind run checks that it does) and
 * a bank-details memory that learns each verdict's lesson. It decided every mail of the twenty-nine corpora as the
 * server did for the corpora compared (docs/invoice-evaluation.md, twenty-fifth round), in under a minute instead of
 * forty. The figures that count come only from {@code InvoiceCorpusIT}. Run with {@code mvn -B -o -pl it
 * test-compile surefire:test@default-test -Dtest=CorpusReplayTest -Dinvoice.corpus.replay=true
 * [-Dinvoice.corpus.replay.only=invoice-corpus-heldout27,…] [-Dinvoice.corpus.replay.evidence=true]}; writes
 * {@code target/corpus-replay.tsv} (corpus, id, class, genuine authenticated invoice, action, summary[, evidence…]).
 */
@EnabledIfSystemProperty(named = "invoice.corpus.replay", matches = "true")
class CorpusReplayTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Pattern DMARC_POLICY = Pattern.compile("^_dmarc\\.(\\S+?)\\.\\s.*\"v=DMARC1;\\s*p=(\\w+)",
            Pattern.MULTILINE);

    /** {@code -Dinvoice.corpus.replay.evidence=true}: each reason's evidence in further columns (for reading one mail). */
    private static final boolean EVIDENCE = Boolean.getBoolean("invoice.corpus.replay.evidence");

    @Test
    void replayEveryCorpus() throws IOException {
        List<String> only = Arrays.stream(System.getProperty("invoice.corpus.replay.only", "").split(","))
                .filter(s -> !s.isBlank()).toList();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(RESOURCES)) {
            dirs = s.filter(p -> p.getFileName().toString().startsWith("invoice-corpus")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path dir : dirs) {
            String corpus = dir.getFileName().toString();
            if (only.isEmpty() || only.contains(corpus)) {
                replay(dir, corpus, out);
            }
        }
        Files.writeString(Path.of("target", "corpus-replay.tsv"), out.toString(), StandardCharsets.UTF_8);
    }

    private static void replay(Path dir, String corpus, StringBuilder out) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("config.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("invoice.")) {
                settings.put(k.substring("invoice.".length()), p.getProperty(k).trim());
            }
        }
        String own = p.getProperty("invoice.domains.own", "aarhus.dk").trim().split("[\\s,]+")[0];
        Map<String, String> policies = new HashMap<>();
        try (Stream<Path> zones = Files.list(dir.resolve("zones"))) {
            for (Path zone : zones.toList()) {
                Matcher m = DMARC_POLICY.matcher(Files.readString(zone, StandardCharsets.UTF_8));
                while (m.find()) {
                    policies.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        InvoiceInspector inspector = new InvoiceInspector(InvoiceConfig.parse(settings));
        BankMemory memory = new BankMemory(InvoiceConfig.BankLimits.defaults());
        for (String[] l : sendingOrder(dir)) {
            byte[] raw = Files.readAllBytes(dir.resolve("mails").resolve(l[0] + ".eml"));
            InvoiceVerdict v = inspector.inspect(new ByteArrayInputStream(raw), verdict(l, policies), Set.of(own), memory);
            if (v.lesson() != null) {
                memory.learn(v.lesson().orgDomain(), v.lesson().ids(), Instant.now(), v.lesson().provisional());
            }
            out.append(String.join("\t", corpus, l[0], l[2], l[3], v.action().toString(),
                    v.summary().replace('\t', ' ')));
            if (EVIDENCE) {
                for (org.spoofguard.core.invoice.Reason r : v.reasons()) {
                    out.append('\t').append(r.name()).append(": ").append(r.evidence().replaceAll("\\s+", " "));
                }
            }
            out.append('\n');
        }
    }

    /** {@link CorpusWorld#sendingRounds}, the order InvoiceCorpusIT sends in, one round after the other. */
    private static List<String[]> sendingOrder(Path dir) throws IOException {
        List<String[]> labels = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("id\t")) {
                labels.add(line.split("\t", -1));
            }
        }
        List<String[]> order = new ArrayList<>();
        CorpusWorld.sendingRounds(labels, l -> l[5].equals("1"), l -> l[0], l -> l[9]).forEach(order::addAll);
        return order;
    }

    /** The labels' expected SPF, DKIM and DMARC results (columns 11–13), the DMARC policy from the zones. */
    private static SenderVerdict verdict(String[] l, Map<String, String> policies) {
        String mailFrom = l[8];
        String mfDomain = mailFrom.contains("@") ? mailFrom.substring(mailFrom.lastIndexOf('@') + 1) : "";
        SpfResult spf = new SpfResult(SpfResultCode.fromKeyword(l[10]), SpfResult.MAILFROM, mfDomain, mailFrom, "replay");
        SpfResult helo = new SpfResult(SpfResultCode.NONE, SpfResult.HELO, l[7], "", "replay");
        List<DkimResult> dkim = new ArrayList<>();
        if (!l[11].isEmpty() && !l[11].equals("none")) {
            for (String one : l[11].split(",")) {
                String[] d = one.split(":");
                dkim.add(new DkimResult(DkimResultCode.fromKeyword(d[0]), d.length > 1 ? d[1] : "", "s1", "rsa-sha256",
                        "replay"));
            }
        }
        String from = l[9].toLowerCase(Locale.ROOT);
        DmarcResult dmarc = l[12].equals("none")
                ? new DmarcResult(DmarcResultCode.NONE, "", "", DmarcPolicy.NONE, false, false, "replay")
                : new DmarcResult(DmarcResultCode.fromKeyword(l[12]), from, from, DmarcPolicy.fromKeyword(
                        policies.getOrDefault(from, policies.getOrDefault(CorpusWorld.org(from), "none"))), false, false,
                        "replay");
        return new SenderVerdict(l[6], l[7], mailFrom, spf, helo, dkim, dmarc);
    }
}
