package org.spoofguard.core.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.ProvenSender;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Evidence that the RFC5322.From of a mail is not who really sent it. Pure function of the
 * {@link SenderVerdict}, the From / Reply-To / Sender header values and the configuration.
 *
 * @param authenticated the From domain is authenticated: DMARC pass, or (no usable DMARC result) an SPF or DKIM
 *        pass relaxed-aligned with the From domain
 * @param fromAddress the first From mailbox, lower case ("" if none)
 * @param fromDomain its domain, IDN decoded ("" if none)
 * @param signals the spoof signals found, each with evidence
 */
public record SpoofSignals(boolean authenticated, String fromAddress, String fromDomain, List<Signal> signals) {
    public SpoofSignals {
        fromAddress = fromAddress == null ? "" : fromAddress;
        fromDomain = fromDomain == null ? "" : fromDomain;
        signals = List.copyOf(signals);
    }

    public boolean has(String name) {
        return signals.stream().anyMatch(s -> s.name().equals(name));
    }

    /**
     * Never throws for odd header values. A null {@code verdict} means "authentication unknown": only the
     * header-based signals (look-alikes, display name) are evaluated and the From counts as unauthenticated
     * without saying so.
     */
    public static SpoofSignals evaluate(SenderVerdict verdict, String fromHeader, String replyToHeader,
                                        String senderHeader, InvoiceConfig config) {
        if (verdict == null) {
            InvoiceConfig c = config == null ? InvoiceConfig.defaults() : config;
            Addresses from = Addresses.parseFirst(fromHeader);
            List<Signal> out = new ArrayList<>();
            lookalike(from.domain(), "From", c, out);
            displayName(from, false, c, out);
            return new SpoofSignals(false, from.address(), from.domain(), dedupe(out));
        }
        InvoiceConfig cfg = config == null ? InvoiceConfig.defaults() : config;
        List<Signal> out = new ArrayList<>();
        Addresses from = Addresses.parseFirst(fromHeader);
        Addresses replyTo = Addresses.parseFirst(replyToHeader);
        Addresses sender = Addresses.parseFirst(senderHeader);
        String fromDomain = from.domain();
        if (fromDomain.isEmpty()) {
            out.add(new Signal(SignalNames.FROM_MISSING,
                    fromHeader == null ? "no From header" : "no usable address in From: " + clip(fromHeader)));
        }
        boolean authenticated = !fromDomain.isEmpty() && isAuthenticated(verdict, Domains.ascii(fromDomain));
        boolean internal = isInternal(verdict.clientIp(), cfg);

        DmarcResult dmarc = verdict.dmarc();
        if (dmarc.result() == DmarcResultCode.FAIL) {
            out.add(new Signal(SignalNames.DMARC_FAIL, "dmarc=fail (p=" + dmarc.policy().keyword() + ") header.from="
                    + (dmarc.fromDomain().isEmpty() ? fromDomain : dmarc.fromDomain())
                    + (dmarc.reason().isEmpty() ? "" : ": " + clip(dmarc.reason()))));
        }
        if (!authenticated && !internal) {
            SpfResultCode spf = verdict.spfMailFrom().result();
            String spfEv = "spf=" + spf.keyword() + " smtp.mailfrom=" + verdict.spfMailFrom().sender()
                    + " client-ip=" + verdict.clientIp();
            if (spf == SpfResultCode.FAIL) {
                out.add(new Signal(SignalNames.SPF_FAIL, spfEv));
            } else if (spf == SpfResultCode.SOFTFAIL) {
                out.add(new Signal(SignalNames.SPF_SOFTFAIL, spfEv));
            }
            for (DkimResult d : verdict.dkim()) {
                if (d.result() == DkimResultCode.FAIL) {
                    out.add(new Signal(SignalNames.DKIM_FAIL, "dkim=fail header.d=" + d.domain()));
                    break;
                }
            }
            if (!fromDomain.isEmpty()) {
                out.add(new Signal(SignalNames.FROM_UNAUTHENTICATED, "From " + fromDomain
                        + " not authenticated (no DMARC pass, no aligned SPF/DKIM pass)"));
                for (String own : cfg.ownDomains()) {
                    if (Domains.isSameOrSub(fromDomain, own)) {
                        out.add(new Signal(SignalNames.OWN_DOMAIN_UNAUTHENTICATED, "From uses our domain "
                                + fromDomain + " but came from outside (client-ip=" + verdict.clientIp() + ")"));
                        break;
                    }
                }
                // Known suppliers are the names invoice fraud borrows; their real mail is expected to authenticate.
                for (String supplier : cfg.supplierDomains()) {
                    if (Domains.isSameOrSub(fromDomain, supplier)) {
                        out.add(new Signal(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED, "From uses supplier domain "
                                + fromDomain + " without authentication"));
                        break;
                    }
                }
            }
        }

        lookalike(fromDomain, "From", cfg, out);
        if (!replyTo.isEmpty() && !OrganizationalDomain.relaxedAligned(Domains.ascii(replyTo.domain()),
                Domains.ascii(fromDomain))) {
            lookalike(replyTo.domain(), "Reply-To", cfg, out);
            if (!authenticated && !fromDomain.isEmpty() && !replyTo.domain().isEmpty()) {
                out.add(new Signal(SignalNames.REPLY_TO_MISMATCH, "Reply-To " + replyTo.address()
                        + " is outside the unauthenticated From domain " + fromDomain));
            }
        }
        if (!sender.isEmpty() && !OrganizationalDomain.relaxedAligned(Domains.ascii(sender.domain()),
                Domains.ascii(fromDomain))) {
            lookalike(sender.domain(), "Sender", cfg, out);
        }
        displayName(from, authenticated, cfg, out);
        return new SpoofSignals(authenticated, from.address(), fromDomain, dedupe(out));
    }

    /**
     * The one rule for a proven From domain: {@link ProvenSender#fromDomain(SenderVerdict, String)}.
     */
    static boolean isAuthenticated(SenderVerdict v, String fromDomain) {
        return ProvenSender.fromDomain(v, fromDomain);
    }

    private static boolean isInternal(String ip, InvoiceConfig cfg) {
        for (String cidr : cfg.internalNetworks()) {
            if (Cidr.contains(cidr, ip)) {
                return true;
            }
        }
        return false;
    }

    /** Look-alikes of our and our suppliers' domains (typosquats, homoglyphs, embedded names). */
    static void lookalike(String domain, String where, InvoiceConfig cfg, List<Signal> out) {
        if (domain == null || domain.isEmpty() || domain.startsWith("[")) {
            return;
        }
        String d = Domains.normalize(domain);
        for (String p : cfg.protectedDomains()) {
            if (Domains.isSameOrSub(d, Domains.normalize(p))) {
                return;
            }
        }
        String org = Domains.orgDomain(d);
        String label = Domains.registrableLabel(d);
        String skel = Domains.skeleton(label);
        for (String rawP : cfg.protectedDomains()) {
            String p = Domains.normalize(rawP);
            String pOrg = Domains.orgDomain(p);
            if (pOrg.equals(org)) {
                return; // same organisation (e.g. a sibling subdomain): not a look-alike
            }
        }
        for (String rawP : cfg.protectedDomains()) {
            String p = Domains.normalize(rawP);
            String pOrg = Domains.orgDomain(p);
            String pLabel = Domains.registrableLabel(p);
            String pSuffix = Domains.suffix(p);
            String ev = where + " domain " + d + " imitates " + p;
            // kommune.dk.evil.example, aarhus.dk-faktura.com, aarhus-dk.com
            String dotted = "." + d;
            int at = dotted.indexOf("." + pOrg);
            if (at >= 0) {
                int after = at + 1 + pOrg.length();
                if (after < dotted.length() && (dotted.charAt(after) == '.' || dotted.charAt(after) == '-')) {
                    out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, ev + " (protected name inside another domain)"));
                    return;
                }
            }
            if (!pSuffix.isEmpty() && label.contains(pLabel + "-" + pSuffix.replace('.', '-'))) {
                out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, ev + " (protected name inside another domain)"));
                return;
            }
            if (!label.equals(pLabel) && skel.equals(Domains.skeleton(pLabel))) {
                out.add(new Signal(SignalNames.HOMOGLYPH_DOMAIN, ev + " (confusable characters)"));
                return;
            }
            if (label.equals(pLabel)) {
                if (pLabel.length() >= 4) {
                    out.add(new Signal(SignalNames.LOOKALIKE_TLD, ev + " (same name, other top-level domain)"));
                    return;
                }
                continue;
            }
            int allowed = pLabel.length() >= 6 ? 2 : pLabel.length() >= 4 ? 1 : 0;
            if (allowed > 0) {
                int dist = Math.min(Domains.damerauLevenshtein(label, pLabel, allowed),
                        Domains.damerauLevenshtein(skel, Domains.skeleton(pLabel), allowed));
                if (dist <= allowed) {
                    out.add(new Signal(SignalNames.LOOKALIKE_DOMAIN, ev + " (edit distance " + dist + ")"));
                    return;
                }
            }
        }
    }

    /** Display-name tricks: an address in the name that is not the address, or a protected organisation's name. */
    /** Free-mail providers: anyone can authenticate as an account there. */
    static final java.util.Set<String> FREEMAIL = java.util.Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "hotmail.dk", "live.com", "live.dk", "msn.com", "outlook.dk", "yahoo.com", "yahoo.dk",
            "icloud.com", "me.com", "aol.com", "gmx.com", "gmx.net", "gmx.de", "mail.com", "proton.me",
            "protonmail.com", "yandex.com", "yandex.ru", "mail.ru", "zoho.com", "mail.dk", "jubii.dk", "tdcadsl.dk",
            "email.dk", "ofir.dk", "webspeed.dk", "qq.com", "163.com");

    private static void displayName(Addresses from, boolean authenticated, InvoiceConfig cfg, List<Signal> out) {
        String name = from.display();
        if (name.isEmpty() || from.address().isEmpty()) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        if (at > 0) {
            int s = at;
            while (s > 0 && isAddrChar(lower.charAt(s - 1))) {
                s--;
            }
            int e = at + 1;
            while (e < lower.length() && isAddrChar(lower.charAt(e))) {
                e++;
            }
            String inName = lower.substring(s, e).replaceAll("\\.+$", "");
            if (inName.indexOf('@') > 0 && inName.indexOf('.', inName.indexOf('@')) > 0
                    && !inName.equals(from.address())) {
                out.add(new Signal(SignalNames.DISPLAY_NAME_ADDRESS, "display name shows " + inName
                        + " but the address is " + from.address()));
                return;
            }
        }
        String fromDomain = from.domain();
        for (String p : cfg.protectedDomains()) {
            if (Domains.isSameOrSub(fromDomain, p) || Domains.orgDomain(fromDomain).equals(Domains.orgDomain(p))) {
                return; // the name of one's own organisation in one's own mail is normal
            }
        }
        if (authenticated && !FREEMAIL.contains(Domains.orgDomain(fromDomain))) {
            // Invoicing platforms (e-conomic, Dinero, ...) and ESPs legitimately send with the customer's
            // company name from their own authenticated domain; a free-mail account with that name is the fraud.
            return;
        }
        for (String p : cfg.protectedDomains()) {
            String label = Domains.registrableLabel(p);
            if (lower.contains(p) || (label.length() >= 5 && containsWord(lower, label))) {
                out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "display name \"" + clip(name)
                        + "\" names " + p + " but the address is " + from.address()));
                return;
            }
        }
        for (String n : cfg.protectedNames()) {
            if (!n.isBlank() && lower.contains(n.toLowerCase(Locale.ROOT))) {
                out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "display name \"" + clip(name)
                        + "\" names " + n + " but the address is " + from.address()));
                return;
            }
        }
    }

    private static boolean isAddrChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '+' || c == '@';
    }

    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int e = i + word.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    private static List<Signal> dedupe(List<Signal> in) {
        List<Signal> out = new ArrayList<>();
        for (Signal s : in) {
            if (out.stream().noneMatch(o -> o.name().equals(s.name()))) {
                out.add(s);
            }
        }
        return out;
    }

    static String clip(String s) {
        String t = s.replaceAll("[\\r\\n\\t]+", " ");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
