package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.server.tls.TlsMaterial;
import org.spoofguard.server.tls.TlsSettings;

/**
 * --tls-hostname and calloutHeloName (conf/smtpserver.xml) are host names the server presents to others: checked at
 * start by the one domain rule (DomainName.configured) and refused as the launcher's other refusals are (English /
 * Danish, exit 2, naming the option or key), before anything is bound or written. Before, "--tls-hostname 'mx,O=x'"
 * became the certificate's subject CN=mx,O=x, and calloutHeloName took "mx..test" or a bare "localhost".
 */
class LauncherDomainOptionsTest {
    @TempDir
    Path data;
    @TempDir
    Path work;

    private final String hostnameBefore = System.getProperty(TlsSettings.HOSTNAME);

    @AfterEach
    void restore() {
        for (String key : List.of(TlsSettings.ENABLED, TlsSettings.KEY_URL, TlsSettings.CHAIN_URL)) {
            System.clearProperty(key);
        }
        if (hostnameBefore == null) {
            System.clearProperty(TlsSettings.HOSTNAME);
        } else {
            System.setProperty(TlsSettings.HOSTNAME, hostnameBefore);
        }
    }

    record Result(int status, String output) {
    }

    /** Refused before anything starts; a minute is generous on a loaded machine. */
    Result launch(Path conf, String... args) throws Exception {
        return launch(List.of(), conf, args);
    }

    Result launch(List<String> jvmArgs, Path conf, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
            "--conf", conf.toString(), "--data", data.toString()));
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

    private static Path repositoryConf() {
        return Path.of("../conf").toAbsolutePath().normalize();
    }

    /** The repository's conf/ with the MX server's calloutHeloName set to {@code name}. */
    private Path confWithHelo(String name) throws Exception {
        Path conf = work.resolve("conf");
        try (Stream<Path> files = Files.list(repositoryConf())) {
            Files.createDirectories(conf);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, conf.resolve(f.getFileName()));
            }
        }
        Path smtp = conf.resolve("smtpserver.xml");
        String xml = Files.readString(smtp);
        String handler = "<handler class=\"org.spoofguard.smtp.rcpt.RecipientValidationHook\">";
        assertThat(xml).contains(handler);
        Files.writeString(smtp, xml.replaceFirst(java.util.regex.Pattern.quote(handler),
            handler + "\n<calloutHeloName>" + name + "</calloutHeloName>"));
        return conf;
    }

    @Test
    void aBadTlsHostnameIsRefusedNamingTheOption() throws Exception {
        Result r = launch(repositoryConf(), "--tls-hostname", "mx,O=x.test");
        assertThat(r.status()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("spoofguard-server: --tls-hostname")
            .contains("'mx,O=x.test' is not a domain name").contains(" / ").contains("er ikke et domænenavn");
        assertThat(List.of(data.toFile().list())).as("nothing started, nothing written").isEmpty();
    }

    @Test
    void aBadCalloutHeloNameIsRefusedNamingTheKey() throws Exception {
        Result r = launch(confWithHelo("mx..test"), "--no-tls");
        assertThat(r.status()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("spoofguard-server: ").contains("smtpserver.xml")
            .contains("'calloutHeloName'").contains("'mx..test' is not a domain name").contains(" / ")
            .contains("er ikke et domænenavn");
        assertThat(List.of(data.toFile().list())).as("nothing started, nothing written").isEmpty();
    }

    @Test
    void goodNamesIncludingADanishOnePass() throws Exception {
        assertThat(Launcher.calloutHeloRefusal(repositoryConf())).isEmpty();
        assertThat(Launcher.calloutHeloRefusal(confWithHelo("tønder.dk"))).isEmpty();

        System.setProperty(TlsSettings.HOSTNAME, "Mail.Tønder.dk");
        assertThat(Launcher.tlsHostnameRefusal()).isEmpty();
        assertThat(TlsSettings.hostname()).contains("mail.xn--tnder-vua.dk");
        System.setProperty(TlsSettings.HOSTNAME, "mx,O=x.test");
        assertThat(Launcher.tlsHostnameRefusal()).get().asString().startsWith("--tls-hostname");
    }

    /** A certificate's dNSName is ASCII (RFC 5280 §7.2): the generated certificate names the A-label. */
    @Test
    void theSelfSignedCertificateIsMadeForTheALabel() throws Exception {
        System.setProperty(TlsSettings.HOSTNAME, "tønder.dk");
        TlsMaterial.Pair pair = TlsSettings.prepare(data).orElseThrow();
        assertThat(pair.leaf().getSubjectX500Principal().getName()).isEqualTo("CN=xn--tnder-vua.dk");
        assertThat(pair.leaf().getSubjectAlternativeNames()).anyMatch(san -> san.get(1).equals("xn--tnder-vua.dk"));
    }

    /**
     * A refusal already in both languages is split, not repeated: English, then the Danish lead-in and the Danish
     * half. Before, the whole English / Danish text stood on each side of the lead-in.
     */
    @Test
    void aBilingualRefusalIsShownOnceInEachLanguage() throws Exception {
        Result r = launch(List.of("-D" + TlsSettings.ENABLED + "=maybe"), repositoryConf());
        assertThat(r.status()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("spoofguard-server: " + TlsSettings.ENABLED + " must be true or false, not maybe"
            + " (see --help) / TLS-indstillingerne kan ikke bruges: " + TlsSettings.ENABLED
            + " skal være true eller false, ikke maybe (se --help)");
        assertThat(List.of(data.toFile().list())).as("nothing started, nothing written").isEmpty();
    }

    @Test
    void theCalloutHeloRefusalNamesTheFileInBothHalves() throws Exception {
        assertThat(Launcher.calloutHeloRefusal(confWithHelo("mx..test"))).get().asString()
            .matches("(?s)(\\S+smtpserver\\.xml): RecipientValidationHook: 'calloutHeloName': 'mx\\.\\.test' is not a domain name.*"
                + " / \\1: RecipientValidationHook: 'calloutHeloName': 'mx\\.\\.test' er ikke et domænenavn.*");
    }
}
