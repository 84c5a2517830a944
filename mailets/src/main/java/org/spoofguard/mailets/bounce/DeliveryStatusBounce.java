package org.spoofguard.mailets.bounce;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.transport.mailets.DSNBounce;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.mailets.NamesProcessors;
import org.spoofguard.core.bounce.DsnStatus;
import org.spoofguard.james.MailBounceInputs;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * James's {@code DSNBounce} (RFC 3464 multipart/report, same parameters) with a real status code: James writes its
 * failure text, or "unknown", into the per-recipient {@code Status} field, which RFC 3464 §2.3.4 reserves for an
 * RFC 3463 code. {@link DsnStatus} decides the code; the text goes to {@code Diagnostic-Code}. DSNBounce is given
 * that text as one line, and the {@code message/delivery-status} part of the DSN it builds is corrected before the
 * DSN leaves (if it cannot be, nothing is sent and the mailet fails: James keeps the mail).
 *
 * <p>Parameters besides DSNBounce's: {@code status}, the code for this processor's failures when the failure itself
 * says nothing more specific (e.g. 5.7.1 for relay denied); {@code nullSenderProcessor}, where a mail with the
 * null sender goes instead: no DSN answers a DSN (RFC 3464 §2, RFC 5321 §4.5.5), and DSNBounce alone would drop
 * such a mail without a trace (a released copy may be the only one). Without it, such a mail is handled as
 * DSNBounce does, with a log line.
 *
 * <p>Sends whatever it is given: the bounce guard belongs in front of it.
 */
public class DeliveryStatusBounce extends DSNBounce implements NamesProcessors {
    private static final Logger LOGGER = LoggerFactory.getLogger(DeliveryStatusBounce.class);
    public static final String STATUS = "status";
    public static final String NULL_SENDER_PROCESSOR = "nullSenderProcessor";

    /** The status of the DSN being built on this thread (James runs one mailet instance on many spool threads). */
    private final ThreadLocal<DsnStatus> building = new ThreadLocal<>();
    private Optional<String> processorStatus = Optional.empty();
    private Optional<String> nullSenderProcessor = Optional.empty();
    private MailetContext correcting;

    @Inject
    public DeliveryStatusBounce(DNSService dns) {
        super(dns);
    }

    @Override
    public void init() throws MessagingException {
        super.init();
        String status = getInitParameter(STATUS, null);
        if (status != null) {
            processorStatus = Optional.of(DsnStatus.failureCode(status).orElseThrow(() -> new MessagingException(
                "DeliveryStatusBounce: " + STATUS + " '" + status + "' is not an RFC 3463 failure code such as 5.7.1")));
        }
        nullSenderProcessor = Optional.ofNullable(getInitParameter(NULL_SENDER_PROCESSOR, null))
            .map(String::trim).filter(p -> !p.isEmpty());
        MailetContext real = super.getMailetContext();
        correcting = (MailetContext) Proxy.newProxyInstance(MailetContext.class.getClassLoader(),
            new Class<?>[] {MailetContext.class}, (proxy, method, args) -> invoke(real, method, args));
    }

    @Override
    public Set<String> getAllowedInitParameters() {
        Set<String> allowed = new HashSet<>(super.getAllowedInitParameters());
        allowed.add(STATUS);
        allowed.add(NULL_SENDER_PROCESSOR);
        return allowed;
    }

    @Override
    public MailetContext getMailetContext() {
        return building.get() != null && correcting != null ? correcting : super.getMailetContext();
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (!mail.hasSender()) {
            if (nullSenderProcessor.isPresent()) {
                LOGGER.warn("SpoofGuard DSN: {} has the null sender, so no DSN is sent (RFC 3464 §2); it goes to "
                    + "processor {} instead of being dropped", mail.getName(), nullSenderProcessor.get());
                mail.setState(nullSenderProcessor.get());
                return;
            }
            LOGGER.info("SpoofGuard DSN: {} has the null sender, no DSN is sent (RFC 3464 §2)", mail.getName());
            super.service(mail);
            return;
        }
        DsnStatus status = DsnStatus.decide(MailBounceInputs.context(mail, ""), processorStatus);
        Optional<Attribute> before = mail.setAttribute(
            new Attribute(MailBounceInputs.DELIVERY_ERROR, AttributeValue.of(status.diagnostic())));
        building.set(status);
        try {
            super.service(mail);
        } finally {
            building.remove();
            // a passed-through mail (e.g. into the address-error repository) keeps what James recorded
            before.ifPresentOrElse(mail::setAttribute, () -> mail.removeAttribute(MailBounceInputs.DELIVERY_ERROR));
        }
    }

    private Object invoke(MailetContext real, Method method, Object[] args) throws Throwable {
        DsnStatus status = building.get();
        if (status != null && method.getName().equals("sendMail") && args != null && args.length == 1
            && args[0] instanceof Mail dsn) {
            correct(dsn.getMessage(), status);
            forgetTheOriginalsVerdict(dsn);
        }
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * DSNBounce builds the DSN with {@code MailImpl.duplicateWithoutMessage(original)}: it carries every attribute of
     * the mail it reports on, the original sender's verdict and SMTP session among them. The DSN is James's own
     * (From: our postmaster), and has no sender verdict (docs/dkim-signing.md): with the original's, DkimSign left it
     * unsigned whenever the original's From had not passed DMARC (a proven return path with no DMARC record, the
     * usual case), and without the record but with the session ComputeSenderVerdict would judge our DSN as sent from
     * the original client's address. An unsigned DSN fails our own DMARC policy at the proven sender's server.
     */
    static void forgetTheOriginalsVerdict(Mail dsn) {
        for (AttributeName name : List.of(SpoofGuardAttributes.VERDICT, SpoofGuardAttributes.SPF_MAILFROM,
            SpoofGuardAttributes.SPF_HELO, SpoofGuardAttributes.DKIM, SpoofGuardAttributes.DMARC,
            SpoofGuardAttributes.ERROR, SpoofGuardAttributes.SESSION)) {
            dsn.removeAttribute(name);
        }
    }

    /** Replaces the message/delivery-status part DSNBounce wrote with the one carrying {@code status}. */
    static void correct(MimeMessage dsn, DsnStatus status) throws MessagingException {
        Object content;
        try {
            content = dsn.getContent();
        } catch (IOException e) {
            throw new MessagingException("DeliveryStatusBounce: cannot read the DSN DSNBounce built", e);
        }
        if (!(content instanceof MimeMultipart report)) {
            throw new MessagingException("DeliveryStatusBounce: DSNBounce built no multipart/report");
        }
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (!part.isMimeType("message/delivery-status")) {
                continue;
            }
            String written;
            try (InputStream in = part.getInputStream()) {
                written = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new MessagingException("DeliveryStatusBounce: cannot read the delivery-status part", e);
            }
            String fixed;
            try {
                fixed = status.applyTo(written);
            } catch (IllegalStateException e) {
                throw new MessagingException("DeliveryStatusBounce: " + e.getMessage());
            }
            MimeBodyPart replacement = new MimeBodyPart();
            replacement.setContent(fixed, "text/plain");
            replacement.setHeader("Content-Type", "message/delivery-status");
            replacement.setDescription("Delivery Status Notification");
            replacement.setFileName("status.dat");
            report.removeBodyPart(i);
            report.addBodyPart(replacement, i);
            dsn.setContent(report);
            dsn.saveChanges();
            return;
        }
        throw new MessagingException("DeliveryStatusBounce: the DSN has no message/delivery-status part");
    }

    @Override
    public java.util.Map<String, String> namedProcessors() {
        return nullSenderProcessor.map(p -> java.util.Map.of(NULL_SENDER_PROCESSOR, p)).orElse(java.util.Map.of());
    }
}
