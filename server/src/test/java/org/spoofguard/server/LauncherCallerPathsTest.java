package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/spoofguard-server changes to the checkout before Java starts: an admin in /srv running it with
 * {@code --data mydata} must get /srv/mydata, not a mail store inside the checkout (nor a certificate read from it).
 */
class LauncherCallerPathsTest {
    @TempDir
    Path tmp;

    /**
     * The shipped script, copied into a stand-in checkout whose classpath.sh only points at this test's class path
     * (the real one may run Maven), run from another directory with relative paths.
     */
    @Test
    void theScriptResolvesRelativePathsAgainstTheCallersDirectory() throws Exception {
        Path checkout = Files.createDirectories(tmp.resolve("checkout/bin"));
        Files.copy(Path.of("../bin/spoofguard-server"), checkout.resolve("spoofguard-server"));
        checkout.resolve("spoofguard-server").toFile().setExecutable(true);
        Files.writeString(checkout.resolve("classpath.sh"), String.join("\n",
            "spoofguard_root=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)\"",
            "SPOOFGUARD_CP='" + System.getProperty("java.class.path") + "'", ""));
        Path caller = Files.createDirectories(tmp.resolve("srv"));
        Files.createDirectories(caller.resolve("myconf"));  // no mailetcontainer.xml: refused after --data is created

        ProcessBuilder builder = new ProcessBuilder(checkout.resolve("spoofguard-server").toString(),
            "--conf", "myconf", "--data", "mydata", "--no-tls", "--ephemeral")
            .directory(caller.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
            + System.getenv("PATH"));
        builder.environment().remove("SPOOFGUARD_JAVA_OPTS");
        File log = tmp.resolve("launcher.log").toFile();
        Process p = builder.redirectOutput(log).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("no mailetcontainer.xml").contains(caller.resolve("myconf").toString());
        assertThat(caller.resolve("mydata")).as(output).isDirectory();
        assertThat(tmp.resolve("checkout/mydata")).doesNotExist();
    }

    /**
     * bin/spoofguard-check does not change directory (a relative --eml is the caller's), so its default conf/ used to
     * be the caller's too: run from elsewhere it computed with no settings at all and said nothing. Its default is
     * now the checkout's conf/, as the server's; the checkout's bad setting proves which one it read.
     */
    @Test
    void theCheckerReadsItsCheckoutsConfWhenRunFromElsewhere() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("checkout/bin"));
        Files.copy(Path.of("../bin/spoofguard-check"), bin.resolve("spoofguard-check"));
        bin.resolve("spoofguard-check").toFile().setExecutable(true);
        Files.writeString(bin.resolve("classpath.sh"), String.join("\n",
            "spoofguard_root=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)\"",
            "SPOOFGUARD_CP='" + System.getProperty("java.class.path") + "'", ""));
        Path conf = Files.createDirectories(tmp.resolve("checkout/conf"));
        Files.writeString(conf.resolve("spoofguard.properties"), "auth.dmarcDiscovery=sideways\n");
        Path caller = Files.createDirectories(tmp.resolve("home"));

        ProcessBuilder builder = new ProcessBuilder(bin.resolve("spoofguard-check").toString(),
            "--ip", "192.0.2.1", "--mail-from", "a@example.org", "--dns", "127.0.0.1:9")
            .directory(caller.toFile()).redirectErrorStream(true);
        builder.environment().remove("SPOOFGUARD_JAVA_OPTS");
        File log = tmp.resolve("check.log").toFile();
        Process p = builder.redirectOutput(log).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("auth.dmarcDiscovery");
    }

    @Test
    void theToolsDefaultToTheirCheckoutsConfAndData() {
        String before = System.getProperty(Launcher.CHECKOUT);
        try {
            System.setProperty(Launcher.CHECKOUT, "/opt/spoofguard");
            assertThat(Launcher.checkoutDefault("conf")).isEqualTo(Path.of("/opt/spoofguard/conf"));
            assertThat(Launcher.checkoutDefault("data")).isEqualTo(Path.of("/opt/spoofguard/data"));
            System.clearProperty(Launcher.CHECKOUT);
            assertThat(Launcher.checkoutDefault("conf")).isEqualTo(Path.of("conf"));
        } finally {
            if (before != null) {
                System.setProperty(Launcher.CHECKOUT, before);
            }
        }
    }

    @Test
    void givenPathsAreRelativeToTheCallerDefaultsToTheProcessDirectory() {
        String before = System.getProperty(Launcher.CALLER_DIRECTORY);
        try {
            System.setProperty(Launcher.CALLER_DIRECTORY, "/srv");
            assertThat(Launcher.given("mydata")).isEqualTo(Path.of("/srv/mydata"));
            assertThat(Launcher.given("../etc/fullchain.pem")).isEqualTo(Path.of("/etc/fullchain.pem"));
            assertThat(Launcher.given("/var/lib/spoofguard")).isEqualTo(Path.of("/var/lib/spoofguard"));
            System.clearProperty(Launcher.CALLER_DIRECTORY);
            assertThat(Launcher.given("mydata")).isEqualTo(Path.of("mydata").toAbsolutePath());
        } finally {
            if (before != null) {
                System.setProperty(Launcher.CALLER_DIRECTORY, before);
            }
        }
    }

    @Test
    void aRelativeDerbyDirectoryIsTheCallersOtherUrlsAreKept() {
        Path srv = Path.of("/srv");
        assertThat(Launcher.givenDatabaseUrl("jdbc:derby:db;create=true", srv)).isEqualTo("jdbc:derby:/srv/db;create=true");
        assertThat(Launcher.givenDatabaseUrl("jdbc:derby:directory:db", srv)).isEqualTo("jdbc:derby:directory:/srv/db");
        assertThat(Launcher.givenDatabaseUrl("jdbc:derby:/var/db;create=true", srv)).isEqualTo("jdbc:derby:/var/db;create=true");
        assertThat(Launcher.givenDatabaseUrl("jdbc:derby:memory:db;create=true", srv)).isEqualTo("jdbc:derby:memory:db;create=true");
        assertThat(Launcher.givenDatabaseUrl("jdbc:postgresql://127.0.0.1:5432/mail", srv))
            .isEqualTo("jdbc:postgresql://127.0.0.1:5432/mail");
    }
}
