package org.spoofguard.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed held-out corpus is exactly what {@link HeldOutCorpus} makes, and it is the independent test set it
 * claims to be: a world of its own, test split only. {@code -Dinvoice.corpus.regenerate=true} rewrites the files.
 */
class HeldOutCorpusGeneratorTest {
    @Test
    void theCommittedHeldOutCorpusIsWhatTheGeneratorMakes(@TempDir Path tmp) throws Exception {
        CorpusChecks.committedIsWhatTheGeneratorMakes(HeldOutCorpus.DIR, HeldOutCorpus::write, tmp);
    }

    @Test
    void atLeast80MailsInAtLeast10FraudFamiliesAllInTheTestSplitAndNoneFromTheTuningWorld() {
        List<CorpusWorld.Mail> all = new HeldOutCorpus().generate();
        assertThat(all).hasSizeGreaterThanOrEqualTo(80);
        Map<String, List<CorpusWorld.Mail>> fraud = all.stream().filter(CorpusWorld.Mail::fraud)
            .collect(Collectors.groupingBy(CorpusWorld.Mail::family));
        assertThat(fraud).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all).allSatisfy(m -> assertThat(m.split()).isEqualTo("test"));
        all.stream().collect(Collectors.groupingBy(CorpusWorld.Mail::family)).forEach((family, mails) ->
            assertThat(mails.stream().map(CorpusWorld.Mail::fraud).distinct().count()).as(family).isEqualTo(1));
        assertThat(all.stream().map(CorpusWorld.Mail::id).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().filter(CorpusWorld.Mail::genuineAuthInvoice).count()).isGreaterThanOrEqualTo(30);
        assertThat(all.stream().filter(m -> m.wave() == 1)).isNotEmpty().allSatisfy(m -> assertThat(m.fraud()).isFalse());
        // a new world: no From domain of the tuned corpus's suppliers, own domain or fraudsters
        List<String> old = new InvoiceCorpus().generate().stream().map(CorpusWorld.Mail::fromDomain)
            .filter(d -> !List.of("gmail.com", "outlook.com").contains(d)).distinct().toList();
        assertThat(all).noneSatisfy(m -> assertThat(old).contains(m.fromDomain()));
    }
}
