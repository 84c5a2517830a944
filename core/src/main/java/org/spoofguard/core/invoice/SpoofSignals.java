package org.spoofguard.core.invoice;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.net.IpLiteral;
import org.spoofguard.core.net.IpNetwork;
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
 * @param claimed the protected domain (ours or a supplier's) that the From display name names although the address
 *        is elsewhere, "" if none: on an invoicing platform that is the company the invoice claims to come from
 */
public record SpoofSignals(boolean authenticated, String fromAddress, String fromDomain, List<Signal> signals,
                           String claimed) {
    public SpoofSignals {
        fromAddress = fromAddress == null ? "" : fromAddress;
        fromDomain = fromDomain == null ? "" : fromDomain;
        signals = List.copyOf(signals);
        claimed = claimed == null ? "" : claimed;
    }

    public SpoofSignals(boolean authenticated, String fromAddress, String fromDomain, List<Signal> signals) {
        this(authenticated, fromAddress, fromDomain, signals, "");
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
        return evaluate(verdict, fromHeader, replyToHeader, senderHeader, config, List.of());
    }

    /** @param linkHosts hosts of links in the body: look-alikes of our/suppliers' domains there count too */
    public static SpoofSignals evaluate(SenderVerdict verdict, String fromHeader, String replyToHeader,
                                        String senderHeader, InvoiceConfig config, List<String> linkHosts) {
        return evaluate(verdict, fromHeader, replyToHeader, senderHeader, config, linkHosts, "");
    }

    /**
     * @param listIdHeader the top-level List-Id (RFC 2919), "" if none: mail that a mailing list authenticated as
     *        its own is not counted as a forgery of its author (see {@link #authenticatedList})
     */
    public static SpoofSignals evaluate(SenderVerdict verdict, String fromHeader, String replyToHeader,
                                        String senderHeader, InvoiceConfig config, List<String> linkHosts,
                                        String listIdHeader) {
        return evaluate(verdict, fromHeader, replyToHeader, senderHeader, config, linkHosts, List.of(), listIdHeader);
    }

    /**
     * @param documentLinkHosts hosts of links in attached documents ({@link InvoiceSignals#documentLinkHosts}):
     *        the look-alike a forger moves out of the body into the PDF or the letter counts as one in the body
     */
    public static SpoofSignals evaluate(SenderVerdict verdict, String fromHeader, String replyToHeader,
                                        String senderHeader, InvoiceConfig config, List<String> linkHosts,
                                        List<String> documentLinkHosts, String listIdHeader) {
        if (verdict == null) {
            InvoiceConfig c = config == null ? InvoiceConfig.defaults() : config;
            Addresses from = Addresses.parseFirst(fromHeader);
            List<Signal> out = new ArrayList<>();
            lookalikes(from, "From", "", c, out);
            String claimed = displayName(from, false, false, c, out);
            freemailMailbox(from, c, out);
            links(linkHosts, documentLinkHosts, c, out, "");
            return new SpoofSignals(false, from.address(), from.domain(), dedupe(out), claimed);
        }
        InvoiceConfig cfg = config == null ? InvoiceConfig.defaults() : config;
        List<Signal> out = new ArrayList<>();
        Addresses from = Addresses.parseFirst(fromHeader);
        Addresses replyTo = Addresses.parseFirst(replyToHeader);
        Addresses sender = Addresses.parseFirst(senderHeader);
        String fromDomain = from.domain();
        if (fromDomain.isEmpty()) {
            // A From DMARC finds no single address in (malformed, several domains) has none here either: no domain to
            // credit, remember or name (Addresses); the domains written in it are still measured for look-alikes
            out.add(new Signal(SignalNames.FROM_MISSING, fromHeader == null ? "no From header"
                    : "no usable address in From" + (from.malformed() ? " (" + clip(from.problem()) + ")" : "") + ": "
                    + clip(fromHeader)));
        }
        boolean authenticated = !fromDomain.isEmpty() && isAuthenticated(verdict, Domains.ascii(fromDomain));
        boolean internal = isInternal(verdict.clientIp(), cfg);

        // A list post: the list rewrote Subject/body (breaking the author's DKIM) and sent it from its own server
        // (so SPF is the list's). DMARC fails for every such post (RFC 7960 section 3.2.3); what can be proven is
        // that the list sent it. The author stays unproven (mailing-list, weak). Not for our own and our suppliers'
        // domains: their real mail is expected to authenticate, and a list of his own is how a forger would try.
        String list = authenticated || fromDomain.isEmpty() || cfg.isProtectedDomain(fromDomain) ? ""
                : authenticatedList(listIdHeader, verdict, fromDomain);
        DmarcResult dmarc = verdict.dmarc();
        if (!list.isEmpty()) {
            out.add(new Signal(SignalNames.MAILING_LIST, "via mailing list " + list + " (List-Id "
                    + clip(listIdHeader.trim()) + ", authenticated by the list's domain); author " + fromDomain
                    + " not authenticated (dmarc=" + dmarc.result().keyword() + ")"));
        } else if (dmarc.result() == DmarcResultCode.FAIL) {
            // p=none asks receivers to take no action (RFC 7489 section 6.3): a domain still monitoring its own
            // mail fails for its own invoices as often as for forgeries, so its failure weighs less
            out.add(new Signal(dmarc.policy() == org.spoofguard.core.dmarc.DmarcPolicy.NONE
                    ? SignalNames.DMARC_FAIL_NONE : SignalNames.DMARC_FAIL, "dmarc=fail (p=" + dmarc.policy().keyword() + ") header.from="
                    + (dmarc.fromDomain().isEmpty() ? fromDomain : dmarc.fromDomain())
                    + (dmarc.reason().isEmpty() ? "" : ": " + clip(dmarc.reason()))));
        }
        if (!authenticated && !internal && list.isEmpty()) {
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
                if (cfg.isOwnDomain(fromDomain)) {
                    out.add(new Signal(SignalNames.OWN_DOMAIN_UNAUTHENTICATED, "From uses our domain "
                            + fromDomain + " but came from outside (client-ip=" + verdict.clientIp() + ")"));
                }
                // Known suppliers are the names invoice fraud borrows; their real mail is expected to authenticate,
                // but only where the supplier publishes something that lets it (a DMARC record, or an SPF record
                // that failed outright): a listed supplier that publishes nothing, or an SPF "~all" naming a
                // retired server, never authenticates, and its every invoice would otherwise cross the spoof gate.
                // Suppliers that authenticated before (accounts in the bank-details memory) are judged by
                // InvoicePolicy, which knows their history.
                // A DMARC record that enforces (p=quarantine/reject) says the domain's own mail authenticates;
                // p=none only that it is watching.
                boolean canAuthenticate = (dmarc.result() != DmarcResultCode.NONE
                        && dmarc.policy() != org.spoofguard.core.dmarc.DmarcPolicy.NONE)
                        || verdict.spfMailFrom().result() == SpfResultCode.FAIL;
                if (canAuthenticate && cfg.isSupplierDomain(fromDomain)) {
                    out.add(new Signal(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED, "From uses supplier domain "
                            + fromDomain + " without authentication"));
                }
            }
        }

        lookalikes(from, "From", "", cfg, out);
        // Reply-To and Sender are read as the From is (Addresses). One DMARC would find no single address in is
        // judged by every domain written in it: where a reply goes is then unknown, and each may be the one a mail
        // program takes (fail closed; a malformed Reply-To must not hide the free-mail box behind it).
        String replyDomain = outside(replyTo, fromDomain);
        if (!replyDomain.isEmpty()) {
            lookalikes(replyTo, "Reply-To", fromDomain, cfg, out);
            String shown = replyTo.malformed() ? clip(replyToHeader) + " (" + clip(replyTo.problem()) + ")"
                    : replyTo.address();
            if (!authenticated && !fromDomain.isEmpty()
                    && !(!list.isEmpty() && Domains.orgDomain(replyDomain).equals(list))) {
                out.add(new Signal(SignalNames.REPLY_TO_MISMATCH, "Reply-To " + shown
                        + " is outside the unauthenticated From domain " + fromDomain));
            } else if (authenticated && knownSuppliersOwn(fromDomain, cfg)
                    && (replyTo.malformed() || FREEMAIL.contains(Domains.orgDomain(replyDomain)))) {
                // A known supplier's authenticated mail whose answers go to a free-mail box: the taken-over
                // mailbox's trick (business e-mail compromise). The attacker sends from the supplier's real
                // account, which passes DMARC, and moves the conversation ("send us your list of open items",
                // "confirm the new account") to a mailbox only he reads. The supplier's own staff answer from its
                // domain; a sole trader's free-mail Reply-To comes through an invoicing platform, not from here.
                out.add(new Signal(SignalNames.REPLY_TO_MISMATCH, "Reply-To " + shown
                        + (replyTo.malformed() ? " has no single address" : " is a free-mail box")
                        + ", outside known supplier " + fromDomain
                        + ": answers would go around its authenticated mailbox"));
            }
        }
        if (!outside(sender, fromDomain).isEmpty()) {
            lookalikes(sender, "Sender", fromDomain, cfg, out);
        }
        // "Borgmester <borgmester@gylling-bogholderi.net>", Reply-To borgmester.kontor@gmail.com: the answer goes to a
        // private mailbox, which is the free-mail CEO fraud with a borrowed server in front
        boolean repliesToFreemail = replyDomains(replyTo).stream().anyMatch(d -> FREEMAIL.contains(Domains.orgDomain(d))
                && !OrganizationalDomain.relaxedAligned(Domains.ascii(d), Domains.ascii(fromDomain)));
        String claimed = displayName(from, authenticated, repliesToFreemail, cfg, out);
        freemailMailbox(from, cfg, out);
        // only a sender we know (ours, a listed or remembered supplier) owns its name: a stranger's look-alike
        // domain linking to itself under another suffix is the imitation twice over
        links(linkHosts, documentLinkHosts, cfg, out, authenticated && !fromDomain.isEmpty()
                && cfg.isProtectedDomain(Domains.normalize(fromDomain))
                ? Domains.registrableLabel(Domains.normalize(fromDomain)) : "");
        return new SpoofSignals(authenticated, from.address(), fromDomain, dedupe(out), claimed);
    }

    /**
     * The domains a field names as {@link Addresses} reads it (U-labels): its one address's, or, where it has no single
     * address, every domain DMARC would evaluate in it.
     */
    static List<String> replyDomains(Addresses field) {
        if (field.malformed()) {
            return field.written().stream().map(Domains::normalize).toList();
        }
        return field.isEmpty() ? List.of() : List.of(field.domain());
    }

    /**
     * The first domain of the field outside the From's organisation (relaxed alignment), "" if none. A malformed field
     * that names no domain at all is outside too (its whole value stands for it): nobody knows where it leads.
     */
    private static String outside(Addresses field, String fromDomain) {
        List<String> domains = replyDomains(field);
        if (field.malformed() && domains.isEmpty()) {
            return "(no domain)";
        }
        for (String d : domains) {
            if (!OrganizationalDomain.relaxedAligned(Domains.ascii(d), Domains.ascii(fromDomain))) {
                return d;
            }
        }
        return "";
    }

    /** Look-alikes of our or our suppliers' domains among the field's domains outside {@code fromDomain}'s organisation. */
    private static void lookalikes(Addresses field, String where, String fromDomain, InvoiceConfig cfg,
                                   List<Signal> out) {
        for (String d : replyDomains(field)) {
            if (fromDomain.isEmpty()
                    || !OrganizationalDomain.relaxedAligned(Domains.ascii(d), Domains.ascii(fromDomain))) {
                lookalike(d, where, cfg, out);
            }
        }
    }

    /** A listed or remembered supplier's own domain (not an invoicing platform sending for many). */
    private static boolean knownSuppliersOwn(String fromDomain, InvoiceConfig cfg) {
        return !fromDomain.isEmpty() && !cfg.isPlatform(Domains.orgDomain(fromDomain))
                && cfg.isSupplierDomain(fromDomain);
    }

    /**
     * The organisational domain of the mailing list that demonstrably sent this mail, or "": the List-Id
     * (RFC 2919, {@code <list-label.namespace>}) names a domain other than the From's, and that domain (its
     * organisation) passed SPF for the envelope or signed the mail with a passing DKIM signature. A List-Id alone
     * is a header anyone can write; only the list domain's own authentication makes it the list's mail. Free-mail
     * domains are no list servers.
     */
    static String authenticatedList(String listIdHeader, SenderVerdict v, String fromDomain) {
        if (listIdHeader == null || listIdHeader.isBlank() || v == null) {
            return "";
        }
        String id = listIdHeader;
        int lt = id.lastIndexOf('<');
        int gt = id.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            id = id.substring(lt + 1, gt);
        }
        id = id.trim().toLowerCase(Locale.ROOT);
        if (id.isEmpty() || id.length() > 255 || id.indexOf('.') < 0 || !id.matches("[a-z0-9._-]+")) {
            return "";
        }
        String listOrg = Domains.orgDomain(id);
        if (listOrg.isEmpty() || listOrg.equals(Domains.orgDomain(Domains.ascii(fromDomain)))
                || FREEMAIL.contains(listOrg)) {
            return "";
        }
        if (ProvenSender.spfProves(v.spfMailFrom())) { // a pass any host gets shows no list server
            String spfDomain = v.spfMailFrom().domain().isEmpty() ? v.mailFromDomain() : v.spfMailFrom().domain();
            if (listOrg.equals(Domains.orgDomain(spfDomain.toLowerCase(Locale.ROOT)))) {
                return listOrg;
            }
        }
        for (DkimResult k : v.dkim()) {
            if (k.isPass() && listOrg.equals(Domains.orgDomain(k.domain().toLowerCase(Locale.ROOT)))) {
                return listOrg;
            }
        }
        return "";
    }

    /**
     * Max. distinct link hosts measured (each costs one cheap pass over the protected domains; MimeScan collects
     * no more than this either). Decoy links must not push a look-alike out of sight, so this is generous.
     */
    static final int MAX_LINK_HOSTS = 200;

    /**
     * Links to look-alikes of our or our suppliers' domains: the credential-phishing and "pay here" variant of the
     * look-alike From. Same engine as for From, reported as one {@code lookalike-link}: the body's links first, then
     * the attached documents' ({@code documentHosts}), each list as bounded.
     *
     * @param senderLabel the name without its suffix ("danfoss") of an authenticated From domain that is ours or a
     *        listed or remembered supplier's, else "": such a sender's own name under another top-level domain is its
     *        own site (danfoss.dk's mail linking to www.danfoss.com), not an imitation of it
     */
    static void links(List<String> hosts, List<String> documentHosts, InvoiceConfig cfg, List<Signal> out,
                      String senderLabel) {
        if ((hosts == null || hosts.isEmpty()) && (documentHosts == null || documentHosts.isEmpty())) {
            return;
        }
        List<Protected> all = protectedOf(cfg);
        Set<String> own = ownOrgs(cfg);
        if (!links(hosts, "link", all, own, cfg, out, senderLabel, false)) {
            links(documentHosts, "document link", all, own, cfg, out, senderLabel, true);
        }
    }

    /**
     * @param inDocument a document's links: a firm's website under another top-level domain is printed in invoice
     *        footers and product sheets (a reseller names the maker's danfoss.com), so the same name under another
     *        suffix counts there for nothing; the names built to deceive (embedded, homoglyph, misspelt) still count
     */
    private static boolean links(List<String> hosts, String where, List<Protected> all, Set<String> own,
                                 InvoiceConfig cfg, List<Signal> out, String senderLabel, boolean inDocument) {
        int n = 0;
        for (String h : hosts == null ? List.<String>of() : hosts) {
            if (n++ >= MAX_LINK_HOSTS) {
                break;
            }
            if (!senderLabel.isEmpty() && senderLabel.equals(Domains.registrableLabel(Domains.normalize(h)))) {
                continue;
            }
            List<Signal> found = new ArrayList<>();
            lookalike(h, where, all, own, found);
            if (found.isEmpty()) {
                namedLookalike(h, where, cfg, found);
            }
            if (inDocument) {
                found.removeIf(f -> f.name().equals(SignalNames.LOOKALIKE_TLD));
            }
            if (!found.isEmpty()) {
                out.add(new Signal(SignalNames.LOOKALIKE_LINK, found.get(0).evidence() + " [" + found.get(0).name()
                        + "]"));
                return true;
            }
        }
        return false;
    }

    /**
     * The one rule for a proven From domain: {@link ProvenSender#fromDomain(SenderVerdict, String)}.
     */
    static boolean isAuthenticated(SenderVerdict v, String fromDomain) {
        return ProvenSender.fromDomain(v, fromDomain);
    }

    private static boolean isInternal(String ip, InvoiceConfig cfg) {
        Optional<InetAddress> client = IpLiteral.parse(ip);
        if (client.isEmpty()) {
            return false;
        }
        for (String cidr : cfg.internalNetworks()) {
            if (IpNetwork.parse(cidr).map(n -> n.contains(client.get())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** Look-alikes of our and our suppliers' domains (typosquats, homoglyphs, embedded names). */
    static void lookalike(String domain, String where, InvoiceConfig cfg, List<Signal> out) {
        int before = out.size();
        lookalike(domain, where, protectedOf(cfg), ownOrgs(cfg), out);
        if (out.size() == before) {
            namedLookalike(domain, where, cfg, out);
        }
    }

    /** The look-alikes measured against names rather than domains: our organisation's and the platforms'. */
    private static void namedLookalike(String domain, String where, InvoiceConfig cfg, List<Signal> out) {
        int before = out.size();
        organisationNameLookalike(domain, where, cfg, out);
        if (out.size() == before) {
            platformLookalike(domain, where, cfg, out);
        }
    }

    /** Words that say what an organisation is, not which: "Ballerup Kommune" is known by "ballerup". */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("kommune", "kommunes", "kommunen", "region",
            "regionen", "municipality", "council", "of", "the", "a/s", "aps");

    /**
     * The spellings a domain would write our organisation's name in (names.protected): the distinctive words,
     * hyphenated and glued, with æ/ø/å as the three ways Danish domains write them ("Høje-Taastrup Kommune":
     * høje-taastrup, hoeje-taastrup, hoje-taastrup, hoejetaastrup, ...), and a genitive's base ("Københavns
     * Kommune": københavn). Names shorter than four letters however spelled are left out: too many other words
     * contain them.
     */
    static List<String> organisationNameForms(String name) {
        List<String> kept = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        String[] words = name.toLowerCase(Locale.ROOT).trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("[^\\p{L}\\p{N}-]", "");
            if (w.isEmpty() || GENERIC_NAME_WORDS.contains(words[i])) {
                continue;
            }
            boolean genitive = i + 1 < words.length && GENERIC_NAME_WORDS.contains(words[i + 1])
                    && w.endsWith("s") && w.length() > 5;
            kept.add(w);
            bare.add(genitive ? w.substring(0, w.length() - 1) : w);
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String base : new LinkedHashSet<>(List.of(String.join("-", kept), String.join("-", bare)))) {
            List<String> spellings = foldings(base);
            if (spellings.get(2).replace("-", "").length() < 4) {
                continue; // in its longest spelling ("Ærø": aeroe) a name is long enough to be nobody's word
            }
            for (String spelling : spellings) {
                forms.add(spelling);
                forms.add(spelling.replace("-", ""));
            }
        }
        return List.copyOf(forms);
    }

    /**
     * A domain that carries our organisation's name with an official word, where our domain is not that name
     * (balk.dk for Ballerup Kommune, htk.dk for Høje-Taastrup, kk.dk for København): "ballerup-kommune-faktura.dk",
     * "ballerupkommune.dk", "mitid-ballerup.com". The forger writes the name the reader knows, not our domain's
     * abbreviation, so the look-alike checks on our domains never see it. As for our domains, the name with a
     * trade ("ballerup-vvs.dk") is a local business and imitates nobody.
     */
    private static void organisationNameLookalike(String domain, String where, InvoiceConfig cfg, List<Signal> out) {
        if (domain == null || domain.isEmpty() || domain.startsWith("[") || cfg.protectedNames().isEmpty()) {
            return;
        }
        String d = Domains.normalize(domain);
        String label = Domains.registrableLabel(d);
        String flat = label.replace("-", "");
        for (String name : cfg.protectedNames()) {
            for (String form : organisationNameForms(name)) {
                String glued = form.replace("-", "");
                // Not an authority's word: the bodies our town runs with its neighbours carry its name beside
                // theirs ("brandtilsyn-ballerup-herlev.dk", the joint fire inspectorate), where our domain is
                // not their name
                boolean hyphenated = label.contains("-") && hasToken(label, form) && officialWord(label, form, false);
                boolean gluedOn = flat.length() > glued.length()
                        && ((flat.startsWith(glued) && officialWord(flat.substring(glued.length()), glued, false))
                                || (flat.endsWith(glued) && officialWord(
                                        flat.substring(0, flat.length() - glued.length()), glued, false)));
                if ((hyphenated || gluedOn) && !oursOrKnown(d, cfg)) {
                    out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, where + " domain " + d + " carries the name of "
                            + name + ", our own organisation, with an official word"));
                    return;
                }
            }
        }
    }

    /** One of our domains, or a supplier we know by this name ("frederikssund-kontor.dk"): nobody's look-alike. */
    private static boolean oursOrKnown(String d, InvoiceConfig cfg) {
        String org = Domains.orgDomain(d);
        for (Protected p : protectedOf(cfg)) {
            if (Domains.isSameOrSub(d, p.name) || p.org.equals(org)) {
                return true;
            }
        }
        return false;
    }

    /** Platform names that are ordinary words (a design studio called "stripe-design.dk" imitates nobody). */
    private static final Set<String> ORDINARY_PLATFORM_NAMES = Set.of("stripe", "billy",
            "dinero", "intuit", "xero", "fiken");

    /**
     * Invoicing platforms (domains.platforms) carry our suppliers' invoices, so their names are borrowed too
     * ("sumup-faktura.com", "fortnox-betaling.dk", a Cyrillic о in "fоrtnox.se"). Only the name as a whole word of
     * a hyphenated label, or confusable characters: platform brands are short and some are words, so edit
     * distance and other top-level domains would hit unrelated companies.
     */
    private static void platformLookalike(String domain, String where, InvoiceConfig cfg, List<Signal> out) {
        if (domain == null || domain.isEmpty() || domain.startsWith("[") || cfg.isPlatform(domain)) {
            return;
        }
        String d = Domains.normalize(domain);
        String label = Domains.registrableLabel(d);
        String skel = Domains.skeleton(label);
        for (String raw : cfg.platformDomains()) {
            Protected pr = Protected.of(raw);
            if (pr.label.length() < 4 || ORDINARY_PLATFORM_NAMES.contains(pr.label) || pr.org.equals(Domains.orgDomain(d))) {
                continue;
            }
            if (label.contains("-") && hasToken(label, pr.label)) {
                out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, imitates(where, d, pr.name)
                        + " (an invoicing platform's name extended with a word)"));
                return;
            }
            if (!label.equals(pr.label) && skel.equals(pr.skeleton)) {
                out.add(new Signal(SignalNames.HOMOGLYPH_DOMAIN, imitates(where, d, pr.name)
                        + " (an invoicing platform's name in confusable characters)"));
                return;
            }
        }
    }

    private static List<Protected> protectedOf(InvoiceConfig cfg) {
        List<Protected> all = new ArrayList<>(cfg.protectedDomains().size());
        for (String raw : cfg.protectedDomains()) {
            all.add(Protected.of(raw));
        }
        return all;
    }

    /**
     * The organisation of a supplier (listed or remembered; never ours) whose name {@code domain} carries under
     * another top-level domain, as {@code lookalike-tld} finds it ({@code danfoss.com} for {@code danfoss.dk}), or ""
     * if none. Many firms send from both: what such a mail pays decides whether it is the firm or its imitator.
     */
    static String tldSibling(String domain, InvoiceConfig cfg) {
        if (domain == null || domain.isEmpty() || domain.startsWith("[")) {
            return "";
        }
        String d = Domains.normalize(domain);
        String org = Domains.orgDomain(d);
        String label = Domains.registrableLabel(d);
        Set<String> own = ownOrgs(cfg);
        for (Protected p : protectedOf(cfg)) {
            if (p.label.length() >= 4 && p.label.equals(label) && !p.org.equals(org) && !own.contains(p.org)) {
                return p.org;
            }
        }
        return "";
    }

    private static Set<String> ownOrgs(InvoiceConfig cfg) {
        Set<String> orgs = new HashSet<>();
        for (String d : cfg.ownDomains()) {
            orgs.add(Domains.orgDomain(Domains.normalize(d)));
        }
        return orgs;
    }

    /**
     * Words a forger adds to our own name to pass as our administration ("kolding-kommune.dk",
     * "skive-faktura.dk", "aarhus-betaling.com", "horsens-mitid.dk"). A municipality's domain is its town's name,
     * which local businesses carry with their trade ("kolding-skadedyr.dk", "skive-vvs.dk"): those imitate
     * nobody.
     */
    private static final List<String> OFFICIAL_WORDS = List.of("kommun", "faktura", "betal", "opkraev", "opkræv",
            "okonomi", "oekonomi", "økonomi", "debitor", "kreditor", "regning", "invoice", "pay", "billing", "finance",
            "dk", "mail", "post", "secure", "sikker", "login", "logon", "portal", "borger", "selvbetjening",
            "digital", "eboks", "mitid", "nemid", "konto", "bank", "refusion", "refund", "skat", "admin", "support",
            "it", "hr", "lon", "loen", "løn", "indkob", "indkoeb", "indkøb", "udbetaling",
            // our creditor department's other name ("Leverandørservice", the supplier portal)
            "leverand",
            // a levy or a register of ours ("haderslev-afgift.dk", "nis2-register-haderslev.dk")
            "regist", "afgift", "gebyr",
            // our mayor's or management's office beside our name ("borgmester-ringsted.dk")
            "borgmester", "direktion", "byraad", "byråd",
            // our administration by its other names ("Tårnby Forvaltning", "jobcenter-furesoe.dk")
            "forvaltning", "jobcent", "municipal", "council", "raadhus", "rådhus", "radhus");
    /**
     * Trades and titles that begin with an official word but are a business's own: an office-supplies firm
     * ("…-kontor", "kontorforsyning" is not "konto") and the local paper ("…posten" is not Digital Post).
     */
    private static final List<String> TRADE_NOT_OFFICIAL = List.of("kontor", "posten");
    /** {@link #OFFICIAL_WORDS} folded once ({@link Domains#skeleton}), index for index. */
    private static final List<String> OFFICIAL_SKELETONS = OFFICIAL_WORDS.stream().map(Domains::skeleton).toList();

    /** "Latin and Cyrillic" when one label mixes Latin letters with Cyrillic or Greek ones, else null. */
    static String mixedScripts(String label) {
        boolean latin = false;
        Character.UnicodeScript other = null;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                latin = true;
            } else if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK) {
                other = script;
            }
        }
        if (!latin || other == null) {
            return null;
        }
        return "Latin and " + (other == Character.UnicodeScript.CYRILLIC ? "Cyrillic" : "Greek");
    }

    private static boolean officialWord(String label, String protectedLabel) {
        return officialWord(label, protectedLabel, true);
    }

    /** @param authorities whether an authority's word ("webtilsyn") counts as official beside the name */
    private static boolean officialWord(String label, String protectedLabel, boolean authorities) {
        String want = Domains.skeleton(protectedLabel);
        for (String t : label.split("-")) {
            String folded = Domains.skeleton(t);
            if (t.isEmpty() || folded.equals(want) || TRADE_NOT_OFFICIAL.stream().anyMatch(t::startsWith)) {
                continue;
            }
            // "nyborg-k\u043emmune.dk": the official word written with a confusable letter is still that word
            for (int k = 0; k < OFFICIAL_WORDS.size(); k++) {
                String w = OFFICIAL_WORDS.get(k);
                String fw = OFFICIAL_SKELETONS.get(k);
                if ((t.startsWith(w) || folded.startsWith(fw)) && (w.length() > 2 || t.equals(w) || folded.equals(fw))) {
                    return true;
                }
            }
            // an authority of our town ("webtilsyn-haderslev.dk"): no business is named so
            if (authorities && authorityWord(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hyphenated name of at least two words whose last word is at least four letters, with letters glued to its
     * end ("bredstrup-maler" → "bredstrup-malerservice") or its start ("bredstrup-maler" → "nybredstrup-maler"), or
     * at a hyphen inside it ("gislev-busser" → "gislev-turistbusser").
     * A short last word ("roskilde-el" → "roskilde-elservice") is another trade as often as an imitation.
     */
    static boolean gluedOn(String label, String pLabel) {
        int dash = pLabel.lastIndexOf('-');
        int firstDash = pLabel.indexOf('-');
        if (dash <= 0 || label.length() <= pLabel.length()) {
            return false;
        }
        if (label.startsWith(pLabel) && pLabel.length() - dash - 1 >= 4) {
            return Character.isLetter(label.charAt(pLabel.length()));
        }
        if (label.endsWith(pLabel) && firstDash >= 4) {
            return Character.isLetter(label.charAt(label.length() - pLabel.length() - 1));
        }
        // "gislev-turistbusser" for "gislev-busser", "gislevby-busser": the word glued on at a hyphen inside the
        // name, onto a word of four letters or more, the rest of the name unchanged
        int extra = label.length() - pLabel.length();
        for (int h = pLabel.indexOf('-'); h > 0; h = pLabel.indexOf('-', h + 1)) {
            int nextDash = pLabel.indexOf('-', h + 1);
            int after = (nextDash < 0 ? pLabel.length() : nextDash) - h - 1;
            int before = h - pLabel.lastIndexOf('-', h - 1) - 1;
            if ((after >= 4 && insertedAt(label, pLabel, h + 1, extra))
                    || (before >= 4 && insertedAt(label, pLabel, h, extra))) {
                return true;
            }
        }
        return false;
    }

    /** Is {@code label} {@code pLabel} with {@code extra} letters inserted at {@code at}? */
    private static boolean insertedAt(String label, String pLabel, int at, int extra) {
        if (!label.startsWith(pLabel.substring(0, at)) || !label.endsWith(pLabel.substring(at))) {
            return false;
        }
        for (int k = at; k < at + extra; k++) {
            if (!Character.isLetter(label.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void lookalike(String domain, String where, List<Protected> all, Set<String> ownOrgs,
                                  List<Signal> out) {
        if (domain == null || domain.isEmpty() || domain.startsWith("[")) {
            return;
        }
        String d = Domains.normalize(domain);
        if (publicServiceDomain(d, where, out) || documentServiceDomain(d, where, out)
                || authorityDomain(d, where, out)) {
            return;
        }
        for (Protected p : all) {
            if (Domains.isSameOrSub(d, p.name)) {
                return;
            }
        }
        String org = Domains.orgDomain(d);
        String label = Domains.registrableLabel(d);
        String skel = Domains.skeleton(label);
        String dotted = "." + d;
        for (Protected p : all) {
            if (p.org.equals(org)) {
                return; // same organisation (e.g. a sibling subdomain): not a look-alike
            }
        }
        String scripts = mixedScripts(label);
        if (scripts != null) {
            // One label in two scripts (Latin with Cyrillic or Greek): UTS #39 §5.2 allows no such mix, and
            // registries' IDN tables refuse it; it exists to look like a Latin name (xn--nyborg-kmmune-p7k.dk is
            // "nyborg-kommune" with a Cyrillic o), whatever name it imitates.
            out.add(new Signal(SignalNames.HOMOGLYPH_DOMAIN, where + " " + d + " mixes " + scripts
                    + " letters in one label (confusable characters)"));
            return;
        }
        for (Protected pr : all) {
            String p = pr.name;
            String pOrg = pr.org;
            String pLabel = pr.label;
            String pSuffix = pr.suffix;
            // kommune.dk.evil.example, aarhus.dk-faktura.com, aarhus-dk.com
            int at = dotted.indexOf(pr.dottedOrg);
            if (at >= 0) {
                int after = at + 1 + pOrg.length();
                if (after < dotted.length() && (dotted.charAt(after) == '.' || dotted.charAt(after) == '-')) {
                    out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, imitates(where, d, p) + " (protected name inside another domain)"));
                    return;
                }
            }
            if (!pSuffix.isEmpty() && label.contains(pr.hyphenated)) {
                out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, imitates(where, d, p) + " (protected name inside another domain)"));
                return;
            }
            if (pLabel.length() >= 2 && label.contains("-") && hasToken(label, pLabel)
                    && (!ownOrgs.contains(pOrg) || officialWord(label, pLabel))) {
                // kommune-faktura.dk, faktura-kommune.com, k\u043emmune-betaling.dk: the protected name plus a word.
                // A whole hyphen-separated word, so short brand names (atea-faktura.dk, kmd-dk.net, gk-danmark.com)
                // count too without matching every domain that merely contains those letters. The same hyphenated
                // name under another top-level domain weighs as much: a two-word name is nobody else's by chance
                // (as lookalike-tld, 25, five forgeries in five corpora were only tagged)
                out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, imitates(where, d, p) + (label.equals(pLabel)
                        ? " (the same hyphenated name under another top-level domain)" : " (protected name extended with a word)")));
                return;
            }
            if ((gluedOn(label, pLabel) || (!ownOrgs.contains(pOrg) && gluedOn(pLabel, label)))
                    && (!ownOrgs.contains(pOrg) || officialWord(label, pLabel))) {
                // bredstrup-malerservice.dk for bredstrup-maler.dk: the two-word name with a word glued to its
                // last one, no hyphen to split on; as above, a two-word name is nobody else's by chance. And the
                // other way round, the glued word dropped: lem-maler.dk for the supplier lem-malerfirma.dk
                out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, imitates(where, d, p) + " (protected name extended with a word)"));
                return;
            }
            if (!label.equals(pLabel) && skel.equals(pr.skeleton)) {
                out.add(new Signal(SignalNames.HOMOGLYPH_DOMAIN, imitates(where, d, p) + " (confusable characters)"));
                return;
            }
            if (label.equals(pLabel)) {
                if (pLabel.length() >= 4) {
                    out.add(new Signal(SignalNames.LOOKALIKE_TLD, imitates(where, d, p) + " (same name, other top-level domain)"));
                    return;
                }
                continue;
            }
            int allowed = pLabel.length() >= 6 ? 2 : pLabel.length() >= 4 ? 1 : 0;
            if (allowed > 0) {
                int dist = Domains.damerauLevenshtein(label, pLabel, allowed);
                if (!skel.equals(label)) {
                    // a confusable plus a typo ("kornmunne"). Only when the domain itself has a confusable: folding
                    // the protected name alone ("gurre-vvs" to "gurre-ws") shortens it, and a neighbour's own name
                    // ("gurrehus.dk") came within two edits of the folded form without imitating anything
                    dist = Math.min(dist, Domains.damerauLevenshtein(skel, pr.skeleton, allowed));
                }
                // Two edits only where the name begins as the protected one does: readers know a name by its start,
                // and typo-squatters keep it ("vestforsyming", "hjorring-kommune"); two neighbours' own names may
                // differ in their first letters and by two edits ("allerod.dk" beside "hillerod.dk")
                if (dist <= allowed && (dist < 2 || label.charAt(0) == pLabel.charAt(0))) {
                    out.add(new Signal(SignalNames.LOOKALIKE_DOMAIN, imitates(where, d, p) + " (edit distance " + dist + ")"));
                    return;
                }
            }
        }
    }

    /**
     * A protected domain with what the comparison needs, computed once per name: with suppliers learned by the
     * bank-details memory there may be thousands, measured against From, Reply-To, Sender and every link.
     */
    private record Protected(String name, String org, String label, String suffix, String skeleton,
                             String dottedOrg, String hyphenated) {
        private static final Map<String, Protected> CACHE = new ConcurrentHashMap<>();
        private static final int MAX_CACHED = 50_000;

        static Protected of(String raw) {
            Protected p = CACHE.get(raw);
            if (p == null) {
                String n = Domains.normalize(raw);
                String label = Domains.registrableLabel(n);
                String org = Domains.orgDomain(n);
                String suffix = Domains.suffix(n);
                p = new Protected(n, org, label, suffix, Domains.skeleton(label), "." + org,
                        label + "-" + suffix.replace('.', '-'));
                if (CACHE.size() >= MAX_CACHED) {
                    CACHE.clear(); // bounded; a rebuild costs one public-suffix lookup per name
                }
                CACHE.put(raw, p);
            }
            return p;
        }
    }

    private static String imitates(String where, String d, String p) {
        return where + " domain " + d + " imitates " + p;
    }

    /** Does a hyphenated label contain {@code protectedLabel} as one of its words (confusables folded)? */
    static boolean hasToken(String label, String protectedLabel) {
        // a hyphenated name is a run of words: "vestsj-vand" inside "vestsj-vand-betaling"
        String[] want = protectedLabel.split("-");
        String[] have = label.split("-");
        for (int k = 0; k < want.length; k++) {
            want[k] = Domains.skeleton(want[k]);
        }
        for (int k = 0; k < have.length; k++) {
            have[k] = have[k].isEmpty() ? "" : Domains.skeleton(have[k]);
        }
        for (int i = 0; i + want.length <= have.length; i++) {
            boolean all = true;
            for (int k = 0; k < want.length && all; k++) {
                all = !have[i + k].isEmpty() && have[i + k].equals(want[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Free-mail providers: anyone can authenticate as an account there. */
    static final Set<String> FREEMAIL = Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "hotmail.dk", "live.com", "live.dk", "msn.com", "outlook.dk", "yahoo.com", "yahoo.dk",
            "icloud.com", "me.com", "aol.com", "gmx.com", "gmx.net", "gmx.de", "mail.com", "proton.me",
            "protonmail.com", "yandex.com", "yandex.ru", "mail.ru", "zoho.com", "mail.dk", "jubii.dk", "tdcadsl.dk",
            "email.dk", "ofir.dk", "webspeed.dk", "qq.com", "163.com");

    /**
     * Display-name tricks: an address in the name that is not the address, a protected organisation's name, or a
     * Danish public digital service's name ({@link #PUBLIC_SERVICES}).
     *
     * @return the protected domain the name claims, "" if none
     */
    private static String displayName(Addresses from, boolean authenticated, boolean repliesToFreemail, InvoiceConfig cfg,
                                      List<Signal> out) {
        String name = from.display();
        if (name.isEmpty() || from.address().isEmpty()) {
            return "";
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
                return "";
            }
        }
        String fromDomain = from.domain();
        String fromOrg = Domains.orgDomain(fromDomain);
        // Names are compared as domains spell them: "Rambøll" is ramboll.dk, "Søborg" soeborg.dk or soborg.dk.
        List<String> spellings = foldings(lower);
        List<Protected> all = protectedOf(cfg);
        for (Protected p : all) {
            if (Domains.isSameOrSub(fromDomain, p.name) || fromOrg.equals(p.org)) {
                return ""; // the name of one's own organisation in one's own mail is normal
            }
        }
        if (publicService(name, spellings, fromOrg, out) || signingService(name, spellings, fromOrg, out)
                || authorityName(spellings, name, fromOrg, out)) {
            return "";
        }
        boolean freemail = FREEMAIL.contains(fromOrg);
        // Invoicing platforms (e-conomic, Dinero, ...) and ESPs legitimately send with the customer's company name
        // from their own authenticated domain, so there it is a weaker signal (it keeps the mail from passing
        // untouched, it does not quarantine on its own); from free mail or an unauthenticated domain it is the fraud.
        String signal = authenticated && !freemail
                ? SignalNames.DISPLAY_NAME_ORGANISATION : SignalNames.DISPLAY_NAME_IMPERSONATION;
        // Our own domain's bare name is, for a municipality, the town's name, which local businesses carry too
        // ("Aarhus Rengøring ApS" invoicing through e-conomic): once the admin has named the organisation
        // (names.protected, "Aarhus Kommune"), from an authenticated outsider only that name or our domain written
        // out counts. Without names.protected the bare name is all we have, so it still counts. Suppliers' names
        // are their brands.
        List<String> words = Vocabulary.tokenize(lower, 256);
        boolean named = cfg.protectedNames().stream().anyMatch(n -> !n.isBlank());
        boolean organisation = signal.equals(SignalNames.DISPLAY_NAME_ORGANISATION) && named;
        // From free mail or an unauthenticated domain, too, the town's name alone is a local business's ("Yoga i
        // Brøndby v/ Nadia Rahimi", "Tårnby Tømrer" on gmail): it claims to be the municipality only with a word
        // of its administration ("Brøndby Økonomi", "Tårnby Lønafdeling", "Furesø Borgerservice": the official
        // words that make a look-alike domain of ours). Once the admin has named the organisation, that is what
        // the bare name needs.
        String asLabel = String.join("-", words);
        // A short brand ("KMD", "Atea") as a whole word is the same claim as a long one, but from an authenticated
        // organisation's own display name three letters are too often something else; there 4+ count. An
        // invoicing platform's display name is nothing but the company it invoices for, so there even "EG A/S"
        // or "NCC Danmark" is the claim to be a listed supplier.
        int shortest = signal.equals(SignalNames.DISPLAY_NAME_IMPERSONATION) ? 3
                : cfg.isPlatform(fromDomain) ? 2 : 4;
        for (Protected pr : all) {
            String p = pr.name;
            String label = pr.label;
            boolean own = cfg.isOwnDomain(p);
            boolean bareOwnName = own && (organisation || (named && !officialWord(asLabel, label)));
            for (String spelling : spellings) {
                if (spelling.contains(p)
                        || (!bareOwnName && label.length() >= shortest && (containsWord(spelling, label)
                                || (label.indexOf('-') > 0 && (joinedWords(words, label.replace("-", ""))
                                        || partsBeginWords(words, label)))))
                        || (!bareOwnName && label.length() >= 2
                                && SupplierNames.namesCompany(words, label.replace("-", ""), pr.suffix))) {
                    // our own domain written out ("Økonomi skive.dk"): see names.protected below
                    boolean ownWritten = own && spelling.contains(p);
                    out.add(new Signal(ownWritten ? SignalNames.DISPLAY_NAME_IMPERSONATION : signal,
                            "display name \"" + clip(name) + "\" names " + p
                                    + (own ? ", our own organisation," : "") + " but the address is "
                                    + from.address()));
                    return p;
                }
            }
        }
        for (String n : cfg.protectedNames()) {
            if (n.isBlank()) {
                continue;
            }
            String want = n.toLowerCase(Locale.ROOT);
            String wantFolded = foldings(want).get(1);
            for (String spelling : spellings) {
                if (spelling.contains(want) || spelling.contains(wantFolded)) {
                    // Our own organisation's name: platforms and ESPs send in their customers' names, but nobody
                    // sends *us* mail in our own name from outside, least of all about payments (own-name CEO
                    // and "Økonomi" fraud): impersonation whether or not the outsider's domain authenticates.
                    out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "display name \"" + clip(name)
                            + "\" names " + n + ", our own organisation, but the address is " + from.address()));
                    return cfg.ownDomains().isEmpty() ? "" : cfg.ownDomains().iterator().next();
                }
            }
        }
        for (String n : cfg.executiveNames()) {
            List<String> want = foldings(n.toLowerCase(Locale.ROOT));
            for (int f = 0; f < spellings.size(); f++) {
                if (containsWord(spellings.get(f), want.get(f)) || containsWord(spellings.get(f), want.get(0))) {
                    // CEO fraud borrows a person, not the organisation: "Jacob Bundsgaard <j.bundsgaard@gmail.com>"
                    // (names.executives; our own domains' mail returned above)
                    out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "display name \"" + clip(name)
                            + "\" names " + n + ", one of our executives, but the address is " + from.address()));
                    return "";
                }
            }
        }
        if ((freemail || repliesToFreemail) && title(words) != null) {
            // CEO fraud: "Kommunaldirektør Anne-Mette Skov <...@gmail.com>": an executive who writes from a
            // private free-mail account about work is the pretext the fraud needs ("I am in a meeting")
            out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "display name \"" + clip(name)
                    + "\" gives the title " + title(words) + (freemail ? " on a free-mail account"
                    : " and replies go to a free-mail account")));
        }
        return "";
    }

    /**
     * Executive titles of a municipality (and their English forms) that CEO fraud puts in a free-mail display name.
     * Not "direktør" or "formand": a sole trader or an association's chair writing from free mail is ordinary.
     */
    private static final Set<String> TITLES = Set.of("borgmester", "viceborgmester",
            "kommunaldirektør", "kommunaldirektoer", "stadsdirektør", "stadsdirektoer", "økonomidirektør",
            "oekonomidirektoer", "økonomichef", "oekonomichef", "okonomichef", "rådmand", "raadmand", "mayor", "ceo",
            "cfo", "direktion", "direktionen", "borgmesterkontor", "borgmesterkontoret",
            // the definite forms a display name uses for the office rather than the person ("Kommunaldirektøren")
            "borgmesteren", "viceborgmesteren", "kommunaldirektøren", "kommunaldirektoeren", "stadsdirektøren",
            "stadsdirektoeren", "økonomidirektøren", "oekonomidirektoeren", "økonomichefen", "oekonomichefen",
            "okonomichefen", "rådmanden", "raadmanden");

    private static String title(List<String> words) {
        for (String w : words) {
            if (TITLES.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * Do consecutive words begin with the parts of a hyphenated label, the first exactly ("Sydfyns Kloakservice"
     * for sydfyns-kloak: domains shorten company names)? Only for labels of two or more parts: a one-word label as
     * a word prefix would make "Elisabeth" Elis.
     */
    private static boolean partsBeginWords(List<String> words, String label) {
        String[] parts = label.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (int fold = 0; fold < 3; fold++) {
            for (int i = 0; i + parts.length <= words.size(); i++) {
                boolean ok = true;
                for (int k = 0; k < parts.length && ok; k++) {
                    String w = foldings(words.get(i + k)).get(fold);
                    // an abbreviated first part ("Sjællands Plejeartikler" for sj-plejeartikler) begins its word
                    // when a long second part makes the name distinctive
                    ok = k == 0 ? w.equals(parts[k]) || (parts.length == 2 && parts[0].length() <= 3
                            && parts[1].length() >= 8 && w.length() > parts[0].length() && w.startsWith(parts[0]))
                            : w.startsWith(parts[k]) && parts[k].length() >= 3;
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Do consecutive words, Danish letters folded, spell {@code flat} ("Kemp & Lauritzen" for kemp-lauritzen)? */
    private static boolean joinedWords(List<String> words, String flat) {
        for (int fold = 0; fold < 3; fold++) {
            for (int i = 0; i < words.size(); i++) {
                StringBuilder b = new StringBuilder();
                for (int k = i; k < words.size() && b.length() < flat.length(); k++) {
                    b.append(foldings(words.get(k)).get(fold));
                    if (b.length() == flat.length() && b.toString().equals(flat) && k > i) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Danish public digital services whose names phishing and fake-invoice notices borrow ("Du har modtaget en
     * faktura i Digital Post", "e-Boks", "MitID", "Skattestyrelsen"). A citizen-facing service does not send from
     * anywhere but the public sector's and its operators' own domains ({@link #PUBLIC_SENDERS}; they send in each
     * other's names: "Udbetaling Danmark / UFST", Digital Post through e-Boks), and these names are not ordinary
     * words, so from any other domain, authenticated or not, the name is the lie.
     */
    static final List<String> PUBLIC_SERVICES = List.of("e-boks", "eboks", "mitid", "nemid", "nemlog-in",
            "digital post", "mit.dk", "borger.dk", "virk.dk", "nemkonto", "skattestyrelsen", "skat.dk",
            "gældsstyrelsen", "gaeldsstyrelsen", "toldstyrelsen", "motorstyrelsen", "udbetaling danmark",
            "nemhandel", "mobilepay", "postnord",
            // the register's own name, one word ("NemHandelsregistret": the fake EAN notice's sender)
            "nemhandelsregistret", "nemhandelsregisteret");
    /** The organisational domains that really send those services' mail. */
    static final Set<String> PUBLIC_SENDERS = Set.of("digst.dk", "borger.dk", "virk.dk",
            "mit.dk", "e-boks.dk", "e-boks.com", "mitid.dk", "nemid.nu", "nemlog-in.dk", "skat.dk", "sktst.dk",
            "ufst.dk", "gaeldst.dk", "toldst.dk", "motorst.dk", "atp.dk", "udbetalingdanmark.dk", "erst.dk",
            "nemhandel.dk", "nets.eu", "nets.dk", "betalingsservice.dk", "mobilepay.dk", "mobilepay.com",
            "vippsmobilepay.com", "postnord.dk", "postnord.com", "postnord.se");

    /**
     * Names of public digital services that are no ordinary word, so that a domain carrying one ("mitid-erhverv-
     * fornyelse.com", "e-boks-notifikation.com", "nemkonto-opdatering.dk") claims to be that service.
     */
    static final List<String> PUBLIC_SERVICE_TOKENS = List.of("mitid", "nemid", "eboks", "nemkonto", "digitalpost",
            "nemlogin", "nemhandel");

    /**
     * Signing and file-sharing services whose names the fake "document to sign" and "shared file" lures borrow
     * ("hellosign-ringkobing.com", "docusign-dokument.net"), with the organisational domains they really send and
     * link from. Their names are no ordinary words; a domain carrying one, outside them, claims to be the service.
     */
    static final Map<String, Set<String>> DOCUMENT_SERVICES = Map.ofEntries(
            Map.entry("docusign", Set.of("docusign.net", "docusign.com")),
            Map.entry("hellosign", Set.of("hellosign.com", "dropboxsign.com", "dropbox.com")),
            Map.entry("dropboxsign", Set.of("dropboxsign.com", "dropbox.com")),
            Map.entry("adobesign", Set.of("adobesign.com", "adobe.com", "echosign.com")),
            Map.entry("echosign", Set.of("echosign.com", "adobe.com", "adobesign.com")),
            Map.entry("penneo", Set.of("penneo.com", "penneo.dk")),
            Map.entry("scrive", Set.of("scrive.com")),
            Map.entry("signicat", Set.of("signicat.com")),
            Map.entry("oneflow", Set.of("oneflow.com")),
            Map.entry("wetransfer", Set.of("wetransfer.com")),
            Map.entry("sharepoint", Set.of("sharepoint.com", "sharepointonline.com", "microsoft.com")),
            Map.entry("onedrive", Set.of("onedrive.com", "live.com", "microsoft.com")));

    /**
     * The organisational domains of the e-signature services that send signing requests, many of them signed with
     * MitID, for their customers: the ones named in {@link #DOCUMENT_SERVICES} and the Nordic MitID signing
     * services (Signicat, Criipto/Idura, Penneo, Visma Addo, Scrive, Dokobit, Oneflow, Assently, Verified,
     * esignatur.dk, Skrivunder, GetAccept).
     */
    static final Set<String> SIGNING_SENDERS = Set.of("docusign.net", "docusign.com", "hellosign.com",
            "dropboxsign.com", "adobesign.com", "echosign.com", "adobe.com", "penneo.com", "penneo.dk", "scrive.com",
            "signicat.com", "oneflow.com", "criipto.com", "idura.eu", "addosign.com", "dokobit.com", "assently.com",
            "verified.eu", "esignatur.dk", "skrivunder.com", "getaccept.com");

    private static boolean publicServiceDomain(String d, String where, List<Signal> out) {
        return carriesServiceName(d, where, PUBLIC_SERVICE_TOKENS, t -> PUBLIC_SENDERS, "public digital service", out);
    }

    private static boolean documentServiceDomain(String d, String where, List<Signal> out) {
        return carriesServiceName(d, where, DOCUMENT_SERVICES.keySet(), DOCUMENT_SERVICES::get,
                "signing or file-sharing service", out);
    }

    /**
     * Does a service name begin one of the label's hyphen-separated words, hyphens ignored after it ("e-boks-
     * notifikation", "login-mitid", "mitiderhverv")? Not inside a word: "tilgodeboks" (a receivables service) only
     * happens to end in the letters of e-Boks.
     */
    private static boolean startsAWord(String label, String flat, String token) {
        int flatAt = 0;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == '-') {
                continue;
            }
            if ((i == 0 || label.charAt(i - 1) == '-') && flat.startsWith(token, flatAt)) {
                return true;
            }
            flatAt++;
        }
        return false;
    }

    /** A domain outside a service's own ({@code senders} of the token) whose name carries one of the service names. */
    private static boolean carriesServiceName(String d, String where, Collection<String> tokens,
                                              Function<String, Set<String>> senders, String kind, List<Signal> out) {
        String org = Domains.orgDomain(d);
        if (org.isEmpty()) {
            return false;
        }
        String label = Domains.registrableLabel(d);
        String flat = label.replace("-", "");
        for (String token : tokens) {
            if (startsAWord(label, flat, token) && !senders.apply(token).contains(org)) {
                out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, where + " domain " + d + " carries the name of the "
                        + kind + " " + token + ", which sends only from its own domains"));
                return true;
            }
        }
        return false;
    }

    /**
     * Endings of the words Danish public authorities are named with: the agencies ("Skattestyrelsen",
     * "Miljøstyrelsen"), inspectorates ("Datatilsynet"), ministries, courts ("Tinglysningsretten"), and the public
     * registers ("Det Centrale Virksomhedsregister", "Ejendomsregistret"). Companies do not name themselves so.
     * A board ("bestyrelsen") is not an agency.
     */
    static final List<String> AUTHORITY_ENDINGS = List.of("styrelsen", "styrelse", "tilsynet", "tilsyn", "ministeriet",
            "myndigheden", "myndighed", "registret", "registeret", "register", "byretten", "landsretten",
            "handelsretten");
    /** Parts only an authority's or a statutory scheme's name contains ("Tinglysning", "Dansk Producentansvar"). */
    static final List<String> AUTHORITY_PARTS = List.of("tinglysning", "producentansvar", "fogedret", "skifteret",
            "domstol");
    /**
     * Top-level domains public authorities of the Nordic countries send from (each country's own; the Norwegian
     * "Enhetsregisteret" and the Swedish "Transportstyrelsen" use the same words), and the EU institutions' domain.
     */
    private static final Set<String> PUBLIC_SECTOR_SUFFIXES = Set.of("dk", "gl", "fo", "no",
            "se", "fi", "is", "ax");

    /**
     * A Danish public authority sends from a {@code .dk} domain: every state agency, court, register, region and
     * municipality does. A public authority's name in the display name or the domain of mail from a {@code .com},
     * {@code .eu} or free-mail address is the lie that fake land-registry fees, producer-responsibility
     * "registrations", authority fines and business-register scams tell (twenty-second round; in twenty-three
     * corpora every such name off the Nordic domains was a fraud's, every genuine one on {@code .dk}). Whatever its
     * authentication: a forger's own domain passes DMARC. This is the word test; {@link #authorityName} and
     * {@link #authorityDomain} apply it off the public-sector domains.
     */
    static boolean authorityWord(String word) {
        // "register" alone is English too ("The Register"); a Danish register is a compound ("Erhvervsregister"),
        // but a cash register ("kasseregister") is a product. "Retten" alone is a court ("Retten i Holbæk"); as an
        // ending it is also a dish ("hovedretten"), so only the courts' own compounds end in it.
        if (word.equals("retten")) {
            return true;
        }
        if (word.length() < 6 || word.contains("bestyrelse") || word.equals("register") || word.equals("theregister")
                || word.startsWith("kasse") || word.startsWith("cash")) {
            return false;
        }
        for (String end : AUTHORITY_ENDINGS) {
            if (word.endsWith(end)) {
                return true;
            }
        }
        for (String part : AUTHORITY_PARTS) {
            if (word.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean publicSector(String org) {
        int dot = org.lastIndexOf('.');
        return org.isEmpty() || PUBLIC_SECTOR_SUFFIXES.contains(org.substring(dot + 1)) || org.equals("europa.eu");
    }

    private static boolean authorityName(List<String> spellings, String name, String fromOrg, List<Signal> out) {
        if (publicSector(fromOrg)) {
            return false;
        }
        for (String spelling : spellings) {
            for (String w : spelling.split("[^\\p{L}]+", 32)) {
                if (authorityWord(w)) {
                    out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "display name \"" + clip(name)
                            + "\" names a public authority (\"" + w + "\"), which sends only from its own country's "
                            + "domains, but the address is at " + fromOrg));
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean authorityDomain(String d, String where, List<Signal> out) {
        String org = Domains.orgDomain(d);
        if (publicSector(org)) {
            return false;
        }
        for (String spelling : foldings(Domains.registrableLabel(d))) {
            for (String w : spelling.split("-", 16)) {
                if (authorityWord(w)) {
                    out.add(new Signal(SignalNames.EMBEDDED_DOMAIN, where + " domain " + d + " is named as a public "
                            + "authority (\"" + w + "\"), which sends only from its own country's domains"));
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean publicService(String name, List<String> spellings, String fromOrg, List<Signal> out) {
        if (PUBLIC_SENDERS.contains(fromOrg)) {
            return false;
        }
        for (String service : PUBLIC_SERVICES) {
            for (String spelling : spellings) {
                if (containsWord(spelling, service)) {
                    out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "display name \"" + clip(name)
                            + "\" names " + service + ", a public digital service, but the address is elsewhere"));
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "DocuSign Service <docs@helgenaes-riggeri.dk>": a signing service's name in the display name of a domain that
     * is not the service's. Signing services send their requests from their own domains for every customer, so the
     * name elsewhere is the fake signing request's costume (file-sharing names are left out: an organisation's own
     * SharePoint notifications carry that name from its own domain).
     */
    private static boolean signingService(String name, List<String> spellings, String fromOrg, List<Signal> out) {
        for (String service : SIGNING_SERVICES) {
            if (DOCUMENT_SERVICES.get(service).contains(fromOrg)) {
                continue;
            }
            for (String spelling : spellings) {
                if (containsWord(spelling.replace(" ", ""), service) || containsWord(spelling, service)) {
                    out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "display name \"" + clip(name)
                            + "\" names " + service + ", a signing service, but the address is elsewhere"));
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> SIGNING_SERVICES = List.of("docusign", "hellosign", "dropboxsign", "adobesign",
            "echosign", "penneo", "scrive", "signicat", "oneflow");

    /**
     * A free-mail address whose mailbox name is a protected organisation's ({@code atea.debitor@outlook.com},
     * {@code scan.kmd-dk@outlook.com}, {@code borgmester.aarhus@gmail.com}): anyone can register any name there,
     * and a clerk reads the mailbox name as the sender. Whole words of the mailbox name only.
     */
    static void freemailMailbox(Addresses from, InvoiceConfig cfg, List<Signal> out) {
        String address = from.address();
        int at = address.lastIndexOf('@');
        if (at <= 0 || !FREEMAIL.contains(Domains.orgDomain(from.domain()))) {
            return;
        }
        String local = address.substring(0, Math.min(at, 64)).toLowerCase(Locale.ROOT);
        String[] words = local.split("[^\\p{L}\\p{N}]+", 16);
        List<String> skeletons = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 3) {
                skeletons.add(Domains.skeleton(words[i]));
            }
            // a hyphenated name written with dots: "ole.vodskov.vognmand" for vodskov-vognmand.dk
            StringBuilder joined = new StringBuilder(words[i]);
            for (int k = i + 1; k < Math.min(words.length, i + 3); k++) {
                joined.append(words[k]);
                skeletons.add(Domains.skeleton(joined.toString()));
            }
        }
        if (skeletons.isEmpty()) {
            return;
        }
        Set<String> ownOrgs = ownOrgs(cfg);
        String hyphenated = String.join("-", words);
        for (Protected pr : protectedOf(cfg)) {
            if (pr.label.length() < 3) {
                continue;
            }
            if (ownOrgs.contains(pr.org)) {
                // Our domain is our town's name, which its people and firms carry in their mailbox names
                // ("toender.foto@hotmail.com", "ry.cykler@gmail.com"): only the town's name with an official word
                // ("toender.kommune@", "skanderborgkommune@", "assens.faktura@") poses as our administration,
                // as for look-alike domains (OFFICIAL_WORDS).
                if (ownMailbox(words, hyphenated, pr)) {
                    out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "free-mail address " + address
                            + " names " + pr.name));
                    return;
                }
                continue;
            }
            String flat = pr.label.indexOf('-') < 0 ? pr.skeleton : Domains.skeleton(pr.label.replace("-", ""));
            for (String w : skeletons) {
                if (w.equals(pr.skeleton) || w.equals(flat)) {
                    out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "free-mail address " + address
                            + " names " + pr.name));
                    return;
                }
            }
        }
        // CEO fraud's mailbox names the office rather than the person: "borgmester.molholm@gmail.com",
        // "b.vestergaard.direktion@icloud.com"
        String title = title(Arrays.asList(words));
        if (title != null) {
            out.add(new Signal(SignalNames.DISPLAY_NAME_IMPERSONATION, "free-mail address " + address
                    + " gives the title " + title));
        }
    }

    /**
     * Does a free-mail mailbox name pose as our own administration: our town's name as one word beside an official
     * word, or written together with one ("skanderborgkommune", "kommuneassens")?
     */
    private static boolean ownMailbox(String[] words, String hyphenated, Protected own) {
        String want = own.skeleton;
        for (String w : words) {
            String sk = Domains.skeleton(w);
            if (sk.equals(want)) {
                if (officialWord(hyphenated, own.label)) {
                    return true;
                }
            } else if (sk.length() > want.length() + 1 && (sk.startsWith(want) || sk.endsWith(want))) {
                String rest = sk.startsWith(want) ? w.substring(Math.min(w.length(), own.label.length()))
                        : w.substring(0, Math.max(0, w.length() - own.label.length()));
                if (officialWord(rest, own.label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text as written, and as a domain name would spell its Danish/German letters (æ ae, ø o/oe, å aa/a). */
    static List<String> foldings(String lower) {
        String one = lower.replace("æ", "ae").replace("ø", "o").replace("å", "aa").replace("ä", "a")
                .replace("ö", "o").replace("ü", "u");
        String two = lower.replace("æ", "ae").replace("ø", "oe").replace("å", "a").replace("ä", "ae")
                .replace("ö", "oe").replace("ü", "ue");
        return List.of(lower, one, two);
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
