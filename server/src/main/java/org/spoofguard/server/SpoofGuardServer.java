package org.spoofguard.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.james.FakeSearchMailboxModule;
import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesConfiguration;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.domainlist.jpa.JPADomainList;
import org.apache.james.domainlist.memory.MemoryDomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.modules.protocols.ImapGuiceProbe;
import org.apache.james.server.core.filesystem.FileSystemImpl;
import org.apache.james.modules.protocols.SmtpGuiceProbe;
import org.apache.james.utils.WebAdminGuiceProbe;
import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.mdc.LoggingRequestFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.james.webadmin.LocalAdminOnlyRoutes;
import org.spoofguard.james.webadmin.RequestBodyLimitFilter;
import org.spoofguard.mailets.dkim.DkimKeyOnDomainAdd;
import org.spoofguard.mailets.dkim.DkimKeyring;
import org.spoofguard.persistence.ConcurrentNotificationRegistry;
import org.spoofguard.persistence.PersistentJamesServer;
import org.spoofguard.server.imap.GuardedImapModule;
import org.spoofguard.server.smtp.GuardedSmtpModule;
import org.spoofguard.server.console.ConsoleModule;
import org.spoofguard.server.mailet.ProcessorReferencesCheck;
import org.apache.james.modules.server.MailetContainerModule.ProcessorsCheck;
import org.spoofguard.server.console.ConsoleProbe;
import org.spoofguard.server.tls.TlsMaterial;
import org.spoofguard.server.tls.TlsSettings;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/**
 * A real Apache James 3.8.1 server with SpoofGuard wired in by {@code conf/}.
 *
 * <p>{@link Store#PERSISTENT} (the default) keeps users, domains, aliases, quotas, Sieve scripts and mailboxes
 * in James's JPA stores (embedded Derby under the data directory, or PostgreSQL) and the spool and outgoing
 * queues in an embedded ActiveMQ broker under the data directory. {@link Store#EPHEMERAL} is James's memory
 * server: quick experiments only, it loses everything but the {@code file://} repositories on stop.
 *
 * <p>James reads its XML/properties configuration from {@code confDir}; its working directory ({@code var/}
 * with repositories and stores, {@code extensions-jars/}) is {@code dataDir}. The same factory is used by
 * {@code bin/spoofguard-server} and by the end-to-end tests, so tests exercise the shipped wiring.
 */
public final class SpoofGuardServer {
    public enum Store { PERSISTENT, EPHEMERAL }

    private static final Logger LOGGER = LoggerFactory.getLogger(SpoofGuardServer.class);

    private SpoofGuardServer() {
    }

    /**
     * WebAdmin refuses what a browser on this host could be made to send (DNS rebinding, a page's cross-site request):
     * bound here, not only listed in {@code webadmin.properties}, so no edit of that file leaves WebAdmin open to it.
     */
    static final Module LOCAL_ADMIN_ONLY = binder -> Multibinder.newSetBinder(binder, Routes.class).addBinding()
        .to(LocalAdminOnlyRoutes.class);

    /**
     * WebAdmin answers a request body above {@code spoofguard.maxRequestBodySize} (webadmin.properties, default 4M)
     * with 413, before reading it when Content-Length declares it, and a chunked body once it passes the limit: James's
     * request logging filter, which reads every body whole into memory before any route runs, is replaced by one that
     * checks the length first ({@link RequestBodyLimitFilter}).
     */
    static final Module REQUEST_BODY_LIMIT = binder -> binder.bind(LoggingRequestFilter.class)
        .to(RequestBodyLimitFilter.class);

    /**
     * {@link DomainList} as James's WebAdmin, our console and every mailet see it: the store's own list
     * ({@code store}), which also has a domain's DKIM key made when it is added ({@link DkimKeyOnDomainAdd}).
     */
    /** Every processor named in mailetcontainer.xml exists, checked once James has built them all. */
    static final Module PROCESSOR_REFERENCES = binder -> Multibinder.newSetBinder(binder, ProcessorsCheck.class)
        .addBinding().to(ProcessorReferencesCheck.class);

    static Module dkimKeyOnDomainAdd(Class<? extends DomainList> store) {
        return new AbstractModule() {
            @Provides
            @Singleton
            DomainList domainList(Injector injector, DkimKeyring keyring) {
                return new DkimKeyOnDomainAdd(injector.getInstance(store), keyring);
            }
        };
    }

    /** Creates (does not start) the persistent server with the store from {@code conf/james-database.properties}. */
    public static GuiceJamesServer create(Path confDir, Path dataDir, List<Module> overrides) throws Exception {
        return create(confDir, dataDir, Store.PERSISTENT, Optional.empty(), overrides);
    }

    /**
     * Creates (does not start) the server. {@code databaseUrl} overrides {@code database.url}; {@code overrides}
     * replace bindings, e.g. James's DNS service in tests.
     */
    public static GuiceJamesServer create(Path confDir, Path dataDir, Store store, Optional<String> databaseUrl,
                                          List<Module> overrides) throws Exception {
        Path conf = confDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(conf.resolve("mailetcontainer.xml"))) {
            throw new IllegalArgumentException("Not a James configuration directory (no mailetcontainer.xml): " + conf);
        }
        Path data = dataDir.toAbsolutePath().normalize();
        PersistentJamesServer.createPrivateDirectory(data);
        ServerPorts.applyDefaults();
        skipHostNameLookupForLogs();
        // Before James reads conf/: the <tls> elements name the files prepared here (or TLS is off).
        Optional<TlsMaterial.Pair> tls = TlsSettings.prepare(data);
        tls.ifPresentOrElse(pair -> LOGGER.info("TLS: {}; key {}, chain {}{}", pair.describe(), pair.key(), pair.chain(),
                pair.selfSigned() ? ". Replace it with a real certificate: bin/spoofguard-server --tls-cert fullchain.pem"
                    + " --tls-key privkey.pem (docs/tls.md)" : ""),
            () -> LOGGER.warn("TLS is OFF ({}=false): passwords and mail cross the network in clear text",
                TlsSettings.ENABLED));
        GuiceJamesServer server = switch (store) {
            case EPHEMERAL -> {
                MemoryJamesConfiguration configuration = MemoryJamesConfiguration.builder()
                    .workingDirectory(data.toFile())
                    .configurationPath(PersistentJamesServer.configurationPath(conf))
                    .build();
                Path state = data.resolve(EphemeralStateFileSystem.DIRECTORY);
                PersistentJamesServer.createPrivateDirectory(state);
                FileSystem files = new EphemeralStateFileSystem(new FileSystemImpl(configuration.directories()), state);
                yield MemoryJamesServerMain.createServer(configuration)
                    .overrideWith(binder -> binder.bind(FileSystem.class).toInstance(files))
                    .combineWith(new FakeSearchMailboxModule())
                    .combineWith(PersistentJamesServer.VACATION_JSON_NULL)
                    // James's memory registry is not safe under concurrent mail to one away user (see the class)
                    .overrideWith(ConcurrentNotificationRegistry.module())
                    .overrideWith(dkimKeyOnDomainAdd(MemoryDomainList.class));
            }
            case PERSISTENT -> PersistentJamesServer.create(conf, data, databaseUrl)
                .overrideWith(dkimKeyOnDomainAdd(JPADomainList.class));
        };
        // No JMXServerModule: SpoofGuard opens no JMX port (conf/jmx.properties also says so), and its MBeans
        // would outlive a stopped server in the same JVM.
        // The web console (docs/console.md) on its own port, started and stopped with James.
        return server.combineWith(new ConsoleModule(), LOCAL_ADMIN_ONLY, REQUEST_BODY_LIMIT, PROCESSOR_REFERENCES)
            // James's IMAP servers, each with a bound on literals and lines before its decoder (GuardedImapServer)
            .overrideWith(new GuardedImapModule())
            // James's SMTP servers, each session's commands (and our hooks' DNS lookups) on a thread of its own
            .overrideWith(new GuardedSmtpModule())
            .overrideWith(overrides);
    }

    /** James's switch for the host name in its log context (ProtocolMDCContextFactory, IMAPMDCContext). */
    static final String MDC_HOST_NAME = "james.protocols.mdc.hostname";

    /**
     * James 3.8.1 looks up the client's host name for its log context when each SMTP and IMAP connection opens, on
     * the Netty I/O thread that serves many connections, through the system resolver (not bounded by our
     * {@code dns.*}): a client whose reverse zone never answers held that thread for the resolver's whole timeout,
     * with every connection on it. Our log pattern prints no MDC, so the lookup bought nothing. An admin who wants
     * it back sets {@code -Djames.protocols.mdc.hostname=true}. Must run before James's first connection (the
     * switch is read once).
     */
    static void skipHostNameLookupForLogs() {
        if (System.getProperty(MDC_HOST_NAME) == null) {
            System.setProperty(MDC_HOST_NAME, "false");
        }
    }

    /**
     * The ports the running server really listens on (they may have been chosen by the OS). {@code imap} is the
     * STARTTLS (or, with TLS off, plain) IMAP port; {@code submissions} and {@code imaps} are the implicit-TLS
     * ports, -1 when TLS is off.
     */
    public record Ports(int smtp, int submission, int imap, int webadmin, int submissions, int imaps, int console) {
        public static Ports of(GuiceJamesServer server) {
            SmtpGuiceProbe smtp = server.getProbe(SmtpGuiceProbe.class);
            ImapGuiceProbe imap = server.getProbe(ImapGuiceProbe.class);
            // James's ImapGuiceProbe.getImapPort() is "the first server without STARTTLS": IMAPS once TLS is on.
            int imapPort = orNone(imap::getImapStartTLSPort);
            return new Ports(
                smtp.getSmtpPort().getValue(),
                smtp.getSmtpAuthRequiredPort().getValue(),
                imapPort >= 0 ? imapPort : imap.getImapPort(),
                server.getProbe(WebAdminGuiceProbe.class).getWebAdminPort().getValue(),
                orNone(() -> smtp.getSmtpSslPort().getValue()),
                orNone(imap::getImapSSLPort),
                server.getProbe(ConsoleProbe.class).port());
        }

        private static int orNone(java.util.function.IntSupplier port) {
            try {
                return port.getAsInt();
            } catch (IllegalStateException e) {
                return -1;
            }
        }
    }
}
