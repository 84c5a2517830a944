package org.spoofguard.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed third held-out corpus is exactly what {@link HeldOutCorpus3} makes, and it is the independent
 * test set it claims to be: a world of its own (no From domain of any earlier corpus but the big free-mail
 * providers), test split only, valid IBANs. {@code -Dinvoice.corpus.regenerate=true} rewrites the files.
 */
class HeldOutCorpus3GeneratorTest {
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "outlook.com", "hotmail.com", "live.dk", "yahoo.com", "icloud.com");

    @Test
    void theCommittedCorpusIsWhatTheGeneratorMakes(@TempDir Path tmp) throws Exception {
        if (Boolean.getBoolean("invoice.corpus.regenerate")) {
            HeldOutCorpus3.write(HeldOutCorpus3.DIR);
        }
        HeldOutCorpus3.write(tmp);
        List<Path> made = CorpusWorld.files(tmp);
        assertThat(CorpusWorld.files(HeldOutCorpus3.DIR)).containsExactlyElementsOf(made);
        for (Path p : made) {
            assertThat(Files.readAllBytes(HeldOutCorpus3.DIR.resolve(p))).as(p.toString())
                .isEqualTo(Files.readAllBytes(tmp.resolve(p)));
        }
    }

    @Test
    void atLeast100MailsInAtLeast12FraudFamiliesAllTestSplitInANewWorld() {
        List<CorpusWorld.Mail> all = new HeldOutCorpus3().generate();
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        Map<String, List<CorpusWorld.Mail>> fraud = all.stream().filter(CorpusWorld.Mail::fraud)
            .collect(Collectors.groupingBy(CorpusWorld.Mail::family));
        assertThat(fraud).hasSizeGreaterThanOrEqualTo(12);
        long frauds = all.stream().filter(CorpusWorld.Mail::fraud).count();
        assertThat(frauds * 10).isBetween(all.size() * 4L, all.size() * 6L);
        assertThat(all).allSatisfy(m -> assertThat(m.split()).isEqualTo("test"));
        all.stream().collect(Collectors.groupingBy(CorpusWorld.Mail::family)).forEach((family, mails) ->
            assertThat(mails.stream().map(CorpusWorld.Mail::fraud).distinct().count()).as(family).isEqualTo(1));
        assertThat(all.stream().map(CorpusWorld.Mail::id).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().filter(CorpusWorld.Mail::genuineAuthInvoice)).hasSizeGreaterThanOrEqualTo(30)
            .allSatisfy(m -> assertThat(m.fraud()).isFalse());
        assertThat(all.stream().filter(m -> m.wave() == 1)).isNotEmpty().allSatisfy(m -> assertThat(m.fraud()).isFalse());
        List<String> old = Stream.of(new InvoiceCorpus().generate(), new HeldOutCorpus().generate(), new HeldOutCorpus2().generate())
            .flatMap(List::stream)
            .map(CorpusWorld.Mail::fromDomain).filter(d -> !FREE_MAIL.contains(d)).distinct().toList();
        assertThat(all).noneSatisfy(m -> assertThat(old).contains(m.fromDomain()));
    }

    /** Every IBAN written anywhere in a mail has its country's length and a valid ISO 13616 check (mod 97 = 1). */
    @Test
    void everyIbanIsValid() {
        Map<String, Integer> length = Map.ofEntries(Map.entry("DK", 18), Map.entry("SE", 24), Map.entry("LT", 20),
            Map.entry("PL", 28), Map.entry("GB", 22), Map.entry("BG", 22), Map.entry("HU", 28), Map.entry("RO", 24),
            Map.entry("EE", 20), Map.entry("CY", 28), Map.entry("IE", 22), Map.entry("NL", 18), Map.entry("DE", 22),
            Map.entry("MT", 31));
        Pattern iban = Pattern.compile("IBAN ([A-Z]{2}\\d{2}(?: [A-Z0-9]{1,4})+)");
        int seen = 0;
        for (CorpusWorld.Mail m : new HeldOutCorpus3().generate()) {
            String text = new String(m.bytes(), StandardCharsets.UTF_8).replace("=\r\n", "");
            Matcher x = iban.matcher(text);
            while (x.find()) {
                String s = x.group(1).replace(" ", "");
                seen++;
                assertThat(length).as(s).containsKey(s.substring(0, 2));
                assertThat(s).as(m.id()).hasSize(length.get(s.substring(0, 2)));
                StringBuilder d = new StringBuilder();
                for (char c : (s.substring(4) + s.substring(0, 4)).toCharArray()) {
                    d.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
                }
                assertThat(new BigInteger(d.toString()).mod(BigInteger.valueOf(97)).intValue()).as(s).isEqualTo(1);
            }
        }
        assertThat(seen).isGreaterThan(10);
    }
}
