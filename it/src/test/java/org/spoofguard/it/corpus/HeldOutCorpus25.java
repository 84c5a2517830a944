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
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The twenty-fifth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Vejle Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, fleet, foster-care,
 * harbour, digitalisation and department mailboxes) with fifteen listed suppliers from Vejle, Give, Jelling, Børkop,
 * Egtved, Bredsten, Thyregod, Brejning, Grejsdalen, Vingsted, Gadbjerg, Hornstrup and Ødsted in every DNS posture real
 * Danish firms have (some sending through a web hoster named in their SPF), three invoicing platforms ({@code
 * billomat.com}, {@code invoiceberry.com}, {@code maxio.com}), local banks, the intermunicipal fire and rescue service,
 * a charge-point operator for the municipal electric cars, a Swedish lighting designer, a German harbour-equipment firm
 * from Kiel, an English flood-sensor maker, a Dutch bicycle-parking maker, a Norwegian harbour-booking house, SaaS, an
 * auditor, an e-signature service, a lawyer's collection department, a pension company, two authorities, a creditor
 * list, forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary and foster-carer account changes, look-alikes, homoglyphs,
 * image-only invoices, e-invoice XML with a changed account) and three kinds new here: a supplier's or "the bank's"
 * mail that tells the payer in advance that the bank's Verification of Payee (modtagerkontrol, name check of the
 * payee's account since October 2025) will show "no match" and that the payment may be approved anyway
 * (payee-verification-override), a supplier's mail that asks the reader to open an invoice by entering a code on
 * Microsoft's real device-login page, so that the fraudster's device gets the mailbox's token (device-code-login-lure),
 * and settlements of charging sessions, idle fees or charging-card subscriptions for the municipal electric cars to be
 * paid outside the real operator's invoice (fake-ev-charging-settlement). The invoice engine, its tests, tuning notes
 * and earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is
 * derived from the mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt,
 * intermunicipal, charging, foreign, platform or SaaS invoice) and its computed authentication (DMARC pass, or aligned
 * SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus25GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus25 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout25");
    public static final String OWN = "vejle.dk";
    static final String FRAUD_NET = "127.136.";
    private static final String OWN_IP = "127.130.0.1";
    private static final String EAN = "5798008530417";
    private static final String RAADHUS = "Skolegade 1, 7100 Vejle";
    /** A Vejle web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.135.9.1";
    private static final String GMAIL = "127.139.1.1";
    private static final String MSFT = "127.139.2.1";
    private static final String YAHOO = "127.139.3.1";
    private static final String APPLE = "127.139.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter DE_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    private final Random rnd = new Random(25_0025_7100L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2030, 9, 2, 7, 20, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2030, 9, 30, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Give Fjernvarme a.m.b.a.", "give-fjernvarme.dk", "Afregningen, Give Fjernvarme",
        "afregning", "127.131.1.1", iban("DK", "75970000318844"),
        "fjernvarme til Give Skole, Give Bibliotek og Plejecenter Skovhaven, august");
    private final Supplier entrep = new Supplier("Børkop Entreprenørforretning A/S", "boerkop-entreprenoer.dk", "Mikael Hougaard",
        "mh", "127.131.2.1", bank("7970", "0002841163"), "reparation af fortov og nye vejbrønde, Gauerslundvej og Brejningvej");
    private final Supplier kloak = new Supplier("Egtved Kloak & Spul ApS", "egtved-kloak.dk", "Lars Vinding", "lars", HOSTER_IP,
        bank("9570", "0012448715"), "spuling og TV-inspektion af hovedledning, Egtved Skole");
    private final Supplier toemrer = new Supplier("Bredsten Tømrer & Byg ApS", "bredsten-toemrer.dk", "Søren Bruun", "soeren",
        "127.131.4.1", bank("7970", "0003317790"), "nye vinduer i gymnastiksalen og nye sokkelbrædder, Bredsten Skole");
    private final Supplier maler = new Supplier("Thyregod Malerforretning v/ Bo Kristensen", "thyregod-maler.dk", "Bo Kristensen",
        "bo", "127.131.5.1", bank("0400", "4017228391"), "maling af gange og personalerum, Thyregod Skole");
    private final Supplier rengoer = new Supplier("Grejsdalens Rengøringsservice ApS", "grejsdal-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.131.6.1", bank("7970", "0006629014"), "daglig rengøring af Vejle Rådhus og Borgerservice, august");
    private final Supplier avis = new Supplier("Vejle Ugeavis", "vejle-ugeavis.dk", "Annonceafdelingen", "annoncer",
        "127.131.7.1", iban("DK", "30000010992745"), "annoncer for høringer, borgermøder og ledige stillinger, august");
    private final Supplier vognmand = new Supplier("Gadbjerg Vognmandsforretning ApS", "gadbjerg-vognmand.dk", "Jan Fuglsang",
        "jan", "127.131.8.1", bank("7970", "0001906653"), "kørsel med stabilgrus og bortkørsel af jord, Gadbjerg Idrætsplads");
    private final Supplier el = new Supplier("Brejning El & Teknik ApS", "brejning-el.dk", "Rikke Stensgaard", "rikke", HOSTER_IP,
        bank("9570", "0012903318"), "nye nødlysarmaturer og eftersyn af ABA-anlæg, Børkop Bibliotek");
    private final Supplier vvs = new Supplier("Vingsted VVS ApS", "vingsted-vvs.dk", "Kontoret", "kontor", "127.131.10.1",
        bank("7970", "0004470028"), "service på varmecentraler, Bindeballe Børnehus og Ødsted Skole");
    private final Supplier mad = new Supplier("Jelling Madservice A/S", "jelling-madservice.dk", "Jelling Madservice, Kundeservice",
        "kunde", "127.131.11.1", iban("DK", "75970000629187"), "madservice til hjemmeboende borgere i Jelling, Give og Bredsten, uge 33-35");
    private final Supplier trae = new Supplier("Hornstrup Trælast A/S", "hornstrup-traelast.dk", "Proffen, Hornstrup Trælast",
        "proff", "127.131.12.1", iban("DK", "30000011774412"), "byggematerialer til Ejendomscentret, rammeaftale 2030");
    private final Supplier it = new Supplier("Vejlefjord IT-Drift ApS", "vejlefjord-it.dk", "Fakturering, Vejlefjord IT-Drift",
        "faktura", "127.131.13.1", bank("9570", "0013310872"), "drift af skolernes netværk og 80 nye lærer-pc'er");
    private final Supplier bus = new Supplier("Ødsted Busser ApS", "oedsted-busser.dk", "Kørselskontoret", "koersel",
        "127.131.14.1", bank("7970", "0005218836"), "skolebuskørsel Ødsted-Jelling og Gadbjerg-Give, august");
    private final Supplier kontor = new Supplier("Vejle Kontorforsyning ApS", "vejle-kontorforsyning.dk", "Ordreafdelingen",
        "ordre", "127.131.15.1", iban("DK", "75970000881206"), "kopipapir, ringbind og toner, rammeaftale, august");
    // not on the creditor list: small local firms and sole traders
    private final Supplier baad = new Supplier("Vejle Fjord Bådeservice", "vejlefjord-baadservice.dk", "Kim Bech", "kim",
        "127.132.1.1", bank("7970", "0002115608"), "bundmaling og motorservice, kommunens arbejdsbåd i Vejle Lystbådehavn");
    private final Supplier skadedyr = new Supplier("Kollemorten Skadedyrsservice", "kollemorten-skadedyr.dk", "Jonna Skibsted",
        "jonna", "127.132.2.1", bank("9570", "0011820436"), "rottebekæmpelse langs Vejle Å og ved Spinderihallerne, september");
    private final Supplier snedker = new Supplier("Jelling Møbelsnedkeri", "jelling-moebelsnedkeri.dk", "Anders Holm Lauridsen",
        "anders", "127.132.3.1", bank("7970", "0004092271"), "nye garderobeskabe og bænke, Jelling Skole SFO");
    private final Supplier natur = new Supplier("Tørskind Naturpleje v/ Ane Holt", "toerskind-naturpleje.dk", "Ane Holt", "ane",
        "127.132.4.1", bank("0400", "4019913357"), "slåning og rydning af opvækst, Tørskind Grusgrav og Egtved Ådal");
    private final Supplier guide = new Supplier("Ådalens Naturvejledning v/ Ditte Skov", "gmail.com", "Ditte Skov",
        "ditte.skov.natur", GMAIL, bank("7970", "0001528804"), "naturdag i Grejsdalen for 5. årgang, Kirkebakkeskolen");
    private final Supplier tolk = new Supplier("Farah Nouri Tolkeservice", "outlook.com", "Farah Nouri", "farah.nouri.tolk", MSFT,
        bank("9570", "0012227019"), "tolkning farsi-dansk, Jobcenter Vejle, 4 timer");
    private final Supplier musik = new Supplier("Spillemand Kaj Ravnholt", "icloud.com", "Kaj Ravnholt", "kaj.ravnholt", APPLE,
        bank("7970", "0006607142"), "musik til høstfest, Plejecenter Skovhaven, Give");
    private final Supplier foto = new Supplier("Bølgen Foto v/ Maja Frost", "live.dk", "Maja Frost", "maja.frost.foto", MSFT,
        bank("0400", "4011783306"), "fotos af Fjordenhus, Bølgen og Kongernes Jelling til kommunens erhvervsfolder");
    private final Supplier gym = new Supplier("Seniorgymnastik v/ Lene Krogh", "hotmail.com", "Lene Krogh", "lene.krogh.gym", MSFT,
        bank("7970", "0002981450"), "stolegymnastik på Aktivitetscentret i Børkop, 8 gange");
    // foreign suppliers
    private final Supplier ljus = new Supplier("Malmö Ljusdesign AB", "malmo-ljusdesign.se", "Ekonomiavdelningen", "ekonomi",
        "127.137.1.1", iban("SE", "80000000091133820476"), "belysning av gångbron vid Fjordenhus, etapp 2");
    private final Supplier kiel = new Supplier("Kieler Hafentechnik GmbH", "kiel-hafentechnik.de", "Buchhaltung", "rechnung",
        "127.137.2.1", iban("DE", "210500000091278834"), "Austausch von Fenderelementen, Vejle Havn Kai 4");
    private final Supplier brygge = new Supplier("Stavanger Bryggeteknikk AS", "stavanger-bryggeteknikk.no", "Fakturaavdelingen",
        "faktura", "", iban("NO", "15032219877"), "bookingsystem for gjestehavnen og slipen i Vejle, årsabonnement");
    private final Supplier husum = new Supplier("Husumer Spielgeräte GmbH", "husumer-spielgeraete.de", "Anke Petersen", "anke",
        "", iban("DE", "217500000062208817"), "Seilspielgerät und Nestschaukel, Legeplads Nørreskoven");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        trae, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"give-fjernvarme.com", "boerkop-entreprenor.dk", "hornstrup-traelast.com",
        "brejning-el-teknik.dk", idn("hornstrup-tr\u00e6last.dk"), idn("v\u0435jle.dk"), "billomat-vejle.com", "maxio-egtved.net",
        "egtved-kloak.net", "jelling-madservice.com", "oedsted-bus.dk", "thyregodmaler.dk", "vejle-inkasso.com",
        "digitalpost-vejle.com", "mitid-erhverv-jelling.com", "vejle-domaeneservice.net", "egtved-erhvervsregister.org",
        "boerkop-ordrekontor.com", "parkering-vejle-fjord.com", "mobilepay-vejle.net", "jelling-heritage-consult.com",
        "thyregod-maler.net", "gadbjerg-vognmand.com", "grejsdal-rengoering.com", "vingsted-vvs.net", "vejle-kontorforsyning.com",
        "vejlefjord-it.net", "vejle-dokumentdeling.com", "fakturaportal-give.net", "boerkop-entreprenoer.net",
        "jelling-madservice.net", "hornstrup-traelast.net", "sparekassen-vejle-erhverv.com", "utrecht-fietsparkeren-vejle.com",
        "vejlefjord-it-drift.dk", "hafentechnik-vejle.de", "clever-erhverv-vejle.dk", "ladepark-jelling.dk", "ladekort-boerkop.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("give-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("boerkop-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("egtved-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("bredsten-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("thyregod-maler.dk", null, null, null, null); // nothing published
        domain("grejsdal-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("vejle-ugeavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gadbjerg-vognmand.dk", List.of("127.131.98.8"), "~all", null, "none"); // SPF names the dispatch system only
        domain("brejning-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("vingsted-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("jelling-madservice.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("hornstrup-traelast.dk", List.of(trae.ip(), "127.131.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vejlefjord-it.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("oedsted-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("vejle-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("vejlefjord-baadservice.dk", List.of(baad.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("kollemorten-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("jelling-moebelsnedkeri.dk", List.of(snedker.ip()), "-all", null, null);
        domain("toerskind-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("vejle-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("malmo-ljusdesign.se", List.of(ljus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kiel-hafentechnik.de", List.of(kiel.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bristol-floodsensors.com", List.of("127.137.3.1"), "-all", null, null);
        domain("utrecht-fietsparkeren.nl", List.of("127.137.4.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        // collection, auditor, e-signature, pension, school, shops, fire service, charging, authorities
        domain("fjordadvokaterne.dk", List.of("127.133.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("revisionshuset-jelling.dk", List.of("127.133.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("mp.dk", List.of("127.133.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("esignatur.dk", List.of("127.133.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("rosborg-gymnasium.dk", List.of("127.133.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("legepladsfabrikken-give.dk", List.of("127.133.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("jelling-byggemarked.dk", List.of("127.133.7.1"), "-all", null, "none");
        domain("vejle-boghandel.dk", List.of("127.133.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("brs-sydoestjylland.dk", List.of("127.133.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("clever.dk", List.of("127.133.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("dmi.dk", List.of("127.133.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("banedanmark.dk", List.of("127.133.16.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("billomat.com", List.of("127.134.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("invoiceberry.com", List.of("127.134.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("maxio.com", List.of("127.134.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletter, forwarders
        domain("sparekassen-vejle.dk", List.of("127.135.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("andelskassen-egtved.dk", List.of("127.135.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-trekanten.dk", List.of("127.135.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("brevo.com", List.of("127.135.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunale-indkoebere.dk", List.of("127.135.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oekonomiforum-trekant.dk", List.of("127.135.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kreditorsikkerhed-net.dk", List.of("127.135.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("fagbladet-kommunaloekonomi.dk", List.of("127.135.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.vejlenet.dk", List.of("127.138.1.1"), "-all", null, null);
        domain("relay.jelling-fiber.dk", List.of("127.138.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("matterport.com", List.of("127.137.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("easycruit.com", List.of("127.137.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"reject", null, "quarantine", "none", "reject", null, "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 6 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 5 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 128_400 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no25:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(41_000 + rnd.nextInt(9_000));
            case 1:
                return "30" + String.format("%05d", 100 + rnd.nextInt(20_000));
            case 2:
                return "F-2030-" + (200 + rnd.nextInt(1_700));
            case 3:
                return "INV" + (60_100 + rnd.nextInt(9_000));
            case 4:
                return (300 + rnd.nextInt(600)) + "/30";
            default:
                return String.valueOf(1_100 + rnd.nextInt(900));
        }
    }

    private static final String[] TO = {"kreditor@vejle.dk", "efaktura@vejle.dk", "kreditor@vejle.dk", "oekonomi@vejle.dk",
        "teknik-miljoe@vejle.dk", "boern-unge@vejle.dk", "sundhed-omsorg@vejle.dk", "kultur-fritid@vejle.dk",
        "ejendomscentret@vejle.dk", "indkoeb@vejle.dk", "kreditor@vejle.dk", "havn@vejle.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf25:" + tag + ":" + m.id).substring(4, 16), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr25:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi25:" + domain).hashCode(), 9_000_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "give-fjernvarme.dk" -> "Fabriksvej 6, 7323 Give";
            case "boerkop-entreprenoer.dk" -> "Vestermarksvej 14, 7080 Børkop";
            case "egtved-kloak.dk" -> "Industrivej 3, 6040 Egtved";
            case "bredsten-toemrer.dk" -> "Vesterbygade 41, 7182 Bredsten";
            case "thyregod-maler.dk" -> "Thyregodvej 22, 7323 Give";
            case "grejsdal-rengoering.dk" -> "Grejsdalsvej 210, 7100 Vejle";
            case "vejle-ugeavis.dk" -> "Dæmningen 12, 7100 Vejle";
            case "gadbjerg-vognmand.dk" -> "Gadbjergvej 61, 7184 Vandel";
            case "brejning-el.dk" -> "Fjordvejen 9, Brejning, 7080 Børkop";
            case "vingsted-vvs.dk" -> "Vingstedvej 17, 7182 Bredsten";
            case "jelling-madservice.dk" -> "Gormsvej 30, 7300 Jelling";
            case "hornstrup-traelast.dk" -> "Hornstrupvej 5, 7100 Vejle";
            case "vejlefjord-it.dk" -> "Havneparken 4, 7100 Vejle";
            case "oedsted-busser.dk" -> "Ødsted Bygade 12, 7100 Vejle";
            case "vejle-kontorforsyning.dk" -> "Vestre Engvej 50, 7100 Vejle";
            case "vejlefjord-baadservice.dk" -> "Havnen 21, 7100 Vejle";
            case "kollemorten-skadedyr.dk" -> "Kollemortenvej 8, 7323 Give";
            case "jelling-moebelsnedkeri.dk" -> "Mølvangvej 3, 7300 Jelling";
            case "toerskind-naturpleje.dk" -> "Tørskindvej 44, 6040 Egtved";
            case "vejle-laas.dk" -> "Jernbanegade 7, 7100 Vejle";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a bookkeeping program's invoice with a customer number and an item table;
     * a craftsman's "regning" with the work site, working hours, materials and a van; a short bill with payment terms
     * and the FI line "+71<...>" (printed only with the supplier's own account); a service statement with period,
     * contract number and EAN.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = title.toUpperCase(DA);
                l.add(s.name() + (addr.isEmpty() ? "" : "  |  " + addr) + "  |  CVR " + cvr(s.domain()));
                l.add("Nummer: " + no + "    Dato: " + dottedDay(m, 0) + "    Kundenr.: " + (10_400 + Math.floorMod(s.domain().hashCode(), 500))
                    + "    Forfaldsdato: " + dottedDay(m, 30));
                l.add("Vejle Kommune, " + RAADHUS + "  -  EAN-nr. " + EAN);
                l.add("Varenr.  Tekst                                              Antal   Pris   Beløb");
                l.add("100      " + s.what() + "   1   " + a.net() + "   " + a.net());
                l.add("Subtotal " + a.net() + "    Moms (25%) " + a.vat() + "    I alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betales til " + account + ". Angiv venligst " + title.toLowerCase(DA) + "snummer ved betaling.");
            }
            case 1 -> {
                head = s.name();
                l.add(title + " nr. " + no + " - " + writtenDay(m, 0) + (freeMail(s) ? "" : " - cvr " + cvr(s.domain())));
                l.add("Arbejdssted / kunde: Vejle Kommune, EAN " + EAN);
                l.add("Udført: " + s.what());
                long rate = 49_500;
                long hours = Math.max(1, a.ore() * 60 / 100 / rate);
                long van = a.ore() / 30;
                l.add("Arbejdsløn " + hours + " timer x " + kr(rate) + " = " + kr(hours * rate));
                l.add("Materialer " + kr(a.ore() - hours * rate - van) + "    Servicevogn " + kr(van));
                l.add("Ialt ekskl. moms " + a.net() + ",  moms " + a.vat() + ",  ialt inkl. moms " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Beløbet bedes indsat på " + account + " senest " + writtenDay(m, 14) + ".");
            }
            case 2 -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr));
                l.add("Debitor: Vejle Kommune (Kreditorer), " + RAADHUS + ", EAN " + EAN + "    Dato " + isoDay(m, 0));
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + " / moms " + a.vat() + " / total " + a.gross() + " DKK");
                l.add("Betalingsbetingelser: netto 30 dage");
                l.addAll(more);
                l.add("Betaling: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = s.name() + " - " + title;
                l.add(title + " " + no + ", udstedt " + dottedDay(m, 0) + ", kontraktnr. VK-" + (2_200 + Math.floorMod(s.domain().hashCode(), 700)));
                l.add("Modtager: Vejle Kommune, EAN " + EAN);
                l.add("Periode: " + sentPlus(m, -31, DOTS) + " - " + dottedDay(m, -1));
                l.add("Leverance: " + s.what());
                l.add("Netto " + a.net() + "    25 % moms " + a.vat() + "    Til betaling " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Indbetales senest " + dottedDay(m, 20) + " på " + account + (freeMail(s) ? "" : "  -  CVR " + cvr(s.domain())));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura " + n + ".pdf", "faktura_" + n + ".pdf", n + ".pdf", "Vejle Kommune - faktura " + n + ".pdf",
            "Fakturanr_" + n + ".pdf", "Regning-" + n + ".pdf", "DOC" + n + ".pdf", "faktura" + n + ".PDF"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Vejle Kommune", "Kære kreditorbogholderi", "Goddag", "Hej Vejle Kommune",
        "Att.: Kreditorer", "Hej igen", "Kære kunde"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig25:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh\n" + firstName(s) + "\n\n" + s.name() + "\nTlf. 7" + (5 + rnd.nextInt(2)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + s.person() + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nHilsen " + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.stream().anyMatch(x -> x.name().equals(s.name())) ? 8_700_000 : 590_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " fra " + s.name(), "Vejle Kommune - faktura " + no,
            "Regning " + no, "Faktura " + no + " (EAN " + EAN + ")", "Fremsendelse af faktura", "Fakt.nr. " + no, "Faktura vedhæftet",
            s.name() + ": faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Vedhæftet er faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed faktura nr. " + no + " på " + a.gross() + " kr. inkl. moms med forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Så blev vi færdige, og her kommer regningen. Den er også sendt til jeres EAN-nummer.";
            case 3 -> "Tak for opgaven. Fakturaen er vedhæftet - giv lyd, hvis der skal rettes noget på den.";
            case 4 -> "Vi fremsender hermed faktura for perioden. Oplys venligst fakturanummeret ved betaling.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + writtenDay(m, 30);
            case 6 -> "Undskyld forsinkelsen på fakturaen - vi har haft travlt med at blive færdige inden efterårsferien.";
            default -> "Se venligst vedhæftede faktura.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,Arial,sans-serif;font-size:10pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v + 2, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, Amount a, String issue, String due, boolean peppol, String note) {
        return Ubl.compact(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Vejle Kommune", EAN, a.ore(), issue, due, peppol, note);
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
        List<Supplier> again = List.of(trae, entrep, it, mad, vvs, avis, el, kloak, varme, maler, kontor, vognmand, rengoer,
            bus, trae, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Indkøbsordre " + (88_120 + k * 17));
                case 1 -> List.of("Att.: " + to().replace("@vejle.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "skybrudsskader, august" : "planlagt vedligehold 2030"));
                case 3 -> List.of("Bestilt via e-handel, ordre " + (5_300_000 + k * 409));
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nTimesedlen ligger som bilag." : k % 7 == 5 ? "\n\nBilleder af det færdige arbejde er vedhæftet." : "";
            invoice(m, s, s.account(), k * 3 + 1, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("application/pdf", "timeseddel_" + (36 + k) + ".pdf", Attachments.pdf(docId(m, "ts"), "Timeseddel",
                    List.of(s.what(), "Timer i alt: " + (5 + k % 9), "Kørsel: 2 x Vejle t/r", "Kvitteret af serviceleder")));
            } else if (k % 7 == 5) {
                m.mime.attach("image/jpeg", "IMG_" + (5100 + k * 13) + ".jpeg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, mad, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: september 2030"), "\n\nFakturaen dækker september.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for September, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        charging();
        authorityNotices();
        platforms();
        ublFiles();
        bankChanges();
        nameChange();
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
        pension();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{trae, "Kreditnota vedr. faktura ", "Seks plader gipsfiner og en pakke lægter er returneret fra Ejendomscentret. "
            + "Varerne var ubrudte, så de er krediteret fuldt ud."},
            {kontor, "Kreditering af faktura ", "Toneren til printerne på Rådhuset var den forkerte model. I har fået den rigtige, og "
                + "den forkerte er krediteret."},
            {mad, "Kreditnota - faktura ", "Fire borgere var indlagt i uge 34 og fik derfor ikke leveret mad. Deres portioner er "
                + "krediteret."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (3_100 + rnd.nextInt(900));
            Amount a = amount(280_000).credit();
            headers(m, s.person(), addr(s), "kreditor@vejle.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "modregnes i næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, el)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@vejle.dk", "Kontoudtog pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil orientering sender vi kontoudtog for Vejle Kommune. Faktura " + p.no() + " er registreret betalt, "
                    + "og der står ikke noget åbent." + signature(s))
                .attach("application/pdf", "kontoudtog_vejle_kommune.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog",
                    List.of("Kunde: Vejle Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   betalt",
                        "Saldo 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@vejle.dk", "Betaling modtaget")
            .text("Hej\n\nVi har fået pengene for faktura " + past.get(vognmand.domain()).no() + " (grus til Gadbjerg Idrætsplads). "
                + "Tak skal I have.\n\nJan\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "gadbjerg-vognmand.dk thanks for payment (its SPF names only the dispatch system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Betalingspåmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Er den betalt inden for "
            + "de sidste dage, kan I se bort fra denne påmindelse."},
            {maler, "Mangler betaling", "Hej. Jeg mangler stadig betaling for malerarbejdet på Thyregod Skole. Kan I se, om den er "
                + "gået i stå et sted? Mvh Bo"},
            {kloak, "Rykker 1", "Fakturaen er forfalden. Der er ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@vejle.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 4) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross()
                    + " kr., bedes betalt til vores konto " + s.account() + " som sædvanlig." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "FA-" + (7_200 + rnd.nextInt(800));
        String klient = bank("7970", "0010554938");
        headers(m, "Fjordadvokaterne, inkasso", "inkasso@fjordadvokaterne.dk", "kreditor@vejle.dk",
            "Påkrav, vores sag " + sag + " - Jelling Møbelsnedkeri")
            .text("Vejle Kommune\n\nJelling Møbelsnedkeri v/ Anders Holm Lauridsen har bedt os inddrive faktura nr. 2214 af "
                + "12. juni 2030 på 18.437,50 kr. (garderobe og bænke til Jelling Skole SFO). Der er sendt rykkere den 30. juni og "
                + "14. juli.\n\nEr fakturaen betalt, eller bestrider I kravet, bedes I skrive til os med sagsnummeret. Ellers bedes "
                + "beløbet med tillæg af inkassogebyr 100 kr. indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\n"
                + "Med venlig hilsen\nFjordadvokaterne\nDæmningen 34, 7100 Vejle")
            .attach("application/pdf", "Paakrav_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Påkrav " + sag,
                List.of("Fordringshaver: Jelling Møbelsnedkeri", "Faktura 2214: 18.437,50", "Inkassogebyr: 100,00",
                    "Klientkonto: " + klient)));
        genuine(m, "127.133.1.1");
        m.description = "a real lawyer's collection letter about an unlisted joiner's unpaid invoice, DMARC pass";
    }

    /** The intermunicipal fire and rescue service's quarterly contribution. */
    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "BRS-" + (24_100 + rnd.nextInt(700));
        String konto = iban("DK", "75970000778203");
        headers(m, "Brand & Redning Sydøstjylland I/S", "oekonomi@brs-sydoestjylland.dk", "kreditor@vejle.dk", "Faktura " + no
            + " - kommunalt bidrag 4. kvartal 2030")
            .text("Til Vejle Kommune\n\nHermed faktura på kommunens bidrag til Brand & Redning Sydøstjylland for 4. kvartal 2030 "
                + "efter budgettet vedtaget i bestyrelsen og fordelingsnøglen i interessentskabskontraktens § 9. Fakturaen er også "
                + "sendt til jeres EAN-nummer. Betaling til " + konto + ".\n\nVenlig hilsen\nØkonomi og Administration\n"
                + "Brand & Redning Sydøstjylland I/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "brs"), "Faktura " + no,
                List.of("Brand & Redning Sydøstjylland I/S", "Vejle Kommune, EAN " + EAN,
                    "Kommunalt bidrag 4. kvartal 2030, andel 61,2 %", "DKK 14.236.800,00 (momsfrit)", "Betaling: " + konto)));
        genuine(m, "127.133.11.1");
        m.description = "the intermunicipal fire and rescue service's quarterly contribution, its own account, DMARC pass";
    }

    /** The real charge-point operator: the monthly charging statement and the quarterly card subscription. */
    private void charging() {
        String konto = iban("DK", "30000012260419");
        M m = ok("ev-charging-invoice", true);
        String no = "CL-" + (7_720_000 + rnd.nextInt(90_000));
        headers(m, "Clever Erhverv", "erhverv@clever.dk", "flaadestyring@vejle.dk", "Faktura " + no + " - opladning september")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\"><p>Kære Vejle Kommune</p><p>Vedhæftet er "
                + "fakturaen for opladning med jeres 64 ladebrikker i september: 1.812 ladninger, heraf 1.490 på jeres egne ladere "
                + "på Vejle Rådhus, i Give og Jelling og 322 på offentlige ladere (roaming).</p><p>Fakturaen er også sendt til "
                + "EAN " + EAN + ". Betaling til " + konto + " med fakturanummeret.</p><p>Venlig hilsen<br>Clever Erhverv, "
                + "Kundeservice</p></body></html>")
            .attach("application/pdf", "Clever_" + no + ".pdf", Attachments.pdf(docId(m, "cl"), "Faktura " + no,
                List.of("Clever A/S, Erhverv", "Kunde: Vejle Kommune, Flådestyring, EAN " + EAN,
                    "Opladning september 2030: 1.812 ladninger, 41.306 kWh", "Heraf roaming 322 ladninger: 9.877,40 kr.",
                    "I alt DKK 112.468,25 inkl. moms", "Betaling: " + konto)));
        genuine(m, "127.133.12.1");
        m.description = "real charge-point operator's monthly charging invoice incl. roaming for the municipal fleet, DMARC pass";
        m = ok("ev-charging-invoice", true);
        no = "CL-" + (7_720_000 + rnd.nextInt(90_000));
        headers(m, "Clever Erhverv", "erhverv@clever.dk", "kreditor@vejle.dk", "Faktura " + no + " - abonnement ladebrikker, "
            + "4. kvartal")
            .text("Kære kunde\n\nHermed faktura for abonnement på 64 ladebrikker og drift af 22 ladepunkter i 4. kvartal 2030 efter "
                + "aftalen fra 2028. Tre nye brikker til hjemmeplejen i Bredsten er sendt med posten og er med fra 1. oktober.\n\n"
                + "Beløb 38.920,00 kr. ekskl. moms. Fakturaen er også sendt via NemHandel.\n\nMed venlig hilsen\nClever Erhverv")
            .attach("application/pdf", "Clever_" + no + ".pdf", Attachments.pdf(docId(m, "cla"), "Faktura " + no,
                List.of("Vejle Kommune, EAN " + EAN, "Abonnement 64 ladebrikker, 4. kvt. 2030", "Drift 22 ladepunkter, 4. kvt. 2030",
                    "38.920,00 + moms 9.730,00 = 48.650,00 DKK", "Betaling: " + konto)));
        genuine(m, "127.133.12.1");
        m.description = "real charge-point operator's quarterly card subscription and charger operation, DMARC pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "DMI Varsling", "varsling@dmi.dk", "beredskab@vejle.dk", "Varsel om forhøjet vandstand, Vejle Fjord")
            .text("DMI varsler forhøjet vandstand i Vejle Fjord fra i morgen eftermiddag. Der forventes en vandstand på 130-150 cm "
                + "over normal i Vejle Havn omkring kl. 18, med risiko for oversvømmelse af lavtliggende arealer ved havnen og "
                + "Vejle Å's udløb.\n\nVarslet opdateres på dmi.dk hver tredje time.\n\nDMI");
        genuine(m, "127.133.15.1");
        m.description = "weather institute's storm-surge warning for Vejle Fjord, DMARC pass, nothing to pay";
        m = ok("authority-notice", false);
        headers(m, "Banedanmark", "naboinfo@banedanmark.dk", "teknik-miljoe@vejle.dk",
            "Sporarbejde mellem Vejle og Fredericia i uge 42")
            .text("Til Vejle Kommune\n\nI uge 42 udskiftes skinner og sveller mellem Vejle og Fredericia. Arbejdet foregår også om "
                + "natten, og der kan være støj ved Brejning og Børkop. Togbusser kører fra Vejle Station. Vi orienterer beboerne "
                + "direkte.\n\nBanedanmark, Naboinformation");
        genuine(m, "127.133.16.1");
        m.description = "rail authority's track-work notice, DMARC pass";
    }

    private void platforms() {
        Object[][] p = {{"billomat.com", "rechnung@", "billomat", husum}, {"billomat.com", "rechnung@", "billomat", toemrer},
            {"invoiceberry.com", "invoices@", "InvoiceBerry", skadedyr}, {"invoiceberry.com", "invoices@", "InvoiceBerry", guide},
            {"maxio.com", "billing@", "Maxio", brygge}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("bill") ? "RE" : d.startsWith("invoice") ? "" : "MX-") + (2_100 + rnd.nextInt(7_000));
            Amount a = amount(900_000);
            m.mailFrom = "bounces+" + sha256("plat25:" + m.id).substring(0, 10) + "@" + d;
            String subject = s == husum ? "Rechnung " + no + " von Husumer Spielgeräte GmbH" : s == brygge ? "Faktura " + no
                + " fra Stavanger Bryggeteknikk AS" : "Faktura " + no + " fra " + s.name();
            Mime mime = headers(m, s.name() + (d.startsWith("maxio") ? " via Maxio" : ""), x[1] + d, "efaktura@vejle.dk", subject)
                .header("Reply-To", Mime.address(s.person(), addr(s)));
            if (s == husum) {
                mime.html("<html><body style=\"font-family:Arial,sans-serif\"><p>Sehr geehrte Damen und Herren,</p><p>anbei "
                    + "erhalten Sie unsere Rechnung <b>" + no + "</b> für das Seilspielgerät und die Nestschaukel für den Spielplatz "
                    + "Nørreskoven in Vejle (Ihre Bestellung vom Juli).</p><p>Rechnungsbetrag: <b>EUR " + kr(a.ore() / 7) + "</b>, "
                    + "innergemeinschaftliche Lieferung, zahlbar bis " + sentPlus(m, 30, DE_DAY) + " auf " + s.account() + ".</p>"
                    + "<p>Mit freundlichen Grüßen<br>Anke Petersen<br>Husumer Spielgeräte GmbH</p><p style=\"color:#888;"
                    + "font-size:10px\">Diese Rechnung wurde mit billomat erstellt.</p></body></html>")
                    .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "hu"), "Rechnung " + no,
                        List.of("Husumer Spielgeräte GmbH, Schobüller Straße 40, 25813 Husum", "Kunde: Vejle Kommune, " + RAADHUS
                            + ", Dänemark", s.what(), "Nettobetrag EUR " + kr(a.ore() / 7) + " - Steuerfreie innergemeinschaftliche "
                            + "Lieferung", "Bank: " + s.account())));
            } else if (s == brygge) {
                mime.html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hei,</p><p>Vedlagt følger faktura <b>" + no
                    + "</b> for årsabonnementet på bookingsystemet for gjestehavnen og slipen i Vejle.</p><p>Beløp: <b>NOK "
                    + a.gross() + "</b><br>Forfall: " + isoDay(m, 30) + "<br>Kontonummer: " + s.account() + "</p><p>Har dere "
                    + "spørsmål, kan dere svare direkte på denne e-posten.</p><p>Vennlig hilsen<br>Stavanger Bryggeteknikk AS</p>"
                    + "<p style=\"color:#999;font-size:10px\">Sent with Maxio</p></body></html>")
                    .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "no"), "Faktura " + no,
                        List.of("Stavanger Bryggeteknikk AS, Strandkaien 12, 4005 Stavanger", "Kunde: Vejle Kommune, Vejle Havn",
                            s.what(), "NOK " + a.gross() + " (omvendt avgiftsplikt)", "Konto: " + s.account())));
            } else {
                mime.html("<html><body style=\"font-family:Arial,Helvetica,sans-serif;background:#f2f4f7\"><table width=\"560\" "
                    + "align=\"center\" style=\"background:#fff;padding:20px\"><tr><td><p>Hej Vejle Kommune</p><p>Du har modtaget en "
                    + "faktura fra <b>" + s.name() + "</b>.</p><p>Fakturanr.: " + no + "<br>Beløb: DKK " + a.gross() + "<br>Forfald: "
                    + writtenDay(m, 14 + v) + "</p><p>Fakturaen er vedhæftet som PDF. Spørgsmål til fakturaen besvares af " + s.name()
                    + " - du kan svare direkte på denne mail.</p><p style=\"color:#999;font-size:11px\">Sent with " + x[2]
                    + "</p></td></tr></table></body></html>")
                    .attach("application/pdf", "Invoice-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1, List.of()));
            }
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(varme, trae, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_400_000);
            boolean peppol = v != 1;
            headers(m, s.name(), addr(s), "efaktura@vejle.dk", "E-faktura " + no + (peppol ? " (Peppol BIS 3)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVi er midt i et skifte af økonomisystem, og vores forbindelse til NemHandel er ikke "
                    + "genoprettet endnu. Som aftalt i telefonen sender vi derfor XML-filen direkte sammen med en PDF-visning. "
                    + "Fakturaen skal kun betales én gang, også hvis den senere dukker op via NemHandel.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no.replace('/', '-') + ".xml",
                    ubl(no, s, a, isoDay(m, 0), isoDay(m, 30), peppol, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 3, List.of("Original: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; the carpenter's next invoice then carries the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0014402281");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@vejle.dk", "Skift af bank pr. 1. oktober")
            .text("Hej kreditorbogholderiet\n\nVi flytter vores erhvervskonto fra Sparekassen Vejle til Andelskassen Egtved. "
                + "Fakturaer dateret 1. oktober 2030 og senere bliver påtrykt den nye konto " + nyT + ". Fakturaer fra før den "
                + "dato skal betales til den gamle konto som hidtil.\n\nI er meget velkomne til at ringe til mig på det nummer, I "
                + "har stående på os, og få det bekræftet. Brevet med min underskrift er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Meddelelse_ny_bank.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer dateret fra 01.10.2030",
                    "Ny konto: " + nyT, "Søren Bruun, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from October (SPF+DKIM, no DMARC) and invites a call-back";
        String nyK = iban("DK", "95700014476620");
        m = ok("supplier-new-account", false);
        headers(m, kontor.person(), addr(kontor), "kreditor@vejle.dk", "Ny bankforbindelse efter bankfusion")
            .html("<html><body style=\"font-family:Calibri,sans-serif\"><p>Til Vejle Kommune, kreditorbogholderiet</p><p>Vores "
                + "bank er fusioneret ind i Andelskassen Egtved, og vores konto har derfor fået nyt nummer. Fra og med næste "
                + "faktura står der " + nyK + " på fakturaen. Betalinger til det gamle nummer bliver ført over automatisk frem "
                + "til 31. december.</p><p>Kontohaver er uændret Vejle Kontorforsyning ApS, så jeres banks modtagerkontrol vil vise "
                + "vores navn som altid. Vi har også sendt besked til jeres NemHandel-adresse.</p><p>Med venlig hilsen<br>"
                + "Ordreafdelingen<br>Vejle Kontorforsyning ApS</p></body></html>");
        genuine(m, kontor.ip());
        m.description = "listed office supplier (Ed25519, p=none, aligned) announces a new account number after its bank merged";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "udskiftning af tagrender og nedløb, Bredsten Børnehus");
        invoice(m, moved, nyT, 12, List.of("Ny bankforbindelse fra 01.10.2030, jf. brev af " + writtenDay(m, -6)), "\n\nHusk, at "
            + "betalingen nu skal til vores nye konto i Andelskassen Egtved, som vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "bredsten-toemrer.dk invoice with its new account after the announced, authenticated bank change";
    }

    /** The listed IT supplier's legal name changes after a takeover: the bank's payee name check will show the new one. */
    private void nameChange() {
        M m = ok("supplier-name-change", false);
        headers(m, "Vejlefjord IT-Drift", "faktura@vejlefjord-it.dk", "kreditor@vejle.dk", "Nyt selskabsnavn fra 1. november")
            .text("Kære kunde\n\nSom I har kunnet læse i avisen, er Vejlefjord IT-Drift blevet en del af Nordvik Drift. Pr. 1. "
                + "november ændres vores juridiske navn til Nordvik Drift Vejle ApS. CVR-nummer, kontaktpersoner, aftaler og "
                + "kontonummer er de samme som i dag, og I skal ikke ændre noget i jeres kreditorstamdata ud over navnet.\n\n"
                + "Når I betaler, vil jeres banks modtagerkontrol fra november vise kontohaveren som 'Nordvik Drift Vejle ApS'. "
                + "Er I i tvivl, så ring til vores bogholderi på 75 82 40 10.\n\nMed venlig hilsen\nVejlefjord IT-Drift ApS");
        genuine(m, it.ip());
        m.description = "listed IT supplier (DKIM only, p=reject, DMARC pass) announces a new legal name, same CVR and account";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(baad, skadedyr, snedker, natur, guide, tolk, musik, foto, gym)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 3, List.of("Bestilt af: " + (v % 2 == 0 ? "driftsleder" : "afdelingsleder")),
                v % 3 == 2 ? "\n\nDet er min første regning til kommunen, så skriv endelig, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Vejle Lås & Sikring", "vejle-laas.dk", "Torben Mathiesen", "torben", HOSTER_IP,
            bank("7970", "0005739915"), "nyt nøglesystem og 40 cylindre, Højsager Skole, Børkop");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 22, List.of("Nøgler kvitteret af skolens pedel"), "\n\nAlle nøgler er udleveret.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 27, List.of("Ny adresse: Kirkebakken 2, 7080 Børkop"), "\n\nVi er flyttet til nyt "
            + "værksted i Børkop. Bankforbindelse og kontonummer er uændret.");
        genuine(m, HOSTER_IP);
        m.description = "brejning-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "MLD-" + (2_300 + rnd.nextInt(500));
        String subject = "Faktura " + no + " / Vejle Kommune";
        headers(m, ljus.person(), addr(ljus), "teknik-miljoe@vejle.dk", subject)
            .text("Hej,\n\nhär kommer fakturan för etapp 2 av belysningen på gångbron vid Fjordenhus enligt avtalet. Omvänd "
                + "skattskyldighet gäller.\n\nBetalning inom 30 dagar till " + ljus.account() + ". Ange fakturanumret vid "
                + "betalning.\n\nVänliga hälsningar\nMalmö Ljusdesign AB\nEkonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of("Malmö Ljusdesign AB, Stortorget 9, 211 22 Malmö", "Kund: Vejle Kommune, " + RAADHUS + ", Danmark", ljus.what(),
                    "Summa SEK 246 800,00 (omvänd skattskyldighet)", "Bank: " + ljus.account())));
        genuine(m, ljus.ip());
        past.put(ljus.domain(), new Past(no, new Amount(0, "", "", "SEK 246 800,00"), messageId(m, ljus.domain()), subject));
        m.description = "Swedish lighting designer from Malmö (history), SE IBAN, reverse charge, p=none";
        m = ok("foreign-invoice", true);
        no = "RG-30-" + (5_100 + rnd.nextInt(600));
        headers(m, kiel.person(), addr(kiel), "havn@vejle.dk", "Rechnung " + no + " - Fenderelemente Kai 4")
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung für den Austausch der Fenderelemente an "
                + "Kai 4 im Hafen Vejle (Schlussrechnung laut Auftrag vom 14. Mai). Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nZahlbar innerhalb von 30 Tagen auf " + kiel.account() + ".\n\nMit freundlichen Grüßen\n"
                + "Kieler Hafentechnik GmbH\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of("Kieler Hafentechnik GmbH, Kiel", "Kunde: Vejle Kommune, Vejle Havn, Dänemark", kiel.what(),
                    "Summe EUR 48.750,00 (Reverse Charge)", "Bank: " + kiel.account())));
        genuine(m, kiel.ip());
        m.description = "German harbour-equipment firm from Kiel, DE IBAN, reverse charge, p=quarantine";
        m = ok("foreign-invoice", true);
        no = "BFS-" + (11_200 + rnd.nextInt(400));
        String gb = iban("GB", "BARC20451783361920");
        headers(m, "Bristol Flood Sensors", "accounts@bristol-floodsensors.com", "teknik-miljoe@vejle.dk", "Invoice " + no
            + " - river level sensors, Vejle Å")
            .text("Dear colleagues,\n\nPlease find attached our invoice for the six ultrasonic river-level sensors installed "
                + "along Vejle Å and the first year of data service, per your purchase order VK-2030-4471. Payment to " + gb
                + "; reverse charge applies.\n\nKind regards\nOwen Hartley\nBristol Flood Sensors Ltd")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "gb"), "Invoice " + no,
                List.of("Bristol Flood Sensors Ltd", "6 x river-level sensor, Vejle Å, incl. installation", "Data service, 12 months",
                    "GBP 18,940.00 excl. VAT, reverse charge", gb)));
        genuine(m, "127.137.3.1");
        m.description = "English flood-sensor maker, SPF only (aligned pass, no DMARC), GB IBAN, ordered work";
        m = ok("foreign-invoice", true);
        no = "UF" + (30_400 + rnd.nextInt(500));
        String nl = iban("NL", "INGB0007713945");
        headers(m, "Utrecht Fietsparkeren B.V.", "facturen@utrecht-fietsparkeren.nl", "indkoeb@vejle.dk", "Invoice " + no
            + " Vejle Kommune - bicycle racks Vejle Station")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Dear Sir/Madam,</p><p>Attached is our invoice " + no
                + " for the two-tier bicycle racks (312 places) delivered to Vejle Station on " + isoDay(m, -12) + ".</p><p>Amount: "
                + "EUR 74,880.00, intra-community supply, VAT reverse charged.<br>Payment term: 30 days<br>IBAN: " + nl
                + "</p><p>Met vriendelijke groet / Kind regards<br>Femke de Wit<br>Utrecht Fietsparkeren B.V.</p></body></html>")
            .attach("application/pdf", "Factuur_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Factuur / Invoice " + no,
                List.of("Utrecht Fietsparkeren B.V., Utrecht", "Vejle Kommune, " + RAADHUS, "Two-tier bicycle racks, 312 places, "
                    + "Vejle Station", "EUR 74,880.00 - reverse charge", nl)));
        genuine(m, "127.137.4.1");
        m.description = "Dutch bicycle-parking maker writes in English, NL IBAN, Ed25519, p=reject";
        Past f = past.get(ljus.domain());
        m = ok("payment-reminder", true);
        headers(m, ljus.person(), addr(ljus), "teknik-miljoe@vejle.dk", "Påminnelse faktura " + f.no())
            .text("Hej,\n\nvi kan inte se att faktura " + f.no() + " på " + f.amount().gross() + " är betald. Vänligen betala till "
                + "vårt vanliga konto " + ljus.account() + ". Har ni redan betalat kan ni bortse från detta meddelande.\n\n"
                + "Vänliga hälsningar\nMalmö Ljusdesign AB, Ekonomi");
        genuine(m, ljus.ip());
        m.description = "Swedish supplier's polite reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "MP-" + (506_000 + rnd.nextInt(9_000));
        headers(m, "Matterport Billing", "billing@matterport.com", "ejendomscentret@vejle.dk", "Your Matterport invoice " + no)
            .text("Hello,\n\nThank you for your business. Your invoice for the Matterport Business plan (25 active spaces, annual "
                + "billing) is attached. As agreed with your purchasing department, payment is made via your EAN number.\n\n"
                + "Invoice: " + no + "\nAmount: DKK 31,450.00 excl. VAT\n\nMatterport Billing Team")
            .attach("application/pdf", "Matterport_" + no + ".pdf", Attachments.pdf(docId(m, "mp"), "Invoice " + no,
                List.of("Bill to: Vejle Kommune, Ejendomscentret, EAN " + EAN, "Business plan, 25 active spaces, 12 months",
                    "DKK 31,450.00 excl. VAT", "Payment via EAN / NemHandel")));
        genuine(m, "127.137.5.1");
        m.description = "3D building-scan SaaS annual invoice in English, payment via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "EC" + (81_300 + rnd.nextInt(900));
        headers(m, "EasyCruit", "faktura@easycruit.com", "hr@vejle.dk", "Faktura " + no + " - rekrutteringssystem, 4. kvartal")
            .text("Hei / Hej\n\nHermed faktura for jeres rekrutteringssystem (op til 400 stillingsopslag om året) for 4. kvartal "
                + "2030. Fakturaen er også sendt elektronisk til jeres EAN-nummer.\n\nVenlig hilsen\nEasyCruit, Kundeservice")
            .attach("application/pdf", "EasyCruit_" + no + ".pdf", Attachments.pdf(docId(m, "ec"), "Faktura " + no,
                List.of("Vejle Kommune, HR, EAN " + EAN, "Rekrutteringssystem, Q4 2030", "DKK 28.600,00 + moms",
                    "Betaling via EAN")));
        genuine(m, "127.137.6.1");
        m.description = "recruitment SaaS quarterly invoice sent to the EAN as well, Ed25519, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("esig25:" + m.id).substring(0, 8) + "@esignatur.dk";
        headers(m, "Revisionshuset Jelling via esignatur", "noreply@esignatur.dk", "oekonomi@vejle.dk", "Dokument til "
            + "underskrift: Regnskabserklæring, tilskud til Kongernes Jelling formidling")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Revisionshuset Jelling har sendt dig et "
                + "dokument til underskrift: <b>Ledelsens regnskabserklæring - tilskud 2029 til formidling ved Kongernes Jelling"
                + "</b>.</p><p>Du underskriver med MitID. Du kan også logge ind på esignatur.dk og finde dokumentet under "
                + "'Afventer min underskrift'.</p><p><a href=\"https://app.esignatur.dk/sign/" + sha256("es25:" + m.id).substring(0, 22)
                + "\">Åbn dokumentet</a></p><p>Spørgsmål om dokumentet stilles til afsenderen.</p><p style=\"font-size:10px;"
                + "color:#888\">esignatur - digital underskrift</p></body></html>");
        genuine(m, "127.133.9.1");
        m.description = "real e-signature service sends the auditor's statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"fagbladet-kommunaloekonomi.dk", "Fagbladet Kommunaløkonomi", "nyhedsbrev@", "Et år med modtagerkontrol",
            "Siden oktober 2025 har bankerne tjekket modtagerens navn, før en overførsel gennemføres. Kreditorafdelinger fortæller, "
                + "at svindlere nu skriver i forvejen, at 'navnet ikke vil matche'. En advarsel fra banken er en grund til at "
                + "ringe til leverandøren på det nummer, man kender - ikke til at trykke videre."},
            {"revisionshuset-jelling.dk", "Revisionshuset Jelling", "nyhedsbrev@", "Nyhedsbrev: elbiler i kommunale flåder",
                "Ladning af kommunale elbiler afregnes normalt via operatørens månedsfaktura. Særskilte opkrævninger for "
                    + "'efterregulering' eller 'blokeringsgebyrer' bør altid afstemmes mod aftalen og operatørens egen faktura."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl25:" + x[0]).substring(0, 12) + "@brevo.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@vejle.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld/" + sha256("u25:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"600\" style=\"font-family:Georgia,serif\"><tr><td><h2>" + x[3] + "</h2><p>" + x[4]
                    + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs hele artiklen</a></p><hr><p style=\"font-size:10px\">"
                    + "Du modtager nyhedsbrevet, fordi du har tilmeldt dig. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("brevo.com");
            m.ip = "127.135.7.1";
            m.helo = "mail.brevo.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommunale-indkoebere.dk", "Karina Møller", "kamo@", "Modtagerkontrol siger 'ingen match'",
            "Hej alle\n\nVi har fået en faktura fra en kendt leverandør, hvor der står, at vores bank vil vise 'ingen match' på "
                + "navnet, og at det er i orden. Hvordan håndterer I det?\n\nKarina"},
            {"oekonomiforum-trekant.dk", "Peter Lund Madsen", "plm@", "SV: Modtagerkontrol siger 'ingen match'", "Vi stopper "
                + "betalingen og ringer til leverandøren på nummeret i stamdata. Hos os var det en falsk mail hver gang.\n\nPeter"},
            {"kreditorsikkerhed-net.dk", "Hanne Abildgaard", "hab@", "Koder til microsoft.com/devicelogin", "Hej\n\nPas på mails, "
                + "hvor man skal åbne en faktura ved at indtaste en kode på Microsofts side. Siden er ægte, men koden logger "
                + "afsenderens computer ind på jeres postkasse.\n\nHanne"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornetvaerk-trekanten.dk", x[3])
                .header("List-Id", "Kreditornetvaerk Trekanten <liste.kreditornetvaerk-trekanten.dk>")
                .header("List-Post", "<mailto:liste@kreditornetvaerk-trekanten.dk>")
                .text(x[4]);
            String list = "kreditornetvaerk-trekanten.dk";
            listPost(m, x[0], list, "[Kreditornetværk Trekanten] ",
                "\r\n-- \r\nKreditornetværk Trekanten - for kreditor- og regnskabsmedarbejdere i kommuner og "
                + "forsyninger i Trekantområdet\r\nAfmelding: https://kreditornetvaerk-trekanten.dk/afmeld\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 19, List.of(), "");
        m.mailFrom = "SRS0=hT4q=WE=vejle-ugeavis.dk=annoncer@srs.vejlenet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.138.1.1";
        m.helo = "srs.vejlenet.dk";
        m.description = "vejle-ugeavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, trae, trae.account(), 33, List.of(), "");
        m.signers.add(trae.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 36, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(420_000);
        headers(m, "Rasmus Kjeldsen", "raskj@" + OWN, "kreditor@vejle.dk", "VS: Faktura " + no + " - stabilgrus Gadbjerg")
            .text("Hej Kreditor\n\nDenne faktura er sendt direkte til mig. Gruset er leveret og godkendt, konto 2210-415 Park og "
                + "Vej.\n\nRasmus Kjeldsen\nPark og Vej, Teknik & Miljø\n\n-------- Videresendt meddelelse --------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + writtenDay(m, -2) + "\nEmne: Faktura " + no + "\n\nHej Rasmus, "
                + "her er regningen for gruset til idrætspladsen.")
            .attach("application/pdf", pdfName(no, 4), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 3, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.jelling-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorer", "kreditor@", "ledere@vejle.dk", "Modtagerkontrol: stop ved 'ingen match'",
            "Kære ledere\n\nFår I en mail fra en leverandør, der på forhånd fortæller, at bankens navnetjek vil give en advarsel, "
                + "så send den til os, før der bliver betalt noget. En advarsel fra modtagerkontrollen godkender vi kun efter et "
                + "opkald til leverandøren på det nummer, der står i stamdata.\n\nKreditorer, Økonomi"},
            {"Digitalisering og IT", "it-support@", "alle@vejle.dk", "Indtast aldrig koder fra mails på microsoft.com/devicelogin",
                "Kære alle\n\nVi ser mails, der beder om at indtaste en kode på Microsofts loginside for at åbne en faktura eller et "
                    + "dokument. Siden er ægte, men koden giver afsenderen adgang til din postkasse. Vi bruger aldrig den slags koder "
                    + "til fakturaer. Har du indtastet en kode, så ring til IT-support på 7681 2222 med det samme."},
            {"Flådestyring", "flaadestyring@", "kreditor@vejle.dk", "Afregning af opladning",
                "Hej Kreditor\n\nTil jeres stamdata: al opladning af kommunens elbiler - også på fremmede ladere - afregnes på Clevers "
                    + "månedsfaktura, der kommer til EAN. Vi har ingen aftaler om blokerings- eller roaminggebyrer med andre. Send "
                    + "den slags til os.\n\nFlådestyring, Teknik & Miljø"},
            {"Jonas Bisgaard", "jobis@", "kreditor@vejle.dk", "Bredsten Tømrer & Byg - ny bank bekræftet", "Hej\n\nJeg har ringet "
                + "til Søren Bruun på nummeret i kreditorstamdata. Bankskiftet pr. 1. oktober er rigtigt, og jeg har lagt den nye "
                + "konto ind med gyldighed fra 1/10.\n\nJonas"},
            {"Mette Vestergaard", "mevst@", "kreditor@vejle.dk", "Udlæg - parkering og forplejning, kursus i Kolding", "Hej\n\n"
                + "Vedhæftet kvittering for parkering og frokost til tre medarbejdere fra Familieplejen på kursusdagen. Kan det "
                + "komme med i næste udlægsudbetaling?\n\nMette\nFamilieplejen"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_kursus.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Sparekassen Vejle, Erhverv", "erhverv@sparekassen-vejle.dk", "oekonomi@vejle.dk", "Modtagerkontrol ved "
            + "overførsler - påmindelse")
            .text("Kære kunde\n\nNår I overfører til en konto, tjekker vi, om modtagerens navn passer med kontoen. Får I beskeden "
                + "'ingen match' eller 'delvist match', bør I kontakte modtageren via en kendt kanal, før I godkender. Vi beder "
                + "aldrig om at få godkendt stoppede betalinger via et link i en mail, og vi ringer aldrig og beder om koder.\n\n"
                + "Sparekassen Vejle, Erhverv");
        genuine(m, "127.135.1.1");
        m.description = "bank notice about Verification of Payee, no links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Andelskassen Egtved", "erhverv@andelskassen-egtved.dk", "oekonomi@vejle.dk", "Ny meddelelse i Erhvervsnetbank")
            .text("Der ligger en ny meddelelse til jer i Erhvervsnetbank om ændrede priser på udlandsbetalinger fra 1. januar. Log "
                + "på, som I plejer.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.135.2.1");
        m.description = "bank notice without links, DMARC pass";
    }

    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "MP Pension, Arbejdsgiverservice", "arbejdsgiver@mp.dk", "loen@vejle.dk",
            "Indbetalinger for oktober: ny fil fra lønsystemet")
            .text("Kære arbejdsgiver\n\nVi har opdateret formatet for indberetning af pensionsbidrag fra lønsystemet. Jeres "
                + "lønleverandør har allerede implementeret ændringen, og indbetalingen sker som altid via lønkørslen. I skal "
                + "ikke betale noget særskilt. Vi sender aldrig kontonumre til indbetaling pr. mail.\n\nMed venlig hilsen\nMP Pension");
        genuine(m, "127.133.3.1");
        m.description = "pension company's routine notice to the employer, payment via payroll, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Revisionshuset Jelling", "revision@revisionshuset-jelling.dk", "kreditor@vejle.dk", "Saldobekræftelse - "
            + entrep.name())
            .text("Til Vejle Kommune\n\nSom revisor for " + entrep.name() + " beder vi jer bekræfte mellemværendet med selskabet pr. "
                + "30. september 2030 (halvårsregnskab). Selskabets fuldmagt er vedlagt.\n\nSvar venligst direkte til os, også "
                + "hvis saldoen er 0 kr. Vi beder ikke om betaling eller bankoplysninger.\n\nMed venlig hilsen\nRevisionshuset Jelling")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 30.09.2030", "Svar sendes til revisor")));
        genuine(m, "127.133.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Rosborg Gymnasium, Økonomi", "oekonomi@rosborg-gymnasium.dk", "oekonomi@vejle.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 31.250,00 kr. for leje af DGI-huset til gymnasiets idrætsdag (jeres faktura "
                + "9930218).\n\nMed venlig hilsen\nRosborg Gymnasium");
        genuine(m, "127.133.5.1");
        m.description = "remittance advice: a school has paid our invoice";
    }

    private void shops() {
        String[][] r = {{"jelling-byggemarked.dk", "Jelling Byggemarked", "kvittering@", "Kvittering for dit køb",
            "Sandsække 40 stk., to vandpumper og forlængerledninger, 6.385,00 kr. Betalt med kommunens indkøbskort."},
            {"vejle-boghandel.dk", "Vejle Boghandel", "webshop@", "Ordrebekræftelse 41127", "28 eksemplarer af 'Jellingstenene "
                + "fortalt for børn' til 4. årgang, Jelling Skole, 4.480,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@vejle.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Legepladsfabrikken Give", "ordre@legepladsfabrikken-give.dk", "indkoeb@vejle.dk", "Ordrebekræftelse 20931")
            .text("Tak for ordren på balancebane og sandkasse med overdækning til Børnehuset Troldehøj i Thyregod. Forventet "
                + "levering uge 45. Faktura sendes via NemHandel til EAN " + EAN + ".\n\nLegepladsfabrikken Give");
        genuine(m, "127.133.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, baad.person(), addr(baad), "havn@vejle.dk", "Tilbud: vinteropbevaring og service af arbejdsbåd")
            .text("Hej\n\nVinteropbevaring under tag fra november til april, inkl. optagning, afrensning og udsætning: 14.800 kr. "
                + "ekskl. moms. Service af påhængsmotor kommer oveni efter regning. Tilbuddet gælder til 1. november."
                + signature(baad))
            .attach("application/pdf", "Tilbud_vinteropbevaring.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Vinteropbevaring arbejdsbåd, nov.-apr.", "14.800,00 ekskl. moms", "Gyldigt til 01.11.2030")));
        genuine(m, baad.ip());
        m.description = "quote from an unlisted boat service, nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "teknik-miljoe@vejle.dk", "Pris på rydning ved Tørskind")
            .text("Hej\n\nRydning af birk og gyvel på skrænterne ved Tørskind Grusgrav, inkl. flis og bortkørsel: 4 dage, "
                + "22.400 kr. + moms. Jeg kan starte i uge 44, hvis vejret holder." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-unge@vejle.dk", "Skolebus i efterårsferien og ændret rute ved Gadbjerg")
            .text("Hej\n\nI efterårsferien (uge 42) kører vi ingen skoleruter. Fra uge 43 kører morgenturen fra Gadbjerg ad "
                + "Gadbjergvej på grund af vejarbejde ved Vandel, og den afgår fem minutter tidligere. Afregningen er uændret.\n\n"
                + "Ødsted Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomscentret@vejle.dk", "Varsling: lukning for fjernvarmen, Give Nord")
            .text("Kære kunde\n\nOnsdag kl. 8-14 lukker vi for fjernvarmen i dele af Give Nord på grund af ledningsomlægning. Det "
                + "berører Give Skole og Plejecenter Skovhaven, som er orienteret direkte.\n\nGive Fjernvarme");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7130000298811470"), iban("DK", "89910006631852"), bank("8991", "0002290547"),
        iban("EE", "4710220214470081"), iban("PL", "105014451000009031288716"), iban("GB", "REVO00997012883451"),
        iban("IE", "AIBK93104522019336"), iban("NL", "BUNQ2064418392"), iban("DE", "100110012629918744"),
        iban("HU", "117730160004421700000000"), iban("RO", "BTRL0130120233918XX1"), iban("BG", "STSA93000028861540"),
        iban("CY", "002001950000357009112298"), bank("5301", "0000771826"), iban("MT", "VALL22013000000040019870112"),
        iban("SE", "30300000020081177413"), iban("LT", "2832600020147733"), iban("DK", "53010000562290")};

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
        fosterCarers();
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
        payeeVerification();
        deviceCodes();
        evCharging();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, trae, kontor};
        String[] notes = {"\n\nVi har skiftet pengeinstitut. Brug venligst kontonummeret på denne faktura fremover.",
            "\n\nBemærk vores nye kontonummer - den gamle konto i Sparekassen Vejle lukkes.", "",
            "\n\nBetaling sker fra og med denne faktura til ny bankforbindelse."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 4, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == trae) {
                m.mime.header("Reply-To", "<proff@hornstrup-traelast.com>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == trae ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"give-fjernvarme.com", varme}, {"boerkop-entreprenor.dk", entrep}, {"hornstrup-traelast.com", trae},
            {"brejning-el-teknik.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nVær opmærksom på, at vi har fået nyt kontonummer." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("hornstrup-tr\u00e6last.dk");
        M m = bad("lookalike-homoglyph");
        invoice(m, trae.posing(d, trae.account()), mule(6), 14, List.of("Ny kontoforbindelse pr. 1. oktober"), "\n\nHusk at "
            + "rette kontonummeret i jeres system.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as hornstrup-traelast.dk, invoice with new account, authenticates";
        d = idn("v\u0435jle.dk");
        m = bad("lookalike-homoglyph");
        headers(m, "Vejle Kommune, Økonomi", "oekonomi@" + d, "kreditor@vejle.dk", "Depositum, lederseminar på Munkebjerg - "
            + "betales i dag")
            .text("Hej\n\nHotellet har ikke modtaget depositum for direktionens og ledernes seminar i november, 74.000 kr., og "
                + "frigiver værelserne i eftermiddag. Overfør venligst beløbet til " + mule(10) + " inden kl. 13. Bilaget lægger "
                + "vi i indkøbssystemet bagefter.\n\nHilsen\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic e) posing as our finance department: same-day seminar deposit, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"billomat-vejle.com", "billomat"}, {"maxio-egtved.net", "Maxio"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? toemrer : it;
            M m = bad("lookalike-platform");
            String no = String.valueOf(2_100 + rnd.nextInt(7_000));
            headers(m, s.name() + (i == 0 ? "" : " via " + look[i][1]), "noreply@" + look[i][0], "efaktura@vejle.dk",
                "Påmindelse: faktura " + no + " er forfalden")
                .html("<html><body style=\"font-family:Arial,Helvetica\"><p>Hej Vejle Kommune</p><p>Faktura " + no + " fra "
                    + s.name() + " er forfalden. Betal nu med kort eller bankoverførsel for at undgå rykkergebyr.</p><p><a href=\""
                    + "https://" + look[i][0] + "/pay/" + sha256(m.id).substring(0, 16) + "\" style=\"background:#2b6cb0;color:#fff;"
                    + "padding:10px 18px;text-decoration:none\">Se og betal fakturaen</a></p><p style=\"color:#999;font-size:11px\">"
                    + "Sent with " + look[i][1] + "</p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "RE" + (2_100 + rnd.nextInt(7_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@billomat.com";
        headers(m, "Nordic Public Energy Audit", "rechnung@billomat.com", "ejendomscentret@vejle.dk", "Faktura " + no
            + " fra Nordic Public Energy Audit")
            .header("Reply-To", "<nordic.energy.audit@outlook.com>")
            .html("<html><body><p>Kære Vejle Kommune</p><p>Tak for jeres tilmelding til <b>Energimærkning Light 2030</b> (opdatering "
                + "af energimærker for 18 kommunale bygninger). Faktura <b>" + no + "</b> på <b>DKK 41.250,00</b> forfalder om 7 "
                + "dage og betales til " + mule(11) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "pf"), "Faktura " + no,
                List.of("Nordic Public Energy Audit", "Energimærkning Light 2030, 18 bygninger", "DKK 41.250,00 inkl. moms",
                    "Konto " + mule(11))));
        genuine(m, "127.134.1.1");
        m.description = "real platform billomat.com used by an unknown firm for an 'energy label update' never ordered, outlook Reply-To";
        m = bad("platform-account-misused");
        no = "INV-" + (2_100 + rnd.nextInt(7_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@invoiceberry.com";
        headers(m, "Vejlefjord IT-Drift ApS", "invoices@invoiceberry.com", "kreditor@vejle.dk", "Faktura " + no
            + " fra Vejlefjord IT-Drift ApS")
            .header("Reply-To", "<vejlefjord.itdrift.bogholderi@gmail.com>")
            .html("<html><body><p>Hej</p><p>Vejlefjord IT-Drift sender fremover fakturaer via InvoiceBerry, og i samme forbindelse "
                + "er bankforbindelsen ændret. Faktura " + no + " bedes betalt til " + mule(2) + ".</p><p style=\"color:#999;"
                + "font-size:11px\">Sent with InvoiceBerry</p></body></html>")
            .attach("application/pdf", "Invoice-" + no + ".pdf", pdfInvoice(m, it.posing(it.domain(), mule(2)), "Faktura", no,
                amount(2_800_000), mule(2), 2, List.of("Nye betalingsoplysninger")));
        genuine(m, "127.134.2.1");
        m.description = "real platform invoiceberry.com in listed vejlefjord-it.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{entrep, "Vi har indgået en factoringaftale med vores bank, så alle betalinger skal fremover gå til "},
            {vvs, "Vores driftskonto er midlertidigt spærret, mens banken gennemgår vores kreditter. Indtil videre bedes I betale til "},
            {rengoer, "Efter vores sammenlægning med et større rengøringsselskab skal alle betalinger gå til koncernens konto "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 12), i + 7, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 12)
                + ". Jeg er på kursus resten af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = mad;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@vejle.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nLige en opfølgning på fakturaen herunder: vi har skiftet bank i forbindelse med vores nye ejerkreds, så "
                + "de " + p.amount().gross() + " kr. skal betales til " + mule(15) + ". Den gamle konto lukker med udgangen af "
                + "måneden.\n\n" + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of jelling-madservice.dk replies in its own wave-1 thread (DMARC pass), mule account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "egtved-kloak.net"}, {mad, "jelling-madservice.com"}, {bus, "oedsted-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@vejle.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVedrørende faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har skiftet bank, så beløbet "
                    + "skal betales til " + mule(i + 4) + " og ikke til kontoen på fakturaen. Send gerne en kort bekræftelse, når "
                    + "det er rettet.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\n> " + GREETING[i] + "\n> "
                    + "Vedhæftet faktura " + p.no() + ".");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 5), pdfInvoice(m, s.posing(d, mule(i + 4)), "Faktura", p.no(),
                    p.amount(), mule(i + 4), 0, List.of("Rettet bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Henrik Dalsgaard, borgmester", "borgmester@" + OWN, "oekonomi@vejle.dk", "Fortroligt - grundkøb ved Vejle "
            + "Nord")
            .text("Hej\n\nVi er i fortrolige forhandlinger om køb af et erhvervsareal ved Vejle Nord. Sælgers advokat skal have et "
                + "deponeringsbeløb på 320.000 kr. i dag, ellers går handlen til en anden byder. Overfør til " + mule(3) + ", og "
                + "hold det for dig selv, til Økonomiudvalget er orienteret.\n\nHenrik");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditorer", "kreditor@" + OWN, "oekonomi@vejle.dk", "Returneret betaling - Brand & Redning Sydøstjylland")
            .text("Hej\n\nBetalingen af kvartalsbidraget til Brand & Redning er kommet retur fra banken. Overfør venligst "
                + "beløbet igen i dag til " + mule(7) + " - de har selv oplyst kontoen. Vi retter bilaget efterfølgende.\n\n"
                + "Kreditorer, Økonomi");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the returned fire-service contribution again', mule";
    }

    private void ceo() {
        Object[][] c = {{"Henrik Dalsgaard", "henrik.dalsgaard.borgmester@gmail.com", GMAIL, "Er du ved din computer?",
            "Hej\n\nJeg sidder i møde i KL og kan ikke ringe. Jeg har brug for, at du hjælper mig med en betaling, inden banken "
                + "lukker. Skriv tilbage, så sender jeg detaljerne.\n\nHenrik\nSendt fra min iPhone"},
            {"Louise Bach Sørensen", "louise.bach.kommunaldirektoer@outlook.com", MSFT, "Hurtig overførsel",
                "Hej\n\nVi mangler at betale rådgiveren på sagen om hotelgrunden i Jelling, og han truer med at trække sig. Det er "
                    + "186.500 kr. til " + mule(8) + ". Jeg forklarer det hele i morgen - lad det ikke gå via indkøb.\n\nLouise"},
            {"Morten Agerbæk", "morten.agerbaek.oekonomichef@icloud.com", APPLE, "Fortroligt: forlig Vejle Havn", "Hej\n\nVi har "
                + "indgået forlig med entreprenøren i sagen om kaj 4. Modpartens advokat skal have 268.000 kr. i dag: " + mule(5)
                + ". Jeg godkender bilaget, når jeg er tilbage fra Aarhus.\n\nMorten, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@vejle.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Camilla Thygesen", "camilla.thygesen84@gmail.com", "loen@vejle.dk", "Ændring af lønkonto")
            .text("Hej\n\nJeg er pædagog i Børnehuset Troldehøj i Thyregod og har fået ny bank. Vil I sørge for, at oktoberlønnen "
                + "går ind på " + bank("8991", "0006610428") + "? Jeg kan ikke komme ind på medarbejderportalen hjemmefra.\n\n"
                + "Venlig hilsen\nCamilla");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Ole Brandt", "ole.brandt.egtved@yahoo.com", "loen@vejle.dk", "Ny konto til løn")
            .text("Hej\n\nJeg er lærer på Egtved Skole. Min gamle konto er lukket, så løn og feriepenge skal fremover ind på "
                + mule(9) + ". Jeg har problemer med MitID lige nu.\n\nOle");
        genuine(m, YAHOO);
        m.description = "a 'teacher' on yahoo (p=reject, DKIM pass) wants his salary to a foreign account";
    }

    private void fosterCarers() {
        M m = bad("foster-carer-account-change");
        headers(m, "Lone og Kurt Hedegaard", "lone.kurt.hedegaard@gmail.com", "familieplejen@vejle.dk", "Vederlag - ny konto")
            .text("Hej Familieplejen\n\nVi er plejefamilie for to søskende i Bredsten og har skiftet bank. Vil I sørge for, at "
                + "vederlag og kostpenge for oktober går ind på " + bank("8991", "0003318704") + "? Vores sagsbehandler er på "
                + "ferie, derfor skriver vi direkte til jer.\n\nVenlig hilsen\nLone og Kurt");
        genuine(m, GMAIL);
        m.description = "'foster carers' on gmail want their fee and allowance paid to a new account";
        m = bad("foster-carer-account-change");
        headers(m, "Dorthe Skov Nielsen", "dorthe.skov.plejemor@outlook.com", "familieplejen@vejle.dk", "Udbetaling til plejefamilie")
            .text("Hej\n\nJeg er aflastningsfamilie for en dreng fra Give. Min bank er gået over til en ny netbank, og kontoen er "
                + "ændret til " + mule(16) + ". Det skal gælde allerede fra denne måneds udbetaling.\n\nDorthe");
        genuine(m, MSFT);
        m.description = "a 'respite carer' on outlook asks for payments to a foreign account from this month";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "bo@thyregodmaler.dk", "kreditor@vejle.dk", "Kontonummer")
            .text("Hej\n\nKort besked: jeg har fået nyt kontonummer " + mule(13) + ". Brug det fra nu af, også til den regning, "
                + "der er åben.\n\nMvh Bo\nThyregod Malerforretning");
        ownedBy(m, "thyregodmaler.dk");
        m.description = "no attachment: look-alike of thyregod-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Ødsted Busser <koersel@oedsted-busser.dk>", "oedsted.busser.koersel@hotmail.com", "kreditor@vejle.dk",
            "Nye bankoplysninger")
            .text("Kære kunde\n\nVores mailserver er nede efter et nedbrud, så vi skriver fra denne adresse. Vores konto er "
                + "ændret til " + mule(14) + " med virkning fra i dag.\n\nØdsted Busser");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is hotmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-inkasso");
            String sag = "VI-" + (520_000 + rnd.nextInt(90_000));
            headers(m, "Vejle Inkasso", "sagsbehandler@vejle-inkasso.com", "kreditor@vejle.dk", "Inkassomeddelelse, sag " + sag)
                .text("Vejle Kommune\n\n" + s[i].name() + " har overdraget kravet vedrørende faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. til inddrivelse. Betales beløbet med tillæg af 1.850 kr. i omkostninger ikke inden "
                    + "5 hverdage til " + mule(i + 2) + ", indgives sagen til fogedretten uden yderligere varsel.\n\nVejle Inkasso")
                .attach("application/pdf", "Inkassomeddelelse_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Inkassomeddelelse",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 1.850,00", "Konto " + mule(i + 2))));
            ownedBy(m, "vejle-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"digitalpost-vejle.com", "Digital Post", "besked@", "Ny besked fra Skattestyrelsen",
            "Vejle Kommune har modtaget en besked i Digital Post om efterregulering af indeholdt A-skat. Beskeden skal åbnes med "
                + "MitID Erhverv inden 48 timer.", "fake-digital-post"},
            {"mitid-erhverv-jelling.com", "MitID Erhverv", "noreply@", "Bekræft jeres MitID Erhverv-administratorer",
                "Administratorerne for Vejle Kommune skal bekræftes. Gør det inden fredag, ellers lukkes adgangen til Digital Post "
                    + "og NemRefusion.", "fake-digital-post"},
            {"vejle-domaeneservice.net", "Skandinavisk Domæneservice", "fornyelse@", "Fornyelse af vejle.dk",
                "Registreringen af vejle.dk udløber snart. Betal inden 7 dage, ellers lukkes hjemmeside og e-mail.",
                "registration-directory-scam"},
            {"egtved-erhvervsregister.org", "Erhvervsregister Danmark", "data@", "Kontrol af jeres virksomhedsoplysninger",
                "Gennemgå venligst de forudfyldte oplysninger og returnér formularen underskrevet. Grundregistrering er gratis.",
                "registration-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@vejle.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID Erhverv</a></p></body></html>");
            } else if (x[0].startsWith("vejle-domaene")) {
                mime.text(x[4] + "\n\nPris for 2 år: 5.480,00 kr. til " + mule(17) + " eller med kort: " + link
                        + "\n\nSkandinavisk Domæneservice")
                    .attach("application/pdf", "Fornyelse_vejle.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: vejle.dk", "Periode: 2 år", "5.480,00", "Konto " + mule(17))));
            } else {
                mime.text(x[4] + "\n\nErhvervsregister Danmark")
                    .attach("application/pdf", "Formular_Vejle_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Vejle Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles en 3-årig "
                            + "markedsføringsprofil à 1.290 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrebekræftelse", "ordre@boerkop-ordrekontor.com", "indkoeb@vejle.dk", "Ordre 77310 sendes i dag: "
            + "12 x bærbar")
            .text("Tak for din ordre. 12 x bærbar 14\" med dockingstation, i alt 142.680,00 kr., faktureres ved afsendelse i "
                + "morgen.\n\nHar du ikke afgivet ordren? Ring straks til +45 78 76 41 09 for at annullere.\n\nOrdrekontoret");
        ownedBy(m, "boerkop-ordrekontor.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton Fornyelse", "ordre@boerkop-ordrekontor.com", "oekonomi@vejle.dk", "Kvittering: abonnement fornyet")
            .text("Jeres abonnement er automatisk fornyet for 2 år (7.490 kr.). Ønsker I at fortryde, skal I ringe til "
                + "+45 78 76 41 09 inden 24 timer.")
            .attach("application/pdf", "Kvittering.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("360 Deluxe, 2 år", "7.490,00 kr.", "Fortrydelse: +45 78 76 41 09")));
        ownedBy(m, "boerkop-ordrekontor.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilepay-vejle.net", "MobilePay", "noreply@", "Betaling kunne ikke gennemføres",
            "En betaling på 11.240,00 kr. fra Vejle Kommune blev afvist."},
            {"parkering-vejle-fjord.com", "Parkering Vejle Fjord", "kontrol@", "Ubetalt parkeringsafgift - tjenestebil CY 40 322",
                "En af kommunens biler har fået en afgift på 795 kr. på p-pladsen ved Bølgen."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@vejle.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at betale.</p><p><img src=\"cid:qr\" "
                    + "width=\"220\" height=\"220\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr_betaling.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Jelling Heritage Consulting", "accounts@jelling-heritage-consult.com", "kultur-fritid@vejle.dk",
            "Invoice JHC-2211 - UNESCO periodic report, Jelling")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the preparation of the UNESCO periodic reporting "
                + "material for the Jelling Mounds, Runic Stones and Church, as discussed with your culture department. EUR "
                + "14,900.00 is due within 7 days to " + mule(4) + ".\n\nKind regards\nJelling Heritage Consulting")
            .attach("application/pdf", "JHC-2211.pdf", Attachments.pdf(docId(m, "en"), "Invoice JHC-2211",
                List.of("Client: Vejle Municipality", "UNESCO periodic report, Jelling", "EUR 14,900.00", "Bank: " + mule(4))));
        ownedBy(m, "jelling-heritage-consult.com");
        m.description = "English invoice for a report never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Jelling Heritage Consulting - Accounts", "finance@jelling-heritage-consult.com", "oekonomi@vejle.dk",
            "Updated bank details")
            .text("Hello,\n\nFollowing a change of our banking partner, please update your supplier records and settle all open "
                + "items to " + mule(12) + " with immediate effect. Kindly confirm once this has been done.\n\nAccounts Department");
        ownedBy(m, "jelling-heritage-consult.com");
        m.description = "English 'updated bank details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "thyregod-maler.net"}, {vognmand, "gadbjerg-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@vejle.dk", i == 0 ? "Regning" : "Faktura (scannet)")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "billede" : "scanning") + ", fordi fakturaprogrammet driller. "
                    + "Læg mærke til det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20301007_0731.jpg" : "Scan_2030-10-08.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "grejsdal-rengoering.com"}, {vvs, "vingsted-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("zip-wrapped-pdf");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_700_000), mule(i + 1), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@vejle.dk", "Faktura " + n)
                .text("Hej\n\nFakturaen er pakket i en zip-fil, fordi jeres filter afviste den sidste PDF. Åbn den og betal gerne "
                    + "inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/Vigtigt.txt", "Ny bankforbindelse - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro-invoice");
        headers(m, kontor.person(), "ordre@vejle-kontorforsyning.com", "indkoeb@vejle.dk", "Faktura og følgeseddel september")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nVejle Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nVejle Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "vejle-kontorforsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of vejle-kontorforsyning.dk";
        m = bad("office-macro-invoice");
        headers(m, it.person(), "faktura@vejlefjord-it.net", "boern-unge@vejle.dk", "Timeopgørelse september")
            .text("Hej\n\nTimeopgørelsen for september og vores nye kontooplysninger står i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nVejlefjord IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timeopgoerelse_september.xlsm",
                Attachments.excel(List.of("Timeopgørelse september 2030", "I alt DKK 58.125,00", "Ny konto: " + plain(mule(0))), true));
        ownedBy(m, "vejlefjord-it.net");
        m.description = "macro-enabled Excel statement from a look-alike of vejlefjord-it.dk";
    }

    private void svgHtml() {
        String[][] x = {{"vejle-dokumentdeling.com", "Hornstrup Trælast", "Kontoudtog september", "kontoudtog.svg", "image/svg+xml"},
            {"fakturaportal-give.net", "Give Fjernvarme", "Din faktura er klar", "Faktura_september.html", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Henter faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"170\"><text x=\"12\" y=\"32\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"12\" y=\"52\" width=\"210\" height=\"36\" "
                    + "fill=\"#2f855a\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@vejle.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "boerkop-entreprenoer.net", false}, {mad, "jelling-madservice.net", true}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            Supplier fake = s.posing(s.domain(), mule(i + 7));
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(3_200_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@vejle.dk", "E-faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVi skifter NemHandel-udbyder i disse uger, så denne faktura kommer som XML-fil direkte. Den "
                    + "kan indlæses som normalt. Bemærk den opdaterede bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, fake, a, isoDay(m, 0), isoDay(m, 10), peppol, "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    /**
     * New family: the payer is told in advance that the bank's Verification of Payee (modtagerkontrol) will show "no
     * match" or "close match" for the new account, and that the payment may be approved anyway.
     */
    private void payeeVerification() {
        M m = bad("payee-verification-override");
        Supplier s = trae.posing("hornstrup-traelast.net", mule(1));
        invoice(m, s, mule(1), 9, List.of("Betalingsmodtager: BMV Byggefinans ApS (koncernkonto)"), "\n\nFra 1. oktober samles "
            + "alle indbetalinger på koncernens fælles konto hos vores finansieringsselskab. Når I lægger betalingen ind, vil "
            + "jeres bank ved modtagerkontrollen formentlig vise, at navnet ikke matcher, fordi kontoen står i navnet BMV "
            + "Byggefinans ApS. Det er forventet, og betalingen kan godkendes som normalt.");
        ownedBy(m, "hornstrup-traelast.net");
        m.description = "look-alike of hornstrup-traelast.dk: invoice to a 'group account' and a warning that the bank's name check "
            + "will say 'no match'";
        m = bad("payee-verification-override");
        invoice(m, bus, mule(13), 17, List.of("Betaling til Nordisk Fakturakøb ApS"), "\n\nVi har indgået en factoringaftale, så "
            + "betalingen skal gå til " + mule(13) + ", som tilhører Nordisk Fakturakøb ApS. Jeres netbank vil vise 'navnet "
            + "stemmer ikke' ved modtagerkontrol - I kan roligt fortsætte, det skyldes kun, at kontoen står i factoringselskabets "
            + "navn.");
        genuine(m, bus.ip());
        m.description = "compromised real mailbox of oedsted-busser.dk (DMARC pass): factoring account, 'ignore the name-check warning'";
        m = bad("payee-verification-override");
        headers(m, "Sparekassen Vejle, Erhverv", "erhverv@sparekassen-vejle-erhverv.com", "oekonomi@vejle.dk",
            "Modtagerkontrol: 3 betalinger afventer jeres godkendelse")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\"><p>Kære kunde</p><p>Tre udgående betalinger "
                + "fra Vejle Kommune er stoppet af modtagerkontrollen, fordi modtagerens navn ikke kunne bekræftes:</p><table "
                + "cellpadding=\"4\"><tr><td>Hornstrup Trælast A/S</td><td>DKK 84.312,50</td></tr><tr><td>Give Fjernvarme "
                + "a.m.b.a.</td><td>DKK 212.907,00</td></tr><tr><td>Ødsted Busser ApS</td><td>DKK 96.118,75</td></tr></table><p>"
                + "Godkend betalingerne manuelt inden kl. 14.00, ellers returneres de til afsenderkontoen, og I risikerer "
                + "rykkergebyrer.</p><p><a href=\"https://sparekassen-vejle-erhverv.com/vop/" + sha256(m.id).substring(0, 18)
                + "\">Gennemse og godkend betalinger</a></p><p>Venlig hilsen<br>Sparekassen Vejle, Erhverv</p></body></html>");
        ownedBy(m, "sparekassen-vejle-erhverv.com");
        m.description = "look-alike of the municipality's bank: 'payments stopped by the name check, approve them via this link'";
        m = bad("payee-verification-override");
        String no = "UF" + (30_900 + rnd.nextInt(500));
        headers(m, "Utrecht Fietsparkeren B.V.", "facturen@utrecht-fietsparkeren-vejle.com", "indkoeb@vejle.dk", "Invoice " + no
            + " - updated payment details")
            .text("Dear accounts payable team,\n\nPlease find attached invoice " + no + " for the second delivery of bicycle racks "
                + "to Vejle Station. As of this month our receivables are collected by our parent company's treasury, so please "
                + "pay to " + mule(7) + ".\n\nWhen you enter the new IBAN, your bank's Verification of Payee check will show "
                + "'no match' or 'close match', because the account is held in the name of UFP Treasury B.V. This is expected "
                + "and you can proceed with the payment.\n\nMet vriendelijke groet / Kind regards\nFemke de Wit\n"
                + "Utrecht Fietsparkeren B.V.")
            .attach("application/pdf", "Factuur_" + no + ".pdf", Attachments.pdf(docId(m, "vop"), "Factuur / Invoice " + no,
                List.of("Utrecht Fietsparkeren B.V., Utrecht", "Vejle Kommune, " + RAADHUS, "Two-tier bicycle racks, second delivery",
                    "EUR 38,210.00 - reverse charge", "Payee: UFP Treasury B.V., " + mule(7))));
        ownedBy(m, "utrecht-fietsparkeren-vejle.com");
        m.description = "English look-alike of utrecht-fietsparkeren.nl: parent 'treasury' account, Verification of Payee will not match";
    }

    /**
     * New family: the invoice is to be opened by entering a code on Microsoft's real device-login page; the code belongs
     * to the fraudster's device session, which then gets a token for the reader's mailbox.
     */
    private void deviceCodes() {
        M m = bad("device-code-login-lure");
        headers(m, el.person(), addr(el), "kreditor@vejle.dk", "Faktura september - delt via Microsoft 365")
            .text("Hej\n\nVi deler nu fakturaer og bilag via Microsoft 365, så de ikke bliver fanget i spamfiltre. Fakturaen for "
                + "nødlys og ABA-eftersyn på Børkop Bibliotek ligger klar.\n\nSådan åbner du den:\n1. Gå til "
                + "https://microsoft.com/devicelogin\n2. Indtast koden  FQ7K-M2XR\n3. Log ind med din arbejdskonto, som du "
                + "plejer\n\nKoden gælder i 15 minutter. Skriv endelig, hvis den er udløbet, så sender jeg en ny." + signature(el));
        genuine(m, HOSTER_IP);
        m.description = "compromised real mailbox of brejning-el.dk (DMARC pass): open the invoice with a device code at microsoft.com";
        m = bad("device-code-login-lure");
        headers(m, it.person(), "faktura@vejlefjord-it-drift.dk", "kreditor@vejle.dk", "Genregistrering til fakturaportalen")
            .html("<html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10pt\"><p>Kære kreditorbogholderi</p><p>Vi "
                + "flytter vores fakturaer og kontoudtog til en ny portal i Microsoft 365. For at I fortsat kan se jeres fakturaer, "
                + "skal jeres brugere genregistreres - det tager et minut:</p><ol><li>Åbn <a href=\"https://microsoft.com/devicelogin\">"
                + "https://microsoft.com/devicelogin</a></li><li>Indtast engangskoden <b>8WTN-QHLC</b></li><li>Godkend med jeres "
                + "sædvanlige login</li></ol><p>Herefter ligger fakturaerne under 'Delt med mig'.</p><p>Med venlig hilsen<br>"
                + "Fakturering<br>Vejlefjord IT-Drift ApS</p></body></html>");
        ownedBy(m, "vejlefjord-it-drift.dk");
        m.description = "look-alike of vejlefjord-it.dk asks to 're-register for the invoice portal' with a device code";
        m = bad("device-code-login-lure");
        headers(m, "Kieler Hafentechnik GmbH", "rechnung@hafentechnik-vejle.de", "havn@vejle.dk", "Schlussrechnung Kai 4 - "
            + "Zugang zum Kundenbereich")
            .text("Sehr geehrte Damen und Herren,\n\ndie Schlussrechnung für den Austausch der Fenderelemente an Kai 4 steht in "
                + "unserem geschützten Kundenbereich bereit. Zur Anmeldung rufen Sie bitte https://microsoft.com/devicelogin auf "
                + "und geben den Code LR4P-X9DA ein. Der Code ist 15 Minuten gültig.\n\nMit freundlichen Grüßen\nBuchhaltung\n"
                + "Kieler Hafentechnik GmbH");
        ownedBy(m, "hafentechnik-vejle.de");
        m.description = "German look-alike of kiel-hafentechnik.de: final invoice 'in the customer area', device code at microsoft.com";
    }

    /**
     * New family: charging sessions, idle fees or charging-card subscriptions for the municipal electric cars, to be
     * paid outside the real operator's invoice.
     */
    private void evCharging() {
        M m = bad("fake-ev-charging-settlement");
        headers(m, "Clever Erhverv, Afregning", "afregning@clever-erhverv-vejle.dk", "flaadestyring@vejle.dk",
            "Efterregulering af roaming-ladninger, 3. kvartal")
            .text("Kære Vejle Kommune\n\nLadninger med kommunens ladebrikker på andre operatørers ladere (roaming) i 3. kvartal "
                + "kunne ikke komme med på månedsfakturaen til jeres EAN, fordi roamingpartnerne har afregnet direkte med os. "
                + "Beløbet 27.418,60 kr. inkl. moms bedes derfor betalt særskilt til vores afregningskonto " + mule(13) + " senest "
                + writtenDay(m, 8) + ".\n\nSpecifikation pr. ladebrik er vedhæftet.\n\nMed venlig hilsen\nClever Erhverv, Afregning")
            .attach("application/pdf", "Efterregulering_roaming_Q3.pdf", Attachments.pdf(docId(m, "ev"), "Efterregulering roaming",
                List.of("Vejle Kommune, Flådestyring", "Roaming-ladninger juli-september: 1.046", "27.418,60 kr. inkl. moms",
                    "Indbetaling: " + mule(13))));
        ownedBy(m, "clever-erhverv-vejle.dk");
        m.description = "look-alike of clever.dk: 'roaming charges could not go on the EAN invoice', pay separately to a new account";
        m = bad("fake-ev-charging-settlement");
        headers(m, "Ladepark Jelling", "opkraevning@ladepark-jelling.dk", "kreditor@vejle.dk", "Opkrævning af blokeringsgebyrer, "
            + "september")
            .text("Til Vejle Kommune\n\nKommunens biler CY 40 117, CY 40 122 og CY 40 139 har i september holdt tilsluttet vores "
                + "lynladere på Gormsvej i Jelling i mere end 45 minutter efter endt ladning i alt 19 gange. Efter skiltningen "
                + "på stedet opkræves et blokeringsgebyr på 8 kr. pr. minut.\n\nSamlet gebyr 6.480,00 kr. bedes indbetalt på "
                + bank("8991", "0004418026") + " inden 10 dage. Opgørelsen er vedhæftet.\n\nVenlig hilsen\nLadepark Jelling")
            .attach("application/pdf", "Blokeringsgebyr_september.pdf", Attachments.pdf(docId(m, "idle"), "Blokeringsgebyrer",
                List.of("CY 40 117: 7 gange, 312 min.", "CY 40 122: 8 gange, 276 min.", "CY 40 139: 4 gange, 222 min.",
                    "810 min. à 8,00 kr. = 6.480,00 kr.", "Konto " + bank("8991", "0004418026"))));
        ownedBy(m, "ladepark-jelling.dk");
        m.description = "unknown 'charging park' bills idle fees for municipal cars at its Jelling chargers, Danish mule account";
        m = bad("fake-ev-charging-settlement");
        headers(m, "Ladekort Service", "service@ladekort-boerkop.com", "flaadestyring@vejle.dk", "Jeres ladekort spærres "
            + "i morgen")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej Vejle Kommune</p><p>Årsabonnementet for jeres 64 "
                + "ladekort kunne ikke fornyes, fordi betalingskortet på aftalen er udløbet. Kortene spærres i morgen kl. 12, og "
                + "bilerne kan derefter ikke lade på offentlige ladere.</p><p>Forny abonnementet (3.960,00 kr.) for at undgå "
                + "afbrydelse:</p><p><a href=\"https://ladekort-boerkop.com/forny/" + sha256(m.id).substring(0, 14) + "\" "
                + "style=\"background:#0f766e;color:#fff;padding:10px 18px;text-decoration:none\">Forny ladekort</a></p>"
                + "<p>Venlig hilsen<br>Ladekort Service</p></body></html>");
        ownedBy(m, "ladekort-boerkop.com");
        m.description = "'charging cards will be blocked tomorrow, renew the subscription by card' with a link";
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
        return writeFiles(dir, new HeldOutCorpus25().generate(), List.of(
            "# Vejle Kommune, Økonomi: invoice checks (twenty-fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=give-fjernvarme.dk boerkop-entreprenoer.dk egtved-kloak.dk bredsten-toemrer.dk "
                + "thyregod-maler.dk grejsdal-rengoering.dk vejle-ugeavis.dk gadbjerg-vognmand.dk brejning-el.dk "
                + "vingsted-vvs.dk jelling-madservice.dk hornstrup-traelast.dk vejlefjord-it.dk oedsted-busser.dk "
                + "vejle-kontorforsyning.dk",
            "invoice.domains.platforms=billomat.com invoiceberry.com maxio.com",
            "invoice.names.protected=Vejle Kommune"));
    }
}
