package org.spoofguard.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.server.core.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.james.SpoofGuardSettings;

/**
 * conf/spoofguard.properties as an admin saves it: UTF-8 ("Tønder Kommune", "Århus", whose "Å" James's own
 * ISO-8859-1 reading turned into a line break), or Latin-1 from an older editor; both arrive as written.
 */
class SettingsEncodingTest {
    private static final String TEXT = "authservId=mx.toender.dk\n"
        + "invoice.names.protected=Tønder Kommune, Helsingør Kommune, Århus\n"
        + "invoice.names.executives=Jørgen Popp Petersen\n";

    private static SpoofGuardSettings load(Path dir, byte[] file) throws Exception {
        Files.write(dir.resolve("spoofguard.properties"), file);
        FileSystem fs = mock(FileSystem.class);
        when(fs.getFile(anyString())).thenAnswer(i -> {
            String name = i.<String>getArgument(0);
            return dir.resolve(name.substring(name.lastIndexOf('/') + 1)).toFile();
        });
        return new SpoofGuardSettings(fs, new Configuration.ConfigurationPath("file://conf/"));
    }

    @Test
    void aUtf8FileArrivesAsWritten(@TempDir Path dir) throws Exception {
        SpoofGuardSettings s = load(dir, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(s.section("invoice").get("names.protected")).isEqualTo("Tønder Kommune, Helsingør Kommune, Århus");
        assertThat(s.section("invoice").get("names.executives")).isEqualTo("Jørgen Popp Petersen");
    }

    @Test
    void aLatin1FileAndEscapesArriveAsWrittenToo(@TempDir Path dir) throws Exception {
        SpoofGuardSettings s = load(dir, (TEXT + "invoice.domains.own=t\\u00f8nder.dk\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(s.section("invoice").get("names.protected")).isEqualTo("Tønder Kommune, Helsingør Kommune, Århus");
        assertThat(s.section("invoice").get("domains.own")).isEqualTo("tønder.dk");
    }

    @Test
    void noFileMeansDefaults(@TempDir Path dir) {
        FileSystem fs = mock(FileSystem.class);
        SpoofGuardSettings s = new SpoofGuardSettings(fs, new Configuration.ConfigurationPath("file://conf/"));
        assertThat(s.all()).isEmpty();
    }
}
