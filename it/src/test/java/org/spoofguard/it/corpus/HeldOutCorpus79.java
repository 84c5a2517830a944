package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The seventy-ninth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Københavns Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT and the administrations'
 * mailboxes: Teknik- og Miljøforvaltningen, Børne- og Ungdomsforvaltningen, Sundheds- og Omsorgsforvaltningen, Kultur- og
 * Fritidsforvaltningen, Københavns Ejendomme og Indkøb; City Hall Rådhuspladsen 1, 1550 København V): Indre By with the City
 * Hall and Jens Olsen's World Clock, Nørrebro, Vesterbro, Østerbro, Amager, Islands Brygge, Sydhavnen, Sluseholmen, Valby,
 * Vanløse, Brønshøj, Husum, Tingbjerg, Bispebjerg, Emdrup, Utterslev, Nordhavn, Ørestad, Christianshavn, Refshaleøen,
 * Enghave with its cloudburst park, Kalvebod Brygge and Nørreport; seventeen listed suppliers from those places in every DNS
 * posture real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code
 * bilagsflow.dk}, {@code betalhub.com}, {@code kontoflod.dk}, {@code regnfri.io}), a pump firm servicing the cloudburst
 * basins and climate tunnels, a firm clearing abandoned bicycles from stations and bridges, a clockmaker keeping the World
 * Clock in City Hall going, sole traders on free mail, foreign suppliers, SaaS ({@code skemasky.dk}, {@code roomly.io}), an
 * ESP ({@code postrytme.com}), an e-signature service ({@code pennestrog.dk}), banks, a creditor list, forwarders (with and
 * without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and three kinds new here: pump service,
 * inspections or standby pumps for the cloudburst basins and climate tunnels billed by someone who never lifted a manhole
 * cover (fake-cloudburst-pump-service-invoice); removal, storage or "export" of abandoned bicycles from Nørreport, the
 * bridges and the stations billed to a new account (fake-abandoned-bicycle-removal-invoice); and emergency regulation or a
 * "mandatory inspection" of Jens Olsen's World Clock in City Hall billed by someone who never opened its case
 * (fake-world-clock-service-invoice). The invoice engine, its tests, tuning notes and earlier results were not read. Labels
 * say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed
 * authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus79GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus79 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout79");
    public static final String OWN = "kk.dk";
    static final String FRAUD_NET = "127.179.";
    private static final String OWN_IP = "127.79.0.1";
    private static final String EAN = "5798009882219";
    private static final String KOMMUNE = "Københavns Kommune";
    private static final String RAADHUS = "Rådhuspladsen 1, 1550 København V";
    private static final String HOSTER_IP = "127.79.9.1";
    private static final String GMAIL = "127.81.1.1";
    private static final String MSFT = "127.81.2.1";
    private static final String APPLE = "127.81.5.1";

    private final Random rnd = new Random(79_1550_0079L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The pump firm's service agreement for the cloudburst basins (the frauds cite it). */
    private String pumpAgreement;
    /** Teknik- og Miljøforvaltningen's case for clearing abandoned bicycles (the frauds cite it). */
    private String bikeCase;
    /** The clockmaker's maintenance contract for the World Clock (the frauds cite it). */
    private String clockContract;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Valby Varmeteknik A/S", "valby-varmeteknik.dk", "Kundeservice", "kundeservice",
        "127.79.1.1", iban("DK", "30000007914420"), "drift af varmecentraler på skolerne i Valby og Vanløse");
    private final Supplier pumpe = new Supplier("Enghave Pumpeservice ApS", "enghave-pumpeservice.dk", "Pumpeservice, Økonomi",
        "okonomi", "127.79.1.2", iban("DK", "20000007921156"), "service af pumper i skybrudsbassinet i Enghaveparken og "
        + "klimatunnelen under Sydhavnen");
    private final Supplier cykel = new Supplier("Nørrebro Cykeloprydning ApS", "norrebro-cykeloprydning.dk", "Rasmus Kjær",
        "rasmus", "127.79.1.3", bank("9570", "0007930218"), "indsamling af efterladte cykler ved Nørreport, Dronning Louises "
        + "Bro og stationerne");
    private final Supplier ur = new Supplier("Christianshavns Urmager v/ Peter Holm", "christianshavns-urmager.dk", "Peter Holm",
        "peter", "127.79.1.4", iban("DK", "30000007937712"), "vedligehold af Jens Olsens Verdensur og rådhustårnets urværk");
    private final Supplier entrep = new Supplier("Bispebjerg Anlæg ApS", "bispebjerg-anlaeg.dk", "Mikkel Damgaard", "md",
        "127.79.1.5", bank("2191", "0007940093"), "nye kantsten og fortov på Tagensvej ved Bispebjerg Skole");
    private final Supplier toemrer = new Supplier("Brønshøj Tømrerfirma ApS", "bronshoj-toemrer.dk", "Kasper Lindqvist", "kasper",
        "127.79.1.6", bank("9570", "0007948860"), "nye skydedøre og lofter i Brønshøj Børnehus");
    private final Supplier maler = new Supplier("Tingbjerg Malerservice v/ Ali Demir", "tingbjerg-maler.dk", "Ali Demir", "ali",
        "127.79.1.7", bank("2191", "0007955104"), "maling af trappeopgange og gymnastiksal, Tingbjerg Skole");
    private final Supplier rengoer = new Supplier("Østerbro Rengøring ApS", "osterbro-rengoering.dk", "Administrationen", "adm",
        "127.79.1.8", iban("DK", "20000007963391"), "daglig rengøring af Østerbro Bibliotek og Borgerservice Nørrebro");
    private final Supplier avis = new Supplier("Amager Ugeavis", "amager-ugeavis.dk", "Annonceafdelingen", "annonce",
        "127.79.1.9", iban("DK", "30000007970025"), "annoncer om lokalplan for Amager Fælled Syd og stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Nordhavn Vognmandsforretning ApS", "nordhavn-vognmand.dk", "Jan Thygesen",
        "jan", "127.79.1.10", bank("2191", "0007977612"), "bortkørsel af jord og sand fra Nordhavn og vinterstrøning");
    private final Supplier el = new Supplier("Vesterbro El-Service ApS", "vesterbro-elservice.dk", "Morten Skov", "ms", HOSTER_IP,
        bank("9570", "0007983347"), "ny belysning i cykelkælderen og tavleskift, Vesterbro Ungdomsgård");
    private final Supplier vvs = new Supplier("Emdrup VVS ApS", "emdrup-vvs.dk", "Værkstedet", "vaerksted", "127.79.1.12",
        bank("2191", "0007990875"), "udskiftning af faldstammer og nye håndvaske, Emdrup Skole");
    private final Supplier mad = new Supplier("Sluseholmen Storkøkken A/S", "sluseholmen-storkoekken.dk", "Sluseholmen Storkøkken, "
        + "Regnskab", "regnskab", "127.79.1.13", iban("DK", "20000008004419"), "mad til plejehjemmene og madservice i "
        + "Sydhavnen og Valby");
    private final Supplier byg = new Supplier("Ørestad Byggemarked A/S", "orestad-byggemarked.dk", "Proffsalg", "proff",
        "127.79.1.14", iban("DK", "30000008011806"), "byggematerialer til Københavns Ejendomme efter rammeaftale");
    private final Supplier it = new Supplier("Kalvebod IT-Drift ApS", "kalvebod-itdrift.dk", "Faktura og Debitor", "debitor",
        "127.79.1.15", bank("9570", "0008018237"), "drift af elevnetværk og Chromebooks på skolerne i Sydhavnen");
    private final Supplier bus = new Supplier("Utterslev Busser ApS", "utterslev-busser.dk", "Kørselskontoret", "korsel",
        "127.79.1.16", bank("2191", "0008025564"), "kørsel af specialklasser til Utterslev Mose og svømning i Bellahøj");
    private final Supplier kontor = new Supplier("Islands Brygge Kontorforsyning ApS", "islandsbrygge-kontor.dk", "Ordrekontoret",
        "ordre", "127.79.1.17", iban("DK", "20000008032290"), "kopipapir, toner og mødemateriel til Rådhuset");
    // not on the creditor list
    private final Supplier smed = new Supplier("Refshaleøens Smedie", "refshaleoen-smedie.dk", "Thomas Birk", "thomas",
        "127.79.2.1", bank("9570", "0008039915"), "nye gelændere og fortøjningsringe ved badezonen på Refshaleøen");
    private final Supplier natur = new Supplier("Amager Fælled Naturpleje v/ Sidsel Krogh", "amagerfaelled-natur.dk",
        "Sidsel Krogh", "sidsel", "127.79.2.2", bank("2191", "0008046651"), "slåning af tagrør og fjernelse af rynket rose på "
        + "Amager Fælled");
    private final Supplier guide = new Supplier("Byvandring v/ Jonas Bech", "gmail.com", "Jonas Bech", "jonas.bech.byvandring",
        GMAIL, bank("9570", "0008053308"), "byvandringer i Kødbyen og på Christianshavn for 8. årgang, 5 ture");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Aydin", "outlook.com", "Leyla Aydin", "leyla.aydin.tolk", MSFT,
        bank("2191", "0008060042"), "tolkning tyrkisk-dansk, Jobcenter København, 6 x 1 time");
    private final Supplier musik = new Supplier("Harmonika v/ Bent Lorentzen", "icloud.com", "Bent Lorentzen", "bent.harmonika",
        APPLE, bank("9570", "0008067789"), "eftermiddagsmusik på plejehjemmene i Husum og Brønshøj");
    private final Supplier tysk = new Supplier("Hamburger Pumpentechnik GmbH", "hamburger-pumpentechnik.de", "Buchhaltung",
        "buchhaltung", "127.79.7.1", iban("DE", "200505500013788024"), "Laufräder und Dichtungen für Tauchmotorpumpen");
    private final Supplier svensk = new Supplier("Malmö Urmakeri AB", "malmo-urmakeri.se", "Ekonomi", "ekonomi",
        "127.79.7.2", iban("SE", "45800000083125507714"), "kugghjul och fjädrar till världsuret i Köpenhamns rådhus");

    private final List<Supplier> listed = List.of(varme, pumpe, cykel, ur, entrep, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of the municipality; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"valby-varmeteknik.com", "bispebjerg-anlag.dk", "orestad-bygmarked.dk",
        "osterbro-rengoring.dk", "emdrup-vvs.net", idn("or\u0435stad-byggemarked.dk"),
        idn("k\u00f8benhavns-k\u043emmune.dk"), "bilagsflow-nordhavn.dk", "betalhub-valby.com", "bronshoj-tomrer.dk",
        "sluseholmen-storkokken.dk", "utterslev-busser.net", "nordhavn-vognmand.net", "amager-inkasso.dk",
        "mitid-christianshavn.com", "digitalpost-bispebjerg.com", "parkering-islandsbrygge.dk", "betaling-sydhavnen.net",
        "domaener-valby.com", "islandsbrygge-kontorforsyning.net", "kalvebod-it-drift.net", "bispebjerg-anlaeg.net",
        "pennestrog-nordhavn.dk", "kastellet-dokument.net", "tingbjerg-malerservice.dk", "emdrup-vvs-aps.dk",
        "enghave-pumpeservice.com", "skybrud-sydhavnen.dk", "klimatunnel-osterbro.dk", "norrebro-cykeloprydning.com",
        "cykelfjern-vesterbro.dk", "norreport-cykelparkering.dk", "christianshavns-urmager.com", "raadhuspladsen-urservice.dk",
        "kongens-nytorv-ure.dk", "dk-hostmaster-amager.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(pumpe.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(cykel.domain(), List.of(cykel.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(ur.domain(), List.of(ur.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.79.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.79.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("amager-ressourceselskab.dk", List.of("127.79.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("havnetilsynet-kbh.dk", List.of("127.79.10.6"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bymuseet-kbh.dk", List.of("127.79.10.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("christianshavns-friskole.dk", List.of("127.79.10.3"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brokvarter-revision.dk", List.of("127.79.10.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("norrebro-isenkram.dk", List.of("127.79.10.5"), "-all", null, "none");
        domain("kalvebod-baadelaug.dk", List.of("127.79.10.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("bilagsflow.dk", List.of("127.79.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalhub.com", List.of("127.79.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kontoflod.dk", List.of("127.79.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("regnfri.io", List.of("127.79.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("oresundsbanken.dk", List.of("127.79.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hovedstads-andelskasse.dk", List.of("127.79.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-hovedstaden.dk", List.of("127.79.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholdernetvaerket.dk", List.of("127.79.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("storbyernes-indkobere.dk", List.of("127.79.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postrytme.com", List.of("127.79.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-kbh.dk", List.of("127.79.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.amagernet.dk", List.of("127.79.28.1"), "-all", null, null);
        domain("relay.valby-fiber.dk", List.of("127.79.29.1"), "-all", null, null);
        domain("skemasky.dk", List.of("127.79.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("roomly.io", List.of("127.79.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("pennestrog.dk", List.of("127.79.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no79:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%06d", 1_000 + rnd.nextInt(80_000));
            case 1:
                return "KBH-" + (3_400 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(120_000 + rnd.nextInt(60_000));
            case 3:
                return "F2036-" + String.format("%05d", 200 + rnd.nextInt(9_000));
            case 4:
                return "11-" + (7_000 + rnd.nextInt(2_900));
            default:
                return "D" + (88_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@kk.dk", "efaktura@kk.dk", "kreditor@kk.dk", "okonomi@kk.dk", "tmf-drift@kk.dk",
        "buf-indkob@kk.dk", "suf-okonomi@kk.dk", "kff-administration@kk.dk", "keid@kk.dk", "indkob@kk.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf79:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr79:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi79:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "valby-varmeteknik.dk" -> "Gammel Køge Landevej 117, 2500 Valby";
            case "enghave-pumpeservice.dk" -> "Enghavevej 80, 2450 København SV";
            case "norrebro-cykeloprydning.dk" -> "Mimersgade 41, 2200 København N";
            case "christianshavns-urmager.dk" -> "Overgaden oven Vandet 22, 1415 København K";
            case "bispebjerg-anlaeg.dk" -> "Frederiksborgvej 64, 2400 København NV";
            case "bronshoj-toemrer.dk" -> "Frederikssundsvej 230, 2700 Brønshøj";
            case "tingbjerg-maler.dk" -> "Ruten 12, 2700 Brønshøj";
            case "osterbro-rengoering.dk" -> "Vognmandsmarken 9, 2100 København Ø";
            case "amager-ugeavis.dk" -> "Amagerbrogade 150, 2300 København S";
            case "nordhavn-vognmand.dk" -> "Kattegatvej 20, 2150 Nordhavn";
            case "vesterbro-elservice.dk" -> "Istedgade 98, 1650 København V";
            case "emdrup-vvs.dk" -> "Emdrupvej 133, 2400 København NV";
            case "sluseholmen-storkoekken.dk" -> "Sluseholmen 6, 2450 København SV";
            case "orestad-byggemarked.dk" -> "Ørestads Boulevard 110, 2300 København S";
            case "kalvebod-itdrift.dk" -> "Kalvebod Brygge 45, 1560 København V";
            case "utterslev-busser.dk" -> "Tomsgårdsvej 30, 2400 København NV";
            case "islandsbrygge-kontor.dk" -> "Njalsgade 19, 2300 København S";
            case "refshaleoen-smedie.dk" -> "Refshalevej 163, 1432 København K";
            case "amagerfaelled-natur.dk" -> "Artillerivej 73, 2300 København S";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with a supplier block, the administration billed and a line of net,
     * VAT and gross; a job report with fitter hours, city driving and materials and the FI line (card 71); a periodic charge
     * with agreement number, fixed and variable part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " \u00b7 " + addr));
                l.add("Momsnummer DK" + cvr(s.domain()) + " \u00b7 sagsbehandler hos os: " + s.person());
                l.add("Debitor: " + KOMMUNE + " \u00b7 " + RAADHUS + " \u00b7 lokationsnummer " + EAN);
                l.add("Dateret " + writtenDay(m, 0) + "; beløbet skal være hos os senest " + dottedDay(m, 30));
                l.add("Hvad er leveret: " + s.what());
                l.add("Nettopris " + a.net() + " \u00b7 momsandel " + a.vat() + " \u00b7 fakturatotal " + a.gross() + " DKK");
                l.addAll(more);
                if (account != null) {
                    l.add("Benyt " + account + " og skriv " + no + " i beskedfeltet til modtager");
                }
            }
            case 1 -> {
                head = "Arbejdsrapport med afregning " + no;
                l.add("Udført af " + s.name() + " (" + addr + "), momsnr. DK" + cvr(s.domain()));
                l.add("Bestilt af " + KOMMUNE + " med lokationsnummer " + EAN);
                l.add("Arbejdets art: " + s.what());
                long hours = a.ore() * 47 / 100;
                long drive = a.ore() * 6 / 100;
                l.add("Svendetimer " + kr(hours) + " \u00b7 bilkørsel i kommunen " + kr(drive) + " \u00b7 forbrugt materiel "
                    + kr(a.ore() - hours - drive));
                l.add("Sum uden afgift " + a.net() + ", heraf moms " + a.vat() + ", endelig sum " + a.gross());
                l.addAll(more);
                l.add("Betalingsfristen udløber " + writtenDay(m, 21) + (account == null ? "" : "; kontonummer " + account));
                if (own) {
                    l.add("FI-linje " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Afregning for perioden, bilag " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " \u00b7 " + addr) + " \u00b7 momsnr. DK" + cvr(s.domain()));
                l.add("Kundeforhold " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " hos os: " + KOMMUNE);
                l.add("Dækker " + dashedDay(m, -30) + " til og med " + dashedDay(m, -1) + " \u00b7 " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Grundbeløb " + kr(fixed) + " \u00b7 tillæg efter forbrug " + kr(a.ore() - fixed));
                l.add("Subtotal " + a.net() + " \u00b7 moms " + a.vat() + " \u00b7 samlet opkrævning " + a.gross());
                l.addAll(more);
                l.add("Trækkes ikke automatisk: indbetal senest " + dashedDay(m, 14) + (account == null ? "" : " på " + account));
                if (own) {
                    l.add("Girolinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "KK-" + no + ".pdf", "Fak-" + no + ".pdf",
            "inv" + no + ".pdf", "Regning-" + no + ".pdf", no + " faktura.pdf", "Fakturanr_" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Kære Københavns Kommune", "Til Kreditorservice på Rådhuset", "Godmorgen fra os",
        "Hejsa", "Att. bogholderiet i forvaltningen", "Goddag derinde", "Hej økonomiteamet", "Til jer, der tager imod fakturaerne"};

    private String phone() {
        return (rnd.nextBoolean() ? "33 " : "38 ") + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " "
            + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig79:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\n/" + firstName(s) + " hos " + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nHilsen fra os alle i " + s.name() + "\n" + s.person() + (freeMail(s) ? "" : " \u00b7 momsnr. DK"
                    + cvr(s.domain()));
            case 3:
                return "\n\nGod dag herfra\n" + firstName(s) + (freeMail(s) ? "\n\n-- sendt fra telefonen" : "\nwww." + s.domain());
            default:
                return "\n\nMed de bedste hilsner og tak for ordren\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Fakturering fra " + s.name(), "Faktura " + no + " / EAN " + EAN, "Regning " + no, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Så er der faktura " + no + " på " + s.what() + ". Den ligger som PDF nederst i mailen.";
            case 1 -> "Vi fremsender faktura " + no + " på " + a.gross() + " kr. inkl. moms. Sidste frist for betaling er "
                + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er lagt ind i NemHandel til lokationsnummer " + EAN + ", så denne kopi er kun til "
                + "orientering og skal ikke betales to gange.";
            case 3 -> "Tusind tak, fordi vi måtte løse opgaven for jer. Fakturaen er vedhæftet i PDF-format.";
            case 4 -> "Fakturanr.: " + no + "\nTotal med moms: " + a.gross() + " kr.\nBetales senest: " + dottedDay(m, 30);
            case 5 -> "Regningen for det udførte arbejde er vedlagt, og jeres indkøbsordre står på, så den kan matches.";
            case 6 -> "Her kommer månedens regning fra os. Giv endelig et kald, hvis noget ikke stemmer med jeres egne tal.";
            default -> "Vedhæftet finder I vores regning, som vi beder jer behandle ved lejlighed.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
                + full.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(full);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        return invoice(m, s, account, v, more, note, null);
    }

    private int layout(Supplier s, int v) {
        if (List.of(varme, pumpe, rengoer, mad, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, cykel, ur, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhuspladsen 1", "København V", "1550", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        pumpAgreement = "SKY-" + (4_100 + rnd.nextInt(700));
        bikeCase = "TMF-CYK-" + (2036_000 + rnd.nextInt(900));
        clockContract = "VU-" + (170 + rnd.nextInt(60));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == pumpe ? List.of("Serviceaftale " + pumpAgreement + ": 9 dykpumper, alarmering døgnet rundt")
                : s == cykel ? List.of("Sag " + bikeCase + ": 412 cykler fjernet ved Nørreport, opbevares 6 uger")
                : s == ur ? List.of("Kontrakt " + clockContract + ": ugentligt tilsyn med verdensuret") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Havneholdet, Teknik- og Miljøforvaltningen"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices railings at the harbour bath, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre KK-" + (480_200 + k * 311));
                case 1 -> List.of("Rekvirent: " + to().replace("@kk.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Renovering af Valby Bibliotek" : "Rammeaftale 2035-2038, delaftale 3"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede følgesedler ligger i samme mail." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "kvitterede-foelgesedler.pdf", Attachments.pdf(docId(m, "fs"),
                    "Kvitterede følgesedler", List.of(s.what(), "Modtaget af Københavns Ejendomme, driftsteam Syd",
                        "Antal leverancer: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "");
            k++;
        }
        creditNotes();
        reminders();
        statement();
        ublFiles();
        platforms();
        smallFirms();
        foreignSuppliers();
        saas();
        bankChanges();
        forwarded();
        creditorList();
        newsletters();
        internal();
        banks();
        counterparts();
        misc();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditering af faktura ", "Seks paller fliser blev leveret i forkert farve og er kørt retur til "
            + "lageret i Ørestad."},
            {kontor, "Kreditnota til faktura ", "Mødemappen med kommunens logo blev trykt skævt, så hele oplaget krediteres."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "CN-" + (1_200 + rnd.nextInt(700));
            Amount a = amount(130_000).credit();
            headers(m, s.person(), addr(s), "kreditor@kk.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra ved jeres næste udbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for annoncerne "
            + "nedenfor. Har I allerede betalt, krydser betalingerne hinanden."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@kk.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Beløbet indbetales som sædvanligt på " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato fremgår af faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@kk.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Goddag\n\nTil jeres kvartalsafstemning kan jeg bekræfte, at vi har modtaget betaling for faktura " + p.no()
                + ", og at jeres saldo hos os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "nordhavn-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "KK-" + (610_000 + v * 523);
            headers(m, s.name(), addr(s), "efaktura@kk.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL 2.02)"))
                .text("Hej efaktura\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så I får XML-filen direkte "
                    + "her, og en PDF til orientering. Kontonummeret er uændret. Skulle den samme faktura også dukke op via "
                    + "NemHandel, er det en dublet.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Jeres ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"bilagsflow.dk", "betalhub.com", "kontoflod.dk", "regnfri.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat79:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RF-" + (71_000 + rnd.nextInt(9_000));
                headers(m, "Regnfri", "opkraevning@regnfri.io", "suf-okonomi@kk.dk", "Faktura " + no + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Sundheds- og Omsorgsforvaltningen\n\nHer er opgørelsen og fakturaen over de "
                        + "vikartimer i hjemmeplejen på Amager, som jeres planlægger godkendte i oktober (212 timer). Vikarerne "
                        + "er ansat og lønnet hos Regnfri.\n\nAt betale " + a.gross() + " kr. senest " + dottedDay(m, 20)
                        + ".\n\nRegnfri Bemanding")
                    .attach("application/pdf", "Regnfri-" + no + ".pdf", Attachments.pdf(docId(m, "rf"), "Faktura " + no,
                        List.of("Regnfri ApS", "Kunde: " + KOMMUNE + ", hjemmeplejen Amager", "Godkendte vikartimer oktober 2036: 212",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "30000008074418"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform regnfri.io invoices approved home-care temp hours under its own name";
                continue;
            }
            String no = "BF" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "tmf-drift@kk.dk" : "kff-administration@kk.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i denne mail. Svarer du, havner svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så der er ikke lagt moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HP-" + (36_800 + rnd.nextInt(900));
        Amount a = amount(900_000);
        headers(m, "Hamburger Pumpentechnik", addr(tysk), "tmf-drift@kk.dk", "Rechnung " + no + " - Ersatzteile")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über Laufräder und Dichtungen für die "
                + "Tauchmotorpumpen im Regenrückhaltebecken Enghaveparken, bestellt über Enghave Pumpeservice. Steuerschuldnerschaft "
                + "des Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg-Harburg", "Kunde: " + KOMMUNE + ", Teknik- og Miljøforvaltningen", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlung an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MU" + (2_300 + rnd.nextInt(600));
        headers(m, "Malmö Urmakeri", addr(svensk), "kff-administration@kk.dk", "Faktura " + no + " - reservdelar världsuret")
            .text("Hej,\n\nBifogat finns fakturan för de kugghjul och fjädrar som Peter Holm beställde till världsuret i "
                + "rådhuset. Delarna skickades med bud i förra veckan.\n\nVänliga hälsningar\nEkonomi, Malmö Urmakeri AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro/IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish clock-parts supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Skemasky", "billing@skemasky.dk", "buf-indkob@kk.dk", "Your Skemasky invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for Skemasky, the timetable planner used by 14 schools in "
                + "Sydhavnen and Valby. It has also been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Skemasky team")
            .attach("application/pdf", "skemasky-" + isoDay(m, 0) + ".pdf", Attachments.pdf(docId(m, "sk"), "Invoice",
                List.of("Skemasky ApS", "Bill to: " + KOMMUNE, "Licence December 2036, 14 schools", "DKK " + a.gross())));
        genuine(m, "127.79.30.1");
        m.description = "SaaS skemasky.dk invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Roomly", "receipts@roomly.io", "keid@kk.dk", "Receipt: Roomly meeting-room booking")
            .text("Hi,\n\nThanks for your payment for Roomly (room booking screens, 48 rooms at the City Hall and Islands Brygge "
                + "offices). DKK " + a.gross() + " was charged to the card ending 7731.\n\nRoomly");
        genuine(m, "127.79.31.1");
        m.description = "SaaS roomly.io card receipt, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0008081236");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@kk.dk", "Skift af bank pr. 1. december")
            .text("Til Kreditorservice\n\nEfter 22 år i samme filial på Frederikssundsvej har værkstedet valgt en ny bank, "
                + "som også finansierer vores nye varevogne. Alt, vi fakturerer med dato 1. december 2036 eller senere, bedes "
                + "indbetalt til " + nyT + "; det, der er faktureret før, går stadig til den gamle konto.\n\nVil I have "
                + "ændringen bekræftet, så ring til Kasper på værkstedets fastnetnummer fra jeres kartotek, ikke nummeret i "
                + "denne mail." + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Kasper Lindqvist, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye garderobeskabe, Husum Fritidshjem");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036, jf. vores brev"), "\n\nBemærk: fakturaen skal betales til "
            + "den nye konto, vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "bronshoj-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "20000008098843");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Sluseholmen Storkøkken, Regnskab", addr(mad), "kreditor@kk.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", Kreditorservice og Sundheds- og Omsorgsforvaltningen\n\nDa storkøkkenet på "
                + "Sluseholmen i sommer kom ind under en dansk fødevarekoncern, flytter vores bankforretninger med over i "
                + "koncernens cash pool. Madleverancer, der faktureres fra 1. december, indbetales til " + nyM + "; den gamle "
                + "konto tager imod betalinger til og med 31. december. Samme besked er sendt med underskrift fra vores "
                + "økonomichef til kommunens Digital Post.\n\nVenlig hilsen\nSluseholmen Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed kitchen (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "sluseholmen-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=t7Qe=LC=amager-ugeavis.dk=annonce@srs.amagernet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.79.28.1";
        m.helo = "srs.amagernet.dk";
        m.description = "amager-ugeavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.valby-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.valby-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholdernetvaerket.dk", "Hanne Vestergaard", "hv@", "Regning for fjernelse af cykler?",
            "Kære netværk\n\nEn af vores stationer har fået en regning for 'opbevaring af efterladte cykler' fra et firma, vi "
                + "aldrig har haft kontrakt med. Beløbet skulle gå til en udenlandsk konto. Er det set hos andre?\n\nHanne"},
            {"storbyernes-indkobere.dk", "Claus Riis", "cr@", "Pumpeservice - pas på", "Hej alle\n\nVi har haft en faktura for "
                + "'akut pumpeskift efter skybrud' med vores rigtige aftalenummer, men en ny konto. Den rigtige servicepartner "
                + "kendte ikke til den.\n\nClaus"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-hovedstaden.dk", x[3])
                .header("List-Id", "Kreditornet Hovedstaden <debat.kreditornet-hovedstaden.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-hovedstaden.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Hovedstaden, "
                + "erfa for offentlige bogholdere\r\nAfmeld: https://kreditornet-hovedstaden.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-kbh.dk", "Svindelvarsel København", "Skybrud, cykler og tårnure: nye fupregninger",
            "Svindlerne kopierer nu rigtige aftalenumre fra pumpeservice, cykeloprydning og urmagerarbejde. Kontakt altid "
                + "leverandøren via kartotekets oplysninger, før en ny konto tages i brug."},
            {"brokvarter-revision.dk", "Brokvarter Revision", "Tjekliste til årsskiftet",
                "Gennemgå kreditorkartoteket, og kræv to godkendere, før et kontonummer bliver ændret."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl79:" + x[0]).substring(0, 12) + "@postrytme.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@kk.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere på hjemmesiden</a></p><p style=\"font-size:9px\">Du modtager denne mail som abonnent.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postrytme.com");
            m.ip = "127.79.26.1";
            m.helo = "mta.postrytme.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postrytme.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Teknik- og Miljøforvaltningen, Klimatilpasning", "klimatilpasning@", "kreditor@kk.dk",
            "Pumperne i skybrudsanlæggene", "Hej Kreditorservice\n\nAl service på pumperne i Enghaveparken og klimatunnelen "
                + "udføres af Enghave Pumpeservice under aftale " + pumpAgreement + " og faktureres med aftalenummeret. "
                + "Får I regninger for "
                + "pumpearbejde fra andre, så send dem til os, før noget betales.\n\nKlimatilpasning"},
            {"Byens Drift", "byensdrift@", "kreditor@kk.dk", "Efterladte cykler", "Hej\n\nKun Nørrebro Cykeloprydning "
                + "fjerner og opbevarer cykler for os, og altid under vores sagsnummer. Vi betaler aldrig for at få cykler "
                + "udleveret eller eksporteret.\n\nByens Drift"},
            {"Rådhusbetjentene", "raadhusbetjente@", "ledere@kk.dk", "Verdensuret", "Kære kolleger\n\nVerdensuret passes af "
                + "Christianshavns Urmager. Der findes intet lovpligtigt eftersyn af uret, og alt arbejde bestilles gennem "
                + "os.\n\nRådhusbetjentene"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Øresundsbanken Erhverv", "erhverv@oresundsbanken.dk", "okonomi@kk.dk", "Betalingsfil modtaget")
            .text("Kære erhvervskunde\n\nKlokken 09.12 registrerede vi en betalingsfil fra Københavns Kommune med 1.204 "
                + "overførsler, som gennemføres næste bankdag. Oversigten ligger under Betalinger, Filer i netbanken. "
                + "Øresundsbanken beder aldrig om login eller godkendelse via et link i en mail.\n\nØresundsbanken Erhverv");
        genuine(m, "127.79.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Hovedstadens Andelskasse", "info@hovedstads-andelskasse.dk", "okonomi@kk.dk", "Nye priser på udlandsbetalinger")
            .text("Til erhvervskunder\n\nPr. 1. februar justeres priserne for betalinger til udlandet. Den nye prisliste kan "
                + "ses i netbanken under Dokumenter.\n\nHovedstadens Andelskasse");
        genuine(m, "127.79.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("cloudburst-pump-service-invoice", true);
        invoice(m, pumpe, pumpe.account(), 7, List.of("Serviceaftale " + pumpAgreement + ", 4. kvartal 2036",
            "Eftersyn af 9 dykpumper, rensning af sandfang, test af alarm"), "\n\nServicerapporten er sendt til Klimatilpasning.");
        genuine(m, pumpe.ip());
        m.description = "the pump firm's quarterly service of the cloudburst basins (DKIM only, p=quarantine, DMARC pass)";
        m = ok("bicycle-removal-invoice", true);
        invoice(m, cykel, cykel.account(), 10, List.of("Sag " + bikeCase + ", november-runden",
            "387 cykler mærket og fjernet, 41 udleveret til ejere"), "\n\nListen med stelnumre ligger i jeres sagssystem.");
        genuine(m, cykel.ip());
        m.description = "the bicycle-clearing firm invoices November's round under the TMF case (RSA, no DMARC)";
        m = ok("world-clock-service-invoice", true);
        invoice(m, ur, ur.account(), 12, List.of("Kontrakt " + clockContract + ", tilsyn november", "Smøring af hovedværket, "
            + "kontrol af gangreserven"), "\n\nUret går nu inden for 0,3 sekunder om ugen.");
        genuine(m, ur.ip());
        m.description = "the clockmaker invoices November's care of the World Clock (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Peter Holm", addr(ur), "raadhusbetjente@kk.dk", "Justering af verdensuret i januar")
            .text("Kære rådhusbetjente\n\nI januar justerer jeg kalenderskiven til det nye år. Det er med i kontrakt "
                + clockContract + ", så der kommer ingen særskilt regning. Jeg sender aldrig regninger på arbejde, I ikke har "
                + "bestilt.\n\nPeter Holm\nChristianshavns Urmager");
        genuine(m, ur.ip());
        m.description = "the clockmaker announces the yearly calendar adjustment at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_000_000);
        headers(m, "Amager Ressourceselskab I/S", "faktura@amager-ressourceselskab.dk", "efaktura@kk.dk",
            "Behandlingsafgift november 2036")
            .text("Til ejerkommunerne\n\nHer følger opkrævningen af behandlingsafgiften for november. Den er samtidig sendt "
                + "elektronisk til jeres EAN.\n\nAmager Ressourceselskab I/S")
            .attach("application/pdf", "Behandlingsafgift-nov.pdf", Attachments.pdf(docId(m, "ars"), "Behandlingsafgift november 2036",
                List.of("Amager Ressourceselskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "30000008105520"))));
        genuine(m, "127.79.10.1");
        m.description = "intermunicipal waste company's monthly treatment charge";
        m = ok("authority-notice", false);
        headers(m, "Havnetilsynet", "tilsyn@havnetilsynet-kbh.dk", "tmf-drift@kk.dk", "Varsling af tilsyn ved havnebadene")
            .text("Til Københavns Kommune, Teknik- og Miljøforvaltningen\n\nVi foretager i januar et tilsyn med "
                + "redningsudstyret ved havnebadene på Islands Brygge og i Sluseholmen. Tidspunktet aftales med jer. Tilsynet er "
                + "gebyrfrit.\n\nHavnetilsynet");
        genuine(m, "127.79.10.6");
        m.description = "authority announces an inspection, no fee";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@pennestrog.dk";
        headers(m, "Bymuseet via Pennestrøg", "noreply@pennestrog.dk", "kff-administration@kk.dk",
            "Til underskrift: udlånsaftale for udstilling")
            .header("Reply-To", "<registrator@bymuseet-kbh.dk>")
            .text("Bymuseet har sendt jer 'Udlånsaftale - modeller af Rådhuspladsen' til underskrift.\n\nLog ind på jeres "
                + "Pennestrøg-konto for at se dokumentet.\n\nPennestrøg");
        genuine(m, "127.79.32.1");
        m.description = "real e-signature request from pennestrog.dk on behalf of the city museum";
        m = ok("receipt", false);
        headers(m, "Nørrebro Isenkram", "kvittering@norrebro-isenkram.dk", "tmf-drift@kk.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n3 boltsakse, 50 kabelbindere (lange). Betalt med kommunens indkøbskort.\n\nNørrebro Isenkram");
        genuine(m, "127.79.10.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Christianshavns Friskole", "kontor@christianshavns-friskole.dk", "okonomi@kk.dk", "Advis om betaling")
            .text("Kære Økonomiforvaltning\n\nFriskolens kasserer har netop sendt 18.600 kr. af sted til jer. Beløbet dækker "
                + "lejen af gymnastiksalen på Prinsessegade for vores onsdagshold fra august til november; vores bilagsnummer "
                + "er 2036-114.\n\nVenlig hilsen\nKontoret, Christianshavns Friskole");
        genuine(m, "127.79.10.3");
        m.description = "a free school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Kalvebod Bådelaug", "havnefoged@kalvebod-baadelaug.dk", "tmf-drift@kk.dk", "Vinterplads bekræftet")
            .text("Hej\n\nHavnebådene fra Havneholdet har vinterplads på land hos os til 15. april. Regningen kommer via EAN.\n\n"
                + "Kalvebod Bådelaug");
        genuine(m, "127.79.10.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6132500000718840"), iban("DK", "89900004471236"), bank("5470", "0001192734"),
        iban("EE", "0622002210089123"), iban("PL", "611090101400000712198874"), iban("GB", "REVO00997045128833"),
        iban("IE", "AIBK93115212345671"), iban("NL", "BUNQ0207190321"), iban("DE", "100110012629883411"),
        iban("HU", "117730160000000031129900"), iban("RO", "BTRL01301202C54612XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "005001200000001200527600"), bank("8411", "0004110982"), iban("MT", "MALT011000012345MTLCAST001S"),
        iban("SE", "50000000058398257466"), iban("LT", "1932300000013380"), iban("DK", "50510001207733"),
        iban("NO", "15031234567")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære kunder i Valby og Vanløse\n\nValby Varmeteknik "
            + "blev 1. november købt af en nordisk facility-koncern, hvis fælles finansfunktion nu opkræver for os. Derfor "
            + "står der en anden betalingsmodtager på denne opkrævning end på de forrige. Kontoen i Valby-afdelingen "
            + "nedlægges ved månedsskiftet, og banken sender beløb dertil tilbage med et ekspeditionsgebyr.");
        forged(m, forgedHost++);
        m.description = "forged From valby-varmeteknik.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(8), 6, List.of(), "", "Kære annoncør\n\nNovembers annoncer om lokalplanen og jobbene i "
            + "hjemmeplejen er nu gjort op. Ugeavisen er fra denne måned trykt og udgivet af et forlag i Kiel, og "
            + "annoncekronerne går derfor direkte til forlagets tyske konto, der er trykt på fakturaen. Vores danske konto "
            + "lukker den sidste bankdag i måneden.");
        forged(m, forgedHost++);
        m.description = "forged From amager-ugeavis.dk (p=reject), DE account";

        // lookalike-domain
        Object[][] l = {{"valby-varmeteknik.com", varme, "Vi beklager rodet med dobbelte opkrævninger i oktober. Efter "
            + "flytningen af kundedata til et nyt ERP-system passer de kontonumre, I har gemt i jeres kreditorsystem, ikke "
            + "længere. Brug kun nummeret, der er trykt på denne side, også for varmecentralen på Vigerslev Allés Skole."},
            {"bispebjerg-anlag.dk", entrep, "Fortovet ud for Bispebjerg Skole på Tagensvej er lagt færdigt med granitkantsten, "
                + "og afspærringen blev fjernet i går. Min far er gået på pension, jeg har overtaget firmaet, og vi flyttede "
                + "samtidig engagementet til en mindre bank. Betal derfor til kontoen nederst og ikke den gamle fra kartoteket."},
            {"orestad-bygmarked.dk", byg, "Samlefaktura for november: fliser, lægter og gipsplader til driftsholdene i "
                + "Københavns Ejendomme. Vi er rykket til et andet pengeinstitut i forbindelse med en refinansiering af "
                + "lageret, og den tidligere konto tager ikke imod penge efter den 30."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 3 + 2, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[5];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(12), 5, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffsalg i Ørestad sender december-fakturaen for byggematerialer til jeres ejendomsdrift. Efter revisorens "
                + "gennemgang samler vi alle indbetalinger i ét pengeinstitut, så nummeret på fakturaen er et andet end på de "
                + "forrige. Det gælder fra denne faktura og også for de poster fra november, der stadig står åbne.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as orestad-byggemarked.dk, new account";
        d = OWNED[6];
        m = bad("punycode-homoglyph");
        headers(m, "Overborgmesterens Kontor", "sekretariat@" + d, "kreditor@kk.dk", "Fortroligt: deponering i dag")
            .text("Godmorgen\n\nOverborgmesteren sagde i nat ja til en byggegrund på Sandkaj i Nordhavn, som en fond fra "
                + "Luxembourg også har kig på. Sælgers advokat vil have 480.000 kr. deponeret på " + mule(13) + " før frokost, "
                + "ellers går grunden videre til fonden. Skødet kommer bagefter. Indtil Borgerrepræsentationen har fået sagen "
                + "på et lukket møde, må den ikke nævnes for nogen i huset.\n\nOverborgmesterens Kontor");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Bilagsflow", "besked@bilagsflow-nordhavn.dk", "kff-administration@kk.dk",
            "Åben regning fra Amager Fælled Naturpleje")
            .html("<html><body><p>Kære " + KOMMUNE + "</p><p>" + natur.name() + " har bedt os minde jer om regningen for "
                + "slåning af tagrør på fælleden. Fristen er passeret, og systemet lægger 100 kr. oveni ved døgnskiftet. "
                + "Gebyret undgås, hvis I betaler med et firmakort via vores side:</p><p><a href=\"https://"
                + "bilagsflow-nordhavn.dk/b/" + sha256("bf79").substring(0, 20) + "\">Gå til kortbetaling</a></p>"
                + "<p>Bilagsflow &ndash; bilag uden papir</p></body></html>");
        ownedBy(m, "bilagsflow-nordhavn.dk");
        m.description = "look-alike of the platform bilagsflow.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Betalhub", "faktura@betalhub-valby.com", "tmf-drift@kk.dk", smed.name() + " - overdraget til Betalhub")
            .text("Goddag\n\nFra i år passer Betalhub debitorerne for " + smed.name() + " ude på Refshaleøen, så smeden kan "
                + "koncentrere sig om gelænderne. Regningen i vedhæftningen betales derfor til vores klientkonto " + mule(15)
                + ", hvorfra vi afregner med smedien hver fredag.\n\nBetalhub Debitorservice")
            .attach("application/pdf", "betalhub-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("betalhub-valby.com", mule(15)), "Faktura", "BH-" + (9_100 + rnd.nextInt(800)), amount(300_000),
                mule(15), 0, List.of("Administreres af Betalhub")));
        ownedBy(m, "betalhub-valby.com");
        m.description = "look-alike of betalhub.com: the smithy's invoice 'administered' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, kontor, mule(16), 8, List.of("Betaling via factoringselskab"), "", "Fra 1. december har vi solgt vores "
            + "udestående til et finansieringsselskab, så den vedlagte faktura for kopipapir og toner skal ind på selskabets "
            + "konto, som står på fakturaen, og ikke på vores egen. Jeg står på en messe i Herning resten af ugen og svarer kun "
            + "på mail. Butikken på Njalsgade kender ikke aftalen endnu, så ring helst ikke dertil.");
        genuine(m, kontor.ip());
        m.description = "compromised real mailbox of islandsbrygge-kontor.dk (RSA, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@kk.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej Kreditorservice\n\nEn lille tilføjelse til fakturaen nedenfor i tråden: vores bank gennemgår lige nu "
                + "kontoen i en hvidvaskkontrol og har frosset den et par uger. De " + p.amount().gross() + " kr. bedes derfor "
                + "denne ene gang sat ind på " + mule(17) + ". Når kontrollen er overstået, kører alt som før.\n\nFaktura og "
                + "Debitor\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of kalvebod-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "bronshoj-tomrer.dk", "skydedørene"}, {mad, "sluseholmen-storkokken.dk", "maden til plejehjemmene"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@kk.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nUndskyld rodet omkring faktura " + p.no() + " for " + h[i][2] + " (" + p.amount().gross()
                    + " kr.). Vores revisor har netop set fakturaskabelonen igennem og opdaget, at den stadig viste kontoen "
                    + "fra før bankskiftet i sommer; penge dertil bliver ført tilbage. Overfør gerne til " + mule(i + 3)
                    + " i stedet, og send et kort ok retur, så jeg kan lukke punktet hos revisoren.\n\n" + s.person()
                    + "\n\nFrom: " + addr(s) + "\nSubject: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Overborgmester", "overborgmester@" + OWN, "okonomi@kk.dk", "Tilskud til nytårskoncerten")
            .text("Hej\n\nArrangørerne af nytårskoncerten på Rådhuspladsen har fået mit tilsagn om et ekstraordinært tilskud "
                + "på 220.000 kr. Scenefirmaet trækker sig, hvis pengene ikke er overført i eftermiddag, så brug " + mule(7)
                + " og send mig en kvittering. Jeg sidder i KL's bestyrelse hele dagen og kan kun læse mail.\n\n"
                + "Overborgmesteren");
        forged(m, forgedHost++);
        m.description = "forged kk.dk (p=reject) from outside: the lord mayor's urgent concert grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomiforvaltningen", "regnskabschef@" + OWN, "kreditor@kk.dk", "Ændring: Emdrup VVS")
            .text("Hej\n\nJeg har lige haft direktøren for Emdrup VVS i røret. Deres bank er fusioneret med en anden, og den "
                + "gamle konto lukker efter weekenden. Opret " + mule(9) + " på leverandøren i dag, så decemberbetalingerne "
                + "ikke fejler. Jeg har selv tjekket det, så I behøver ikke ringe til dem.\n\nRegnskabschefen, "
                + "Økonomiforvaltningen");
        forged(m, forgedHost++);
        m.description = "forged kk.dk: 'head of accounts' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Administrerende direktør, ØKF", "direktor.okf.kbh@gmail.com", "okonomi@kk.dk", "Er du på kontoret?")
            .text("Er du på kontoret nu? Jeg er i Slotsholmsgade og forhandler anlægsloftet med Finansministeriet, og "
                + "arbejdstelefonen er afleveret i garderoben. Der skal laves en diskret overførsel i forbindelse med "
                + "forhandlingerne før kl. 14, og den kan ikke vente på den sædvanlige godkendelsesrunde. Skriv til mig på "
                + "denne adresse, så får du kontooplysningerne.\n\nDirektøren, Økonomiforvaltningen");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the finance administration's director 'negotiating at the ministry'";
        m = bad("ceo-fraud");
        headers(m, "Overborgmesteren", "overborgmester.kbh@outlook.com", "indkob@kk.dk", "Julekurve på Vesterbro")
            .text("Hej\n\nDe frivillige i julekurve-indsamlingen på Vesterbro har pakket 900 kurve hele weekenden, og jeg vil "
                + "gerne overraske dem, før de tager hjem i dag. Køb 15 elektroniske supermarkedsgavekort på hver 1.000 kr., "
                + "og tag et billede af koderne til mig. Jeg er fanget i møder, så det skal være her på mailen; udlægget "
                + "refunderer vi over min konto.\n\nOverborgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Nadia Hansen", "nadia.hansen.sosu@gmail.com", "lon@kk.dk", "Lønkonto - Amager Øst")
            .text("Hej Løn\n\nDet er Nadia fra aftenholdet i hjemmeplejen Amager Øst (Kastrupvej). Nogen misbrugte mit "
                + "Dankort i sidste uge, så banken har lukket alt, og jeg har fået en konto i en mobilbank i stedet: "
                + mule(0) + ". Må den stå som lønkonto fra december? Min nye MitID-app virker ikke på Medarbejderportalen "
                + "endnu, derfor skriver jeg fra min private mail.\n\nTak tak\nNadia Hansen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care helper";
        m = bad("payroll-account-change");
        headers(m, "Frederik Mølgaard", "frederik.molgaard.nv@hotmail.com", "lon@kk.dk", "Irsk lønkonto")
            .text("Hej\n\nJeg er pædagogmedhjælper i en børnehave på Bispebjerg og skal bo hos min kæreste i Dublin fra "
                + "februar, så jeg har allerede fået en irsk konto. Decemberlønnen må gerne gå til " + mule(6) + ", så kan "
                + "jeg nå at betale depositum derovre.\n\nVh Frederik");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // display-name-abuse (free mail with a listed supplier's name)
        m = bad("display-name-abuse");
        headers(m, byg.name(), "orestad.byggemarked.proff@gmail.com", "kreditor@kk.dk", "Proffsalg - ny kontoinfo")
            .text("Hej Kreditorservice\n\nVores firmadomæne har været nede siden serverflytningen i weekenden, så jeg skriver "
                + "fra Proffsalgs reserveadresse. Næste betaling til " + byg.name() + " skal gå til " + mule(10) + ". Svar "
                + "gerne her, når kartoteket er opdateret, så jeg kan give lageret besked.\n\nProffsalg, Ørestad");
        genuine(m, GMAIL);
        m.description = "gmail with the builders' merchant's display name asks for a new account";
        m = bad("display-name-abuse");
        headers(m, bus.name(), "utterslev.busser.korsel@icloud.com", "buf-indkob@kk.dk", "Specialklasserne i december")
            .text("Hej Børne- og Ungdomsforvaltningen\n\nDieselprisen er steget så meget, at vores leasingselskab kræver "
                + "forudbetaling af brændstoffet. Vi kan kun køre specialklasserne til Utterslev Mose og svømmehallen i "
                + "Bellahøj i december, hvis 38.200 kr. står på " + mule(11) + " fredag. Vi skriver fra iCloud, mens vores "
                + "domæne bliver flyttet.\n\nKørselskontoret, Utterslev Busser");
        genuine(m, APPLE);
        m.description = "icloud with the bus company's display name wants December's driving paid in advance";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Amager Inkasso", "sag@amager-inkasso.dk", "kreditor@kk.dk", "Inkassosag " + (7_700 + i * 13) + ": "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + ", Kreditorservice\n\n" + inkasso[i].name() + " har overgivet faktura " + p.no()
                    + " (" + p.amount().gross() + " kr.) til os, efter at tre påmindelser fra kreditor ikke er besvaret af "
                    + "kommunen. Med vores salær på 475 kr. skal kravet stå på klientkontoen " + mule(i + 14) + " inden "
                    + "tredje hverdag. Hører vi intet, indleverer vi betalingspåkrav til fogedretten på Hambrosgade og "
                    + "anmelder kravet til kreditoplysningsbureauerne.\n\nSagsbehandler\nAmager Inkasso");
            ownedBy(m, "amager-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-christianshavn.com", "it@kk.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære brugeradministrator</p><p>Organisationens oplysninger skal bekræftes igen efter en "
                + "sikkerhedsopdatering. Ellers spærres alle medarbejderes MitID Erhverv i " + KOMMUNE + " fra mandag.</p>"
                + "<p><a href=\"https://mitid-christianshavn.com/org\">Bekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-christianshavn.com");
        m.description = "fake MitID Erhverv block with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-bispebjerg.com", "okonomi@kk.dk", "Afgørelse om momskompensation")
            .html("<html><body><p>Ny post til " + KOMMUNE + " (CVR 64942212)</p><p>Afsender: Skattestyrelsen, "
                + "Kommunekontrol<br>Emne: Genopkrævning af momskompensation, 3. kvartal 2036</p><p>Afgørelsen skal "
                + "kvitteres af en person med tegningsret senest fredag kl. 12. Ukvitterede afgørelser betragtes som "
                + "accepterede, og beløbet modregnes i næste bloktilskud.</p><p><a href=\"https://digitalpost-bispebjerg.com/"
                + "log-ind\">Log på virksomhedspostkassen</a></p></body></html>");
        ownedBy(m, "digitalpost-bispebjerg.com");
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "P-kontrol Islands Brygge", "afgift@parkering-islandsbrygge.dk", "tmf-drift@kk.dk", "Kontrolafgift 795 kr.")
            .html("<html><body><p>Kontrolbesøg 3/12 kl. 10.41: varevogn med kommunens logo holdt i to timer på det private "
                + "område ved Havnestaden uden p-licens.</p><p>Afgiften er 795 kr. Scan koden med telefonen og betal med "
                + "MobilePay; betaler I inden fem dage, bortfalder rykkergebyret.</p><p><img src=\"cid:betal\" alt=\"Scan\">"
                + "</p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "parkering-islandsbrygge.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kunde@betaling-sydhavnen.net", "okonomi@kk.dk", "Jeres aftaler er sat på pause")
            .html("<html><body><p>Jeres tilmeldte betalinger er sat på pause på grund af manglende bekræftelse. Scan koden med "
                + "mobilen for at aktivere dem igen.</p><img src=\"cid:betal\"></body></html>")
            .attach("image/png", "aktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "betaling-sydhavnen.net");
        m.description = "QR code for 'paused direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "adm@osterbro-rengoring.dk", "kreditor@kk.dk", "Faktura " + no + " (komprimeret)")
            .text("Goddag fra Vognmandsmarken\n\nSidst vi mailede en faktura til jer, kom den retur med beskeden 'vedhæftning "
                + "blokeret af politik'. Vores IT-mand har derfor lagt november-fakturaen for biblioteket og borgerservice i "
                + "en komprimeret mappe. I mappen ligger også et notat om, at driftskontoen er flyttet til den bank, vores "
                + "nye ejer bruger.\n\nAdministrationen\nØsterbro Rengøring")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("osterbro-rengoring.dk", mule(4)), "Faktura", no, a, mule(4), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen på fakturaen."));
        ownedBy(m, "osterbro-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of osterbro-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "vaerksted@emdrup-vvs.net", "kreditor@kk.dk", "Regninger faldstammer Emdrup Skole")
            .text("Hej Kreditorservice\n\nScanneren på værkstedet laver kæmpestore filer, så Mette på kontoret har pakket "
                + "novembers regninger for faldstammerne på Emdrup Skole i én 7z-fil. Den kan åbnes med 7-Zip. "
                + "Kontonummeret i regningerne er det, vi har brugt siden skiftet af pengeinstitut i oktober.\n\n"
                + "Værkstedet, Emdrup")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("emdrup-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "emdrup-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of emdrup-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@islandsbrygge-kontorforsyning.net", "indkob@kk.dk", "Samlet ordre til Rådhuset")
            .text("Hej Indkøb\n\nI bad om én samlet bekræftelse på kopipapir, toner og mødeblokke til Rådhuset inden jul. Vi "
                + "bruger en ny Word-skabelon, hvor priserne først regnes ud, når dokumentet får lov at køre sit indhold, "
                + "altså den gule bjælke øverst. Uden det står felterne tomme. Fakturaen sidder på side to.\n\n"
                + "Ordrekontoret, Islands Brygge")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_og_faktura.docm", Attachments.word(
                "Samlet ordre og faktura til Rådhuset. Priserne beregnes, når indholdet køres.", true));
        ownedBy(m, "islandsbrygge-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of islandsbrygge-kontor.dk";
        m = bad("office-macro");
        headers(m, "Faktura og Debitor", "debitor@kalvebod-it-drift.net", "it@kk.dk", "Chromebooks i Sydhavnen - regneark")
            .text("Hej IT\n\nOptællingen af Chromebooks og licenser på de fire skoler i Sydhavnen står i regnearket. Totalerne "
                + "udregnes af en makro, som Excel spørger, om I vil tillade. Betalingsstedet er ændret i arket, efter at "
                + "vi flyttede konto.\n\nFaktura og Debitor, Kalvebod")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_opgoerelse.xlsm", Attachments.excel(List.of(
                "Optælling Chromebooks november 2036", "Chromebook og licens 620 stk", "Betales til " + mule(1)), true));
        ownedBy(m, "kalvebod-it-drift.net");
        m.description = "macro-enabled .xlsm from a look-alike of kalvebod-itdrift.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "ali@tingbjerg-malerservice.dk", "keid@kk.dk", "Regning Tingbjerg Skole")
            .text("Hej Ejendomme\n\nPrinteren i bilen er død, så jeg har fotograferet regningen for trappeopgangene og "
                + "gymnastiksalen på Tingbjerg Skole. Kontonummeret nederst på billedet er det nye, det gamle er lukket.\n\n"
                + "Ali")
            .attach("image/jpeg", "IMG_5120.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "tingbjerg-malerservice.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of tingbjerg-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "jan@nordhavn-vognmand.net", "tmf-drift@kk.dk", "Faktura jordkørsel Nordhavn")
            .text("Hej\n\nFakturaen for jordkørslen i Nordhavn er vedhæftet som scannet fil. Vi har skiftet konto, det står "
                + "på bilaget.\n\nJan")
            .attach("application/pdf", "Scan_20361203.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "nordhavn-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of nordhavn-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "md@bispebjerg-anlaeg.net", "efaktura@kk.dk", "Peppol-fil, kantsten Tagensvej")
            .text("Hej efaktura\n\nVi er gået over til et andet bogføringsprogram, og koblingen til NemHandel bliver først "
                + "slået til efter nytår. E-fakturaen for kantstenene på Tagensvej ligger derfor her som Peppol-fil til manuel "
                + "indlæsning. Modtagerkontoen i filen er den, vi bruger nu.\n\nMikkel\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "KK-" + (612_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "bispebjerg-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@kalvebod-it-drift.net", "efaktura@kk.dk", "OIOUBL " + no)
            .text("OIOUBL-filen til faktura " + no + " er vedhæftet. Bankoplysningerne i filen er nye efter vores bankskifte, "
                + "så ret dem gerne i kartoteket.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "KK-" + (612_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "kalvebod-it-drift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of kalvebod-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Pennestrøg", "dokument@pennestrog-nordhavn.dk", "kff-administration@kk.dk",
            "Bymuseet afventer din signatur")
            .html("<html><body><p>Bymuseet har inviteret dig til at skrive under på 'Forsikringstillæg for modellen af "
                + "Rådhuspladsen'. Invitationen lukker kl. 16 i dag.</p><p><a href=\"https://pennestrog-nordhavn.dk/d/"
                + sha256("pn79").substring(0, 16) + "\">Åbn dokumentet</a></p></body></html>");
        ownedBy(m, "pennestrog-nordhavn.dk");
        m.description = "fake e-signature request imitating pennestrog.dk and the city museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@kastellet-dokument.net", "keid@kk.dk", "Lejekontrakt Nyboder - til underskrift")
            .html("<html><body><p>Udlejer har delt en lejekontrakt for erhvervslokalerne i de gule Nyboder-rækker med "
                + "Københavns Ejendomme. Kontrakten er beskyttet og åbnes med jeres Microsoft 365-login, hvorefter den kan "
                + "underskrives digitalt.</p><p><a href=\"https://kastellet-dokument.net/login\">Log ind for at se "
                + "kontrakten</a></p></body></html>");
        ownedBy(m, "kastellet-dokument.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "korsel@utterslev-busser.net", "kreditor@kk.dk", "Faktura " + p.no() + " - to indbetalinger")
            .text("Hej Kreditorservice\n\nMens vi flytter erhvervskontoen, har banken bedt os sprede indbetalingerne over to "
                + "konti i en overgangsperiode. Faktura " + p.no() + " (" + p.amount().gross() + " kr.) vil vi derfor bede "
                + "jer dele, så halvdelen går til kontoen i jeres kartotek og halvdelen til " + mule(3) + ". Skriv "
                + "fakturanummeret på begge overførsler.\n\nKørselskontoret, Utterslev Busser");
        ownedBy(m, "utterslev-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@emdrup-vvs-aps.dk", "kreditor@kk.dk", "Faktura " + p.no() + " - beløbsgrænse")
            .text("Hej\n\nOm faktura " + p.no() + ": den gamle konto har en grænse for indbetalinger, som banken ikke vil hæve "
                + "før nytår. Send derfor 25.000 kr. som sædvanligt og resten til den nye konto " + mule(18) + ". Beklager "
                + "bøvlet, det er kun denne gang.\n\nVærkstedet, Emdrup VVS");
        ownedBy(m, "emdrup-vvs-aps.dk");
        m.description = "split payment on Emdrup VVS's real wave-1 invoice (NO IBAN)";

        // domain-renewal-invoice
        m = bad("domain-renewal-invoice");
        headers(m, "Domæneservice", "fornyelse@domaener-valby.com", "it@kk.dk", "Fornyelse af kk.dk udløber")
            .text("Kære domæneindehaver\n\nRegistreringen af kk.dk og 14 tilknyttede navne udløber om fem dage. For at undgå "
                + "at hjemmesider og mail stopper, skal fornyelsen på 7.860 kr. betales til " + mule(5) + " inden udløb. "
                + "Betaling er accept af tilbuddet.\n\nDomæneservice");
        ownedBy(m, "domaener-valby.com");
        m.description = "fake renewal of our own domain name, pay to renew";
        m = bad("domain-renewal-invoice");
        headers(m, "DK Registrering", "faktura@dk-hostmaster-amager.net", "okonomi@kk.dk", "Faktura: søgemaskineregistrering")
            .text("Faktura for årlig registrering af kk.dk i vores erhvervsindeks og søgemaskiner, 4.995 kr. ekskl. moms. "
                + "Indbetal til " + mule(14) + " inden 8 dage. Registreringen er ikke en del af jeres domæne hos DK "
                + "Hostmaster.");
        ownedBy(m, "dk-hostmaster-amager.net");
        m.description = "domain-themed 'search engine registration' invoice dressed as a registrar";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-cloudburst-pump-service-invoice
        M m = bad("fake-cloudburst-pump-service-invoice");
        invoice(m, pumpe.posing("enghave-pumpeservice.com", pumpe.account()), mule(0), 11,
            List.of("Serviceaftale " + pumpAgreement + " - akut udkald"), "", "Under skybruddet søndag nat gik to af "
                + "dykpumperne i bassinet i Enghaveparken i stå, og vores vagt skiftede dem inden morgen, så parken ikke "
                + "løb over. Udkaldet ligger uden for serviceaftalen og skal betales straks. Vi har i samme forbindelse fået "
                + "ny bank; kontoen står på fakturaen.");
        ownedBy(m, "enghave-pumpeservice.com");
        m.description = "look-alike of the pump firm cites the real agreement, 'emergency pump swap after the cloudburst' (LT IBAN)";
        m = bad("fake-cloudburst-pump-service-invoice");
        headers(m, "Skybrud Sydhavnen", "drift@skybrud-sydhavnen.dk", "klimatilpasning@kk.dk",
            "TV-inspektion under Sydhavnsgade")
            .text("Hej Klimatilpasning\n\nJeres projektleder bestilte i september en kameragennemgang af skybrudsledningen "
                + "under Sydhavnsgade og Mozarts Plads, 1,4 km i alt. Optagelserne ligger klar på en USB-nøgle, som sendes, "
                + "når regningen på 61.250,00 kr. med moms er indgået på " + mule(4) + " inden seks dage.\n\n"
                + "Skybrud Sydhavnen")
            .attach("application/pdf", "tv-inspektion.pdf", Attachments.pdf(docId(m, "tv79"), "Regning kameragennemgang",
                List.of("Skybrud Sydhavnen", "Kameragennemgang 1.400 m skybrudsledning, Sydhavnsgade og Mozarts Plads",
                    "Heraf moms 12.250,00, i alt 61.250,00", "Indbetaling " + mule(4))));
        ownedBy(m, "skybrud-sydhavnen.dk");
        m.description = "unknown firm bills a sewer-camera inspection 'ordered in September', footage held back (PL IBAN)";
        m = bad("fake-cloudburst-pump-service-invoice");
        headers(m, "Klimatunnel Østerbro", "booking@klimatunnel-osterbro.dk", "tmf-drift@kk.dk",
            "Reservation af mobile pumper - forudbetaling")
            .text("Hej\n\nDMI varsler kraftig regn, og jeres faste pumpeleverandør har ikke flere maskiner ledige. Vi har "
                + "derfor holdt fire mobile højtrykspumper klar til Skt. Kjelds Plads. Reservationen, 29.500 kr., skal betales "
                + "forud til " + mule(5) + ", før vi kører pumperne ud.\n\nKlimatunnel Østerbro");
        ownedBy(m, "klimatunnel-osterbro.dk");
        m.description = "'standby pumps before the forecast downpour' reserved against prepayment (GB IBAN)";

        // fake-abandoned-bicycle-removal-invoice
        m = bad("fake-abandoned-bicycle-removal-invoice");
        invoice(m, cykel.posing("norrebro-cykeloprydning.com", cykel.account()), mule(9), 13, List.of("Sag " + bikeCase
            + " - ekstra indsamling"), "", "Politiet bad om en ekstra rydning ved Nørreport efter mærkningen i sidste uge, og "
            + "vi fjernede 530 cykler under sag " + bikeCase + ". Regningen er vedlagt. Efter et ejerskifte hos os skal "
            + "beløbet gå til vores nye erhvervskonto, som står på fakturaen.");
        ownedBy(m, "norrebro-cykeloprydning.com");
        m.description = "look-alike of the bicycle-clearing firm cites the real TMF case, 'extra round', new account (HU IBAN)";
        m = bad("fake-abandoned-bicycle-removal-invoice");
        headers(m, "Cykelfjern Vesterbro", "opkraevning@cykelfjern-vesterbro.dk", "byensdrift@kk.dk",
            "Opbevaring af cykler fra Vesterbro Station")
            .text("Til Byens Drift\n\nVi har på vegne af banegårdens ejer fjernet 280 efterladte cykler fra cykelstativerne "
                + "ved Vesterbro Station. Cyklerne står på vores lager i Sydhavnen, og kommunen hæfter for opbevaringen med "
                + "35 kr. pr. cykel pr. uge. Første opgørelse, 9.800 kr., bedes indbetalt til " + mule(3) + ".\n\n"
                + "Cykelfjern Vesterbro");
        ownedBy(m, "cykelfjern-vesterbro.dk");
        m.description = "unknown firm bills weekly storage of bicycles 'removed for the station owner' (EE IBAN)";
        m = bad("fake-abandoned-bicycle-removal-invoice");
        headers(m, "Nørreport Cykelparkering", "handel@norreport-cykelparkering.dk", "tmf-drift@kk.dk",
            "Opkøb af jeres beholdning af efterladte cykler")
            .text("Hej\n\nVi eksporterer brugte cykler til Østeuropa og vil gerne overtage hele jeres lager af uafhentede "
                + "cykler til 120 kr. pr. stk. Før vi kan hente dem, skal der stilles et depositum for eksportpapirer og told "
                + "på 14.400 kr. til " + mule(7) + ". Depositum modregnes i købesummen.\n\nNørreport Cykelparkering");
        ownedBy(m, "norreport-cykelparkering.dk");
        m.description = "advance-fee 'purchase' of the abandoned-bicycle stock: export deposit first (NL IBAN)";

        // fake-world-clock-service-invoice
        m = bad("fake-world-clock-service-invoice");
        invoice(m, ur.posing("christianshavns-urmager.com", ur.account()), mule(10), 15, List.of("Kontrakt " + clockContract
            + " - ekstraordinært eftersyn"), "", "Verdensuret var fredag fire minutter bagud, og jeg måtte efterregulere "
            + "pendulet og rense to hjul i planetariet samme aften. Det falder uden for kontrakt " + clockContract + ". Min "
            + "nye forretningskonto står på regningen, den gamle er lukket.");
        ownedBy(m, "christianshavns-urmager.com");
        m.description = "look-alike of the clockmaker cites the real contract, 'emergency regulation', new account (RO IBAN)";
        m = bad("fake-world-clock-service-invoice");
        headers(m, "Rådhuspladsen Urservice", "service@raadhuspladsen-urservice.dk", "raadhusbetjente@kk.dk",
            "Lovpligtigt eftersyn af tårnur og verdensur")
            .text("Til Københavns Rådhus\n\nOffentlige bygninger med mekaniske tårnure skal have et dokumenteret eftersyn "
                + "hvert år. Vi har udført eftersynet af tårnuret og verdensuret i forbindelse med vores rundtur i Indre By. "
                + "Certifikatet udleveres, når 18.750,00 kr. er betalt til " + mule(11) + ".\n\nRådhuspladsen Urservice");
        ownedBy(m, "raadhuspladsen-urservice.dk");
        m.description = "unknown firm bills a 'mandatory yearly inspection' of the clocks, certificate held back (BG IBAN)";
        m = bad("fake-world-clock-service-invoice");
        headers(m, "Kongens Nytorv Ure", "ordre@kongens-nytorv-ure.dk", "kff-administration@kk.dk",
            "Stjernekortet i verdensuret - bekræftelse")
            .text("Hej Kultur og Fritid\n\nDet var rart at høre fra jer om stjernekortet i verdensuret, der halter efter "
                + "himlen. Vi har sat en specialist fra Le Locle og hans drejebænk af til uge 3. Som bekræftelse på "
                + "bookingen beder vi om halvdelen af honoraret, 42.000 kr., på " + mule(12) + " allerede nu.\n\n"
                + "Kongens Nytorv Ure");
        ownedBy(m, "kongens-nytorv-ure.dk");
        m.description = "'your enquiry' about adjusting the World Clock's star map, half paid in advance (CY IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus79().generate(), List.of(
            "# Københavns Kommune, Økonomiforvaltningen: invoice checks (seventy-ninth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=valby-varmeteknik.dk enghave-pumpeservice.dk norrebro-cykeloprydning.dk "
                + "christianshavns-urmager.dk bispebjerg-anlaeg.dk bronshoj-toemrer.dk tingbjerg-maler.dk osterbro-rengoering.dk "
                + "amager-ugeavis.dk nordhavn-vognmand.dk vesterbro-elservice.dk emdrup-vvs.dk sluseholmen-storkoekken.dk "
                + "orestad-byggemarked.dk kalvebod-itdrift.dk utterslev-busser.dk islandsbrygge-kontor.dk",
            "invoice.domains.platforms=bilagsflow.dk betalhub.com kontoflod.dk regnfri.io",
            "invoice.names.protected=Københavns Kommune"));
    }
}
