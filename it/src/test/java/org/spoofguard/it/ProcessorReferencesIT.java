package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.james.GuiceJamesServer;
import org.apache.james.dnsservice.api.DNSService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.OfflineJamesDns;
import org.spoofguard.server.SpoofGuardServer;

/**
 * A processor name in mailetcontainer.xml that names no processor stops the start (James 3.8.1 would move each
 * mail sent there to the error repository at run time). The shipped conf passing is every other IT's start.
 */
class ProcessorReferencesIT {
    @TempDir
    Path work;

    @Test
    void aMistypedReleaseProcessorStopsTheStartNamingIt() throws Exception {
        Path conf = work.resolve("conf");
        JamesHarness.copyTree(JamesHarness.REPOSITORY_CONF, conf);
        Path mailets = conf.resolve("mailetcontainer.xml");
        String xml = Files.readString(mailets);
        String edited = xml.replace("<releaseProcessor>invoice-release</releaseProcessor>",
            "<releaseProcessor>invoice-relase</releaseProcessor>");
        assertThat(edited).isNotEqualTo(xml);
        Files.writeString(mailets, edited);

        JamesHarness.useFreeLoopbackPorts();
        GuiceJamesServer server = SpoofGuardServer.create(conf, work.resolve("data"), SpoofGuardServer.Store.PERSISTENT,
            Optional.empty(), List.<com.google.inject.Module>of(binder -> binder.bind(DNSService.class)
                .toInstance(new OfflineJamesDns())));
        Throwable failure = catchThrowable(server::start);
        server.stop();
        assertThat(failure).as("the server started with a release processor that does not exist").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString())
            .contains("releaseProcessor names processor 'invoice-relase', which does not exist")
            .contains("processoren 'invoice-relase', som ikke findes");
    }
}
