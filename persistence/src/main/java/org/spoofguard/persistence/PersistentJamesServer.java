package org.spoofguard.persistence;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

import org.apache.james.DefaultVacationService;
import org.apache.james.GuiceJamesServer;
import org.apache.james.NaiveDelegationStoreModule;
import org.apache.james.jmap.draft.utils.JsoupHtmlTextExtractor;
import org.apache.james.modules.MailboxModule;
import org.apache.james.modules.MailetProcessingModule;
import org.apache.james.modules.mailbox.DefaultEventModule;
import org.apache.james.modules.mailbox.MemoryDeadLetterModule;
import org.apache.james.modules.protocols.IMAPServerModule;
import org.apache.james.modules.protocols.LMTPServerModule;
import org.apache.james.modules.protocols.ManageSieveServerModule;
import org.apache.james.modules.protocols.POP3ServerModule;
import org.apache.james.modules.protocols.ProtocolHandlerModule;
import org.apache.james.modules.protocols.SMTPServerModule;
import org.apache.james.modules.server.DataRoutesModules;
import org.apache.james.modules.server.DefaultProcessorsConfigurationProviderModule;
import org.apache.james.modules.server.InconsistencyQuotasSolvingRoutesModule;
import org.apache.james.modules.server.MailQueueRoutesModule;
import org.apache.james.modules.server.MailRepositoriesRoutesModule;
import org.apache.james.modules.server.MailboxRoutesModule;
import org.apache.james.modules.server.NoJwtModule;
import org.apache.james.modules.server.RawPostDequeueDecoratorModule;
import org.apache.james.modules.server.SieveRoutesModule;
import org.apache.james.modules.server.TaskManagerModule;
import org.apache.james.modules.server.VacationRoutesModule;
import org.apache.james.modules.server.WebAdminServerModule;
import org.apache.james.server.core.configuration.Configuration;
import org.apache.james.server.core.configuration.Configuration.ConfigurationPath;
import org.apache.james.util.date.DefaultZonedDateTimeProvider;
import org.apache.james.util.date.ZonedDateTimeProvider;
import org.apache.james.util.html.HtmlTextExtractor;
import org.apache.james.vacation.api.VacationService;
import org.apache.james.webadmin.Routes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.inject.Module;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;

/**
 * A persistent single-node James 3.8.1 built only from artifacts Maven Central serves: James's JPA stores
 * ({@link JpaStoreModule}, embedded Derby by default, PostgreSQL by {@code database.url}) and ActiveMQ mail queues
 * ({@link SpoolModule}) under the working directory. What James's own {@code JPAJamesServerMain} assembles, whose
 * Guice glue Central does not serve. Nothing here knows SpoofGuard: a plain James admin can run it too, and
 * SpoofGuard's extension jar can be dropped into its {@code extensions-jars/}.
 */
public final class PersistentJamesServer {
    private static final Module PROTOCOLS = Modules.combine(
        new IMAPServerModule(),
        // Off in conf/ (no lmtpserver.xml, pop3server.xml, managesieveserver.xml), bound so an admin can enable them.
        new LMTPServerModule(),
        new ManageSieveServerModule(),
        new POP3ServerModule(),
        new ProtocolHandlerModule(),
        new SMTPServerModule());


    /** What James's JPA server assembles (JPAJamesServerMain, 3.8.1), with our JPA and spool glue. */
    public static Module modules(DatabaseSettings database) {
        return Modules.combine(
            new MailetProcessingModule(),
            new NaiveDelegationStoreModule(),
            new DefaultProcessorsConfigurationProviderModule(),
            new JpaStoreModule(database),
            new SpoolModule(),
            new MailboxModule(),
            new DefaultEventModule(),
            new MemoryDeadLetterModule(),
            new TaskManagerModule(),
            new RawPostDequeueDecoratorModule(),
            new NoJwtModule(),
            vacation(),
            PROTOCOLS,
            new WebAdminServerModule(),
            new DataRoutesModules(),
            new MailboxRoutesModule(),
            new InconsistencyQuotasSolvingRoutesModule(),
            new MailQueueRoutesModule(),
            new MailRepositoriesRoutesModule(),
            new SieveRoutesModule(),
            new VacationRoutesModule(),
            VACATION_JSON_NULL,
            MAILBOX_LIMIT);
    }

    /** James's UserMailboxesRoutes answers a creation over {@code mailbox.maxPerUser} with 500 ({@link MailboxLimitRoutes}). */
    public static final Module MAILBOX_LIMIT = binder -> Multibinder.newSetBinder(binder, Routes.class)
        .addBinding().to(MailboxLimitRoutes.class);

    /** James's VacationRoutes answers the JSON body {@code null} with 500 ({@link VacationJsonNullRoutes}). */
    public static final Module VACATION_JSON_NULL = binder -> Multibinder.newSetBinder(binder, Routes.class)
        .addBinding().to(VacationJsonNullRoutes.class);

    /**
     * James 3.8.1 ships no JPA vacation store: out-of-office settings are kept in a file of ours under the data
     * directory, and so is who has been answered (ConcurrentNotificationRegistry: a restart does not answer them again).
     */
    private static Module vacation() {
        return binder -> {
            binder.install(FileVacationRepository.module());
            binder.install(ConcurrentNotificationRegistry.fileModule());
            binder.bind(DefaultVacationService.class).in(Scopes.SINGLETON);
            binder.bind(VacationService.class).to(DefaultVacationService.class);
            binder.bind(DefaultZonedDateTimeProvider.class).in(Scopes.SINGLETON);
            binder.bind(ZonedDateTimeProvider.class).to(DefaultZonedDateTimeProvider.class);
            // VacationMailet renders HTML replies as text with JMAP's extractor (bound by James's JMAP modules).
            binder.bind(HtmlTextExtractor.class).to(JsoupHtmlTextExtractor.class);
        };
    }


    private static final Logger LOGGER = LoggerFactory.getLogger(PersistentJamesServer.class);

    private PersistentJamesServer() {
    }

    /** James resolves "file:///abs/" as an absolute path, so conf/ stays where the admin edits it. */
    public static ConfigurationPath configurationPath(Path confDir) {
        return new ConfigurationPath("file://" + confDir.toAbsolutePath().normalize() + "/");
    }

    /** A server reading {@code confDir}, working (and storing) in {@code dataDir}. Not started. */
    public static GuiceJamesServer create(Path confDir, Path dataDir, Optional<String> databaseUrl) throws Exception {
        Path conf = confDir.toAbsolutePath().normalize();
        Path data = dataDir.toAbsolutePath().normalize();
        createPrivateDirectory(data);
        return GuiceJamesServer.forConfiguration(Configuration.builder()
                .workingDirectory(data.toFile())
                .configurationPath(configurationPath(conf))
                .build())
            .combineWith(modules(DatabaseSettings.load(conf, data, databaseUrl)));
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /**
     * Creates the data directory for the server's user alone (0700), or takes group and others off an existing one.
     * It holds every mailbox, queued and quarantined mail (full account numbers), the audit log and private keys,
     * and James writes its files with the process umask: 0700 here closes all of them at once. An existing path that
     * is not a directory is refused with an {@link IOException} naming it, and left as it was.
     */
    public static void createPrivateDirectory(Path data) throws IOException {
        boolean posix = data.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(data)) {
            if (data.getParent() != null) {
                Files.createDirectories(data.getParent());
            }
            if (posix) {
                try {
                    Files.createDirectory(data, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // created meanwhile by someone else: checked below like any existing directory
                }
            } else {
                Files.createDirectories(data);
            }
        }
        if (!Files.isDirectory(data)) {
            // "--data conf/spoofguard.properties", "--data /etc/hosts" as root: the chmod below would take read
            // rights from group and others on someone else's file, and James would run on a file as directory
            throw new FileSystemException(data.toString(), null, "exists and is not a directory; the data directory"
                + " must be a directory (or a path that does not exist yet)");
        }
        if (!posix) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(data);
        if (!OWNER_ONLY.containsAll(perms)) {
            try {
                Files.setPosixFilePermissions(data, OWNER_ONLY);
                LOGGER.warn("SpoofGuard: data directory {} was {}, now rwx------ (mail, keys and account numbers"
                    + " inside are for this user alone)", data, PosixFilePermissions.toString(perms));
            } catch (FileSystemException e) {
                LOGGER.error("SpoofGuard: data directory {} is {} and cannot be made rwx------ ({}): other local"
                    + " users may read the mail in it", data, PosixFilePermissions.toString(perms), e.getMessage());
            }
        }
    }
}
