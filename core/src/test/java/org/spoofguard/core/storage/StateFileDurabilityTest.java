package org.spoofguard.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.invoice.BankMemory;
import org.spoofguard.core.invoice.BankMemoryFile;
import org.spoofguard.core.invoice.InvoiceConfig;

/**
 * After a power loss (or OS crash) an unsynced rename can be on disk while the data is not: the file is then
 * zero-length (XFS, ext4 with nodelalloc/noauto_da_alloc, ...). StateFile.save now forces file and directory, but a
 * file damaged that way (or by an older release) must still not read as a valid, empty bank-details memory: its
 * writer always writes a header line, so a zero-length or header-less file is damaged and is set aside and
 * reported (the documented behaviour for a damaged file), not silently accepted as "no supplier known".
 */
class StateFileDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void aZeroLengthBankDetailsFileIsReportedAsDamagedNotReadAsAnEmptyMemory() throws Exception {
        Path file = dir.resolve("bank-details.txt");
        BankMemoryFile memoryFile = new BankMemoryFile(file, InvoiceConfig.BankLimits.defaults());
        BankMemory memory = new BankMemory(InvoiceConfig.BankLimits.defaults());
        memoryFile.save(memory);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        System.out.println("what save() writes for an empty memory: " + written.strip());
        assertThat(written).as("the writer always writes a header").isNotEmpty();

        Files.write(file, new byte[0]); // what a power loss after an unsynced rename leaves
        BankMemoryFile.Loaded loaded = memoryFile.load();
        try (Stream<Path> files = Files.list(dir)) {
            System.out.println("load(): ok=" + loaded.ok() + " problem='" + loaded.problem() + "' files=" + files.toList());
        }
        assertThat(loaded.ok()).as("a zero-length bank-details.txt is loaded as a valid empty memory").isFalse();
    }
}
