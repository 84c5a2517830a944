package org.spoofguard.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.james.FakeSearchMailboxModule;
import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesConfiguration;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.modules.protocols.ImapGuiceProbe;
import org.apache.james.modules.protocols.SmtpGuiceProbe;
import org.apache.james.server.core.configuration.Configuration.ConfigurationPath;
import org.apache.james.utils.WebAdminGuiceProbe;

import com.google.inject.Module;

/**
 * A real Apache James 3.8.1 memory server with SpoofGuard wired in by {@code conf/}.
 *
 * <p>James reads its XML/properties configuration from {@code confDir}; its working directory (mail
 * repositories under {@code var/}, {@code extensions-jars/}) is {@code dataDir}. The same factory is used
 * by {@code bin/spoofguard-server} and by the end-to-end tests, so tests exercise the shipped wiring.
 */
public final class SpoofGuardServer {
    private SpoofGuardServer() {
    }

    /** Creates (does not start) the server. {@code overrides} replace bindings, e.g. James's DNS service in tests. */
    public static GuiceJamesServer create(Path confDir, Path dataDir, List<Module> overrides) throws Exception {
        Path conf = confDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(conf.resolve("mailetcontainer.xml"))) {
            throw new IllegalArgumentException("Not a James configuration directory (no mailetcontainer.xml): " + conf);
        }
        Files.createDirectories(dataDir);
        ServerPorts.applyDefaults();
        MemoryJamesConfiguration configuration = MemoryJamesConfiguration.builder()
            .workingDirectory(dataDir.toAbsolutePath().normalize().toFile())
            // James resolves "file:///abs/" as an absolute path, so conf/ stays where the admin edits it.
            .configurationPath(new ConfigurationPath("file://" + conf + "/"))
            .build();
        List<Module> all = new ArrayList<>(overrides);
        return MemoryJamesServerMain.createServer(configuration)
            // No JMXServerModule: SpoofGuard opens no JMX port (conf/jmx.properties also says so), and its MBeans
            // would outlive a stopped server in the same JVM.
            .combineWith(new FakeSearchMailboxModule())
            .overrideWith(all);
    }

    /** The ports the running server really listens on (they may have been chosen by the OS). */
    public record Ports(int smtp, int submission, int imap, int webadmin) {
        public static Ports of(GuiceJamesServer server) {
            SmtpGuiceProbe smtp = server.getProbe(SmtpGuiceProbe.class);
            return new Ports(
                smtp.getSmtpPort().getValue(),
                smtp.getSmtpAuthRequiredPort().getValue(),
                server.getProbe(ImapGuiceProbe.class).getImapPort(),
                server.getProbe(WebAdminGuiceProbe.class).getWebAdminPort().getValue());
        }
    }
}
