package org.spoofguard.mailets.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.james.core.Domain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.domainlist.memory.MemoryDomainList;
import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.domainlist.lib.DomainListConfiguration;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.james.SpoofGuardSettings;

/**
 * A domain added on the running server (WebAdmin, --demo) has its DKIM key made when it is added, so its record can
 * be published before its first mail; the add itself never fails because of the key.
 */
class DkimKeyOnDomainAddTest {
    @TempDir
    Path data;
    MemoryDomainList store;
    DkimKeyring keyring = new DkimKeyring();
    DomainList domains;

    @BeforeEach
    void setUp() throws Exception {
        store = new MemoryDomainList(mock(DNSService.class));
        store.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false).build());
        domains = new DkimKeyOnDomainAdd(store, keyring);
    }

    private void startSigning(Map<String, String> properties) throws Exception {
        FileSystem fs = mock(FileSystem.class);
        when(fs.getFile(anyString())).thenAnswer(i -> data.resolve(((String) i.getArgument(0)).substring("file://".length())).toFile());
        new DkimSign(new SpoofGuardSettings(properties), fs, domains, new RecordingMetricFactory(), keyring)
            .init(FakeMailetConfig.builder().mailetName("DkimSign").mailetContext(FakeMailContext.defaultContext()).build());
    }

    @Test
    void aDomainAddedAfterTheStartHasItsKeyWhenTheAddReturns() throws Exception {
        startSigning(Map.of());
        domains.addDomain(Domain.of("later.example"));
        domains.addDomain(Domain.of("tønder.dk"));

        assertThat(data.resolve("var/spoofguard/dkim/later.example.spoofguard.key")).exists();
        assertThat(data.resolve("var/spoofguard/dkim/xn--tnder-vua.dk.spoofguard.key")).as("the A-label we sign with").exists();
        assertThat(store.containsDomain(Domain.of("later.example"))).isTrue();
    }

    @Test
    void onlyDomainsSignedForGetAKey() throws Exception {
        startSigning(Map.of("dkim.domains", "signed.example"));
        domains.addDomain(Domain.of("other.example"));
        domains.addDomain(Domain.of("signed.example"));

        assertThat(data.resolve("var/spoofguard/dkim/other.example.spoofguard.key")).doesNotExist();
        assertThat(data.resolve("var/spoofguard/dkim/signed.example.spoofguard.key")).exists();
    }

    @Test
    void withoutTheSigningMailetNoKeyIsMade() throws Exception {
        domains.addDomain(Domain.of("later.example"));
        assertThat(data.resolve("var/spoofguard/dkim")).doesNotExist();
        assertThat(store.containsDomain(Domain.of("later.example"))).isTrue();
    }

    @Test
    void aKeyThatCannotBeMadeDoesNotFailTheAdd() throws Exception {
        startSigning(Map.of());
        Files.createDirectories(data.resolve("var/spoofguard"));
        Files.deleteIfExists(data.resolve("var/spoofguard/dkim"));
        Files.writeString(data.resolve("var/spoofguard/dkim"), "a file where the key directory should be");

        domains.addDomain(Domain.of("later.example"));

        assertThat(store.containsDomain(Domain.of("later.example"))).isTrue();
    }
}
