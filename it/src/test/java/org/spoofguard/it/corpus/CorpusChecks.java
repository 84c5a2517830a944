package org.spoofguard.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every corpus generator test checks of its corpus, written once. */
final class CorpusChecks {
    /** A generator's {@code write(dir)}. */
    interface Writer {
        List<CorpusWorld.Mail> write(Path dir) throws IOException;
    }

    private static final Map<String, Integer> IBAN_LENGTH = Map.ofEntries(Map.entry("DK", 18), Map.entry("SE", 24),
        Map.entry("LT", 20), Map.entry("PL", 28), Map.entry("GB", 22), Map.entry("BG", 22), Map.entry("HU", 28),
        Map.entry("RO", 24), Map.entry("EE", 20), Map.entry("CY", 28), Map.entry("IE", 22), Map.entry("NL", 18),
        Map.entry("DE", 22), Map.entry("MT", 31));
    private static final Pattern IBAN = Pattern.compile("IBAN ([A-Z]{2}\\d{2}(?: [A-Z0-9]{1,4})+)");

    private CorpusChecks() {
    }

    /**
     * The committed files under {@code committed} are byte for byte what the generator writes (so the corpus is
     * reproducible and reviewable as code); {@code -Dinvoice.corpus.regenerate=true} rewrites them first.
     */
    static void committedIsWhatTheGeneratorMakes(Path committed, Writer generator, Path tmp) throws IOException {
        if (Boolean.getBoolean("invoice.corpus.regenerate")) {
            generator.write(committed);
        }
        generator.write(tmp);
        List<Path> made = CorpusWorld.files(tmp);
        assertThat(CorpusWorld.files(committed)).containsExactlyElementsOf(made);
        for (Path p : made) {
            assertThat(Files.readAllBytes(committed.resolve(p))).as(p.toString())
                .isEqualTo(Files.readAllBytes(tmp.resolve(p)));
        }
    }

    /**
     * Every IBAN written in a mail's text has its country's length and a valid ISO 13616 check (mod 97 = 1): a
     * real payee's account is valid, and our parser rightly ignores one that is not. At least {@code minimumSeen}.
     */
    static void everyIbanIsValid(List<CorpusWorld.Mail> mails, int minimumSeen) {
        int seen = 0;
        for (CorpusWorld.Mail m : mails) {
            String text = new String(m.bytes(), StandardCharsets.UTF_8).replace("=\r\n", "");
            Matcher x = IBAN.matcher(text);
            while (x.find()) {
                String s = x.group(1).replace(" ", "");
                seen++;
                assertThat(IBAN_LENGTH).as(s).containsKey(s.substring(0, 2));
                assertThat(s).as(m.id()).hasSize(IBAN_LENGTH.get(s.substring(0, 2)));
                StringBuilder d = new StringBuilder();
                for (char c : (s.substring(4) + s.substring(0, 4)).toCharArray()) {
                    d.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
                }
                assertThat(new BigInteger(d.toString()).mod(BigInteger.valueOf(97)).intValue()).as(s).isEqualTo(1);
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(minimumSeen);
    }
}
