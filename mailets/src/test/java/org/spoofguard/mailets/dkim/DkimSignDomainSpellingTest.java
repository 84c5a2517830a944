package org.spoofguard.mailets.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.james.core.Domain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.dkim.DkimSigningConfig;
import org.spoofguard.james.SpoofGuardSettings;

/** dkim.domains and James's domain list are read with the one domain rule: a Danish domain signs under its A-label. */
class DkimSignDomainSpellingTest {
    @TempDir
    Path data;

    DkimSign mailet(Map<String, String> properties, String... localDomains) throws Exception {
        FileSystem fs = mock(FileSystem.class);
        when(fs.getFile(anyString())).thenAnswer(i -> data.resolve(((String) i.getArgument(0)).substring("file://".length())).toFile());
        DomainList domains = mock(DomainList.class);
        when(domains.getDomains()).thenReturn(java.util.Arrays.stream(localDomains).map(Domain::of).toList());
        DkimSign m = new DkimSign(new SpoofGuardSettings(properties), fs, domains, new RecordingMetricFactory(), new DkimKeyring());
        m.init(FakeMailetConfig.builder().mailetName("DkimSign").mailetContext(FakeMailContext.defaultContext()).build());
        return m;
    }

    Path key(String stem) {
        return data.resolve("var/spoofguard/dkim/" + stem + ".spoofguard.key");
    }

    @Test
    void aConfiguredUnicodeDomainSignsItsMailUnderTheALabel() throws Exception {
        // James's domain list holds the U-label the admin added
        DkimSign m = mailet(Map.of("dkim.domains", "TØNDER.DK."), "localhost", "tønder.dk");
        assertThat(key("xn--tnder-vua.dk")).exists();
        for (String from : List.of("alice@xn--tnder-vua.dk", "alice@XN--TNDER-VUA.DK")) {
            Mail mail = DkimSignTest.mail(from);
            m.service(mail);
            assertThat(mail.getMessage().getHeader("DKIM-Signature")).as(from).singleElement()
                .asString().contains("d=xn--tnder-vua.dk;");
        }
    }

    @Test
    void aUnicodeDomainInJamesDomainListGetsItsKeyUnderTheALabel() throws Exception {
        mailet(Map.of(), "localhost", "192.0.2.7", "tønder.dk", "example.dk");
        assertThat(key("xn--tnder-vua.dk")).exists();
        assertThat(key("example.dk")).exists();
        assertThat(key("192.0.2.7")).doesNotExist();
    }

    @Test
    void aBadDomainIsRefusedNamingTheKey() {
        for (String bad : List.of("a..b", "-a.dk", "xn--zz.dk")) {
            assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("domains", "example.dk," + bad)))
                .as(bad).hasMessageContaining("dkim.domains").hasMessageContaining("not a domain name");
        }
    }
}
