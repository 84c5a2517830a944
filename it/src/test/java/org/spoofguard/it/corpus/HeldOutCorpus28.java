package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The twenty-eighth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Roskilde Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, care, schools, day
 * care, roads and parks, culture, property, harbour and digitalisation mailboxes) with fifteen listed suppliers from
 * Roskilde, Jyllinge, Viby Sjælland, Gundsømagle, Svogerslev, Gadstrup, Himmelev, Vindinge, Veddelev and Osted in every
 * DNS posture real Danish firms have (two sending through a web hoster named in their SPF), four invoicing platforms
 * ({@code teamleader.eu}, {@code timelog.com}, {@code pensopay.com}, {@code paddle.com}), local banks, an intermunicipal
 * waste company, an insurer, a lawyer (collection and estates), a Swedish stage-technology firm, a German harbour
 * contractor, an Irish playground maker, SaaS, an auditor, an e-signature service, two authorities, a creditor list,
 * forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * e-invoice XML with a changed account) and four kinds new here: a supplier's "merger" or "acquisition" that moves all
 * payments to a group or successor company's account (fake-merger-payee-transfer), an estate administrator or "heir" who
 * wants money owed to a deceased citizen or sole trader paid to an estate "client account" (fake-estate-administrator-claim),
 * an insurer's recourse claim for damage the municipality supposedly caused as road or drain owner
 * (fake-insurance-recourse-claim) and the bank's "payment file rejected" as a pretext for a login page, a list of
 * "corrected" payee accounts or a call-back (fake-payment-file-rejection). The invoice engine, its tests, tuning notes and
 * earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived
 * from the mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt, intermunicipal,
 * platform, e-invoice XML, foreign or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass
 * where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus28GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus28 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout28");
    public static final String OWN = "roskilde.dk";
    static final String FRAUD_NET = "127.113.";
    private static final String OWN_IP = "127.104.0.1";
    private static final String EAN = "5798003421803";
    private static final String RAADHUS = "Rådhusbuen 1, 4000 Roskilde";
    /** A Roskilde web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.109.9.1";
    private static final String GMAIL = "127.112.1.1";
    private static final String MSFT = "127.112.2.1";
    private static final String YAHOO = "127.112.3.1";
    private static final String APPLE = "127.112.5.1";
    private static final DateTimeFormatter DASH = DateTimeFormatter.ofPattern("dd-MM-yyyy", DA);

    private final Random rnd = new Random(28_0028_4000L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2031, 9, 1, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2031, 9, 29, 7, 45, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "6.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Jyllinge Fjernvarme a.m.b.a.", "jyllinge-fjernvarme.dk", "Kundeservice",
        "kundeservice", "127.105.1.1", iban("DK", "53700004412287"), "fjernvarme til kommunale bygninger i Jyllinge og Gundsømagle");
    private final Supplier entrep = new Supplier("Viby Sjælland Entreprenørforretning A/S", "viby-entreprenoer.dk", "Lars Thorsen",
        "lt", "127.105.2.1", bank("0400", "4017736214"), "asfaltreparation og nye kantsten, Hovedgaden i Viby Sjælland");
    private final Supplier kloak = new Supplier("Gundsømagle Kloak & Rør ApS", "gundsoemagle-kloak.dk", "Jan Mølgaard", "jan",
        HOSTER_IP, bank("9070", "1620448193"), "slamsugning af regnvandsbassin og TV-inspektion, Gundsømagle Skole");
    private final Supplier toemrer = new Supplier("Svogerslev Tømrer & Snedker ApS", "svogerslev-toemrer.dk", "Kristian Mørup",
        "km", "127.105.4.1", bank("5301", "0614429875"), "nye branddøre og lukkeautomatik, Svogerslev Skole");
    private final Supplier maler = new Supplier("Gadstrup Malerforretning v/ Henrik Bach", "gadstrup-maler.dk", "Henrik Bach",
        "henrik", "127.105.5.1", bank("9070", "1620054481"), "maling af gange og trapperum, Gadstrup Skole");
    private final Supplier rengoer = new Supplier("Himmelev Rengøringsservice ApS", "himmelev-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.105.6.1", bank("0400", "4019220563"), "daglig rengøring af Rådhuset og Roskilde Bibliotek");
    private final Supplier avis = new Supplier("Roskilde Avisen", "roskilde-avisen.dk", "Annoncesalg", "annoncesalg",
        "127.105.7.1", iban("DK", "30000012274408"), "annoncer: høring om kommuneplan 2032 og to stillingsopslag");
    private final Supplier vognmand = new Supplier("Vindinge Vognmandsforretning ApS", "vindinge-vognmand.dk", "Torben Ravn",
        "torben", "127.105.8.1", bank("2270", "6284401937"), "kørsel med stabilgrus og bortskaffelse af jord, stien Vindinge-Trekroner");
    private final Supplier el = new Supplier("Veddelev El-Teknik ApS", "veddelev-el.dk", "Nikolaj Brix", "nikolaj", HOSTER_IP,
        bank("0400", "4018845120"), "udskiftning af lysarmaturer til LED, Veddelev Skole");
    private final Supplier vvs = new Supplier("Osted VVS & Blik ApS", "osted-vvs.dk", "Kontoret", "kontor", "127.105.10.1",
        bank("9070", "1631177209"), "service af varmecentraler, Viby Hallen og Dagtilbud Viby");
    private final Supplier mad = new Supplier("Roskilde Storkøkken A/S", "roskilde-storkoekken.dk", "Roskilde Storkøkken, Kundeservice",
        "kundeservice", "127.105.11.1", iban("DK", "20001087734452"), "madservice til hjemmeboende ældre i Roskilde, Jyllinge og Viby");
    private final Supplier byg = new Supplier("Jyllinge Byggecenter A/S", "jyllinge-byggecenter.dk", "Erhvervsafdelingen",
        "erhverv", "127.105.12.1", iban("DK", "53700008823104"), "byggematerialer til Kommunale Ejendomme, rammeaftale 2031");
    private final Supplier it = new Supplier("Roskilde Netværksdrift ApS", "roskilde-netdrift.dk", "Fakturering, Roskilde Netværksdrift",
        "faktura", "127.105.13.1", bank("3409", "1102947761"), "drift af skolernes trådløse net og 60 nye elev-Chromebooks");
    private final Supplier bus = new Supplier("Gadstrup Busser ApS", "gadstrup-busser.dk", "Kørselskontoret", "koersel",
        "127.105.14.1", bank("2270", "6290113845"), "specialkørsel til skoler og dagtilbud, Gadstrup-Roskilde");
    private final Supplier kontor = new Supplier("Himmelev Kontorforsyning ApS", "himmelev-kontorforsyning.dk", "Salg og ordre",
        "salg", "127.105.15.1", iban("DK", "30000011937260"), "kopipapir, toner og kontorartikler til Rådhuset");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Vindinge Smedie v/ Erik Lund", "vindinge-smedie.dk", "Erik Lund", "erik",
        "127.106.3.1", bank("2270", "6271904483"), "nye gelændere og håndlister, Vindinge Skole");
    private final Supplier havn = new Supplier("Veddelev Havnesmedie", "veddelev-havnesmedie.dk", "Ole Kragh", "ole",
        "127.106.1.1", bank("0400", "4016627738"), "reparation af bådebro og fortøjningspæle, Veddelev Havn");
    private final Supplier skadedyr = new Supplier("Himmelev Skadedyrskontrol", "himmelev-skadedyr.dk", "Dorthe Nyholm", "dorthe",
        "127.106.2.1", bank("9070", "1644201935"), "rottebekæmpelse ved Roskilde Havn og Musicon");
    private final Supplier natur = new Supplier("Svogerslev Naturpleje v/ Ida Kjær", "svogerslev-naturpleje.dk", "Ida Kjær", "ida",
        "127.106.4.1", bank("5301", "0627718845"), "slåning og rydning af opvækst ved Svogerslev Sø");
    private final Supplier guide = new Supplier("Fjordens Naturvejledning v/ Sara Wind", "gmail.com", "Sara Wind",
        "sara.wind.naturvejleder", GMAIL, bank("0400", "4012238190"), "naturvejledning ved Roskilde Fjord for 4. årgang, Himmelev Skole");
    private final Supplier tolk = new Supplier("Amina Yusuf Tolkeservice", "outlook.com", "Amina Yusuf", "amina.yusuf.tolk", MSFT,
        bank("2270", "6277130924"), "tolkning somali-dansk, Jobcenter Roskilde, 3 x 1,5 time");
    private final Supplier musik = new Supplier("Trio Kildevæld v/ Jakob Storm", "icloud.com", "Jakob Storm",
        "jakob.storm.trio", APPLE, bank("9070", "1659932017"), "musik til høstfest, Plejecenter Toftehøj");
    private final Supplier pudser = new Supplier("Jyllinge Vinduespolering v/ Dennis Holt", "hotmail.com", "Dennis Holt",
        "dennis.holt.vinduer", MSFT, bank("5301", "0639904128"), "vinduespolering, Jyllinge Bibliotek og Børnehuset Solsikken");
    private final Supplier motion = new Supplier("Seniormotion v/ Hanne Toft", "yahoo.com", "Hanne Toft", "hanne.toft.motion",
        YAHOO, bank("0400", "4011175639"), "seniorgymnastik på Aktivitetscenter Gundsømagle, 10 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Malmö Scenteknik AB", "malmo-scenteknik.se", "Ekonomiavdelningen", "ekonomi",
        "127.111.1.1", iban("SE", "50000000058310277451"), "ny ljusrigg och service av scenmaskineriet, Roskilde Teater");
    private final Supplier tysk = new Supplier("Kieler Wasserbau GmbH", "kieler-wasserbau.de", "Rechnungswesen", "rechnung",
        "127.111.2.1", iban("DE", "210700200032117745"), "Spundwandsanierung im Hafen Roskilde, 2. Abschlagsrechnung");
    private final Supplier irsk = new Supplier("Limerick Play Systems Ltd", "limerickplay.ie", "Accounts", "accounts",
        "127.111.3.1", iban("IE", "BOFI90001710227734"), "inclusive swing and rubber safety surfacing, Byparken Roskilde");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"jyllinge-fjernvarme.net", "viby-entreprenor.dk", "jyllingebyggecenter.dk",
        "veddelev-elteknik.dk", idn("jyllinge-byggecent\u0435r.dk"), idn("roskilde-k\u043emmune.dk"), "teamleader-roskilde.com",
        "pensopay-gadstrup.net", "gundsoemagle-kloak.net", "roskilde-storkoekken.com", "svogerslev-tomrer.dk", "gadstrup-bus.dk",
        "gadstrupmaler.dk", "roskilde-inkasso.com", "mitid-roskilde.com", "digitalpost-jyllinge.com", "roskilde-domaeneservice.net",
        "himmelev-virksomhedsregister.org", "veddelev-ordrekontor.com", "mobilbetaling-roskilde.net", "roskilde-havneparkering.com",
        "roskildefjord-hydrographics.com", "gadstrup-malerforretning.dk", "vindinge-vognmand.com", "himmelev-rengoring.dk",
        "osted-vvs.net", "himmelev-kontorforsyning.com", "roskilde-netdrift.net", "roskilde-dokumentdeling.com",
        "fakturaportal-viby.net", "viby-entreprenoer.net", "roskildenetdrift.dk", "jyllinge-byggecenter-group.com",
        "roskilde-storkoekken-holding.dk", "osted-advokatkontor.dk", "vindinge-boadvokat.dk", "forsikring-himmelev.dk",
        "jyllinge-claims-recovery.com", "fjordforsikring-gadstrup.dk", "roskilde-sparekasse-erhverv.com",
        "viby-betalingsservice.com", "gadstrup-andelskasse-netbank.com", "svogerslev-naturpleje.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("jyllinge-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("viby-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gundsoemagle-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("svogerslev-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("gadstrup-maler.dk", null, null, null, null); // nothing published
        domain("himmelev-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("roskilde-avisen.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vindinge-vognmand.dk", List.of("127.105.98.7"), "~all", null, "none"); // SPF names the booking system only
        domain("veddelev-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("osted-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("roskilde-storkoekken.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("jyllinge-byggecenter.dk", List.of(byg.ip(), "127.105.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("roskilde-netdrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("gadstrup-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("himmelev-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("vindinge-smedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("veddelev-havnesmedie.dk", List.of(havn.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("himmelev-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("svogerslev-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("osted-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("malmo-scenteknik.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kieler-wasserbau.de", List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("limerickplay.ie", List.of(irsk.ip()), "-all", null, null);
        // lawyer, insurer, auditor, e-signature, school, shops, waste company, authorities
        domain("staendertorvet-advokater.dk", List.of("127.107.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordforsikring.dk", List.of("127.107.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("trekroner-revision.dk", List.of("127.107.3.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signrequest.com", List.of("127.107.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kildegaard-efterskole.dk", List.of("127.107.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sjaellands-legeredskaber.dk", List.of("127.107.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("trekroner-byggemarked.dk", List.of("127.107.7.1"), "-all", null, "none");
        domain("roskilde-boghus.dk", List.of("127.107.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("fjordaffald.dk", List.of("127.107.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("miljoestyrelsen.dk", List.of("127.107.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("slks.dk", List.of("127.107.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("teamleader.eu", List.of("127.108.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("timelog.com", List.of("127.108.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("pensopay.com", List.of("127.108.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("paddle.com", List.of("127.108.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletter, forwarders
        domain("roskildefjord-sparekasse.dk", List.of("127.109.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("midtsjaellands-andelskasse.dk", List.of("127.109.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-oest.dk", List.of("127.109.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("paloma.se", List.of("127.109.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunale-bogholdere.dk", List.of("127.109.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsnetvaerk-oest.dk", List.of("127.109.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kassererens-nyhedsbrev.dk", List.of("127.109.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.roskildenet.dk", List.of("127.110.1.1"), "-all", null, null);
        domain("relay.jyllinge-fiber.dk", List.of("127.110.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nemtilmeld.dk", List.of("127.111.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plecto.com", List.of("127.111.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("vimeo.com", List.of("127.111.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        String[] policy = {"reject", "quarantine", null, "none", "quarantine", "reject", null, "none", "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 8 == 5 ? null : i % 3 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 112_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no28:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "31" + String.format("%04d", 100 + rnd.nextInt(9_000));
            case 1:
                return "F-" + (7_100 + rnd.nextInt(2_800));
            case 2:
                return String.valueOf(20_400 + rnd.nextInt(9_000));
            case 3:
                return "2031/" + String.format("%04d", 30 + rnd.nextInt(1_900));
            case 4:
                return "RK" + (810 + rnd.nextInt(4_000));
            default:
                return String.valueOf(1_400 + rnd.nextInt(600));
        }
    }

    private static final String[] TO = {"kreditor@roskilde.dk", "efaktura@roskilde.dk", "kreditor@roskilde.dk",
        "oekonomi@roskilde.dk", "vej-park@roskilde.dk", "skoler@roskilde.dk", "omsorg@roskilde.dk", "kultur@roskilde.dk",
        "ejendomme@roskilde.dk", "indkoeb@roskilde.dk", "kreditor@roskilde.dk", "dagtilbud@roskilde.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf28:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(21_000_000 + Math.floorMod(sha256("cvr28:" + domain).hashCode(), 9_000_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi28:" + domain).hashCode(), 7_000_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "jyllinge-fjernvarme.dk" -> "Værkstedet 2, 4040 Jyllinge";
            case "viby-entreprenoer.dk" -> "Industrivænget 11, 4130 Viby Sjælland";
            case "gundsoemagle-kloak.dk" -> "Gundsømaglevej 47, 4000 Roskilde";
            case "svogerslev-toemrer.dk" -> "Svogerslev Hovedgade 58, 4000 Roskilde";
            case "gadstrup-maler.dk" -> "Gadstrup Bygade 9, 4621 Gadstrup";
            case "himmelev-rengoering.dk" -> "Himmelev Bygade 33, 4000 Roskilde";
            case "roskilde-avisen.dk" -> "Algade 20, 4000 Roskilde";
            case "vindinge-vognmand.dk" -> "Vindingevej 140, 4000 Roskilde";
            case "veddelev-el.dk" -> "Veddelevvej 21, 4000 Roskilde";
            case "osted-vvs.dk" -> "Ringstedvej 310, 4320 Lejre";
            case "roskilde-storkoekken.dk" -> "Københavnsvej 81, 4000 Roskilde";
            case "jyllinge-byggecenter.dk" -> "Møllehusvej 4, 4040 Jyllinge";
            case "roskilde-netdrift.dk" -> "Trekroner Forskerpark 6, 4000 Roskilde";
            case "gadstrup-busser.dk" -> "Syvvejen 19, 4621 Gadstrup";
            case "himmelev-kontorforsyning.dk" -> "Himmelev Sognevej 2, 4000 Roskilde";
            case "vindinge-smedie.dk" -> "Vindinge Bygade 15, 4000 Roskilde";
            case "veddelev-havnesmedie.dk" -> "Veddelev Havn 3, 4000 Roskilde";
            case "himmelev-skadedyr.dk" -> "Himmelev Skovvej 4, 4000 Roskilde";
            case "svogerslev-naturpleje.dk" -> "Svogerslev Sø 2, 4000 Roskilde";
            case "osted-laas.dk" -> "Hovedvejen 61, Osted, 4320 Lejre";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: an addressed invoice with a quantity/unit-price table and a
     * "Betalingsoplysninger" block; a craftsman's work sheet by day with journeyman and apprentice hours and a materials
     * line; a bookkeeping program's posting-style bill with customer number and "Kortart 75" FI line; an a-conto or period
     * settlement with installation number and readings. Layouts other than the first print the supplier's own FI line
     * (card type 75) when its own account is printed; a {@code null} account prints no bank account at all.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fi = kind != 0 && account != null && account.equals(s.account()) ? fik(75, no, creditorNo(s.domain()), false) : "";
        switch (kind) {
            case 0 -> {
                head = s.name();
                l.add((addr.isEmpty() ? "" : addr + " | ") + "CVR " + cvr(s.domain()) + (freeMail(s) ? "" : " | " + s.domain()));
                l.add("Fakturaadresse: Roskilde Kommune, " + RAADHUS + " | EAN-nr. " + EAN);
                l.add(title.toUpperCase(DA) + " " + no + " | Fakturadato " + dashedDay(m, 0) + " | Forfaldsdato " + dashedDay(m, 30));
                l.add("Antal   Enhed   Beskrivelse                                   Enhedspris      Beløb");
                l.add("1       stk.    " + s.what() + "   " + a.net() + "   " + a.net());
                l.add("Beløb ekskl. moms " + a.net() + " | Moms 25 % " + a.vat() + " | Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betalingsoplysninger: " + account + " - skriv venligst fakturanr. " + no + " i tekstfeltet.");
                }
            }
            case 1 -> {
                head = "Arbejdsseddel og " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Bygherre: Roskilde Kommune, EAN " + EAN + "   Dato: " + writtenDay(m, 0));
                l.add("Sag: " + s.what());
                long rate = 52_000;
                long hours = Math.max(2, a.ore() * 55 / 100 / rate);
                long apprentice = hours / 3;
                long drive = 3 * 24_500;
                long materials = a.ore() - (hours - apprentice) * rate - apprentice * 31_000 - drive;
                l.add("Svend " + (hours - apprentice) + " t x " + kr(rate) + "   Lærling " + apprentice + " t x " + kr(31_000)
                    + "   Materialer " + kr(materials) + "   Kørsel 3 dage x " + kr(24_500));
                l.add("Sum ekskl. moms " + a.net() + "   + 25 % moms " + a.vat() + "   = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betales senest " + writtenDay(m, 14) + (account == null ? "" : " på " + account));
                if (!fi.isEmpty()) {
                    l.add("Eller med FI: " + fi);
                }
            }
            case 2 -> {
                head = s.name() + " - " + title;
                l.add("Dok.nr. " + no + " - dato " + isoDay(m, 0) + " - kundenr. " + (1_000 + Math.floorMod(s.domain().hashCode(), 8_000))
                    + " - CVR " + cvr(s.domain()));
                l.add("Kunde: Roskilde Kommune (EAN " + EAN + ")");
                l.add(isoDay(m, 0) + "   " + s.what() + "   " + a.net());
                l.add("Moms " + a.vat() + " - at betale DKK " + a.gross() + " - forfald " + isoDay(m, 20));
                l.addAll(more);
                if (account != null) {
                    l.add("Indbetaling til " + account);
                }
                if (!fi.isEmpty()) {
                    l.add("Kortart 75: " + fi);
                }
            }
            default -> {
                head = title + " - periodeafregning";
                l.add(s.name() + " - " + title.toLowerCase(DA) + " " + no + " - Roskilde Kommune, EAN " + EAN);
                l.add("Installations-/aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - periode "
                    + sentPlus(m, -30, DASH) + " til " + dashedDay(m, -1));
                l.add("Leveret i perioden: " + s.what());
                l.add("Aflæsning/antal ifølge bilag - beløb ekskl. moms " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dashedDay(m, 20) + (account == null ? "" : " - " + account));
                if (!fi.isEmpty()) {
                    l.add(fi);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", "FAKTURA " + n + ".pdf", "Roskilde Kommune " + n + ".pdf",
            "Fakt" + n + ".pdf", "Invoice-" + n + ".pdf", "Dokument_" + n + ".pdf", "Regning nr " + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Roskilde Kommune", "Til kreditorafdelingen", "Goddag", "Hej med jer",
        "Att.: Økonomi", "Kære modtager", "Hej bogholderi", "Hejsa"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig28:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh " + firstName(s) + "\n" + s.name() + "\nTelefon 46 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nVenlige hilsner\n" + s.person() + " | " + s.name() + (freeMail(s) ? "" : " | cvr " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min telefon" : "\n\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nTak for handlen\n" + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 8_400_000 : 640_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " - " + s.name(), "Roskilde Kommune - faktura " + no,
            "Regning nr. " + no, "Faktura " + no + " / EAN " + EAN, "Faktura fra " + s.name(), "Ny faktura " + no,
            "Fremsendt faktura " + no, s.name() + " - faktura"};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Vedhæftet finder I faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Hermed vores regning nr. " + no + " på i alt " + a.gross() + " kr. inkl. moms. Betalingsfristen er "
                + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er afsluttet og godkendt ved gennemgang på stedet. Fakturaen følger her og er også lagt ind via "
                + "NemHandel.";
            case 3 -> "Tak for samarbejdet. Fakturaen er vedlagt som PDF - giv lyd, hvis noget ikke stemmer med aftalen.";
            case 4 -> "Her kommer periodens faktura. Oplys venligst fakturanummer " + no + " ved indbetaling.";
            case 5 -> "Fakturanr.: " + no + "\nTotal inkl. moms: " + a.gross() + " kr.\nForfald: " + writtenDay(m, 30) + "\nEAN: " + EAN;
            case 6 -> "Beklager, at fakturaen kommer lidt sent - vi har fået ny bogholder i august, og det har taget tid at få "
                + "styr på det hele.";
            default -> "Se vedhæftede.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                + "<div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; merchants use their program's addressed or posting-style bill. */
    private static final Set<String> PERIODIC = Set.of("jyllinge-fjernvarme.dk", "roskilde-storkoekken.dk",
        "himmelev-rengoering.dk", "roskilde-avisen.dk", "gadstrup-busser.dk");
    private static final Set<String> TRADE = Set.of("jyllinge-byggecenter.dk", "himmelev-kontorforsyning.dk", "roskilde-netdrift.dk");

    private static int layout(Supplier s, int v) {
        return PERIODIC.contains(s.domain()) ? 3 : TRADE.contains(s.domain()) ? (v % 2 == 0 ? 2 : 0) : Math.floorMod(v, 3);
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String order,
                       String note) {
        String net = String.format(Locale.ROOT, "%.2f", a.ore() / 100.0);
        String vat = String.format(Locale.ROOT, "%.2f", (a.ore() / 4) / 100.0);
        String total = String.format(Locale.ROOT, "%.2f", (a.ore() + a.ore() / 4) / 100.0);
        String name = s.name().replace("&", "&amp;");
        String head = peppol
            ? "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
                + "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"
            : "  <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n"
                + "  <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n"
                + "  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">Procurement-OrdSimR-BilSim-1.0</cbc:ProfileID>\n";
        String payee = peppol
            ? "    <cac:PayeeFinancialAccount><cbc:ID>" + plain(account.startsWith("IBAN") ? account
                : iban("DK", plain(account))) + "</cbc:ID><cbc:Name>" + name + "</cbc:Name></cac:PayeeFinancialAccount>\n"
            : "    <cac:PayeeFinancialAccount><cbc:ID>" + kontoOf(account) + "</cbc:ID>\n"
                + "      <cac:FinancialInstitutionBranch><cbc:ID>" + regOf(account) + "</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>\n";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + head
            + "  <cbc:ID>" + no + "</cbc:ID>\n"
            + "  <cbc:IssueDate>" + issue + "</cbc:IssueDate>\n"
            + (peppol ? "  <cbc:DueDate>" + due + "</cbc:DueDate>\n" : "")
            + "  <cbc:InvoiceTypeCode" + (peppol ? "" : " listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\"")
            + ">380</cbc:InvoiceTypeCode>\n"
            + (note.isEmpty() ? "" : "  <cbc:Note>" + note + "</cbc:Note>\n")
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cbc:AccountingCost>Roskilde Kommune</cbc:AccountingCost>\n"
            + "  <cac:OrderReference><cbc:ID>" + order + "</cbc:ID></cac:OrderReference>\n"
            + "  <cac:AccountingSupplierParty><cac:Party>\n"
            + (peppol ? "    <cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain()) + "</cbc:EndpointID>\n"
                : "    <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK" + cvr(s.domain()) + "</cbc:EndpointID>\n")
            + "    <cac:PartyName><cbc:Name>" + name + "</cbc:Name></cac:PartyName>\n"
            + "    <cac:PostalAddress><cbc:StreetName>" + street(s).replace("&", "&amp;") + "</cbc:StreetName>"
            + "<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n"
            + "  </cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party>\n"
            + (peppol ? "    <cbc:EndpointID schemeID=\"0088\">" + EAN + "</cbc:EndpointID>\n"
                : "    <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">" + EAN + "</cbc:EndpointID>\n")
            + "    <cac:PartyName><cbc:Name>Roskilde Kommune</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans>\n"
            + "    <cbc:PaymentMeansCode>" + (peppol ? "58" : "42") + "</cbc:PaymentMeansCode>"
            + (peppol ? "<cbc:PaymentID>" + no + "</cbc:PaymentID>\n" : "<cbc:PaymentDueDate>" + due + "</cbc:PaymentDueDate>\n")
            + payee
            + "  </cac:PaymentMeans>\n"
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + vat + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount>"
            + "<cbc:TaxInclusiveAmount currencyID=\"DKK\">" + total + "</cbc:TaxInclusiveAmount>"
            + "<cbc:PayableAmount currencyID=\"DKK\">" + total + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
            + "  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"EA\">1</cbc:InvoicedQuantity>"
            + "<cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount>"
            + "<cac:Item><cbc:Name>" + s.what().replace("&", "&amp;") + "</cbc:Name></cac:Item></cac:InvoiceLine>\n"
            + "</Invoice>\n";
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, List.of(), "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice, its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 6, List.of("Aftalt med skolens servicemedarbejder"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices railings, aligned SPF pass";
        List<Supplier> again = List.of(byg, entrep, it, mad, vvs, avis, el, kloak, varme, maler, kontor, vognmand, toemrer,
            rengoer, byg, bus);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition " + (78_300 + k * 23));
                case 1 -> List.of("Deres ref.: " + to().replace("@roskilde.dk", ""));
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "skybrudssikring 2031" : "løbende vedligehold"));
                case 3 -> List.of("Ordrenr. " + (6_200_000 + k * 311) + " (indkøbssystemet)");
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nFølgesedlerne er lagt ved." : k % 7 == 4
                ? "\n\nFotodokumentation af det udførte er vedlagt." : k % 7 == 6 ? "\n\nTimeregistreringen ligger som CSV." : "";
            invoice(m, s, s.account(), k * 3 + 2, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "foelgesedler_" + (k + 3) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Leveret til: " + (k % 2 == 0 ? "Rådhuset" : "Materielgården, Vindinge"),
                        "Kvitteret ved modtagelse", "Antal leverancer: " + (2 + k % 4))));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "foto_" + (k + 10) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            } else if (k % 7 == 6) {
                m.mime.attach("text/csv", "timer.csv", ("dato;medarbejder;timer\r\n" + isoDay(m, -6) + ";KS;7,5\r\n" + isoDay(m, -5)
                    + ";KS;7,5\r\n" + isoDay(m, -4) + ";JL;4,0\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, rengoer, avis)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: september 2031"), "\n\nAfregningen dækker september.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for September, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        insuranceRecourse();
        estateLetter();
        authorityNotices();
        priceIndexNotice();
        platforms();
        ublFiles();
        bankChanges();
        smallFirms();
        moreLocal();
        foreignSuppliers();
        saas();
        esignature();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditnota til faktura ", "Otte ruller tagpap kom retur fra Ejendomsservice i ubrudt emballage. "
            + "De er krediteret fuldt ud."},
            {kontor, "Kreditering af faktura ", "Der blev faktureret 40 kasser kopipapir, men leveret 25. Difference er krediteret."},
            {mad, "Kreditnota - faktura ", "Syv borgere var på aflastningsophold i uge 36 og fik derfor ingen levering. Deres "
                + "portioner er trukket ud."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (300 + rnd.nextInt(900));
            Amount a = amount(240_000).credit();
            headers(m, s.person(), addr(s), "kreditor@roskilde.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Kreditnotaen " + no + " på " + a.gross() + " kr. er vedlagt og kan "
                    + "modregnes i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2,
                    List.of("Vedr. faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(entrep, el)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@roskilde.dk", "Saldoudskrift pr. " + dashedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning følger en saldoudskrift. Faktura " + p.no() + " er modtaget betalt - tak. Der er "
                    + "ingen åbne poster på kontoen." + signature(s))
                .attach("application/pdf", "saldo_roskilde_kommune.pdf", Attachments.pdf(docId(m, "so"), "Saldoudskrift",
                    List.of("Debitor: Roskilde Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   indbetalt",
                        "Åben saldo 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@roskilde.dk", "Tak for betalingen")
            .text("Hej\n\nBetalingen for faktura " + past.get(vognmand.domain()).no() + " (grus til stien) er gået ind. Tak for "
                + "det.\n\nTorben\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "vindinge-vognmand.dk thanks for payment (its SPF names only the booking system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Efter vores bogføring står nedenstående faktura stadig åben. Har I betalt i mellemtiden, "
            + "beder vi jer se bort fra denne mail."},
            {maler, "Har I fået min regning?", "Hej. Jeg har ikke set pengene for gangene på Gadstrup Skole endnu. Er fakturaen "
                + "kommet frem og godkendt? Hilsen Henrik"},
            {kloak, "1. rykker", "Fakturaen er nu 10 dage over forfald. Vi har ikke beregnet gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@roskilde.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 5) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "ST-" + (4_100 + rnd.nextInt(800));
        String klient = bank("3409", "1109822716");
        headers(m, "Stændertorvet Advokater, Inkasso", "inkasso@staendertorvet-advokater.dk", "kreditor@roskilde.dk",
            "Inkassomeddelelse - sag " + sag + " - Svogerslev Naturpleje")
            .text("Roskilde Kommune\nKreditorbogholderiet\n\nVi er af Svogerslev Naturpleje v/ Ida Kjær anmodet om at inddrive "
                + "faktura nr. 412 af 14. juli 2031 på 9.850,00 kr. for slåning af engen ved Svogerslev Sø. Vores klient har "
                + "sendt to rykkere uden at få svar.\n\nHar kommunen allerede betalt, eller er der indsigelser, beder vi jer "
                + "svare med sagsnummeret. I modsat fald bedes beløbet og et inkassogebyr på 100,00 kr. indbetalt senest 10 dage "
                + "fra i dag på vores klientkonto " + klient + ".\n\nMed venlig hilsen\nStændertorvet Advokater\nInkasso")
            .attach("application/pdf", "Inkassomeddelelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Kreditor: Svogerslev Naturpleje v/ Ida Kjær", "Faktura 412 af 14.07.2031: 9.850,00",
                    "Inkassogebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.107.1.1");
        m.description = "a real lawyer's collection letter about an unlisted nature-care firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "FA-" + (20_300 + rnd.nextInt(900));
        String konto = iban("DK", "53700009184452");
        headers(m, "Fjordaffald I/S, Økonomi", "oekonomi@fjordaffald.dk", "kreditor@roskilde.dk", "Faktura " + no
            + " - a conto driftsbidrag 4. kvartal 2031")
            .text("Til Roskilde Kommune\n\nHermed faktura for kommunens a conto driftsbidrag for 4. kvartal 2031 til "
                + "genbrugspladserne i Roskilde, Jyllinge og Gadstrup. Bidraget er fordelt efter indbyggertal, jf. "
                + "interessentskabskontraktens § 11, og fakturaen er også sendt elektronisk til jeres EAN.\n\nBetales til " + konto
                + ".\n\nMed venlig hilsen\nFjordaffald I/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "fa"), "Faktura " + no,
                List.of("Fjordaffald I/S", "Roskilde Kommune, EAN " + EAN, "A conto driftsbidrag 4. kvt. 2031, andel 38,6 %",
                    "DKK 4.215.300,00 ekskl. moms", "Betaling: " + konto)));
        genuine(m, "127.107.11.1");
        m.description = "the intermunicipal waste company's quarterly contribution, its own account, DMARC pass";
    }

    /** Genuine counterpart to the recourse-claim fraud: the insurer tells us a claim goes to our own insurer. */
    private void insuranceRecourse() {
        M m = ok("insurance-recourse-claim", false);
        headers(m, "Fjord Forsikring, Regres", "regres@fjordforsikring.dk", "oekonomi@roskilde.dk", "Regres - skade FF-31-20734, "
            + "oversvømmet kælder, Veddelev")
            .text("Til Roskilde Kommune\n\nVores forsikringstager på Strandvejen i Veddelev fik vand i kælderen under skybruddet "
                + "den 21. august. Ifølge vores taksator skyldtes det en tilstoppet rendestensbrønd på kommunal vej.\n\nVi har "
                + "sendt regreskravet på 41.270,00 kr. til jeres ansvarsforsikring via forsikringsmægleren, og sagen behandles "
                + "dér. I skal ikke betale noget til os. Vi beder blot Vej og Park om at sende en kopi af tømningsloggen for "
                + "brøndene på Strandvejen til forsikringsmægleren.\n\nMed venlig hilsen\nFjord Forsikring, Regresafdelingen");
        genuine(m, "127.107.2.1");
        m.description = "a real insurer's recourse notice, sent to our liability insurer, nothing to pay, DMARC pass";
    }

    /** Genuine counterpart to the estate fraud: a real estate administrator asks what the municipality owes or is owed. */
    private void estateLetter() {
        M m = ok("estate-administrator-letter", false);
        headers(m, "Stændertorvet Advokater, Dødsboer", "boer@staendertorvet-advokater.dk", "omsorg@roskilde.dk",
            "Dødsboet efter Poul Erik Jensen, Himmelev - anmodning om opgørelse")
            .text("Til Roskilde Kommune, Sundhed og Omsorg\n\nSom bobestyrer i dødsboet efter Poul Erik Jensen, senest boende "
                + "på Plejecenter Toftehøj, beder jeg om en opgørelse over boets mellemværende med kommunen: husleje, "
                + "servicepakke og eventuelle for meget betalte ydelser. Skifterettens bobestyrerbevis er vedhæftet.\n\n"
                + "Eventuelle tilgodehavender skal udbetales til boets NemKonto, som er oprettet på boets CVR-nummer. Vi beder "
                + "ikke om betaling til nogen anden konto, og boet betaler et eventuelt skyldigt beløb efter jeres opkrævning.\n\n"
                + "Med venlig hilsen\nAdvokat Lene Bøgh\nStændertorvet Advokater")
            .attach("application/pdf", "Bobestyrerbevis.pdf", Attachments.pdf(docId(m, "bb"), "Bobestyrerbevis",
                List.of("Retten i Roskilde, Skifteretten", "Dødsbo efter Poul Erik Jensen", "Bobestyrer: advokat Lene Bøgh",
                    "Boets CVR-nr. " + cvr("boet-pej"))));
        genuine(m, "127.107.1.1");
        m.description = "a real estate administrator asks for a statement; payouts only to the estate's NemKonto, DMARC pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Miljøstyrelsen", "naturbeskyttelse@miljoestyrelsen.dk", "miljoe@roskilde.dk",
            "Afgørelse: dispensation til oprensning af Gundsømagle Sø")
            .text("Til Roskilde Kommune\n\nMiljøstyrelsen har truffet afgørelse om dispensation til oprensning af sediment i "
                + "Gundsømagle Sø. Afgørelsen er sendt til kommunens Digital Post og offentliggøres på vores hjemmeside. "
                + "Klagefristen er 4 uger. Der opkræves intet gebyr.\n\nMed venlig hilsen\nMiljøstyrelsen");
        genuine(m, "127.107.15.1");
        m.description = "environmental authority's decision pointer to Digital Post, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Slots- og Kulturstyrelsen", "post@slks.dk", "kultur@roskilde.dk", "Tilskud til formidling af "
            + "Roskilde Domkirke som verdensarv - udbetaling")
            .text("Kære Roskilde Kommune\n\nTilskuddet på 180.000 kr. til formidlingsprojektet om domkirken udbetales til "
                + "kommunens NemKonto inden for 10 bankdage. Husk at sende slutrapport og regnskab senest 1. juni 2032.\n\n"
                + "Slots- og Kulturstyrelsen");
        genuine(m, "127.107.16.1");
        m.description = "culture authority pays a grant to our NemKonto, DMARC pass, nothing to pay";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, bus.person(), addr(bus), "skoler@roskilde.dk", "Regulering af kørselspriser pr. 1. november")
            .text("Til Roskilde Kommune, Skoler og Dagtilbud\n\nI henhold til kontraktens bilag 4 reguleres timeprisen hvert "
                + "halve år efter DI's omkostningsindeks for buskørsel. Reguleringen pr. 1. november er 2,3 % og kommer med på "
                + "novemberfakturaen, som sendes til EAN-nummeret som vanligt. Der skal ikke betales noget særskilt.\n\n"
                + "Beregningen er vedlagt.\n\nMed venlig hilsen\nGadstrup Busser ApS")
            .attach("application/pdf", "Prisregulering_nov2031.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering",
                List.of("Kontrakt om specialkørsel, bilag 4", "Omkostningsindeks 2. halvår: 2,3 %", "Gældende fra 01-11-2031")));
        genuine(m, bus.ip());
        m.description = "listed bus company announces contractual indexation on the next ordinary invoice";
    }

    private void platforms() {
        Object[][] p = {{"teamleader.eu", el}, {"teamleader.eu", guide}, {"timelog.com", it}, {"pensopay.com", skadedyr},
            {"paddle.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(860_000);
            m.mailFrom = "bounces+" + sha256("plat28:" + m.id).substring(0, 10) + "@" + d;
            String no;
            if (d.equals("teamleader.eu")) {
                no = "2031 / " + (140 + rnd.nextInt(700));
                headers(m, s.name(), "invoicing@teamleader.eu", "efaktura@roskilde.dk", "Faktura " + no + " fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2a3b4d\"><p>Kære "
                        + "Roskilde Kommune,</p><p>" + s.name() + " har udstedt faktura <b>" + no + "</b> på <b>DKK " + a.gross()
                        + "</b>.</p><p>Forfaldsdato: " + writtenDay(m, 21 + v) + ". Fakturaen er vedhæftet som PDF.</p><p><a href=\""
                        + "https://focus.teamleader.eu/invoice_view.php?key=" + sha256("tl28:" + m.id).substring(0, 22)
                        + "\">Se fakturaen online</a></p><p>Med venlig hilsen<br>" + s.person() + "</p><p style=\"font-size:11px;"
                        + "color:#8a99a8\">Sendt med Teamleader Focus</p></body></html>");
            } else if (d.equals("timelog.com")) {
                no = "TL-" + (18_200 + rnd.nextInt(900));
                headers(m, s.name() + " (TimeLog)", "invoice@timelog.com", "skoler@roskilde.dk", "Faktura " + no + " - "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Kære Roskilde Kommune, Skoler\n\nVedhæftet er faktura " + no + " for september vedrørende "
                        + s.what() + ". Timespecifikationen fremgår af fakturaens bilag.\n\nBeløb: DKK " + a.gross()
                        + "\nForfald: " + writtenDay(m, 30) + "\n\nSpørgsmål til fakturaen besvares af " + s.name() + " - svar blot på "
                        + "denne mail.\n\n--\nDenne faktura er sendt fra TimeLog på vegne af " + s.name() + ".");
            } else if (d.equals("pensopay.com")) {
                no = String.valueOf(4_400 + rnd.nextInt(600));
                headers(m, s.name() + " via PensoPay", "betaling@pensopay.com", "havn@roskilde.dk", "Betalingslink til faktura "
                    + no + " fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej Roskilde Havn</p><p>" + s.name() + " har "
                        + "sendt en faktura på <b>" + a.gross() + " kr.</b> for " + s.what() + ". Fakturaen er vedhæftet og kan "
                        + "betales ved bankoverførsel som anført, eller med betalingskort via linket.</p><p><a href=\""
                        + "https://payment.pensopay.com/p/" + sha256("pp28:" + m.id).substring(0, 26) + "\">Betal med kort</a>"
                        + "</p><p style=\"font-size:10px;color:#999\">PensoPay ApS formidler betalingen for " + s.name()
                        + ".</p></body></html>");
            } else {
                no = "PAD-" + (90_100 + rnd.nextInt(9_000));
                String paddle = iban("GB", "BARC20000055779911");
                headers(m, "Paddle.com (Wayfinder Signage)", "billing@paddle.com", "digitalisering@roskilde.dk", "Your invoice "
                    + no + " for Wayfinder Signage Cloud")
                    .text("Hello,\n\nPaddle.com Market Ltd is the reseller of Wayfinder Signage Cloud and has issued invoice " + no
                        + " for your annual plan (info screens in the Citizen Service Centre and four libraries).\n\nAmount: "
                        + "EUR 4,860.00 (reverse charge)\nDue: " + isoDay(m, 30) + "\nPay by bank transfer to " + paddle
                        + " quoting " + no + ", or by card in your account.\n\nPaddle Billing Support");
                m.mime.attach("application/pdf", "Invoice-" + no + ".pdf", Attachments.pdf(docId(m, "pad"), "Invoice " + no,
                    List.of("Seller: Paddle.com Market Ltd, on behalf of Wayfinder Signage", "Customer: Roskilde Kommune, "
                        + RAADHUS, "Wayfinder Signage Cloud, annual plan, 5 sites", "EUR 4,860.00, VAT reverse charge",
                        "Bank: " + paddle)));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform paddle.com invoices a SaaS subscription as reseller, GB IBAN, DMARC pass";
                v++;
                continue;
            }
            m.mime.attach("application/pdf", "Faktura_" + no.replace('/', '-').replace(" ", "") + ".pdf",
                pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(varme, byg, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_800_000);
            boolean peppol = v != 0;
            String order = "RK-PO-" + (31_000 + v * 417);
            headers(m, s.name(), addr(s), "efaktura@roskilde.dk", "Elektronisk faktura " + no + (peppol ? " - Peppol BIS 3" : " - OIOUBL"))
                .text("Kære e-fakturateam\n\nVores udbyder af NemHandel-forbindelse lukker ved månedens udgang, og den nye er endnu "
                    + "ikke aktiveret. Efter aftale med jeres kreditorteam sender vi derfor fakturaen som XML direkte, med en "
                    + "læsevenlig PDF. Betalingsoplysningerne er uændrede. Betal venligst kun én gang, også hvis fakturaen senere "
                    + "kommer via NemHandel.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL_" : "OIOUBL_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, order, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Laesevenlig_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Ordre " + order, "Original: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly, each followed by the supplier's next invoice to the new account:
     * the carpenter changes bank; the meal supplier merges into its parent, whose account it uses from now on.
     */
    private void bankChanges() {
        String nyT = bank("0400", "4019338752");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@roskilde.dk", "Vi skifter bank pr. 1. oktober")
            .text("Kære kreditorafdeling\n\nSvogerslev Tømrer & Snedker har flyttet sine konti til Lån & Spar Bank. Alle "
                + "fakturaer dateret 1. oktober 2031 eller senere bærer derfor den nye konto " + nyT + " og et nyt "
                + "FI-kreditornummer. Fakturaer fra før den dato betales til den gamle konto, som er åben året ud.\n\nRing gerne "
                + "til mig på det telefonnummer, I har i jeres leverandørregister, og få ændringen bekræftet, inden I retter "
                + "noget. Det underskrevne brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Bankskifte_Svogerslev_Toemrer.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bank",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Fakturaer dateret fra 01-10-2031",
                    "Ny konto: " + nyT, "Kristian Mørup, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from October (SPF+DKIM, no DMARC) and invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "efterjustering af branddøre, Svogerslev Skole");
        invoice(m, moved, nyT, 11, List.of("Ny bankforbindelse fra 01-10-2031, jf. brev"), "\n\nHusk, at vi har ny bank - "
            + "kontoen står på fakturaen og i brevet fra sidste uge.");
        genuine(m, toemrer.ip());
        m.description = "svogerslev-toemrer.dk invoice with its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "20001140093382");
        m = ok("supplier-new-account", false);
        headers(m, "Roskilde Storkøkken A/S, Direktionen", addr(mad), "kreditor@roskilde.dk", "Fusion med Sjællandske "
            + "Måltider A/S - ny betalingskonto")
            .text("Til Roskilde Kommune, Kreditor og Sundhed & Omsorg\n\nSom det fremgik af pressemeddelelsen i august, er "
                + "Roskilde Storkøkken A/S fusioneret med moderselskabet Sjællandske Måltider A/S med virkning fra 1. oktober. "
                + "Kontrakten om madservice, CVR-nummer, EAN-opsætning og kontaktpersoner er uændrede.\n\nFakturaer fra "
                + "oktober skal betales til koncernens konto " + nyM + ". Ændringen er også meddelt jeres indkøbsafdeling på "
                + "kontraktmødet " + writtenDay(m, -6) + ", og vi har sendt brev med posten.\n\nMed venlig hilsen\nRoskilde Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "listed meal supplier (Ed25519, p=reject, DMARC pass) announces its merger into the parent and the "
            + "parent's account, also by letter and at a contract meeting";
        m = ok("supplier-invoice", true);
        Supplier merged = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, "madservice, oktober");
        invoice(m, merged, nyM, 12, List.of("Betaling til Sjællandske Måltider A/S, jf. meddelelse om fusion"), "\n\nBemærk den "
            + "nye betalingskonto efter fusionen.");
        genuine(m, mad.ip());
        m.description = "roskilde-storkoekken.dk invoice with the parent's account after the announced, authenticated merger";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(havn, skadedyr, natur, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 3, List.of("Rekvireret af " + (v % 2 == 0 ? "den driftsansvarlige" : "lederen")),
                v % 3 == 2 ? "\n\nDet er første gang, jeg fakturerer kommunen, så sig endelig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Osted Låseservice", "osted-laas.dk", "Bent Harder", "bent", HOSTER_IP,
            bank("9070", "1607718234"), "omkodning af låsesystem og nye cylindre, Jyllinge Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 14, List.of("Nøgler kvitteret af skolens servicemedarbejder"), "\n\nNøglerne er afleveret "
            + "på kontoret.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 27, List.of("Ny adresse: Baldersbuen 12, 4000 Roskilde"), "\n\nVi er flyttet til nyt "
            + "værksted på Baldersbuen. Bank og kontonummer er de samme som hidtil.");
        genuine(m, HOSTER_IP);
        m.description = "veddelev-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{svensk, "Faktura ", "bifogat finns fakturan för den nya ljusriggen och servicen av scenmaskineriet på "
            + "Roskilde Teater, utförd vecka 34. Omvänd betalningsskyldighet gäller.", "SEK 128 900,00", "Hej,",
            "Vänliga hälsningar"},
            {tysk, "Abschlagsrechnung ", "anbei erhalten Sie unsere zweite Abschlagsrechnung für die Spundwandsanierung im Hafen "
                + "Roskilde gemäß Zahlungsplan im Bauvertrag vom 12. Mai 2031. Steuerschuldnerschaft des Leistungsempfängers.",
                "EUR 61.480,00", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == svensk) {
                m.wave = 1;
            }
            String no = (s == svensk ? "MS" : "AR-31-") + (5_100 + rnd.nextInt(700));
            String subject = x[1] + no + " - Roskilde Kommune";
            headers(m, s.person(), addr(s), s == svensk ? "kultur@roskilde.dk" : "havn@roskilde.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == svensk ? "Betalning inom 30 dagar till " : "Zahlbar innerhalb von 30 "
                    + "Tagen auf ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == svensk ? "Faktura_" : "Rechnung_") + no + ".pdf", Attachments.pdf(docId(m, "fx"),
                    x[1] + no, List.of(s.name(), "Kund/Kunde: Roskilde Kommune, " + RAADHUS + ", Danmark", s.what(),
                        "Summa/Summe " + x[3] + " (reverse charge)", "Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == svensk ? "Swedish stage-technology firm from Malmö (history), SE IBAN, reverse charge, p=none"
                : "German harbour contractor from Kiel, DE IBAN, instalment invoice, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "LPS-" + (2_200 + rnd.nextInt(300));
        headers(m, "Limerick Play Systems Ltd", addr(irsk), "indkoeb@roskilde.dk", "Invoice " + no
            + " - Byparken inclusive playground")
            .text("Dear Roskilde Kommune,\n\nPlease find attached our invoice for the inclusive swing and the rubber safety "
                + "surfacing installed in Byparken under your purchase order RK-2031-0388. Reverse charge applies. Payment "
                + "within 30 days to " + irsk.account() + ", quoting the invoice number.\n\nKind regards\nAoife Brennan\n"
                + "Limerick Play Systems Ltd")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "ie"), "Invoice " + no,
                List.of("Limerick Play Systems Ltd", irsk.what(), "EUR 23,760.00 excl. VAT, reverse charge", irsk.account())));
        genuine(m, irsk.ip());
        m.description = "Irish playground maker, SPF only (aligned pass, no DMARC), IE IBAN, ordered work";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "kultur@roskilde.dk", "Betalningspåminnelse " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " fortfarande obetald. "
                + "Vänligen betala till vårt vanliga konto " + svensk.account() + ". Om betalningen redan är gjord kan ni bortse "
                + "från denna påminnelse.\n\nVänliga hälsningar\nMalmö Scenteknik AB");
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "VIM-" + (771_000 + rnd.nextInt(9_000));
        headers(m, "Vimeo Billing", "billing@vimeo.com", "digitalisering@roskilde.dk", "Your Vimeo Enterprise invoice " + no)
            .text("Hi Roskilde Kommune,\n\nThank you for streaming your city council meetings with Vimeo Enterprise. Your annual "
                + "invoice is attached and will be paid by e-invoice to your EAN number as agreed; no card will be charged.\n\n"
                + "Invoice: " + no + "\nAmount: EUR 6,900.00 excl. VAT\nTerm: 1 November 2031 - 31 October 2032\n\nVimeo Billing")
            .attach("application/pdf", "Vimeo_" + no + ".pdf", Attachments.pdf(docId(m, "vim"), "Invoice " + no,
                List.of("Customer: Roskilde Kommune, EAN " + EAN, "Vimeo Enterprise, live streaming, 12 months",
                    "EUR 6,900.00 excl. VAT", "Payment: e-invoice via EAN")));
        genuine(m, "127.111.7.1");
        m.description = "video-streaming SaaS annual invoice in English, payment via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "NT" + (60_200 + rnd.nextInt(900));
        headers(m, "Nemtilmeld", "faktura@nemtilmeld.dk", "kultur@roskilde.dk", "Faktura " + no + " - tilmeldingsmodul, kultur")
            .text("Hej Kultur og Fritid\n\nHer er fakturaen for jeres licens til tilmeldingsmodulet (arrangementer på "
                + "bibliotekerne og i Musicon) for det kommende år. Den er samtidig sendt til EAN-nummeret.\n\nVenlig hilsen\n"
                + "Nemtilmeld, Bogholderiet")
            .attach("application/pdf", "Nemtilmeld_" + no + ".pdf", Attachments.pdf(docId(m, "nt"), "Faktura " + no,
                List.of("Roskilde Kommune, Kultur og Fritid, EAN " + EAN, "Licens, tilmeldingsmodul, 12 mdr.",
                    "DKK 18.400,00 + moms", "Betaling via EAN")));
        genuine(m, "127.111.5.1");
        m.description = "event-registration SaaS invoice, also to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "PL-" + (3_300 + rnd.nextInt(500));
        headers(m, "Plecto Billing", "billing@plecto.com", "digitalisering@roskilde.dk", "Plecto invoice " + no)
            .text("Hi,\n\nAttached is the invoice for your Plecto dashboards in Borgerservice and Jobcenter (Q4 2031). It has also "
                + "been sent via Peppol to your EAN.\n\nBest regards\nPlecto ApS, Billing")
            .attach("application/pdf", "Plecto_" + no + ".pdf", Attachments.pdf(docId(m, "pl"), "Invoice " + no,
                List.of("Roskilde Kommune, EAN " + EAN, "Dashboards, 25 users, Q4 2031", "DKK 14,250.00 excl. VAT",
                    "Payment: Peppol/EAN")));
        genuine(m, "127.111.6.1");
        m.description = "dashboard SaaS invoice in English, Ed25519, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("sr28:" + m.id).substring(0, 9) + "@signrequest.com";
        headers(m, "Trekroner Revision via SignRequest", "no-reply@signrequest.com", "oekonomi@roskilde.dk", "Trekroner Revision "
            + "har bedt dig underskrive: Ledelsespåtegning - projektregnskab Musicon")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Trekroner Revision har sendt dig et dokument "
                + "til underskrift: <b>Ledelsespåtegning, projektregnskab for Musicon-tilskud 2030-31</b>.</p><p><a href=\""
                + "https://signrequest.com/#/document/" + sha256("srl28:" + m.id).substring(0, 24) + "\">Gennemse og underskriv"
                + "</a></p><p>Spørgsmål til dokumentet stilles direkte til afsenderen.</p><p style=\"font-size:10px;color:#888\">"
                + "SignRequest - elektronisk underskrift</p></body></html>");
        genuine(m, "127.107.4.1");
        m.description = "real e-signature service sends the auditor's management statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kassererens-nyhedsbrev.dk", "Kassererens Nyhedsbrev", "redaktion@", "Dødsboer og regreskrav som "
            + "svindeltema", "Flere kommuner har modtaget krav fra 'bobestyrere' og 'forsikringsselskaber', der vil have penge "
            + "overført til en klientkonto. En ægte bobestyrer får udbetalinger til boets NemKonto, og et ægte regreskrav går "
            + "til kommunens forsikring. Tjek altid afsenderen på et kendt telefonnummer."},
            {"trekroner-revision.dk", "Trekroner Revision", "nyhedsbrev@", "Nyhedsbrev: fusioner og betalingsmodtagere",
                "Når en leverandør fusionerer, skifter betalingsmodtageren ofte. Bed om fusionsdokumentation og bekræft den nye "
                    + "konto hos leverandørens kendte kontaktperson, før stamdata ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b." + sha256("nl28:" + x[0]).substring(0, 14) + "@paloma.se";
            headers(m, x[1], x[2] + x[0], "oekonomi@roskilde.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld?u=" + sha256("u28:" + x[0]).substring(0, 12) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"620\" style=\"font-family:Verdana,sans-serif\"><tr><td><h1 style=\"font-size:"
                    + "20px\">" + x[3] + "</h1><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikel\">Læs mere</a></p>"
                    + "<p style=\"font-size:10px;color:#777\">Du får dette nyhedsbrev, fordi du har tilmeldt dig. Frameld med ét "
                    + "klik nederst.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("paloma.se");
            m.ip = "127.109.7.1";
            m.helo = "out.paloma.se";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommunale-bogholdere.dk", "Pia Winther", "piwi@", "Brev fra 'bobestyrer' om tilbagebetaling",
            "Hej alle\n\nVi har fået et brev fra en advokat, der vil have en afdød borgers forudbetalte husleje overført til en "
                + "klientkonto. Skifteretsattesten så ægte ud. Er der andre, der har set det?\n\nPia"},
            {"indkoebsnetvaerk-oest.dk", "Morten Saxe", "mosa@", "SV: Brev fra 'bobestyrer' om tilbagebetaling", "Ja - hos os "
                + "var det en 'søn' på gmail. Vi udbetaler kun til boets NemKonto, så det stoppede dér.\n\nMorten"},
            {"kommunale-bogholdere.dk", "Tina Borg", "tibo@", "Leverandør 'fusioneret' - ny konto", "Hej\n\nPas på mails om, at en "
                + "leverandør er fusioneret, og at alle betalinger nu skal til koncernens konto. Hos os var fusionen ægte, men "
                + "mailen var ikke.\n\nTina"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditorforum-oest.dk", x[3])
                .header("List-Id", "Kreditorforum Oest <forum.kreditorforum-oest.dk>")
                .header("List-Post", "<mailto:forum@kreditorforum-oest.dk>")
                .text(x[4]);
            String list = "kreditorforum-oest.dk";
            listPost(m, x[0], list, "[Kreditorforum Øst] ",
                "\r\n_______________________________________________\r\nKreditorforum Øst - erfaringsudveksling for "
                + "kreditorbogholdere på Sjælland og øerne\r\nAdministrer dit medlemskab: https://kreditorforum-oest.dk/medlem\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 19, List.of(), "");
        m.mailFrom = "SRS0=k7Pw=XC=roskilde-avisen.dk=annoncesalg@srs.roskildenet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.110.1.1";
        m.helo = "srs.roskildenet.dk";
        m.description = "roskilde-avisen.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 31, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 35, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 22, List.of(), "");
        relayedBy(m, RELAY, "SPF only through its hoster, no DMARC: softfail, nothing aligned");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(320_000);
        Mime orig = original(m, "inner:", 2, 2, 137, vognmand, "Sofie Kjeldgaard <sokj@roskilde.dk>", "Faktura " + no + " grus");
        orig.text("Hej Sofie\n\nHer er regningen for gruset til stien ved Vindinge.\n\nTorben");
        orig.attach("application/pdf", pdfName(no, 1), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 3, List.of()));
        headers(m, "Sofie Kjeldgaard", "sokj@" + OWN, "kreditor@roskilde.dk", "VS: Faktura " + no + " grus")
            .text("Hej Kreditor\n\nDenne faktura kom direkte til mig. Leverancen er modtaget og godkendt - kontering: Vej og "
                + "Park, stier, projekt 4417. Den oprindelige mail er vedhæftet.\n\nSofie Kjeldgaard\nVej og Park")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.jyllinge-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorbogholderiet", "kreditor@", "ledere@roskilde.dk", "Dødsboer: vi udbetaler kun til NemKonto",
            "Kære ledere\n\nFår I henvendelser fra bobestyrere, arvinger eller advokater om penge, en afdød borger har til gode, "
                + "så send dem til os. Vi udbetaler kun til boets NemKonto - aldrig til en klientkonto eller en privat konto, "
                + "som nævnes i en mail.\n\nKreditorbogholderiet"},
            {"Rikke Dam", "rida@", "kreditor@roskilde.dk", "Roskilde Storkøkken - fusion og ny konto bekræftet", "Hej\n\nJeg har "
                + "ringet til vores kontraktansvarlige hos Roskilde Storkøkken på nummeret fra kontrakten. Fusionen og den nye "
                + "konto hos moderselskabet er bekræftet, og stamdata er opdateret i dag. Kun den konto, der står i deres brev, "
                + "er gyldig.\n\nRikke\nIndkøb"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@roskilde.dk", "Falske mails om afviste betalingsfiler", "Der er sendt mails i "
                + "vores banks navn om 'afviste betalingsfiler' med link til upload og MitID-godkendelse. Banken sender aldrig "
                + "links. Slet mailen og giv servicedesk besked."},
            {"Jonas Hald", "joha@", "kreditor@roskilde.dk", "Udlæg: dieselfilter til havnens arbejdsbåd", "Hej\n\nVedhæftet er "
                + "kvitteringen for et dieselfilter og to impellere til arbejdsbåden, købt i Roskilde Havn. Kan det komme med i "
                + "næste udlægskørsel?\n\nJonas\nRoskilde Havn"},
            {"Økonomi", "oekonomi@", "ledere@roskilde.dk", "Regreskrav fra forsikringsselskaber", "Kære ledere\n\nRegreskrav "
                + "om skader, hvor kommunen er vejejer eller bygningsejer, behandles af Risikostyring og vores forsikring. Betal "
                + "aldrig et regreskrav direkte, heller ikke hvis der står en kort frist.\n\nØkonomi"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_havn.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Roskilde Fjord Sparekasse, Erhverv", "erhverv@roskildefjord-sparekasse.dk", "oekonomi@roskilde.dk",
            "Betalingsfil delvist afvist")
            .text("Kære kunde\n\nÉn betaling i jeres betalingsfil fra i går kunne ikke gennemføres, fordi modtagerkontoen er "
                + "lukket. De øvrige betalinger er gennemført. I kan se den afviste betaling i Netbank Erhverv under "
                + "'Betalinger > Afviste'. Kontakt leverandøren på et kendt telefonnummer, før I betaler igen.\n\nVi sender "
                + "aldrig links til log-on og beder aldrig om MitID-godkendelse på mail.\n\nRoskilde Fjord Sparekasse");
        genuine(m, "127.109.1.1");
        m.description = "the real bank's own 'payment file partly rejected' notice: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Roskilde Fjord Sparekasse, Erhverv", "erhverv@roskildefjord-sparekasse.dk", "oekonomi@roskilde.dk",
            "Ny besked i Netbank Erhverv")
            .text("Kære kunde\n\nDer ligger en ny besked til jer i Netbank Erhverv om ændrede cut-off-tider for "
                + "straksoverførsler. Log på, som I plejer.\n\nRoskilde Fjord Sparekasse");
        genuine(m, "127.109.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Midtsjællands Andelskasse", "erhverv@midtsjaellands-andelskasse.dk", "oekonomi@roskilde.dk",
            "Renteændring på indlånskonti")
            .text("Fra 1. november ændres renten på erhvervsindlån. Den nye rentesats fremgår af netbanken under 'Konti'. Der "
                + "skal ikke foretages noget.\n\nMails fra denne adresse kan ikke besvares.");
        genuine(m, "127.109.2.1");
        m.description = "bank notice about interest, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Trekroner Revision", "revision@trekroner-revision.dk", "kreditor@roskilde.dk", "Anmodning om "
            + "saldobekræftelse pr. 30.09.2031 - " + byg.name())
            .text("Til Roskilde Kommune\n\nSom revisor for " + byg.name() + " beder vi jer bekræfte jeres saldo over for "
                + "selskabet pr. 30. september 2031. Selskabets fuldmagt er vedhæftet.\n\nSvar venligst direkte til os, også "
                + "hvis saldoen er nul. Vi beder ikke om betaling eller om bankoplysninger.\n\nMed venlig hilsen\nTrekroner Revision")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(byg.name() + ", CVR " + cvr(byg.domain()), "Opgørelsesdato 30.09.2031", "Svar til revisor")));
        genuine(m, "127.107.3.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Kildegaard Efterskole, Administrationen", "adm@kildegaard-efterskole.dk", "oekonomi@roskilde.dk",
            "Betalingsadvis - leje af Roskilde Kongres- og Idrætscenter")
            .text("Hej\n\nVi har i dag betalt 22.400,00 kr. for leje af hallen til vores idrætsdag (jeres faktura 8805312).\n\n"
                + "Med venlig hilsen\nKildegaard Efterskole");
        genuine(m, "127.107.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Fjordaffald I/S, Bogholderi", "bogholderi@fjordaffald.dk", "oekonomi@roskilde.dk", "Betalingsspecifikation")
            .text("Til Roskilde Kommune\n\nSpecifikation af dagens indbetaling fra Fjordaffald I/S er vedhæftet.\n\nFjordaffald")
            .attach("text/csv", "specifikation.csv", ("fakturanr;tekst;beloeb\r\n8805320;Leje af areal ved Gadstrup genbrugsplads;"
                + "31200,00\r\n8805321;Vejvedligehold adgangsvej Jyllinge;7925,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.107.11.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"trekroner-byggemarked.dk", "Trekroner Byggemarked", "kvittering@", "Din kvittering",
            "Sandsække 40 stk., to pumper og 50 m slange, 6.215,00 kr. Betalt med kommunens indkøbskort."},
            {"roskilde-boghus.dk", "Roskilde Boghus", "webshop@", "Din ordre 55210 er sendt", "26 stk. 'Vikingerne ved "
                + "Roskilde Fjord' til 5. årgang på Himmelev Skole, 5.070,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@roskilde.dk", x[3]).text(x[4] + "\n\nTak for din handel.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Sjællands Legeredskaber", "ordre@sjaellands-legeredskaber.dk", "indkoeb@roskilde.dk", "Ordrebekræftelse 31-0917")
            .text("Tak for ordren på klatrestativ og balancebom til Børnehuset Solsikken i Jyllinge. Forventet montering uge 46. "
                + "Fakturaen kommer via NemHandel til EAN " + EAN + ".\n\nSjællands Legeredskaber");
        genuine(m, "127.107.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, havn.person(), addr(havn), "havn@roskilde.dk", "Tilbud: ny landgangsbro i Veddelev Havn")
            .text("Hej\n\nTilbud på ny landgangsbro i lærk, inkl. nedtagning af den gamle og nye beslag i rustfrit stål: "
                + "46.500 kr. ekskl. moms. Tilbuddet gælder til 1. december." + signature(havn))
            .attach("application/pdf", "Tilbud_landgangsbro.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Landgangsbro, lærk, Veddelev Havn", "46.500,00 ekskl. moms", "Gyldigt til 01-12-2031")));
        genuine(m, havn.ip());
        m.description = "quote from an unlisted harbour smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "miljoe@roskilde.dk", "Pris på rydning af pil ved Svogerslev Sø")
            .text("Hej\n\nRydning af pil og tjørn på de to engstykker, inkl. flisning og bortkørsel: 3 dage, 19.800 kr. + moms. "
                + "Jeg kan tage det i uge 44, når jorden stadig bærer." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skoler@roskilde.dk", "Omkørsel ved vejarbejde i Gadstrup")
            .text("Hej\n\nMens Gadstrup Bygade er lukket i uge 41-42, kører vi via Syvvejen. Morgenturen fra Syv kører derfor 6 "
                + "minutter tidligere. Prisen er uændret.\n\nGadstrup Busser, Kørselskontoret");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomme@roskilde.dk", "Varsel: fjernvarmen afbrydes i Jyllinge Nord")
            .text("Kære kunde\n\nOnsdag kl. 8-13 lukker vi for fjernvarmen i dele af Jyllinge Nord på grund af en ny "
                + "ledningsforbindelse. Jyllinge Skole og Plejecenter Jyllinge har fået direkte besked.\n\nJyllinge Fjernvarme");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010155882034"), iban("DK", "89900007734521"), bank("8990", "0004418263"),
        iban("EE", "2200221077345512"), iban("PL", "109010140000071219812874"), iban("GB", "MONZ04000344718826"),
        iban("IE", "REVO99036022418931"), iban("NL", "BUNQ2093378124"), iban("DE", "100101005512334871"),
        iban("HU", "117050080000000044782136"), iban("RO", "INGB0000999907712345"), iban("BG", "UNCR70001522748316"),
        iban("CY", "002001280000001200527600"), bank("9860", "0000815524"), iban("MT", "VALL22013000000050017734812"),
        iban("SE", "30000000041772639910"), iban("LT", "3250024719938411"), iban("DK", "98600001562273")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        forgedSuppliers();
        lookalikes();
        homoglyphs();
        platformFrauds();
        compromised();
        hijacks();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        fakeInkasso();
        fakeAuthorities();
        callbacks();
        qrCodes();
        english();
        imageOnly();
        archives();
        macros();
        svgHtml();
        xmlChanged();
        mergerTransfers();
        estateClaims();
        recourseClaims();
        paymentFileRejections();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, it};
        String[] notes = {"\n\nVi har skiftet bank i forbindelse med ny ledelse. Betal kun til kontoen på denne faktura.",
            "\n\nBemærk: vores konto i Danske Bank er opsagt - ret venligst kontonummeret i jeres system.", "",
            "\n\nFra og med denne faktura gælder vores nye bankforbindelse."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 4, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<erhverv@jyllingebyggecenter.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"jyllinge-fjernvarme.net", varme}, {"viby-entreprenor.dk", entrep}, {"jyllingebyggecenter.dk", byg},
            {"veddelev-elteknik.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 3 + 2, List.of(), i % 2 == 0
                ? "\n\nVi gør opmærksom på vores nye kontonummer." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("jyllinge-byggecent\u0435r.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(6), 15, List.of("Ny kontoforbindelse fra 1. oktober"), "\n\nBrug venligst "
            + "det nye kontonummer fremover.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as jyllinge-byggecenter.dk, invoice with new account, authenticates";
        d = idn("roskilde-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Roskilde Kommune, Vej og Park", "vej-park@" + d, "kreditor@roskilde.dk", "Akut: forudbetaling af "
            + "pumpeleje, skybrud Jyllinge")
            .text("Hej Kreditor\n\nUdlejeren af de fire dykpumper, vi har stående ved Jyllinge Nordmark efter skybruddet, vil "
                + "have første måneds leje betalt forud, før de bliver stående: 67.900 kr. til " + mule(10) + ". Kan I nå det "
                + "i dag? Fakturaen lægges ind i indkøbssystemet bagefter.\n\nMvh\nVej og Park");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own road department: same-day prepayment, authenticates";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        String no = "2031 / " + (140 + rnd.nextInt(700));
        headers(m, toemrer.name(), "invoicing@teamleader-roskilde.com", "efaktura@roskilde.dk", "Påmindelse: faktura " + no
            + " fra " + toemrer.name() + " er forfalden")
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Kære Roskilde Kommune,</p><p>"
                + "Faktura <b>" + no + "</b> fra " + toemrer.name() + " er over forfald. Undgå rykkergebyr ved at betale nu med "
                + "kort eller overførsel.</p><p><a href=\"https://teamleader-roskilde.com/pay/" + sha256(m.id).substring(0, 18)
                + "\" style=\"background:#00b2b2;color:#fff;padding:10px 20px;text-decoration:none\">Se og betal</a></p><p "
                + "style=\"font-size:11px;color:#8a99a8\">Sendt med Teamleader Focus</p></body></html>");
        ownedBy(m, "teamleader-roskilde.com");
        m.description = "look-alike platform teamleader-roskilde.com: overdue invoice in listed svogerslev-toemrer.dk's name, pay link";
        m = bad("lookalike-platform");
        headers(m, skadedyr.name() + " via PensoPay", "betaling@pensopay-gadstrup.net", "havn@roskilde.dk", "Betalingslinket "
            + "er udløbet - ny betaling påkrævet")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej Roskilde Havn</p><p>Betalingslinket til jeres "
                + "faktura fra " + skadedyr.name() + " er udløbet, og betalingen er ikke registreret. Betal inden 24 timer for at "
                + "undgå, at aftalen om rottebekæmpelse standses.</p><p><a href=\"https://pensopay-gadstrup.net/p/"
                + sha256(m.id).substring(0, 20) + "\">Betal nu</a></p><p style=\"font-size:10px;color:#999\">PensoPay ApS</p>"
                + "</body></html>");
        ownedBy(m, "pensopay-gadstrup.net");
        m.description = "look-alike platform pensopay-gadstrup.net: 'payment link expired' in an unlisted pest controller's name";
        m = bad("platform-account-misused");
        no = "PP-" + (7_200 + rnd.nextInt(800));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@pensopay.com";
        headers(m, "Dansk Kommuneregister via PensoPay", "betaling@pensopay.com", "indkoeb@roskilde.dk", "Faktura " + no
            + " - optagelse i Dansk Kommuneregister 2032")
            .header("Reply-To", "<kommuneregister.dk@outlook.com>")
            .html("<html><body><p>Kære Roskilde Kommune</p><p>Tak for jeres bekræftelse af optagelse i <b>Dansk "
                + "Kommuneregister 2032</b> (leverandøropslag og profilside, 12 måneder). Faktura <b>" + no + "</b> på <b>DKK "
                + "24.875,00</b> forfalder om 8 dage og betales til " + mule(11) + " eller med kort via linket.</p><p><a href=\""
                + "https://payment.pensopay.com/p/" + sha256("ppx:" + m.id).substring(0, 26) + "\">Betal med kort</a></p><p "
                + "style=\"font-size:10px;color:#999\">PensoPay ApS formidler betalingen for Dansk Kommuneregister.</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "pf"), "Faktura " + no,
                List.of("Dansk Kommuneregister", "Optagelse 2032, 12 mdr.", "DKK 24.875,00 inkl. moms", "Konto " + mule(11))));
        genuine(m, "127.108.3.1");
        m.description = "real platform pensopay.com used by an unknown register for an entry never ordered, outlook Reply-To, mule";
        m = bad("platform-account-misused");
        no = "2031 / " + (140 + rnd.nextInt(700));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@teamleader.eu";
        headers(m, rengoer.name(), "invoicing@teamleader.eu", "kreditor@roskilde.dk", "Faktura " + no + " fra " + rengoer.name())
            .header("Reply-To", "<himmelev.rengoering.bogholderi@gmail.com>")
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Kære Roskilde Kommune,</p><p>"
                + rengoer.name() + " har udstedt faktura <b>" + no + "</b>. Vi er gået over til Teamleader og har samtidig fået "
                + "ny bank - betal venligst til " + mule(2) + ".</p><p style=\"font-size:11px;color:#8a99a8\">Sendt med "
                + "Teamleader Focus</p></body></html>")
            .attach("application/pdf", "Faktura_" + no.replace('/', '-').replace(" ", "") + ".pdf",
                pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(2)), "Faktura", no, amount(2_400_000), mule(2), 2,
                    List.of("Ny bankforbindelse")));
        genuine(m, "127.108.1.1");
        m.description = "real platform teamleader.eu in listed himmelev-rengoering.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores konto er midlertidigt låst, fordi banken er ved at gennemgå vores kundeforhold. Indtil "
            + "det er på plads, bedes I betale til "},
            {vvs, "Efter at min søn har overtaget firmaet, er vi skiftet til hans bank, så fremover betales der til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 12), i + 8, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 12)
                + ". Jeg er ude på opgaver hele ugen, så mail er bedre end telefon.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@roskilde.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nLige en opfølgning på fakturaen herunder: vi har fået ny bankforbindelse efter sommerferien, så "
                + "de " + p.amount().gross() + " kr. skal overføres til " + mule(15) + ". Den gamle konto bliver lukket ved "
                + "udgangen af måneden.\n\n" + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of viby-entreprenoer.dk replies in its own wave-1 thread (DMARC pass), mule account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "gundsoemagle-kloak.net"}, {mad, "roskilde-storkoekken.com"}, {toemrer, "svogerslev-tomrer.dk"},
            {bus, "gadstrup-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@roskilde.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nAngående faktura " + p.no() + " på " + p.amount().gross() + " kr.: beløbet skal desværre gå til "
                    + mule(i + 4) + " og ikke til kontoen på fakturaen, da vi har skiftet bank. Send mig lige en kort "
                    + "bekræftelse, når det er ændret hos jer.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\n> "
                    + GREETING[i] + "\n> Faktura " + p.no() + " er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 6), pdfInvoice(m, s.posing(d, mule(i + 4)), "Faktura", p.no(),
                    p.amount(), mule(i + 4), 0, List.of("Korrigeret kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer || s == mad ? " (the real firm did change account: this is a third one)" : "");
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Signe Ravnholt, borgmester", "borgmester@" + OWN, "oekonomi@roskilde.dk", "Fortroligt - venskabsbybesøg")
            .text("Hej\n\nVi har fået en sidste-øjebliks-plads på erhvervsdelegationen til vores venskabsby, og arrangøren skal "
                + "have deltagergebyr og fly betalt i dag: 52.400 kr. til " + mule(3) + ". Hold det for dig selv, indtil byrådet "
                + "er orienteret - bilagene kommer, når jeg er tilbage.\n\nSigne");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Løn og Personale", "loen@" + OWN, "kreditor@roskilde.dk", "Ændring af kontonummer - Gadstrup Busser")
            .text("Hej Kreditor\n\nGadstrup Busser har ringet hertil ved en fejl: deres kontonummer i stamdata er forkert. Det "
                + "rigtige er " + mule(7) + ". Kan I rette det før dagens betalingskørsel? Jeg er til møde resten af dagen.\n\n"
                + "Løn og Personale");
        forged(m, forgedHost++);
        m.description = "our payroll mailbox forged from outside: 'correct the bus company's account before today's run', mule";
    }

    private void ceo() {
        Object[][] c = {{"Signe Ravnholt", "signe.ravnholt.borgmester@gmail.com", GMAIL, "Har du et øjeblik?",
            "Hej\n\nJeg sidder i møde i KKR Sjælland og kan ikke tale i telefon. Jeg skal bruge din hjælp til en betaling, der "
                + "skal af sted før kl. 14. Svar mig her, så sender jeg detaljerne.\n\nSigne\nSendt fra min iPhone"},
            {"Henrik Wulff Olesen", "henrik.wulff.olesen.kd@outlook.com", MSFT, "Overraskelse til jubilarerne",
                "Hej\n\nJeg vil gerne give de fire 25-års-jubilarer i Vej og Park en lille overraskelse. Køb 12 digitale "
                    + "gavekort à 500 kr. og send mig koderne - jeg lægger ud, og du får pengene i morgen.\n\nHenrik\n"
                    + "Kommunaldirektør"},
            {"Marianne Fogh", "marianne.fogh.oekonomichef@icloud.com", APPLE, "Fortroligt: forlig om havneprojektet", "Hej\n\nVi "
                + "har indgået forlig med entreprenøren om spunsvæggen i havnen. Modpartens advokat skal have 214.000 kr. i dag "
                + "til " + mule(5) + ". Jeg godkender bilaget, når jeg er tilbage mandag.\n\nMarianne"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@roskilde.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Camilla Rosenkvist", "camilla.rosenkvist82@gmail.com", "loen@roskilde.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg er social- og sundhedsassistent i Hjemmeplejen Syd og har skiftet bank. Vil I sætte oktober-"
                + "lønnen ind på " + bank("8990", "0006672194") + "? Jeg kan ikke komme på personaleportalen hjemmefra.\n\n"
                + "Hilsen Camilla");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Anders Bjerregaard", "anders.bjerregaard.rk@yahoo.com", "loen@roskilde.dk", "Løn til ny konto")
            .text("Hej\n\nJeg er vikar på Himmelev Skole. Min danske konto er lukket, fordi jeg flytter til udlandet, så løn og "
                + "feriepenge skal fremover til " + mule(8) + ". Jeg har ikke MitID med, derfor skriver jeg herfra.\n\nAnders");
        genuine(m, YAHOO);
        m.description = "a 'substitute teacher' on yahoo (p=reject, DKIM aligned) wants his salary to a foreign account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "henrik@gadstrupmaler.dk", "kreditor@roskilde.dk", "nyt kontonummer")
            .text("Hej\n\nKort besked: mit kontonummer er ændret til " + mule(13) + ". Brug det fra nu af, også til den regning, "
                + "der står åben.\n\nHilsen Henrik\nGadstrup Malerforretning");
        ownedBy(m, "gadstrupmaler.dk");
        m.description = "no attachment: look-alike of gadstrup-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Vindinge Vognmand <torben@vindinge-vognmand.dk>", "vindinge.vognmand@outlook.com", "kreditor@roskilde.dk",
            "Ændrede bankoplysninger")
            .text("Kære kunde\n\nVi er ved at flytte vores mail til en ny udbyder, så vi skriver fra denne adresse et par dage. "
                + "Vores konto er ændret til " + mule(14) + " med virkning fra i dag.\n\nVindinge Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, natur.person(), "ida@svogerslev-naturpleje.com", "miljoe@roskilde.dk", "Ny konto til min faktura")
            .text("Hej Miljø\n\nJeg har lukket min konto i Arbejdernes Landsbank. Betal venligst regningen for slåningen ved "
                + "søen til " + mule(17) + " i stedet.\n\nIda Kjær\nSvogerslev Naturpleje");
        ownedBy(m, "svogerslev-naturpleje.com");
        m.description = "look-alike of the unlisted svogerslev-naturpleje.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "RI-" + (510_000 + rnd.nextInt(80_000));
            headers(m, "Roskilde Inkasso", "inddrivelse@roskilde-inkasso.com", "kreditor@roskilde.dk", "Inkassovarsel - sag "
                + sag + " - betal inden 3 dage")
                .text("Roskilde Kommune\n\n" + s[i].name() + " har overdraget fordringen vedrørende faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. til inddrivelse. Betales beløbet med tillæg af 2.150 kr. i omkostninger ikke "
                    + "inden 3 hverdage til " + mule(i + 2) + ", indleveres sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Roskilde Inkasso")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ri"), "Inkassovarsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 2.150,00", "Konto " + mule(i + 2))));
            ownedBy(m, "roskilde-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-roskilde.com", "Digital Post", "post@", "Ny meddelelse fra Skattestyrelsen",
            "Roskilde Kommune har en ny meddelelse om efterangivelse af moms for 2. kvartal. Meddelelsen skal åbnes med MitID "
                + "Erhverv inden 48 timer.", "fake-digital-post"},
            {"mitid-roskilde.com", "MitID Erhverv", "noreply@", "Jeres organisation skal genbekræfte sin MitID Erhverv-"
                + "administrator", "Administratoren for Roskilde Kommune er ikke genbekræftet efter den seneste sikkerheds"
                + "opdatering. Bekræft senest torsdag, ellers spærres adgangen til Digital Post og Virk.", "fake-digital-post"},
            {"digitalpost-jyllinge.com", "Digital Post Erhverv", "besked@", "Ulæst brev fra Udbetaling Danmark",
                "Der ligger et ulæst brev om tilbagebetaling af for meget udbetalt boligstøtte. Log på for at åbne brevet, før "
                    + "beløbet modregnes.", "fake-digital-post"},
            {"roskilde-domaeneservice.net", "Nordisk Domæneservice", "fornyelse@", "roskilde.dk: registreringen udløber",
                "Registreringen af roskilde.dk udløber om 9 dage. Uden fornyelse lukkes hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"himmelev-virksomhedsregister.org", "Skandinavisk Virksomhedsregister", "data@", "Kontrol af firmaoplysninger",
                "Gennemse de forudfyldte oplysninger, og returner formularen i underskrevet stand. Grundregistreringen er "
                    + "gratis.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@roskilde.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Åbn med "
                    + "MitID Erhverv</a></p></body></html>");
            } else if (x[0].startsWith("roskilde-domaene")) {
                mime.text(x[4] + "\n\nPris for 3 år: 6.480,00 kr. til " + mule(16) + " eller med kort: " + link
                        + "\n\nNordisk Domæneservice")
                    .attach("application/pdf", "Fornyelse_roskilde.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: roskilde.dk", "Periode: 3 år", "6.480,00", "Konto " + mule(16))));
            } else {
                mime.text(x[4] + "\n\nSkandinavisk Virksomhedsregister")
                    .attach("application/pdf", "Formular_Roskilde_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Roskilde Kommune, " + RAADHUS, "Underskrift:", "Med underskriften bestilles en 3-årig "
                            + "annoncepakke à 1.190 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@veddelev-ordrekontor.com", "indkoeb@roskilde.dk", "Ordre 88213 afsendes i dag: "
            + "8 x iPad Pro")
            .text("Tak for jeres bestilling. 8 x iPad Pro 13\" med tastatur, i alt 118.320,00 kr., faktureres ved afsendelse i "
                + "morgen.\n\nHar I ikke bestilt? Ring omgående på +45 46 99 17 30 for at annullere.\n\nOrdrekontoret");
        ownedBy(m, "veddelev-ordrekontor.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton fornyelse", "ordre@veddelev-ordrekontor.com", "oekonomi@roskilde.dk", "Kvittering: licens fornyet")
            .text("Jeres licens til Norton Small Business (50 enheder) er automatisk fornyet for 12 måneder, 7.990 kr. Ønsker I "
                + "at fortryde, skal I ringe til +45 46 99 17 30 inden 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Norton Small Business, 50 enheder, 12 mdr.", "7.990,00 kr.", "Fortrydelse: +45 46 99 17 30")));
        ownedBy(m, "veddelev-ordrekontor.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetaling-roskilde.net", "MobilePay Erhverv", "noreply@", "Indbetaling sat i bero",
            "En indbetaling på 9.740,00 kr. til Roskilde Kommune er sat i bero, indtil jeres virksomhedsoplysninger er bekræftet."},
            {"roskilde-havneparkering.com", "Parkering Roskilde Havn", "p-kontrol@", "Manglende betaling - tjenestebil CV 48 117",
                "En af kommunens biler er registreret uden gyldig parkering ved Vikingeskibsmuseet. Afgiften er 795 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@roskilde.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med telefonen for at fortsætte.</p><p><img src=\"cid:qr\" "
                    + "width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "qr-kode.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Roskilde Fjord Hydrographics", "accounts@roskildefjord-hydrographics.com", "havn@roskilde.dk",
            "Invoice RFH-1093 - bathymetric survey, harbour basin")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the multibeam bathymetric survey of the Roskilde "
                + "harbour basin and approach channel, as discussed with your harbour master. EUR 12,480.00 is due within 7 days "
                + "to " + mule(4) + ".\n\nKind regards\nRoskilde Fjord Hydrographics")
            .attach("application/pdf", "RFH-1093.pdf", Attachments.pdf(docId(m, "en"), "Invoice RFH-1093",
                List.of("Client: Roskilde Municipality", "Multibeam survey, harbour basin and channel", "EUR 12,480.00",
                    "Bank: " + mule(4))));
        ownedBy(m, "roskildefjord-hydrographics.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Roskilde Fjord Hydrographics - Finance", "finance@roskildefjord-hydrographics.com", "oekonomi@roskilde.dk",
            "Change of remittance details")
            .text("Hello,\n\nOur company has moved its banking relationship. Please update your supplier records and remit all "
                + "outstanding balances to " + mule(12) + " with immediate effect, and confirm by return.\n\nFinance Team");
        ownedBy(m, "roskildefjord-hydrographics.com");
        m.description = "English 'change of remittance details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "gadstrup-malerforretning.dk"}, {vognmand, "vindinge-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@roskilde.dk", i == 0 ? "Faktura (billede)" : "Scannet faktura")
                .text("Hej\n\nFakturaen er " + (i == 0 ? "taget som billede" : "scannet") + ", fordi printeren til fakturaprogrammet "
                    + "er i stykker. Bemærk, at kontonummeret er nyt.\n\n" + s.person())
                .attach(i == 0 ? "image/png" : "application/pdf", i == 0 ? "IMG_20311006_0912.png" : "scan0007.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "png") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "himmelev-rengoring.dk"}, {vvs, "osted-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 9)), "Faktura", no, amount(1_600_000), mule(i + 9), i + 1, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@roskilde.dk", "Faktura " + n + " (komprimeret)")
                .text("Hej\n\nFakturaen er pakket i en zip-fil, fordi vores PDF'er bliver blokeret af jeres filter. Åbn den og "
                    + "betal gerne inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura-" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura-" + n + ".pdf", pdf)
                    : Attachments.zip("bilag/" + n + ".pdf", pdf, "bilag/LAES_MIG.txt", "Ny bankforbindelse - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "salg@himmelev-kontorforsyning.com", "indkoeb@roskilde.dk", "Faktura og pakkeliste september")
            .text("Hej\n\nFaktura og pakkeliste er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og 'Aktivér "
                + "indhold' for at se det.\n\nHimmelev Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeliste.docm",
                Attachments.word("Faktura\nRoskilde Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "himmelev-kontorforsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of himmelev-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@roskilde-netdrift.net", "skoler@roskilde.dk", "Forbrugsopgørelse september")
            .text("Hej\n\nForbrugsopgørelsen for september og vores nye kontooplysninger står i regnearket. Aktivér makroer for "
                + "at se tallene.\n\nRoskilde Netværksdrift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Forbrug_september.xlsm",
                Attachments.excel(List.of("Forbrugsopgørelse september 2031", "I alt DKK 71.350,00", "Ny konto: " + plain(mule(0))),
                    true));
        ownedBy(m, "roskilde-netdrift.net");
        m.description = "macro-enabled Excel statement from a look-alike of roskilde-netdrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"roskilde-dokumentdeling.com", "Jyllinge Byggecenter", "Kontoudskrift september", "kontoudskrift.svg",
            "image/svg+xml"},
            {"fakturaportal-viby.net", "Viby Sjælland Entreprenørforretning", "Din faktura er klar", "Faktura_september.htm",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Indlæser faktura...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"140\"><text x=\"10\" y=\"28\">Kontoudskrift - "
                    + "klik for at se</text><a href=\"" + url + "\"><rect x=\"10\" y=\"44\" width=\"200\" height=\"32\" "
                    + "fill=\"#1f5fa8\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@roskilde.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "viby-entreprenoer.net", false}, {it, "roskildenetdrift.dk", true}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_900_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@roskilde.dk", "E-faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVi er midt i et skifte af NemHandel-udbyder, så denne faktura kommer som XML direkte til "
                    + "jer. Den kan indlæses som normalt. Læg mærke til den nye bankkonto i filen.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, mule(i + 7), a, isoDay(m, 0), isoDay(m, 10), peppol, "RK-PO-" + (32_000 + i), "Ny bankforbindelse")
                        .getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    /**
     * New family: a supplier's "merger" or "acquisition" moves every payment to a group or successor company's account; one
     * rides on the meal supplier's real merger with a third account.
     */
    private void mergerTransfers() {
        M m = bad("fake-merger-payee-transfer");
        headers(m, "Jyllinge Byggecenter A/S - Nordic Builders Group", "treasury@jyllinge-byggecenter-group.com",
            "kreditor@roskilde.dk", "Fusion med Nordic Builders Group - ny betalingsmodtager fra 1. november")
            .text("Til Roskilde Kommune, Kreditor\n\nSom led i fusionen mellem Jyllinge Byggecenter A/S og Nordic Builders Group "
                + "overgår alle debitorer pr. 1. november til koncernens fælles finansfunktion i Rotterdam. Åbne og fremtidige "
                + "fakturaer fra Jyllinge Byggecenter skal derfor betales til koncernkontoen " + mule(7) + ". CVR, rammeaftale "
                + "og kontaktpersoner i butikken er uændrede.\n\nFusionsmeddelelsen er vedhæftet. Bekræft venligst ændringen "
                + "ved at svare på denne mail.\n\nMed venlig hilsen\nGroup Treasury\nNordic Builders Group")
            .attach("application/pdf", "Fusionsmeddelelse_ny_betalingsmodtager.pdf", Attachments.pdf(docId(m, "fus"),
                "Meddelelse om fusion og ny betalingsmodtager", List.of("Jyllinge Byggecenter A/S, CVR " + cvr(byg.domain()),
                    "Fortsættende selskab: Nordic Builders Group B.V.", "Gælder betalinger fra 01-11-2031",
                    "Betalingsmodtager: " + mule(7), "Group Treasury")));
        ownedBy(m, "jyllinge-byggecenter-group.com");
        m.description = "domain with the listed builders' merchant's name plus 'group': a 'merger' moves all payments to a NL IBAN";
        m = bad("fake-merger-payee-transfer");
        String konto = bank("8990", "0007129945");
        headers(m, kontor.person(), addr(kontor), "kreditor@roskilde.dk", "Himmelev Kontorforsyning er nu en del af "
            + "Kontorgruppen Sjælland")
            .text("Kære kunde\n\nHimmelev Kontorforsyning ApS er pr. 1. oktober overtaget af Kontorgruppen Sjælland ApS, som "
                + "fortsætter leverancerne på samme vilkår. Fakturaer udstedes fremover af Kontorgruppen Sjælland, og betaling "
                + "skal ske til det fortsættende selskabs konto " + konto + ".\n\nTransporterklæringen er vedhæftet og skal ikke "
                + "returneres.\n\nMed venlig hilsen\nSalg og ordre\nHimmelev Kontorforsyning - en del af Kontorgruppen Sjælland")
            .attach("application/pdf", "Transporterklaering.pdf", Attachments.pdf(docId(m, "tr"), "Transporterklæring",
                List.of("Overdrager: Himmelev Kontorforsyning ApS", "Erhverver: Kontorgruppen Sjælland ApS",
                    "Alle tilgodehavender hos Roskilde Kommune transporteres til erhverver", "Betaling: " + konto)));
        forged(m, forgedHost++);
        m.description = "forged From the listed office supplier (p=none): 'taken over by a group', a transport declaration and a "
            + "new Danish account";
        m = bad("fake-merger-payee-transfer");
        headers(m, "Sjællandske Måltider A/S, Koncernøkonomi", "koncernoekonomi@roskilde-storkoekken-holding.dk",
            "kreditor@roskilde.dk", "Fusion Roskilde Storkøkken - rettelse af betalingskonto")
            .text("Til Roskilde Kommune\n\nSom I er orienteret om, er Roskilde Storkøkken A/S fusioneret med Sjællandske Måltider "
                + "A/S. Ved en fejl var kontonummeret i vores brev fra sidste uge koncernens driftskonto. Betalinger for "
                + "madservice skal gå til koncernens cash pool-konto " + mule(5) + ", som erstatter det tidligere oplyste "
                + "nummer.\n\nVi beklager forvirringen.\n\nMed venlig hilsen\nKoncernøkonomi\nSjællandske Måltider A/S");
        ownedBy(m, "roskilde-storkoekken-holding.dk");
        m.description = "rides on the meal supplier's real merger from a 'holding' look-alike: 'correction' to a third account";
    }

    /** New family: an estate administrator or "heir" wants money owed to a deceased paid to an estate "client account". */
    private void estateClaims() {
        M m = bad("fake-estate-administrator-claim");
        headers(m, "Advokat Charlotte Bjerre", "cb@osted-advokatkontor.dk", "omsorg@roskilde.dk", "Dødsboet efter Inger Marie "
            + "Holst - tilbagebetaling af forudbetalt husleje")
            .text("Til Roskilde Kommune, Sundhed og Omsorg\n\nJeg er udpeget som bobestyrer i dødsboet efter Inger Marie Holst, "
                + "senest boende på Plejecenter Toftehøj. Boet har til gode hos kommunen: forudbetalt husleje og servicepakke for "
                + "oktober, 14.380,00 kr., samt depositum 6.000,00 kr., i alt 20.380,00 kr.\n\nDa boet skal afsluttes inden for "
                + "kort tid, bedes beløbet indbetalt på boets klientkonto " + bank("9860", "0000815524") + " senest " + writtenDay(m, 8)
                + " med teksten 'Bo Holst'. Skifteretsattesten er vedhæftet.\n\nMed venlig hilsen\nCharlotte Bjerre\nAdvokat, "
                + "Osted Advokatkontor")
            .attach("application/pdf", "Skifteretsattest_Holst.pdf", Attachments.pdf(docId(m, "skr"), "Skifteretsattest",
                List.of("Skifteretten", "Dødsbo efter Inger Marie Holst", "Bobestyrer: advokat Charlotte Bjerre",
                    "Boets klientkonto: " + bank("9860", "0000815524"))));
        ownedBy(m, "osted-advokatkontor.dk");
        m.description = "fake estate administrator wants a deceased care-home resident's prepaid rent to a 'client account'";
        m = bad("fake-estate-administrator-claim");
        headers(m, "Michael Holst", "michael.holst.dk@gmail.com", "omsorg@roskilde.dk", "Min mors dødsbo - udbetaling")
            .text("Hej\n\nMin mor, Inger Marie Holst, døde på Plejecenter Toftehøj i sidste måned. Jeg er hendes eneste arving, og "
                + "boet er udleveret til mig som forenklet privat skifte. Attesten er vedhæftet som scanning.\n\nDet beløb, hun "
                + "har til gode for husleje og depositum, bedes overført til min konto " + mule(3) + ", da jeg bor i Estland og "
                + "ikke har en dansk konto længere.\n\nVenlig hilsen\nMichael Holst")
            .attach("application/pdf", "attest_skifteretten.pdf", Attachments.scannedPdf(docId(m, "heir")));
        genuine(m, GMAIL);
        m.description = "a self-declared 'sole heir' on gmail (authenticates) wants a deceased resident's money to a foreign account";
        Past p = past.get(smed.domain());
        m = bad("fake-estate-administrator-claim");
        headers(m, "Vindinge Boadvokat, bobestyrer", "bo@vindinge-boadvokat.dk", "kreditor@roskilde.dk", "Dødsboet efter Erik "
            + "Lund (Vindinge Smedie) - faktura " + p.no())
            .text("Til Roskilde Kommune\n\nErik Lund, indehaver af Vindinge Smedie, er afgået ved døden, og dødsboet behandles af "
                + "undertegnede som bobestyrer. Virksomhedens bankkonto er spærret under bobehandlingen.\n\nKommunens skyldige "
                + "beløb efter faktura " + p.no() + " på " + p.amount().gross() + " kr. skal derfor betales til boets konto "
                + mule(17) + " og ikke til den konto, der står på fakturaen.\n\nMed venlig hilsen\nVindinge Boadvokat");
        ownedBy(m, "vindinge-boadvokat.dk");
        m.description = "fake estate administrator cites the unlisted smithy's real wave-1 invoice: 'the owner died, pay the estate'";
    }

    /** New family: an insurer's recourse claim for damage the municipality supposedly caused as road or drain owner. */
    private void recourseClaims() {
        M m = bad("fake-insurance-recourse-claim");
        String skade = "HF-" + (66_000 + rnd.nextInt(9_000));
        headers(m, "Himmelev Forsikringsservice - Regres", "regres@forsikring-himmelev.dk", "vej-park@roskilde.dk", "Regreskrav "
            + skade + " - væltet vejtræ, Himmelev Bygade")
            .text("Til Roskilde Kommune, Vej og Park\n\nDen 14. september væltede et lindetræ på kommunens vejareal ud for "
                + "Himmelev Bygade 40 ned over vores forsikringstagers bil. Vi har udbetalt erstatning på 38.650,00 kr. Da træet "
                + "ifølge vores taksator var gået ud og burde have været fældet, gør vi regres mod kommunen som vejmyndighed.\n\n"
                + "Beløbet bedes indbetalt til " + mule(1) + " senest 14 dage fra dato med angivelse af skadenummeret. Herefter "
                + "overgår kravet til retslig inkasso.\n\nMed venlig hilsen\nHimmelev Forsikringsservice, Regres")
            .attach("application/pdf", "Skadeopgoerelse_" + skade + ".pdf", Attachments.pdf(docId(m, "reg"), "Skadeopgørelse " + skade,
                List.of("Skadedato 14-09-2031, Himmelev Bygade 40", "Udbetalt erstatning 38.650,00 kr.",
                    "Ansvarlig: Roskilde Kommune, vejmyndighed", "Betaling: " + mule(1))));
        ownedBy(m, "forsikring-himmelev.dk");
        m.description = "fake insurer demands recourse for a car under a municipal roadside tree, 14 days, DK mule IBAN";
        m = bad("fake-insurance-recourse-claim");
        headers(m, "Jyllinge Claims Recovery Ltd", "recovery@jyllinge-claims-recovery.com", "oekonomi@roskilde.dk",
            "Subrogated claim JCR-4471 - water damage, Jyllinge Nordmark")
            .text("Dear Sirs,\n\nWe act for the household insurer of a property in Jyllinge Nordmark that suffered water damage "
                + "in the cloudburst of 21 August, caused by a blocked municipal storm drain. Having indemnified the insured, our "
                + "principal is subrogated to the claim against Roskilde Municipality.\n\nTo avoid proceedings, please settle EUR "
                + "7,940.00 to " + mule(3) + " within 10 days, quoting JCR-4471.\n\nYours faithfully\nClaims Recovery Team");
        ownedBy(m, "jyllinge-claims-recovery.com");
        m.description = "English 'subrogated claim' for storm-drain water damage, EE IBAN, 10 days";
        m = bad("fake-insurance-recourse-claim");
        headers(m, "Fjord Forsikring, Regres", "regres@fjordforsikring-gadstrup.dk", "oekonomi@roskilde.dk", "Regres - skade "
            + "FF-31-21188, brand i affaldscontainer, Gadstrup Skole")
            .text("Til Roskilde Kommune\n\nBranden i kommunens affaldscontainer ved Gadstrup Skole den 3. september bredte sig til "
                + "vores forsikringstagers carport. Vi har betalt 26.900,00 kr. og rejser regres mod kommunen.\n\nDa jeres "
                + "forsikringsselskab har afvist sagen, bedes kommunen betale beløbet direkte til vores regreskonto "
                + mule(9) + " inden 8 dage.\n\nMed venlig hilsen\nFjord Forsikring, Regresafdelingen");
        ownedBy(m, "fjordforsikring-gadstrup.dk");
        m.description = "look-alike of the real insurer fjordforsikring.dk: 'your insurer refused, pay us directly', HU IBAN";
    }

    /** New family: the bank's "payment file rejected" as a pretext for a login page, "corrected" payee accounts or a call. */
    private void paymentFileRejections() {
        M m = bad("fake-payment-file-rejection");
        headers(m, "Roskilde Fjord Sparekasse, Erhverv", "betalinger@roskilde-sparekasse-erhverv.com", "oekonomi@roskilde.dk",
            "Betalingsfil afvist - 14 betalinger ikke gennemført")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Kære kunde</p><p>Jeres betalingsfil fra i går "
                + "(14 betalinger, i alt <b>1.284.917,40 kr.</b>) er afvist på grund af en fejl i den digitale signatur. "
                + "Betalingerne er ikke gennemført.</p><p>Upload filen igen og godkend med MitID Erhverv inden kl. 14 i dag, så "
                + "betalingerne når frem rettidigt.</p><p><a href=\"https://roskilde-sparekasse-erhverv.com/betalinger/"
                + sha256(m.id).substring(0, 16) + "\">Upload betalingsfil</a></p><p>Med venlig hilsen<br>Roskilde Fjord "
                + "Sparekasse, Erhverv</p></body></html>");
        ownedBy(m, "roskilde-sparekasse-erhverv.com");
        m.description = "fake 'payment file rejected' in our real bank's name: upload and MitID Erhverv link, deadline today";
        m = bad("fake-payment-file-rejection");
        headers(m, "Betalingsservice Erhverv", "retur@viby-betalingsservice.com", "kreditor@roskilde.dk", "Returnerede "
            + "betalinger - rettede modtagerkonti")
            .text("Til Roskilde Kommune, Kreditor\n\nFire betalinger i jeres seneste betalingskørsel er returneret af "
                + "modtagerbankerne, fordi kontiene er lukket. Leverandørerne har oplyst nye konti, som fremgår af det vedhæftede "
                + "regneark. Indlæs de rettede konti i økonomisystemet, og send betalingerne igen i dag.\n\nBetalingsservice "
                + "Erhverv")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Returnerede_betalinger.xlsx",
                Attachments.excel(List.of("Modtager;Beløb;Ny konto", "Jyllinge Byggecenter A/S;86.420,00;" + plain(mule(4)),
                    "Osted VVS & Blik ApS;31.875,00;" + plain(mule(6)), "Gadstrup Busser ApS;118.300,00;" + plain(mule(13)),
                    "Himmelev Rengøringsservice ApS;92.150,00;" + plain(mule(1))), false));
        ownedBy(m, "viby-betalingsservice.com");
        m.description = "'returned payments' with a spreadsheet of four listed suppliers' 'corrected' accounts, all mules";
        m = bad("fake-payment-file-rejection");
        headers(m, "Midtsjællands Andelskasse, Erhvervssupport", "support@gadstrup-andelskasse-netbank.com", "oekonomi@roskilde.dk",
            "Jeres betalinger er sat i bero")
            .text("Kære kunde\n\nJeres betalingsfil fra i dag indeholdt en ugyldig signatur, og betalingerne er sat i bero. For "
                + "at frigive dem skal en tegningsberettiget ringe til vores erhvervssupport på +45 46 37 82 10 og bekræfte "
                + "betalingerne med MitID-koden, som vi sender under samtalen.\n\nMed venlig hilsen\nMidtsjællands Andelskasse");
        ownedBy(m, "gadstrup-andelskasse-netbank.com");
        m.description = "look-alike of our second bank: payments 'on hold', call support and read out the MitID code";
    }

    // ------------------------------------------------------------------------------------------ output

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus28().generate(), List.of(
            "# Roskilde Kommune, Økonomi: invoice checks (twenty-eighth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=jyllinge-fjernvarme.dk viby-entreprenoer.dk gundsoemagle-kloak.dk svogerslev-toemrer.dk "
                + "gadstrup-maler.dk himmelev-rengoering.dk roskilde-avisen.dk vindinge-vognmand.dk veddelev-el.dk osted-vvs.dk "
                + "roskilde-storkoekken.dk jyllinge-byggecenter.dk roskilde-netdrift.dk gadstrup-busser.dk "
                + "himmelev-kontorforsyning.dk",
            "invoice.domains.platforms=teamleader.eu timelog.com pensopay.com paddle.com",
            "invoice.names.protected=Roskilde Kommune"));
    }
}
