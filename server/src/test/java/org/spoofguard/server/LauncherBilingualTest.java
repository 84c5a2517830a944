package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's refusals are for the admin: in English and Danish ("English / Danish", as the other admin
 * messages), with the exit codes unchanged (2 for what the admin must correct).
 */
class LauncherBilingualTest {
    @TempDir
    Path data;

    record Result(int status, String output) {
    }

    /** Usage errors end before anything is bound or written; a minute is generous on a loaded machine. */
    Result launch(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
            "--conf", Path.of("../conf").toAbsolutePath().toString(), "--data", data.toString()));
        cmd.addAll(List.of(args));
        File log = Files.createTempFile("launcher", ".log").toFile();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Result(-1, Files.readString(log.toPath(), StandardCharsets.UTF_8));
        }
        String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        log.delete();
        return new Result(p.exitValue(), out);
    }

    @Test
    void refusalsOffLoopbackSayItInBothLanguages() {
        assertThat(Launcher.clearTextRefusal("0.0.0.0", false)).get().asString()
            .contains("without TLS").contains(" / ").contains("uden TLS");
        assertThat(Launcher.demoRefusal("192.0.2.10")).get().asString()
            .contains("refusing --demo").contains(" / ").contains("afviser --demo");
    }

    @Test
    void usageErrorsSayItInBothLanguagesAndExitTwo() throws Exception {
        Result unknown = launch("--nope");
        assertThat(unknown.status()).as(unknown.output()).isEqualTo(2);
        assertThat(unknown.output()).contains("spoofguard-server: unknown option --nope").contains("ukendt tilvalg --nope");

        Result port = launch("--smtp-port", "99999");
        assertThat(port.status()).as(port.output()).isEqualTo(2);
        assertThat(port.output()).contains("--smtp-port: port out of range: 99999").contains("99999")
            .contains("uden for");

        // the one whole-number rule (WholeNumbers): Integer.parseInt took "+25" and passed it on to James
        Result plus = launch("--smtp-port", "+25");
        assertThat(plus.status()).as(plus.output()).isEqualTo(2);
        assertThat(plus.output()).contains("--smtp-port: not a port number: +25").contains("ikke et portnummer");

        Result both = launch("--ephemeral", "--database", "jdbc:postgresql://127.0.0.1/x");
        assertThat(both.status()).as(both.output()).isEqualTo(2);
        assertThat(both.output()).contains("exclude each other").contains("udelukker hinanden");

        Result missing = launch("--smtp-port");
        assertThat(missing.status()).as(missing.output()).isEqualTo(2);
        assertThat(missing.output()).contains("--smtp-port needs a value").contains("--smtp-port skal have en værdi");
    }
}
