package org.spoofguard.smtp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import javax.inject.Inject;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.MaybeSender;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.protocols.smtp.hook.MailHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.ByteSize;
import org.spoofguard.core.storage.StorageCheck;

/**
 * Refuses MAIL FROM with 452 4.3.1 while the disk that holds the server's data (queues, store, repositories)
 * has less free space than {@code reserve} (default 100M) plus the {@code SIZE=} the client declared
 * (see {@link StorageCheck}). Checking the file system is one statvfs call per transaction.
 *
 * <p>A failure to read the free space is our trouble, not the sender's: it is logged and the mail is let in
 * (the spool write itself still fails with a 4xx if the disk really is full).
 */
public class StorageSpaceHook implements MailHook {
    private static final Logger LOGGER = LoggerFactory.getLogger(StorageSpaceHook.class);
    static final String DEFAULT_RESERVE = "100M";

    private final FileSystem fileSystem;
    private final MetricFactory metrics;
    private long reserve = ByteSize.parse(DEFAULT_RESERVE).bytes();
    private Path dataDirectory;

    @Inject
    public StorageSpaceHook(FileSystem fileSystem, MetricFactory metrics) {
        this.fileSystem = fileSystem;
        this.metrics = metrics;
    }

    @Override
    public void init(Configuration config) throws ConfigurationException {
        HandlerParameters.requireKnown("StorageSpaceHook", config, java.util.Set.of("reserve"));
        String value = config.getString("reserve", DEFAULT_RESERVE).trim();
        try {
            reserve = ByteSize.parse("reserve", value).bytes();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Bilingual.prefixed("StorageSpaceHook: ", e.getMessage()), e);
        }
        try {
            File base = fileSystem.getBasedir();
            dataDirectory = base.toPath();
        } catch (IOException e) {
            throw new ConfigurationException("StorageSpaceHook: cannot find the data directory", e);
        }
        LOGGER.info("StorageSpaceHook: MAIL refused with 452 4.3.1 while {} has less than {} bytes free", dataDirectory, reserve);
    }

    @Override
    public HookResult doMail(SMTPSession session, MaybeSender sender) {
        long usable;
        try {
            usable = Files.getFileStore(dataDirectory).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("StorageSpaceHook: cannot read the free space of {}: {}", dataDirectory, e.toString());
            metrics.generate("spoofguard_storage_check_errors").increment();
            return HookResult.DECLINED;
        }
        OptionalLong declared = DeclaredSize.of(session);
        Optional<String> refusal = StorageCheck.refusal(usable, declared, reserve);
        if (refusal.isEmpty()) {
            return HookResult.DECLINED;
        }
        metrics.generate("spoofguard_storage_refused").increment();
        LOGGER.warn("SpoofGuard storage: 452 4.3.1 to {} for MAIL FROM {}: {}", ClientAddress.text(session), sender.asString(),
            refusal.get());
        return HookResult.builder()
            .hookReturnCode(HookReturnCode.denySoft())
            .smtpReturnCode("452")
            .smtpDescription("4.3.1 Insufficient system storage, please try again later")
            .build();
    }
}
