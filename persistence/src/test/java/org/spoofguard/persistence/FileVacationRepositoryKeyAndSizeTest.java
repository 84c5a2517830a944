package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.james.util.ValuePatch;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.VacationPatch;
import org.apache.james.vacation.api.VacationRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One out-of-office per user whatever the case WebAdmin's path used (James's users are case-insensitive), and no
 * setting acknowledged that would make the file too large to be read at the next start.
 */
class FileVacationRepositoryKeyAndSizeTest {
    static final AccountId ALICE = AccountId.fromString("alice@spoofguard.test");
    static final AccountId ALICE_MIXED = AccountId.fromString("Alice@SpoofGuard.TEST");

    @TempDir
    Path dir;

    private static VacationPatch enable(String subject, String text) {
        return VacationPatch.builder().isEnabled(true).subject(ValuePatch.modifyTo(subject))
            .textBody(ValuePatch.modifyTo(text)).build();
    }

    @Test
    void anAddressInOtherCaseIsTheSameUsersSetting() throws Exception {
        Path file = dir.resolve("vacation.json");
        FileVacationRepository repository = new FileVacationRepository(file);
        repository.modifyVacation(ALICE, enable("first", "x")).block();
        repository.modifyVacation(ALICE_MIXED, enable("Away case", "x")).block();

        assertThat(repository.retrieveVacation(ALICE).block().getSubject()).contains("Away case");
        assertThat(new FileVacationRepository(file).retrieveVacation(ALICE).block().getSubject()).contains("Away case");
        assertThat(Files.readString(file)).doesNotContain("Alice@SpoofGuard.TEST").containsOnlyOnce("alice@spoofguard.test");
    }

    /** A file written before keys were canonical: the entry already under the canonical key is the one mail read. */
    @Test
    void duplicatesInAnOlderFileBecomeOneTheCanonicalEntryWinning() throws Exception {
        Path file = dir.resolve("vacation.json");
        Files.writeString(file, "{\"version\":1,\"accounts\":{"
            + "\"alice@spoofguard.test\":{\"enabled\":true,\"subject\":\"canonical\"},"
            + "\"Alice@SpoofGuard.TEST\":{\"enabled\":true,\"subject\":\"mixed\"},"
            + "\"BOB@spoofguard.test\":{\"enabled\":true,\"subject\":\"bob\"}}}");

        FileVacationRepository repository = new FileVacationRepository(file);

        assertThat(repository.retrieveVacation(ALICE).block().getSubject()).contains("canonical");
        assertThat(repository.retrieveVacation(ALICE_MIXED).block().getSubject()).contains("canonical");
        assertThat(repository.retrieveVacation(AccountId.fromString("bob@spoofguard.test")).block().getSubject())
            .contains("bob");
        repository.modifyVacation(ALICE, VacationPatch.builder().isEnabled(false).build()).block();
        assertThat(Files.readString(file)).doesNotContain("mixed").doesNotContain("BOB@");
    }

    @Test
    void aSettingThatWouldMakeTheFileTooLargeToReadIsRefusedAndNothingChanges() throws Exception {
        Path file = dir.resolve("vacation.json");
        FileVacationRepository repository = new FileVacationRepository(file, 4096);
        repository.modifyVacation(ALICE, enable("small", "x")).block();
        String before = Files.readString(file);

        assertThatThrownBy(() -> repository.modifyVacation(AccountId.fromString("bob@spoofguard.test"),
                enable("big", "y".repeat(5000))).block())
            .isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(repository.retrieveVacation(AccountId.fromString("bob@spoofguard.test")).block())
            .isEqualTo(VacationRepository.DEFAULT_VACATION);
        assertThat(new FileVacationRepository(file, 4096).retrieveVacation(ALICE).block().getSubject()).contains("small");
    }

    @Test
    void aTextLargerThanAnOutOfOfficeNeedsIsRefused() {
        FileVacationRepository repository = new FileVacationRepository(dir.resolve("vacation.json"));
        String huge = "ø".repeat(FileVacationRepository.MAX_FIELD_BYTES / 2 + 1);
        assertThatThrownBy(() -> repository.modifyVacation(ALICE, enable("s", huge)).block())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("textBody");
        assertThatThrownBy(() -> repository.modifyVacation(ALICE, VacationPatch.builder()
                .htmlBody(ValuePatch.modifyTo(huge)).build()).block())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("htmlBody");
        assertThat(repository.retrieveVacation(ALICE).block()).isEqualTo(VacationRepository.DEFAULT_VACATION);
    }
}
