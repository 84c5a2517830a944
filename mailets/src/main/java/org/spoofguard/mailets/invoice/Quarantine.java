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
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.mailets.NamesProcessors;
import org.spoofguard.mailets.HeldRepository;
import org.spoofguard.core.invoice.SignalNames;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.mailets.MailboxResolver;
import org.spoofguard.mailets.RepositoryParameter;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;
import org.spoofguard.core.config.Bilingual;

/**
 * Holds a (likely spoofed) invoice mail for review: stores it in a persistent mail repository with the
 * verdict as attributes and as an {@code X-SpoofGuard-Verdict} header, tells the postmaster why (never with
 * the attachment: the admin must not be the one who opens the fake PDF) and how to release it, and ghosts the
 * mail. Never a bounce: the sender is most likely forged, so a DSN would hit an innocent company (backscatter).
 *
 * <p>If the mail cannot be stored it is NOT ghosted: it goes on down the processor (where {@code TagInvoice}
 * normally marks it), the failure is logged and counted. A tagged mail in the inbox beats a lost mail.
 *
 * <p>The intended recipients (local ones only: never the sender, never another domain) get a short notice in
 * Danish and English that a mail looking like a fake invoice was held and that IT can release it. Nothing from the
 * held mail is carried over but the sender and subject as defanged plain text (no link, no attachment, no HTML).
 *
 * <p>The admin notice goes to James's postmaster when that resolves (through the rewrite table) to a mailbox that
 * exists; if it does not (e.g. {@code postmaster@localhost} on a fresh install), to the first {@code postmaster@}
 * of a local domain that does, as James itself picks a domain for a bare {@code postmaster}. Without any, no
 * notice is sent, and the log says how to fix it.
 *
 * <p>Parameters: {@code repositoryPath} (default {@value #DEFAULT_REPOSITORY}), {@code notify} (address, default
 * the mailet context's postmaster, {@code none} to disable), {@code notifyRecipients} ({@code true} (default) or
 * {@code false}: the recipients' notice), {@code releaseProcessor} (default
 * {@value #DEFAULT_RELEASE_PROCESSOR}, only used in the notice's curl command), {@code webadminUrl} (for the notice;
 * default {@code http://127.0.0.1:<spoofguard.webadmin.port or 8000>}; an http(s) base URL, see
 * {@link #webadminUrlProblem}). A bad value of either stops the start naming it.
 */
public class Quarantine extends GenericMailet implements NamesProcessors {
    public static final String REPOSITORY_PATH = "repositoryPath";
    public static final String NOTIFY = "notify";
    public static final String RELEASE_PROCESSOR = "releaseProcessor";
    public static final String WEBADMIN_URL = "webadminUrl";
    public static final String NOTIFY_RECIPIENTS = "notifyRecipients";
    public static final String METRIC_NO_POSTMASTER = "spoofguard_invoice_notice_no_postmaster";
    public static final String DEFAULT_REPOSITORY = "file://var/mail/quarantine/";
    public static final String DEFAULT_RELEASE_PROCESSOR = "invoice-release";
    public static final String METRIC_STORE_FAILED = "spoofguard_invoice_quarantine_store_failed";
    public static final String METRIC_NOTICE_FAILED = "spoofguard_invoice_notice_failed";
    private static final Set<String> KNOWN = Set.of(REPOSITORY_PATH, NOTIFY, RELEASE_PROCESSOR, WEBADMIN_URL,
        NOTIFY_RECIPIENTS);
    private static final Logger LOGGER = LoggerFactory.getLogger(Quarantine.class);

    private final MailRepositoryStore repositoryStore;
    private final InvoiceInspection inspection;
    private final String authservId;
    /** Null in unit tests without James's stores: the postmaster is then used as configured. */
    private final MailboxResolver mailboxes;
    private boolean notifyRecipients;

    private MailRepositoryUrl repositoryUrl;
    private String webadminPath;
    private HeldRepository repository;
    /** Empty: notify=none; null: the context's postmaster. */
    private Optional<MailAddress> notify;
    private String releaseProcessor;
    private String webadminUrl;

    @Inject
    public Quarantine(MailRepositoryStore repositoryStore, InvoiceInspection inspection, SpoofGuardSettings settings,
                      MailboxResolver mailboxes) {
        this(repositoryStore, inspection, settings.authservId(), mailboxes);
    }

    Quarantine(MailRepositoryStore repositoryStore, InvoiceInspection inspection, String authservId) {
        this(repositoryStore, inspection, authservId, null);
    }

    Quarantine(MailRepositoryStore repositoryStore, InvoiceInspection inspection, String authservId, MailboxResolver mailboxes) {
        this.repositoryStore = repositoryStore;
        this.inspection = inspection;
        this.authservId = authservId;
        this.mailboxes = mailboxes;
    }

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), KNOWN);
        String url = getInitParameter(REPOSITORY_PATH, DEFAULT_REPOSITORY).trim();
        repositoryUrl = RepositoryParameter.parse(getMailetName(), REPOSITORY_PATH, url, DEFAULT_REPOSITORY);
        // As written (James documents var%2Fmail%2Ferror%2F): WebAdmin names a repository by its
        // URL-encoded path without the protocol.
        webadminPath = encode(url.substring(url.indexOf("://") + 3));
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
                throw new MessagingException(Bilingual.of(
                    getMailetName() + ": parameter '" + NOTIFY + "' must be an address, 'postmaster' or 'none': '" + to + "'",
                    getMailetName() + ": parameteren '" + NOTIFY + "' skal være en adresse, 'postmaster' eller 'none': '"
                        + to + "'"));
            }
        }
        String recipients = getInitParameter(NOTIFY_RECIPIENTS, "true").trim().toLowerCase(java.util.Locale.ROOT);
        if (!recipients.equals("true") && !recipients.equals("false")) {
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": parameter '" + NOTIFY_RECIPIENTS + "' must be true or false: '" + recipients + "'",
                getMailetName() + ": parameteren '" + NOTIFY_RECIPIENTS + "' skal være true eller false: '" + recipients + "'"));
        }
        notifyRecipients = recipients.equals("true");
        releaseProcessor = getInitParameter(RELEASE_PROCESSOR, DEFAULT_RELEASE_PROCESSOR).trim();
        if (releaseProcessor.isEmpty() || !releaseProcessor.codePoints().allMatch(c -> c > ' ' && c != 0x7f
                && !Character.isWhitespace(c) && !Character.isISOControl(c))) {
            // Empty: WebAdmin's reprocess without a processor puts the mail back in the state it was held in, so the
            // "release" in the notice would quarantine it again; a blank inside is no processor name an admin can mean.
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": parameter '" + RELEASE_PROCESSOR + "' must name the processor a released mail goes to"
                    + " (default " + DEFAULT_RELEASE_PROCESSOR + "), got '" + releaseProcessor + "'",
                getMailetName() + ": parameteren '" + RELEASE_PROCESSOR + "' skal være navnet på den processor, en "
                    + "frigivet mail sendes til (standard " + DEFAULT_RELEASE_PROCESSOR + "), ikke '" + releaseProcessor + "'"));
        }
        String port = System.getProperty("spoofguard.webadmin.port", "8000").trim();
        webadminUrl = getInitParameter(WEBADMIN_URL,
            "http://127.0.0.1:" + (port.matches("[1-9][0-9]{0,4}") ? port : "8000")).trim().replaceAll("/+$", "");
        String wrong = webadminUrlProblem(webadminUrl);
        if (wrong != null) {
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": parameter '" + WEBADMIN_URL + "' must be WebAdmin's base URL, "
                    + "http:// or https:// with a host (e.g. http://127.0.0.1:8000), " + wrong + ": '" + webadminUrl + "'",
                getMailetName() + ": parameteren '" + WEBADMIN_URL + "' skal være WebAdmins adresse, http:// eller https:// "
                    + "med et værtsnavn (fx http://127.0.0.1:8000), ikke '" + webadminUrl + "'"));
        }
        repository = new HeldRepository(repositoryStore, repositoryUrl, java.time.Clock.systemUTC()).openEarly(getMailetName());
    }

    /**
     * Why {@code url} cannot start the notice's curl commands, or null. They append {@code /mailRepositories/...} to
     * it inside single quotes: it must be an absolute http(s) URL with a host (curl and WebAdmin speak nothing else),
     * without a query or fragment (the appended path would land in them), without user:password (WebAdmin takes no
     * basic auth, and the notice would mail the password in clear text) and without a {@code '} (it would end the
     * shell quoting of the command the admin copies).
     */
    static String webadminUrlProblem(String url) {
        if (url.indexOf('\'') >= 0) {
            return "no ' (it ends the quoted curl command)";
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            return "not a URL (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return "not http or https";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "no host";
        }
        if (uri.getRawUserInfo() != null) {
            return "no user:password (WebAdmin does not read it; the notice would mail it)";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "no ?query or #fragment (the mail's path is appended)";
        }
        return null;
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        InvoiceDecision decision = inspection.decide(mail);
        InvoiceInspection.setHeader(mail, InvoiceInspection.VERDICT_HEADER, decision.summary());
        String sender = mail.getMaybeSender().asString("<>");
        MailKey key;
        try {
            key = repository.keep(mail);
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
        Optional<MailAddress> admin = adminTarget(mail);
        notifyAdmin(mail, key, decision, admin);
        if (notifyRecipients) {
            notifyRecipients(mail, key, admin);
        }
    }

    /**
     * Where the admin notice goes: {@code notify} as given, else James's postmaster if it reaches a mailbox, else the
     * first postmaster@ of a local domain that does. Empty: nobody (logged).
     */
    Optional<MailAddress> adminTarget(Mail mail) {
        if (notify != null) {
            return notify;
        }
        MailAddress postmaster = getMailetContext().getPostmaster();
        if (mailboxes == null) {
            return Optional.ofNullable(postmaster);
        }
        if (postmaster != null && mailboxes.reachesMailbox(postmaster)) {
            return Optional.of(postmaster);
        }
        Optional<MailAddress> fallback = mailboxes.firstPostmasterMailbox();
        if (fallback.isPresent()) {
            LOGGER.info("SpoofGuard invoice: postmaster {} is no mailbox; notice for {} goes to {}", postmaster, mail.getName(),
                fallback.get().asString());
            return fallback;
        }
        inspection.increment(METRIC_NO_POSTMASTER);
        LOGGER.warn("SpoofGuard invoice: NO quarantine notice for {}: the postmaster {} is no mailbox and no local domain has a "
            + "postmaster@ mailbox. Create one (PUT /users/postmaster@your.domain), an alias to an admin, or set <postmaster> in "
            + "mailetcontainer.xml / notify on the Quarantine mailet", mail.getName(), postmaster);
        return Optional.empty();
    }

    private void notifyAdmin(Mail mail, MailKey key, InvoiceDecision decision, Optional<MailAddress> target) {
        if (target.isEmpty()) {
            return;
        }
        try {
            MailAddress to = target.get();
            MimeMessage notice = new MimeMessage(javax.mail.Session.getInstance(new java.util.Properties()));
            MailAddress from = to;
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

    /**
     * Tells each local recipient that a mail was held. Sent from the admin address (or James's postmaster) so a
     * reply reaches IT; never to the sender and never outside our domains.
     */
    private void notifyRecipients(Mail mail, MailKey key, Optional<MailAddress> admin) {
        MailAddress from = admin.orElse(getMailetContext().getPostmaster());
        if (from == null) {
            return;
        }
        for (MailAddress rcpt : mail.getRecipients()) {
            if (!getMailetContext().isLocalServer(rcpt.getDomain())) {
                continue;
            }
            try {
                MimeMessage notice = new MimeMessage(javax.mail.Session.getInstance(new java.util.Properties()));
                notice.setFrom(from.toInternetAddress().orElseThrow());
                notice.setRecipients(javax.mail.Message.RecipientType.TO, new Address[] {rcpt.toInternetAddress().orElseThrow()});
                notice.setSubject("Mistænkelig faktura tilbageholdt / Suspicious invoice held", "UTF-8");
                notice.setHeader("Auto-Submitted", "auto-generated");
                notice.setHeader("Content-Language", "da, en");
                notice.setText(recipientNoticeText(mail, key), "UTF-8");
                notice.saveChanges();
                getMailetContext().sendMail(from, List.of(rcpt), notice);
                LOGGER.info("SpoofGuard invoice: held-mail notice for {} sent to recipient {}", mail.getName(), rcpt.asString());
            } catch (Exception e) {
                inspection.increment(METRIC_NOTICE_FAILED);
                LOGGER.warn("SpoofGuard invoice: held-mail notice for {} to {} could not be sent", mail.getName(), rcpt.asString(), e);
            }
        }
    }

    /** Plain text, Danish first: sender and subject only, defanged, so nothing in it can be clicked or opened. */
    String recipientNoticeText(Mail mail, MailKey key) {
        String sender = defang(clip(InvoiceInspection.clean(header(mail, "From")), 200));
        if (sender.isEmpty()) {
            sender = defang(clip(InvoiceInspection.clean(mail.getMaybeSender().asString("(ukendt / unknown)")), 200));
        }
        String subject = defang(clip(subject(mail), 200));
        String ref = clip(key.asString(), 80);
        return "En mail, der ligner en falsk faktura fra " + sender + ", er blevet tilbageholdt og er ikke leveret til dig.\n"
            + "Din IT-afdeling kan frigive den, hvis den er ægte. Du skal ikke selv gøre noget, og du skal ikke\n"
            + "betale noget på grundlag af den.\n\n"
            + "  Fra:     " + sender + "\n"
            + "  Emne:    " + subject + "\n"
            + "  Ref.:    " + ref + "\n\n"
            + "---\n\n"
            + "A mail that looks like a fake invoice from " + sender + " was held and was not delivered to you.\n"
            + "Your IT team can release it if it is genuine. You need not do anything, and you should not pay\n"
            + "anything based on it.\n\n"
            + "  From:    " + sender + "\n"
            + "  Subject: " + subject + "\n"
            + "  Ref.:    " + ref + "\n";
    }

    /**
     * Makes addresses and URLs from a forged mail unclickable in any mail client: "evil.example" becomes
     * "evil[.]example", "http" becomes "hxxp", "@" stays (the address is still readable).
     */
    static String defang(String s) {
        return s.replaceAll("(?i)\\bhttp", "hxxp").replaceAll("(?i)\\bftp", "fxp")
            .replaceAll("(?<=[\\p{L}\\p{N}])\\.(?=[\\p{L}\\p{N}])", "[.]").replace("://", "[:]//");
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
        for (String r : decision.reasons()) {
            if (r.startsWith(SignalNames.BANK_ACCOUNT_NEW + "(")) {
                String what = r.substring(r.indexOf("): ") < 0 ? r.length() : r.indexOf("): ") + 3);
                b.append("NEW BANK ACCOUNT / NYT KONTONUMMER: ").append(what).append('\n')
                    .append("This known supplier has never asked for payment into this account before. Confirm it by\n")
                    .append("telephone, using a number you already have (not one from this mail), before anyone pays.\n")
                    .append("Leverandøren har aldrig før bedt om betaling til denne konto. Ring til leverandøren på\n")
                    .append("et nummer, I kender i forvejen (ikke et fra denne mail), før der betales.\n")
                    .append("If the supplier confirms, release the mail (below) and trust the account:\n  curl -XPUT '")
                    .append(webadminUrl).append("/spoofguard/bank-details/<supplier domain>/accounts/<account number>'\n\n");
                break;
            }
        }
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

    @Override
    public java.util.Map<String, String> namedProcessors() {
        return releaseProcessor == null ? java.util.Map.of() : java.util.Map.of(RELEASE_PROCESSOR, releaseProcessor);
    }
}
