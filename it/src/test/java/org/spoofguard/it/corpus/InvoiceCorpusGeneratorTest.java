package org.spoofguard.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed corpus is exactly what the generator makes (so it is reproducible and reviewable as code), and it
 * has the breadth issue 11 asks for. {@code -Dinvoice.corpus.regenerate=true} rewrites the committed files.
 */
class InvoiceCorpusGeneratorTest {
    @Test
    void theCommittedCorpusIsWhatTheGeneratorMakes(@TempDir Path tmp) throws Exception {
        CorpusChecks.committedIsWhatTheGeneratorMakes(InvoiceCorpus.DIR, InvoiceCorpus::write, tmp);
    }

    @Test
    void atLeast120MailsInAtLeast10FraudFamiliesSplitInHalvesPerFamily() {
        List<InvoiceCorpus.Mail> all = CorpusChecks.generated(new InvoiceCorpus());
        CorpusChecks.fraudFamilies(all, 120, 10);
        Map<String, List<InvoiceCorpus.Mail>> byFamily = all.stream().collect(Collectors.groupingBy(InvoiceCorpus.Mail::family));
        byFamily.forEach((family, mails) -> {
            long test = mails.stream().filter(m -> m.split().equals("test")).count();
            assertThat(test).as(family).isBetween((long) mails.size() / 2, (long) (mails.size() + 1) / 2);
            assertThat(mails.stream().map(InvoiceCorpus.Mail::fraud).distinct().count()).as(family).isEqualTo(1);
        });
        assertThat(all.stream().map(InvoiceCorpus.Mail::id).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().filter(InvoiceCorpus.Mail::genuineAuthInvoice).filter(m -> m.split().equals("test")).count())
            .isGreaterThanOrEqualTo(15);
    }
}
