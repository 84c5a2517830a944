package org.spoofguard.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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
        List<CorpusWorld.Mail> all = CorpusChecks.generated(new HeldOutCorpus());
        CorpusChecks.fraudFamilies(all, 80, 10);
        CorpusChecks.allTestOneClassPerFamilyUniqueIds(all);
        assertThat(all.stream().filter(CorpusWorld.Mail::genuineAuthInvoice).count()).isGreaterThanOrEqualTo(30);
        CorpusChecks.historyIsLegitimate(all);
        // a new world: no From domain of the tuned corpus's suppliers, own domain or fraudsters
        CorpusChecks.noFromDomainOf(CorpusChecks.mailsOf(new InvoiceCorpus()), Set.of("gmail.com", "outlook.com"), all);
    }
}
