package org.spoofguard.mailets.invoice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.internet.AddressException;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * Holds a (likely spoofed) invoice mail for review: stores it in a persistent mail repository with the
 * verdict as attributes and as an {@code X-SpoofGuard-Verdict} header, tells the postmaster why (never with
 * the attachment: the admin must not be the one who opens the fake PDF) and how to release it, and ghosts the
 * mail. Never a bounce: the sender is most likely forged, so a DSN would hit an innocent company (backscatter).
 *
 * <p>If the mail cannot be stored it is NOT ghosted: it goes on down the processor (where {@code TagInvoice}
 * normally marks it), the failure is logged and counted. A tagged mail in the inbox beats a lost mail.
 *
 * <p>Parameters: {@code repositoryPath} (default {@value #DEFAULT_REPOSITORY}), {@code notify} (address, default
 * the mailet context's postmaster, {@code none} to disable), {@code releaseProcessor} (default
 * {@value #DEFAULT_RELEASE_PROCESSOR}, only used in the notice's curl command), {@code webadminUrl} (for the notice;
 * default {@code http://127.0.0.1:<spoofguard.webadmin.port or 8000>}).
 */
public class Quarantine extends GenericMailet {
    public static final String REPOSITORY_PATH = "repositoryPath";
    public static final String NOTIFY = "notify";
    public static final String RELEASE_PROCESSOR = "releaseProcessor";
    public static final String WEBADMIN_URL = "webadminUrl";
    public static final String DEFAULT_REPOSITORY = "file://var/mail/quarantine/";
    public static final String DEFAULT_RELEASE_PROCESSOR = "invoice-release";
    public static final String METRIC_STORE_FAILED = "spoofguard_invoice_quarantine_store_failed";
    public static final String METRIC_NOTICE_FAILED = "spoofguard_invoice_notice_failed";
    private static final Set<String> KNOWN = Set.of(REPOSITORY_PATH, NOTIFY, RELEASE_PROCESSOR, WEBADMIN_URL);
    private static final Logger LOGGER = LoggerFactory.getLogger(Quarantine.class);

    private final MailRepositoryStore repositoryStore;
    private final InvoiceInspection inspection;
    private final String authservId;

    private MailRepositoryUrl repositoryUrl;
    private String webadminPath;
    private volatile MailRepository repository;
    /** Empty: notify=none; null: the context's postmaster. */
    private Optional<MailAddress> notify;
    private String releaseProcessor;
    private String webadminUrl;

    @Inject
    public Quarantine(MailRepositoryStore repositoryStore, InvoiceInspection inspection, SpoofGuardSettings settings) {
        this(repositoryStore, inspection, settings.authservId());
    }

    Quarantine(MailRepositoryStore repositoryStore, InvoiceInspection inspection, String authservId) {
        this.repositoryStore = repositoryStore;
        this.inspection = inspection;
        this.authservId = authservId;
    }

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), KNOWN);
        String url = getInitParameter(REPOSITORY_PATH, DEFAULT_REPOSITORY).trim();
        try {
            if (!url.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.+")) {
                throw new IllegalArgumentException("no protocol");
            }
            repositoryUrl = MailRepositoryUrl.from(url);
            // As written (James documents var%2Fmail%2Ferror%2F): WebAdmin names a repository by its
            // URL-encoded path without the protocol.
            webadminPath = encode(url.substring(url.indexOf("://") + 3));
        } catch (RuntimeException e) {
            throw new MessagingException(getMailetName() + ": parameter '" + REPOSITORY_PATH
                + "' is not a mail repository URL like " + DEFAULT_REPOSITORY + ": '" + url + "'");
        }
        String to = getInitParameter(NOTIFY, "").trim();
        if (to.equalsIgnoreCase("none")) {
            notify = Optional.empty();
        } else if (to.isEmpty() || to.equalsIgnoreCase("postmaster")) {
            // Resolved per mail: the context's postmaster may not be known yet while mailets are built.
            notify = null;
        } else {
            try {
                notify = Optional.of(new MailAddress(to));
            } catch (AddressException e) {
                throw new MessagingException(getMailetName() + ": parameter '" + NOTIFY
                    + "' must be an address, 'postmaster' or 'none': '" + to + "'");
            }
        }
        releaseProcessor = getInitParameter(RELEASE_PROCESSOR, DEFAULT_RELEASE_PROCESSOR).trim();
        String port = System.getProperty("spoofguard.webadmin.port", "8000").trim();
        webadminUrl = getInitParameter(WEBADMIN_URL,
            "http://127.0.0.1:" + (port.matches("[1-9][0-9]{0,4}") ? port : "8000")).trim().replaceAll("/+$", "");
        try {
            repository = repositoryStore.select(repositoryUrl);
        } catch (Exception e) {
            // Retried per mail: a repository briefly unavailable at start must not stop James.
            LOGGER.warn("{}: cannot open {} yet: {}", getMailetName(), url, e.toString());
        }
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        InvoiceDecision decision = inspection.decide(mail);
        InvoiceInspection.setHeader(mail, InvoiceInspection.VERDICT_HEADER, decision.summary());
        String sender = mail.getMaybeSender().asString("<>");
        MailKey key;
        try {
            MailRepository repo = repository;
            if (repo == null) {
                repo = repositoryStore.select(repositoryUrl);
                repository = repo;
            }
            key = repo.store(mail);
        } catch (Exception e) {
            inspection.increment(METRIC_STORE_FAILED);
            inspection.increment(InvoiceInspection.METRIC_ERRORS);
            LOGGER.error("SpoofGuard invoice NOT quarantined (store into {} failed; the mail is handed back to James, "
                + "never delivered): mail={} sender={} verdict=\"{}\"", repositoryUrl.asString(), mail.getName(), sender,
                decision.summary(), e);
            // Fail closed: a spoof the quarantine could not keep must not go on to the inbox. James then applies
            // onMailetException: propagate (our conf) re-spools it for another try and, after James's retries, keeps
            // it in the spooler's error repository; James's default sends it to the error processor.
            throw new MessagingException(getMailetName() + ": quarantine store into " + repositoryUrl.asString()
                + " failed for " + mail.getName(), e);
        }
        mail.setState(Mail.GHOST);
        inspection.increment(InvoiceInspection.METRIC_QUARANTINED);
        LOGGER.info("SpoofGuard invoice: action=quarantine mail={} key={} sender={} client={} repository={} verdict=\"{}\"",
            mail.getName(), key.asString(), sender, clientIp(mail), repositoryUrl.asString(), decision.summary());
        notifyAdmin(mail, key, decision);
    }

    private void notifyAdmin(Mail mail, MailKey key, InvoiceDecision decision) {
        Optional<MailAddress> target = notify != null ? notify : Optional.ofNullable(getMailetContext().getPostmaster());
        if (target.isEmpty()) {
            if (notify == null) {
                LOGGER.warn("SpoofGuard invoice: no postmaster configured, no quarantine notice for {}", mail.getName());
            }
            return;
        }
        try {
            MailAddress to = target.get();
            MimeMessage notice = new MimeMessage(javax.mail.Session.getInstance(new java.util.Properties()));
            MailAddress from = Optional.ofNullable(getMailetContext().getPostmaster()).orElse(to);
            notice.setFrom(from.toInternetAddress().orElseThrow());
            notice.setRecipients(javax.mail.Message.RecipientType.TO, new Address[] {to.toInternetAddress().orElseThrow()});
            String subject = subject(mail);
            notice.setSubject("[SpoofGuard] Invoice mail quarantined: " + clip(subject, 120), "UTF-8");
            // Auto-Submitted: auto-generated (RFC 3834 §5): no vacation replies, no loops.
            notice.setHeader("Auto-Submitted", "auto-generated");
            notice.setText(noticeText(mail, key, decision, subject), "UTF-8");
            notice.saveChanges();
            getMailetContext().sendMail(from, List.of(to), notice);
            LOGGER.info("SpoofGuard invoice: quarantine notice for {} sent to {}", mail.getName(), to.asString());
        } catch (Exception e) {
            inspection.increment(METRIC_NOTICE_FAILED);
            LOGGER.warn("SpoofGuard invoice: quarantine notice for {} could not be sent", mail.getName(), e);
        }
    }

    String noticeText(Mail mail, MailKey key, InvoiceDecision decision, String subject) {
        String mailUrl = webadminUrl + "/mailRepositories/" + webadminPath + "/mails/" + encode(key.asString());
        StringBuilder b = new StringBuilder();
        b.append("SpoofGuard quarantined a mail that looks like a spoofed invoice.\n")
            .append("It was NOT delivered and NO bounce was sent (the sender is probably forged).\n")
            .append("The attachment is not included here: review it in the quarantine, not by opening it from this notice.\n\n");
        b.append("Sender (MAIL FROM): ").append(InvoiceInspection.clean(mail.getMaybeSender().asString("<>"))).append('\n');
        b.append("From:               ").append(InvoiceInspection.clean(header(mail, "From"))).append('\n');
        b.append("Reply-To:           ").append(InvoiceInspection.clean(header(mail, "Reply-To"))).append('\n');
        b.append("Subject:            ").append(InvoiceInspection.clean(subject)).append('\n');
        b.append("Recipients:         ").append(mail.getRecipients().stream().map(MailAddress::asString)
            .collect(Collectors.joining(", "))).append('\n');
        b.append("Client IP:          ").append(clientIp(mail)).append('\n');
        b.append("Verdict:            ").append(decision.summary()).append("\n\n");
        b.append("Reasons:\n");
        for (String r : decision.reasons()) {
            b.append("  - ").append(r).append('\n');
        }
        b.append("\nQuarantine: ").append(repositoryUrl.asString()).append("  key: ").append(key.asString()).append("\n\n");
        b.append("Review (headers and attributes):\n  curl -H 'Accept: application/json' '").append(mailUrl)
            .append("?additionalFields=attributes,headers'\n");
        b.append("Release (deliver to the recipients above, without checking it again):\n  curl -XPATCH '")
            .append(mailUrl).append("?action=reprocess&processor=").append(encode(releaseProcessor)).append("'\n");
        b.append("Delete:\n  curl -XDELETE '").append(mailUrl).append("'\n");
        return b.toString();
    }

    private String clientIp(Mail mail) {
        return SpoofGuardAttributes.read(mail).map(r -> r.verdict().clientIp()).filter(ip -> !ip.isEmpty())
            .orElseGet(() -> Optional.ofNullable(mail.getRemoteAddr()).orElse("unknown"));
    }

    private static String subject(Mail mail) {
        try {
            String s = mail.getMessage().getSubject();
            return s == null ? "" : InvoiceInspection.clean(s);
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String header(Mail mail, String name) {
        try {
            String v = mail.getMessage().getHeader(name, ", ");
            if (v == null) {
                return "";
            }
            try {
                return javax.mail.internet.MimeUtility.decodeText(v);
            } catch (java.io.UnsupportedEncodingException e) {
                return v;
            }
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: quarantine a spoofed invoice mail (store, notify postmaster, never bounce)";
    }
}
