package org.spoofguard.mailets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.recipient.RecipientValidator;
import org.spoofguard.james.MailRecipientRecords;
import org.spoofguard.james.MailetParameters;

/**
 * Mail for postmaster@ of a local domain reaches a person or is kept for the admin; it is never bounced.
 *
 * <p>RFC 5321 §4.5.1 makes us accept postmaster@ of every domain we take mail for, and recipient validation does
 * so at RCPT even when nobody created that mailbox. James's PostmasterAlias then hands such mail to the context's
 * postmaster, which on a fresh install is {@code postmaster@localhost}, nobody's mailbox: LocalDelivery fails and
 * the mail would be bounced after its 250 (accept-then-bounce, the backscatter this project exists to stop) or
 * filed as a suppressed bounce. Here a postmaster recipient that reaches no mailbox is given to the first
 * postmaster@ of a local domain that does (the rule the quarantine notices use); when there is none, the mail is
 * kept in {@code repositoryPath} (default the error repository, which the console lists and releases to root) with
 * an error message telling the admin what to create.
 *
 * <p>Parameters: {@code repositoryPath} (default {@code file://var/mail/error/}). Put it in root right after
 * PostmasterAlias, with {@code onMailetException} {@code propagate}: a mail that cannot be kept is retried. The
 * recipients kept are recorded on the mail ({@link MailRecipientRecords#POSTMASTER_KEPT}), so a spooler re-run of
 * the same mail keeps no second copy.
 */
public class PostmasterMailbox extends GenericMailet {
    public static final String REPOSITORY_PATH = "repositoryPath";
    public static final String DEFAULT_REPOSITORY = "file://var/mail/error/";
    /** Shown to the admin in the console's error list: English, then Danish. */
    static final String NO_MAILBOX = "postmaster has no mailbox on this server: create postmaster@ of a local domain "
        + "(or an alias to a real mailbox), then release this mail / postmaster har ingen postkasse på denne server: "
        + "opret postmaster@ på et lokalt domæne (eller et alias til en rigtig postkasse), og frigiv så denne mail";
    private static final Logger LOGGER = LoggerFactory.getLogger(PostmasterMailbox.class);

    private final MailRepositoryStore repositoryStore;
    private final MailboxResolver mailboxes;
    private MailRepositoryUrl repositoryUrl;
    private HeldRepository keptIn;

    @Inject
    public PostmasterMailbox(MailRepositoryStore repositoryStore, MailboxResolver mailboxes) {
        this.repositoryStore = repositoryStore;
        this.mailboxes = mailboxes;
    }

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of(REPOSITORY_PATH));
        String url = getInitParameter(REPOSITORY_PATH, DEFAULT_REPOSITORY).trim();
        repositoryUrl = RepositoryParameter.parse(getMailetName(), REPOSITORY_PATH, url, DEFAULT_REPOSITORY);
        keptIn = new HeldRepository(repositoryStore, repositoryUrl, java.time.Clock.systemUTC());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        List<MailAddress> unreachable = mail.getRecipients().stream()
            .filter(r -> RecipientValidator.isPostmaster(r.asString()) && getMailetContext().isLocalServer(r.getDomain()) && !mailboxes.reachesMailbox(r))
            .toList();
        if (unreachable.isEmpty()) {
            return;
        }
        Optional<MailAddress> target = mailboxes.firstPostmasterMailbox();
        Set<MailAddress> recipients = new LinkedHashSet<>(mail.getRecipients());
        recipients.removeAll(unreachable);
        if (target.isPresent()) {
            recipients.add(target.get());
            LOGGER.info("SpoofGuard postmaster: mail={} for {} goes to {} (no mailbox of its own)", mail.getName(),
                unreachable, target.get());
        } else {
            // A spooler re-run (a later mailet threw) brings the original recipients back: the ones kept on an
            // earlier run of this same mail are not kept a second time.
            List<MailAddress> toKeep = unreachable.stream()
                .filter(MailRecipientRecords.pending(mail, MailRecipientRecords.POSTMASTER_KEPT)::contains).toList();
            if (!toKeep.isEmpty()) {
                keep(mail, toKeep);
                MailRecipientRecords.add(mail, MailRecipientRecords.POSTMASTER_KEPT, toKeep);
            }
        }
        mail.setRecipients(new ArrayList<>(recipients));
        if (recipients.isEmpty()) {
            mail.setState(Mail.GHOST);
        }
    }

    /** Stores a copy for {@code held} only; throws when it cannot (the mail is then retried, never lost). */
    private void keep(Mail mail, List<MailAddress> held) throws MessagingException {
        Mail copy = mail.duplicate();
        try {
            copy.setRecipients(held);
            // The kept copy is a new mail for the admin: released, it is judged afresh (kept again or delivered).
            copy.removeAttribute(MailRecipientRecords.POSTMASTER_KEPT);
            copy.setErrorMessage(NO_MAILBOX);
            String key = keptIn.keep(copy).asString();
            LOGGER.warn("SpoofGuard postmaster: mail={} for {} kept in {} key={}: {}", mail.getName(), held,
                repositoryUrl.asString(), key, NO_MAILBOX);
        } catch (Exception e) {
            throw new MessagingException(getMailetName() + ": cannot keep postmaster mail " + mail.getName() + " in "
                + repositoryUrl.asString(), e);
        } finally {
            LifecycleUtil.dispose(copy);
        }
    }
}
