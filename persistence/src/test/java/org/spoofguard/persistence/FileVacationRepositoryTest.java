package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.apache.james.util.ValuePatch;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.Vacation;
import org.apache.james.vacation.api.VacationPatch;
import org.apache.james.vacation.api.VacationRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileVacationRepositoryTest {
    static final AccountId ALICE = AccountId.fromString("alice@spoofguard.test");
    static final AccountId BOB = AccountId.fromString("bob@spoofguard.test");

    @TempDir
    Path dir;

    private static VacationPatch enable(String subject, String text) {
        return VacationPatch.builder()
            .isEnabled(true)
            .subject(ValuePatch.modifyTo(subject))
            .textBody(ValuePatch.modifyTo(text))
            .fromDate(ValuePatch.modifyTo(ZonedDateTime.parse("2026-12-01T08:00:00+01:00[Europe/Copenhagen]")))
            .build();
    }

    @Test
    void aSettingIsReadBackByTheNextServer() {
        Path file = dir.resolve("vacation.json");
        new FileVacationRepository(file).modifyVacation(ALICE, enable("Ferie / On holiday", "Tilbage mandag æøå")).block();

        Vacation read = new FileVacationRepository(file).retrieveVacation(ALICE).block();
        assertThat(read.isEnabled()).isTrue();
        assertThat(read.getSubject()).contains("Ferie / On holiday");
        assertThat(read.getTextBody()).contains("Tilbage mandag æøå");
        assertThat(read.getHtmlBody()).isEmpty();
        assertThat(read.getFromDate()).contains(ZonedDateTime.parse("2026-12-01T08:00:00+01:00[Europe/Copenhagen]"));
        assertThat(read.getToDate()).isEmpty();
        assertThat(new FileVacationRepository(file).retrieveVacation(BOB).block())
            .isEqualTo(VacationRepository.DEFAULT_VACATION);
    }

    @Test
    void aPatchChangesOnlyWhatItNames() {
        Path file = dir.resolve("vacation.json");
        FileVacationRepository repository = new FileVacationRepository(file);
        repository.modifyVacation(ALICE, enable("away", "back monday")).block();
        repository.modifyVacation(ALICE, VacationPatch.builder().isEnabled(false).build()).block();

        Vacation read = new FileVacationRepository(file).retrieveVacation(ALICE).block();
        assertThat(read.isEnabled()).isFalse();
        assertThat(read.getSubject()).contains("away");
        assertThat(read.getTextBody()).contains("back monday");
    }

    /**
     * A damaged file, or one of another version (a newer server's, read by an older one), is set aside for the admin
     * as it was, never read as empty and overwritten on the next write; the server starts with no settings.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"version\":1,\"accounts\":{\"alice@spoofguard.test\":{\"enabled\":true,\"fromDate\":\"yesterday\"}}}",
        "{\"version\":2,\"accounts\":{\"alice@spoofguard.test\":{\"enabled\":true}}}"})
    void aFileThatCannotBeReadIsSetAsideAsItWas(String content) throws Exception {
        Path file = dir.resolve("vacation.json");
        Files.writeString(file, content);

        FileVacationRepository repository = new FileVacationRepository(file);

        assertThat(repository.retrieveVacation(ALICE).block()).isEqualTo(VacationRepository.DEFAULT_VACATION);
        assertThat(file).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("vacation.json.corrupt-")))
                .singleElement()
                .satisfies(p -> assertThat(Files.readString(p)).isEqualTo(content));
        }
    }

    @Test
    void aSettingThatCannotBeWrittenFailsAndTheOldOneStays() throws Exception {
        Path blocker = dir.resolve("not-a-directory");
        Files.writeString(blocker, "x");
        FileVacationRepository repository = new FileVacationRepository(blocker.resolve("vacation.json"));

        assertThatThrownBy(() -> repository.modifyVacation(ALICE, enable("away", "back")).block())
            .hasMessageContaining("not saved");
        assertThat(repository.retrieveVacation(ALICE).block()).isEqualTo(VacationRepository.DEFAULT_VACATION);
    }

    @Test
    void textThatLooksLikeJsonIsKeptAsText() {
        Path file = dir.resolve("vacation.json");
        String hostile = "\"},\"bob@spoofguard.test\":{\"enabled\":true} \u0000 \uD83D\uDE00";
        new FileVacationRepository(file).modifyVacation(ALICE, enable(hostile, hostile)).block();

        FileVacationRepository read = new FileVacationRepository(file);
        assertThat(read.retrieveVacation(ALICE).block().getSubject()).isEqualTo(Optional.of(hostile));
        assertThat(read.retrieveVacation(BOB).block()).isEqualTo(VacationRepository.DEFAULT_VACATION);
    }
}
