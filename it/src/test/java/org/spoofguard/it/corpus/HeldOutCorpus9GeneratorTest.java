package org.spoofguard.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed ninth held-out corpus is exactly what {@link HeldOutCorpus9} makes, and it is the independent
 * test set it claims to be: a world of its own (no From domain of any earlier corpus but the big free-mail
 * providers), test split only, valid IBANs. {@code -Dinvoice.corpus.regenerate=true} rewrites the files.
 */
class HeldOutCorpus9GeneratorTest {
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "outlook.com", "hotmail.com", "live.dk", "yahoo.com", "icloud.com");

    @Test
    void theCommittedCorpusIsWhatTheGeneratorMakes(@TempDir Path tmp) throws Exception {
        CorpusChecks.committedIsWhatTheGeneratorMakes(HeldOutCorpus9.DIR, HeldOutCorpus9::write, tmp);
    }

    @Test
    void atLeast160MailsInAtLeast20FraudFamiliesAllTestSplitInANewWorld() {
        List<CorpusWorld.Mail> all = CorpusChecks.generated(new HeldOutCorpus9());
        assertThat(all).hasSizeGreaterThanOrEqualTo(160);
        Map<String, List<CorpusWorld.Mail>> fraud = all.stream().filter(CorpusWorld.Mail::fraud)
            .collect(Collectors.groupingBy(CorpusWorld.Mail::family));
        assertThat(fraud).hasSizeGreaterThanOrEqualTo(20);
        long frauds = all.stream().filter(CorpusWorld.Mail::fraud).count();
        assertThat(frauds * 10).isBetween(all.size() * 35L / 10, all.size() * 5L);
        assertThat(all).allSatisfy(m -> assertThat(m.split()).isEqualTo("test"));
        all.stream().collect(Collectors.groupingBy(CorpusWorld.Mail::family)).forEach((family, mails) ->
            assertThat(mails.stream().map(CorpusWorld.Mail::fraud).distinct().count()).as(family).isEqualTo(1));
        assertThat(all.stream().map(CorpusWorld.Mail::id).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().filter(CorpusWorld.Mail::genuineAuthInvoice)).hasSizeGreaterThanOrEqualTo(50)
            .allSatisfy(m -> assertThat(m.fraud()).isFalse());
        assertThat(all.stream().filter(m -> m.wave() == 1)).isNotEmpty().allSatisfy(m -> assertThat(m.fraud()).isFalse());
        List<CorpusWorld.Mail> earlier = Stream.of(CorpusChecks.generated(new InvoiceCorpus()), CorpusChecks.generated(new HeldOutCorpus()),
                CorpusChecks.generated(new HeldOutCorpus2()), CorpusChecks.generated(new HeldOutCorpus3()), CorpusChecks.generated(new HeldOutCorpus4()),
                CorpusChecks.generated(new HeldOutCorpus5()), CorpusChecks.generated(new HeldOutCorpus6()), CorpusChecks.generated(new HeldOutCorpus7()), CorpusChecks.generated(new HeldOutCorpus8()))
            .flatMap(List::stream).toList();
        List<String> old = earlier.stream().map(CorpusWorld.Mail::fromDomain).filter(d -> !FREE_MAIL.contains(d)).distinct().toList();
        assertThat(all).noneSatisfy(m -> assertThat(old).contains(m.fromDomain()));
        // at least two fraud families no earlier corpus has
        Set<String> oldFamilies = earlier.stream().map(CorpusWorld.Mail::family).collect(Collectors.toSet());
        assertThat(fraud.keySet().stream().filter(f -> !oldFamilies.contains(f)).count()).isGreaterThanOrEqualTo(2);
    }

    /** Its suppliers and invoicing platforms appear in no earlier corpus's configuration. */
    @Test
    void suppliersAndPlatformsAreNew() throws Exception {
        Set<String> mine = domains(HeldOutCorpus9.DIR.resolve("config.properties"));
        assertThat(mine).hasSizeGreaterThanOrEqualTo(16);
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources"))) {
            for (Path d : dirs.filter(d -> d.getFileName().toString().startsWith("invoice-corpus"))
                .filter(d -> !d.equals(HeldOutCorpus9.DIR)).toList()) {
                Path config = d.resolve("config.properties");
                if (Files.exists(config)) {
                    assertThat(domains(config)).as(d.toString()).doesNotContainAnyElementsOf(mine);
                }
            }
        }
    }

    private static Set<String> domains(Path config) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Set<String> out = new TreeSet<>();
        for (String key : List.of("invoice.domains.suppliers", "invoice.domains.platforms")) {
            out.addAll(Arrays.asList(p.getProperty(key, "").trim().split("\\s+")));
        }
        out.remove("");
        return out;
    }

    /** Every IBAN written anywhere in a mail has its country's length and a valid ISO 13616 check (mod 97 = 1). */
    @Test
    void everyIbanIsValid() {
        CorpusChecks.everyIbanIsValid(CorpusChecks.generated(new HeldOutCorpus9()), 15);
    }
}
