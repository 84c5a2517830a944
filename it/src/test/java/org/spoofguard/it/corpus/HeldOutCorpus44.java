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
 * The forty-fourth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Langeland Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour,
 * schools, elderly care, culture, tourism and property mailboxes), the island municipality south of Funen: Rudkøbing with its
 * harbour and old town, the Spodsbjerg-Tårs ferry, Bagenkop fishing harbour, Tranekær castle and park, Lohals, Tryggelev,
 * Humble, Magleby, Ristinge beach and its holiday homes, the Cold War museum Langelandsfort and the wild horses at Dovns
 * Klint; seventeen listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web
 * hoster named in its SPF), four invoicing platforms ({@code regningsbro.dk}, {@code saldix.com}, {@code tilgodeboks.dk},
 * {@code pengespor.io}), a veterinary practice caring for the wild horses, a dehumidification firm keeping the fort's
 * bunkers and submarine dry, an arborist for the castle park and the town's trees, sole traders on free mail, foreign
 * suppliers, SaaS, an ESP, an e-signature service, banks, a creditor list, forwarders (with and without SRS) and fraudsters'
 * own domains, each carrying a Langeland place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed
 * account, fake e-signature requests) and three kinds new here: veterinary care, hoof trimming or fence checks for the wild
 * horses at Dovns Klint billed by someone who never saw them (fake-wild-horse-vet-invoice); service, sensors or an "urgent
 * humidity alarm" for the dehumidifiers in Langelandsfort's bunkers and submarine billed to a new account
 * (fake-bunker-dehumidification-invoice); and a tree survey or felling in Tranekær castle park or along the roads billed by
 * someone who never climbed a tree (fake-arborist-tree-survey-invoice). The invoice engine, its tests, tuning notes and
 * earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived
 * from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus44GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus44 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout44");
    public static final String OWN = "langelandkommune.dk";
    static final String FRAUD_NET = "127.244.";
    private static final String OWN_IP = "127.44.0.1";
    private static final String EAN = "5798007931216";
    private static final String KOMMUNE = "Langeland Kommune";
    private static final String RAADHUS = "Fredensvej 1, 5900 Rudkøbing";
    private static final String HOSTER_IP = "127.44.9.1";
    private static final String GMAIL = "127.46.1.1";
    private static final String MSFT = "127.46.2.1";
    private static final String APPLE = "127.46.5.1";

    private final Random rnd = new Random(44_5900_0044L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;
    /** The vet's herd journal number for the Dovns Klint horses (the frauds cite it). */
    private String herdJournal;
    /** The dehumidification service agreement for Langelandsfort (the frauds cite it). */
    private String fortAgreement;
    /** The arborist's tree register case for Tranekær castle park (the frauds cite it). */
    private String treeCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 1, 12, 7, 20, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 2, 9, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Rudkøbing Fjernvarme a.m.b.a.", "rudkobing-fjernvarme.dk", "Forbrugerservice",
        "forbruger", "127.44.1.1", iban("DK", "06840004412987"), "fjernvarme til Rådhuset, Rudkøbing Bibliotek og Plejecenter Broen");
    private final Supplier entrep = new Supplier("Humble Entreprenør ApS", "humble-entreprenoer.dk", "Jesper Rasmussen", "jr",
        "127.44.1.2", bank("0684", "0004421175"), "udskiftning af kantsten og nyt dræn ved Humble Skole");
    private final Supplier dyrlaege = new Supplier("Langelands Dyrlægehus ApS", "langelands-dyrlaegehus.dk", "Dyrlæge Maja Friis",
        "maja", "127.44.1.3", bank("0684", "0004430016"), "tilsyn, klovbeskæring og vaccination af de vilde heste ved Dovns Klint");
    private final Supplier affugt = new Supplier("Tranekær Klimateknik ApS", "tranekaer-klimateknik.dk", "Klimateknik, Regnskab",
        "regnskab", "127.44.1.4", iban("DK", "57010004487213"), "drift og service af affugtere i bunkerne og ubåden på "
        + "Langelandsfort");
    private final Supplier trae = new Supplier("Lohals Træpleje v/ Niels Bonde", "lohals-traepleje.dk", "Niels Bonde", "niels",
        "127.44.1.5", iban("DK", "06840004439981"), "træpleje og træregistrering i Tranekær Slotspark og langs kommunevejene");
    private final Supplier toemrer = new Supplier("Magleby Tømrer ApS", "magleby-toemrer.dk", "Anders Kofoed", "ak",
        "127.44.1.6", bank("0684", "0004446620"), "nye vinduer og inddækninger, Magleby Børnehus");
    private final Supplier maler = new Supplier("Tryggelev Malerfirma v/ Ole Brink", "tryggelev-maler.dk", "Ole Brink", "ole",
        "127.44.1.7", bank("5935", "0006618203"), "maling af fællesarealer og døre, Plejecenter Broen");
    private final Supplier rengoer = new Supplier("Langeland Rengøringsservice ApS", "langeland-rengoering.dk", "Administrationen",
        "admin", "127.44.1.8", iban("DK", "57010004490078"), "rengøring af Rådhuset, Borgerservice og Rudkøbing Skole");
    private final Supplier avis = new Supplier("Øboposten Langeland", "oboposten.dk", "Annoncesalg", "annoncer",
        "127.44.1.9", iban("DK", "06840004451306"), "annoncer: kommuneplantillæg for Ristinge og stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Spodsbjerg Vognmandsforretning ApS", "spodsbjerg-vognmand.dk", "Lars Winther",
        "lars", "127.44.1.10", bank("5935", "0006624417"), "kørsel med stabilgrus og bortkørsel af tang fra Ristinge Strand");
    private final Supplier el = new Supplier("Bagenkop El-Installation ApS", "bagenkop-el.dk", "Henrik Mogensen", "hm", HOSTER_IP,
        bank("0684", "0004463558"), "ny belysning på havnepladsen og udskiftning af tavler, Bagenkop Havn");
    private final Supplier vvs = new Supplier("Tullebølle VVS ApS", "tullebolle-vvs.dk", "Værkstedet", "post", "127.44.1.12",
        bank("5935", "0006632902"), "service på kedler og nye toiletter, Tullebølle Skole");
    private final Supplier mad = new Supplier("Langelands Madhus A/S", "langelands-madhus.dk", "Langelands Madhus, Bogholderi",
        "bogholderi", "127.44.1.13", iban("DK", "57010004501195"), "madservice til hjemmeboende ældre og plejecentrene");
    private final Supplier byg = new Supplier("Rudkøbing Byggecenter A/S", "rudkobing-byggecenter.dk", "Erhvervsafdelingen", "erhverv",
        "127.44.1.14", iban("DK", "06840004477340"), "byggematerialer til Ejendomsdriften efter rammeaftale");
    private final Supplier it = new Supplier("Øhavets IT-Service ApS", "oehavets-it.dk", "Debitorbogholderiet", "debitor",
        "127.44.1.15", bank("0684", "0004482671"), "drift af skolernes netværk og iPads til indskolingen");
    private final Supplier bus = new Supplier("Langeland Busser ApS", "langeland-busser.dk", "Trafikkontoret", "trafik",
        "127.44.1.16", bank("5935", "0006641188"), "skolekørsel Lohals-Tranekær-Rudkøbing og kørsel til svømning");
    private final Supplier kontor = new Supplier("Rudkøbing Kontorhus ApS", "rudkobing-kontorhus.dk", "Salg", "salg",
        "127.44.1.17", iban("DK", "57010004512244"), "printerpapir, toner og arkivæsker til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Ristinge Smedie og Maskinværksted", "ristinge-smedie.dk", "Poul Ebbesen", "poul",
        "127.44.2.1", bank("0684", "0004491732"), "nye trapper og håndlister ved badebroen i Ristinge");
    private final Supplier natur = new Supplier("Langelands Naturpleje v/ Birgitte Holm", "natur-langeland.dk", "Birgitte Holm",
        "birgitte", "127.44.2.2", bank("5935", "0006650379"), "slåning og rydning af overdrev ved Dovns Klint");
    private final Supplier guide = new Supplier("Øguide v/ Mikkel Due", "gmail.com", "Mikkel Due", "mikkel.due.oguide", GMAIL,
        bank("0684", "0004503318"), "guidede ture i Tranekær Slotspark for 6. årgang, 4 forløb");
    private final Supplier tolk = new Supplier("Tolk v/ Ahmad Karimi", "outlook.com", "Ahmad Karimi", "ahmad.karimi.tolk", MSFT,
        bank("5935", "0006668044"), "tolkning dari-dansk, Borgerservice Rudkøbing, 4 x 1,5 time");
    private final Supplier musik = new Supplier("Spillemand Karen Lund", "icloud.com", "Karen Lund", "karen.lund.fiol", APPLE,
        bank("0684", "0004514400"), "fællessang med violin, Plejecenter Broen og Tranekær Ældrecenter");
    private final Supplier tysk = new Supplier("Flensburger Bunkertechnik GmbH", "flensburger-bunkertechnik.de", "Rechnungswesen",
        "rechnung", "127.47.1.1", iban("DE", "215400600012774301"), "Ersatzteile für Luftentfeuchter, Langelandsfort");
    private final Supplier svensk = new Supplier("Ystads Hästhälsa AB", "ystads-hasthalsa.se", "Ekonomi", "ekonomi",
        "127.47.2.1", iban("SE", "60500000054190077310"), "mineralstenar och hovvårdsmaterial till vildhästarna");

    private final List<Supplier> listed = List.of(varme, entrep, dyrlaege, affugt, trae, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Langeland place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"rudkobing-fjernvarme.com", "humble-entreprenor.dk", "rudkobing-bygcenter.dk",
        "bagenkop-elinstallation.dk", "langeland-rengoring.dk", "tullebolle-vvs.net", idn("rudk\u043ebing-byggecenter.dk"),
        idn("lang\u0435landkommune.dk"), "regningsbro-rudkobing.dk", "saldix-lohals.com", "magleby-tomrer.dk",
        "langelands-madhus.com", "langeland-busser.net", "spodsbjerg-vognmand.net", "langeland-inkasso.dk", "mitid-langeland.com",
        "digitalpost-tranekaer.com", "nemhandel-rudkobing.net", "bagenkop-parkering.dk", "humble-betaling.net",
        "rudkobing-ordreservice.com", "tryggelev-malerfirma.dk", "rudkobing-kontorhus.net", "langeland-itservice.net",
        "humble-entreprenoer.net", "underskrivnu-lohals.dk", "spodsbjerg-esign.net", "langelands-dyrlaegehus.com",
        "dovns-hestepraksis.dk", "ristinge-dyreklinik.dk", "tranekaer-klimateknik.net", "langelandsfort-service.dk",
        "bagenkop-affugtning.dk", "lohals-traepleje.com", "tranekaer-trae.dk", "magleby-arborist.dk", "tullebolle-vvs-aps.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(dyrlaege.domain(), List.of(dyrlaege.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(affugt.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(trae.domain(), List.of(trae.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.44.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.44.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ohavets-affald.dk", List.of("127.144.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fiskeristyrelsen-tilsyn.dk", List.of("127.144.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("langelands-museum.dk", List.of("127.144.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("langeland-efterskole.dk", List.of("127.144.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("langeland-revision.dk", List.of("127.144.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("rudkobing-isenkram.dk", List.of("127.144.5.1"), "-all", null, "none");
        domain("rudkobing-lystbaadehavn.dk", List.of("127.144.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("regningsbro.dk", List.of("127.144.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("saldix.com", List.of("127.144.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("tilgodeboks.dk", List.of("127.144.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("pengespor.io", List.of("127.144.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("langelands-sparekasse.dk", List.of("127.144.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sydfyns-andelsbank.dk", List.of("127.144.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-sydfyn.dk", List.of("127.144.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("fynske-bogholdere.dk", List.of("127.144.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oehavets-indkoebere.dk", List.of("127.144.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("udsendt.com", List.of("127.144.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvagt-fyn.dk", List.of("127.144.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.langeland-fiber.dk", List.of("127.144.28.1"), "-all", null, null);
        domain("relay.rudkobing-net.dk", List.of("127.144.29.1"), "-all", null, null);
        domain("skolerute.io", List.of("127.144.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("turnusly.dk", List.of("127.144.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("underskrivnu.dk", List.of("127.144.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", "quarantine", null, "none", "reject", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 5 ? null : i % 4 == 3 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 54_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no44:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "37" + String.format("%05d", 200 + rnd.nextInt(9_000));
            case 1:
                return "LA-" + (2_100 + rnd.nextInt(7_000));
            case 2:
                return String.valueOf(41_000 + rnd.nextInt(30_000));
            case 3:
                return "FAK-37-" + String.format("%04d", 30 + rnd.nextInt(900));
            case 4:
                return "2037/" + (100 + rnd.nextInt(800));
            default:
                return "N" + (61_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@langelandkommune.dk", "efaktura@langelandkommune.dk",
        "kreditor@langelandkommune.dk", "okonomi@langelandkommune.dk", "teknik@langelandkommune.dk", "skoler@langelandkommune.dk",
        "aeldre@langelandkommune.dk", "havne@langelandkommune.dk", "ejendom@langelandkommune.dk", "indkob@langelandkommune.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf44:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr44:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi44:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "rudkobing-fjernvarme.dk" -> "Engdraget 3, 5900 Rudkøbing";
            case "humble-entreprenoer.dk" -> "Ørstedvej 14, 5932 Humble";
            case "langelands-dyrlaegehus.dk" -> "Spodsbjergvej 72, 5900 Rudkøbing";
            case "tranekaer-klimateknik.dk" -> "Slotsgade 40, 5953 Tranekær";
            case "lohals-traepleje.dk" -> "Havnegade 9, 5953 Tranekær";
            case "magleby-toemrer.dk" -> "Maglebyvej 26, 5935 Bagenkop";
            case "tryggelev-maler.dk" -> "Tryggelevvej 51, 5932 Humble";
            case "langeland-rengoering.dk" -> "Ahlefeldtsgade 18, 5900 Rudkøbing";
            case "oboposten.dk" -> "Østergade 22, 5900 Rudkøbing";
            case "spodsbjerg-vognmand.dk" -> "Færgevejen 5, Spodsbjerg, 5900 Rudkøbing";
            case "bagenkop-el.dk" -> "Havnevej 33, 5935 Bagenkop";
            case "tullebolle-vvs.dk" -> "Hovedgaden 61, Tullebølle, 5953 Tranekær";
            case "langelands-madhus.dk" -> "Industrivej 8, 5900 Rudkøbing";
            case "rudkobing-byggecenter.dk" -> "Nørrebro 45, 5900 Rudkøbing";
            case "oehavets-it.dk" -> "Brogade 12, 5900 Rudkøbing";
            case "langeland-busser.dk" -> "Lindevej 4, 5953 Tranekær";
            case "rudkobing-kontorhus.dk" -> "Torvet 6, 5900 Rudkøbing";
            case "ristinge-smedie.dk" -> "Ristingevej 110, 5932 Humble";
            case "natur-langeland.dk" -> "Dovnsvej 17, 5935 Bagenkop";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with seller and buyer blocks and a subtotal/VAT/total box; a work
     * sheet with hours, driving and parts and the FI line (card 71); a period charge with customer number, subscription and
     * consumption and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title.toUpperCase(DA) + " nr. " + no;
                l.add("Sælger: " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR-nr. " + cvr(s.domain()));
                l.add("Køber: " + KOMMUNE + ", " + RAADHUS + ", EAN-nr. " + EAN);
                l.add("Fakturadato " + dashedDay(m, 0) + "   Kontaktperson " + s.person());
                l.add("Beskrivelse: " + s.what());
                l.add("Subtotal " + a.net() + "   Moms " + a.vat() + "   Total DKK " + a.gross());
                l.addAll(more);
                l.add("Netto 30 dage - forfald " + dashedDay(m, 30));
                if (account != null) {
                    l.add("Indbetales på " + account + " - anfør fakturanummeret");
                }
            }
            case 1 -> {
                head = "Arbejdsseddel og faktura " + no;
                l.add(s.name() + " - " + addr + " - CVR-nr. " + cvr(s.domain()));
                l.add("Ordregiver: " + KOMMUNE + ", EAN " + EAN + ". Arbejde: " + s.what());
                long hours = a.ore() * 52 / 100;
                long drive = a.ore() * 8 / 100;
                l.add("Timer " + kr(hours) + "   Kørsel " + kr(drive) + "   Reservedele og materialer " + kr(a.ore() - hours - drive));
                l.add("I alt ekskl. moms " + a.net() + ", moms " + a.vat() + ", at betale " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + writtenDay(m, 20) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("Girokort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Periodeopkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR-nr. " + cvr(s.domain()));
                l.add("Kundenr. " + (40_000 + Math.floorMod(s.domain().hashCode(), 50_000)) + "   " + KOMMUNE);
                l.add("Afregningsperiode " + dottedDay(m, -30) + " - " + dottedDay(m, -1) + ": " + s.what());
                long sub = a.ore() * 35 / 100;
                l.add("Abonnement " + kr(sub) + "   Forbrug og ydelser " + kr(a.ore() - sub));
                l.add("Nettobeløb " + a.net() + "   25 % moms " + a.vat() + "   Opkræves DKK " + a.gross());
                l.addAll(more);
                l.add("Forfald " + dottedDay(m, 15) + (account == null ? "" : "   Betalingskonto " + account));
                if (own) {
                    l.add("Betal med " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"faktura-" + no + ".pdf", "Faktura " + no + ".pdf", "Langeland Kommune - " + no + ".pdf", "F" + no + ".pdf",
            "invoice_" + no + ".pdf", "Regning_" + no + ".pdf", "bilag " + no + ".pdf", "Fakt" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Langeland Kommune", "Til kreditorafdelingen", "Goddag", "Hej med jer",
        "Att.: Kreditor", "Kære Langeland Kommune", "Hej bogholderi", "Til økonomiafdelingen"};

    private String phone() {
        return "62 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig44:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh\n" + firstName(s) + " / " + s.name() + "\nTlf. " + phone();
            case 2:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : ", CVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min telefon" : "\n" + s.name() + "\n" + s.domain());
            default:
                return "\n\nBedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_800_000 : 390_000);
        String[] subjects = {"Faktura nr. " + no, "Faktura " + no + " til " + KOMMUNE, "Faktura fra " + s.name() + " (" + no + ")",
            s.name() + " - ny faktura", "Faktura " + no + ", EAN " + EAN, "Regning nr. " + no, "Vedr. faktura " + no,
            "Faktura for " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Faktura " + no + " vedrørende " + s.what() + " er vedhæftet.";
            case 1 -> "Vedlagt faktura " + no + " på i alt " + a.gross() + " kr. inkl. moms med forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er også sendt til jeres EAN " + EAN + " - betal den venligst kun én gang.";
            case 3 -> "Mange tak for opgaven. Fakturaen følger her som PDF.";
            case 4 -> "Faktura: " + no + "\nAt betale: " + a.gross() + " kr.\nSidste betalingsdag: " + dashedDay(m, 30);
            case 5 -> "Hermed faktura for udført arbejde. Jeres rekvisitionsnummer står på fakturaen.";
            case 6 -> "Så kommer fakturaen for de seneste leverancer. Sig til, hvis der er noget, der ikke passer.";
            default -> "Venligst se vedlagte faktura.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:10pt\"><p>"
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
        if (List.of(varme, rengoer, mad, affugt, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, dyrlaege, trae, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Fredensvej 1", "Rudkøbing", "5900", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        herdJournal = "HJ-" + (310 + rnd.nextInt(80));
        fortAgreement = "SA-LF-" + (2_200 + rnd.nextInt(600));
        treeCase = "TR-" + (1_040 + rnd.nextInt(400));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == dyrlaege ? List.of("Besætningsjournal " + herdJournal + ": 19 heste, Dovns Klint")
                : s == affugt ? List.of("Serviceaftale " + fortAgreement + ": 11 affugtere, fjernovervågning af fugt")
                : s == trae ? List.of("Sag " + treeCase + ": registrering af 86 træer i Tranekær Slotspark") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 4, List.of("Rekvireret af strandfogeden"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the bathing jetty's steps, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekv.nr. LK-" + (11_300 + k * 173));
                case 1 -> List.of("Bestilt af " + to().replace("@langelandkommune.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Rudkøbing Bibliotek, ombygning" : "Rammeaftale 2036-2039"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 4, ref, k % 5 == 2 ? "\n\nKopi af følgesedlerne er vedlagt." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Kvitteret af Ejendomsdriften, Rudkøbing", "Antal kolli: " + (3 + k))));
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
        Object[][] c = {{byg, "Kreditnota vedr. faktura ", "Ti ruller tagpap var beskadiget ved levering og er returneret."},
            {kontor, "Kredit på faktura ", "Arkivæskerne i forkert størrelse er hentet igen, og de krediteres."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (400 + rnd.nextInt(500));
            Amount a = amount(110_000).credit();
            headers(m, s.person(), addr(s), "kreditor@langelandkommune.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Vedhæftet kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "modregne i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Vores system viser, at fakturaen herunder stadig er åben. Er den betalt, kan I se "
            + "bort fra denne påmindelse."},
            {entrep, "1. rykker", "Fakturaen forfaldt for ti dage siden. Vi har ikke lagt gebyr på."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@langelandkommune.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross() + " kr., bedes "
                    + "indbetalt på den konto, I plejer at bruge: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@langelandkommune.dk", "Kontoudtog pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres årsafstemning: faktura " + p.no() + " er modtaget betalt, og der står intet åbent." + signature(s));
        genuine(m, s.ip());
        m.description = "spodsbjerg-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(850_000);
            boolean peppol = v == 1;
            String ref = "LK-" + (52_000 + v * 419);
            headers(m, s.name(), addr(s), "efaktura@langelandkommune.dk", "Elektronisk faktura " + no + (peppol ? " - Peppol" : " - OIOUBL"))
                .text("Hej\n\nVi er midt i et skifte af økonomisystem, og indtil NemHandel-forbindelsen er på plads, sender vi "
                    + "XML-filen som bilag sammen med en PDF-kopi. Bankkontoen er den samme som altid. Kommer fakturaen også via "
                    + "NemHandel, skal den kun betales én gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol_" : "oioubl_") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "PDF-kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"regningsbro.dk", "saldix.com", "tilgodeboks.dk", "pengespor.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(360_000);
            m.mailFrom = "bounce-" + sha256("plat44:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "PS-" + (20_000 + rnd.nextInt(9_000));
                headers(m, "Pengespor", "regning@pengespor.io", "aeldre@langelandkommune.dk", "Regning " + no + " - afløsertimer januar")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nVedhæftet er regningen for de afløsertimer i "
                        + "sygeplejen, som jeres teamleder godkendte i januar (96 timer). Afløserne aflønnes af os.\n\nBeløb "
                        + a.gross() + " kr., betales senest " + dottedDay(m, 21) + ".\n\nPengespor")
                    .attach("application/pdf", "Pengespor-" + no + ".pdf", Attachments.pdf(docId(m, "ps"), "Regning " + no,
                        List.of("Pengespor ApS", "Kunde: " + KOMMUNE + ", Sundhed og Omsorg", "Afløsertimer januar 2037: 96",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "57010004530071"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform pengespor.io invoices approved relief-nurse hours under its own name";
                continue;
            }
            String no = "R" + (300_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "faktura@" + d[i], i == 1 ? "havne@langelandkommune.dk" : "kultur@langelandkommune.dk",
                s.name() + " har sendt jer faktura " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Verdana,sans-serif\"><p>Kære " + KOMMUNE + "</p><p>Du har modtaget en "
                    + "faktura fra " + s.name() + " på <b>" + a.gross() + " kr.</b>, som forfalder " + dottedDay(m, 14) + ".</p>"
                    + "<p>PDF-filen er vedhæftet. Har du spørgsmål, så svar på denne mail, så går svaret til " + s.person()
                    + ".</p><p style=\"color:#999;font-size:10px\">Afsendt via " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 3), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 3, List.of(), v == 2 ? "\n\nJeg er ikke momsregistreret, så der er ingen moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "RG-" + (37_200 + rnd.nextInt(700));
        Amount a = amount(850_000);
        headers(m, "Flensburger Bunkertechnik", addr(tysk), "kultur@langelandkommune.dk", "Rechnung Nr. " + no)
            .text("Guten Tag,\n\nin der Anlage erhalten Sie unsere Rechnung " + no + " für die Ersatzteile der Luftentfeuchter im "
                + "Langelandsfort. Die Steuerschuld geht auf den Leistungsempfänger über.\n\nFreundliche Grüße\nRechnungswesen")
            .attach("application/pdf", "Rechnung-" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Flensburg", "Kunde: " + KOMMUNE + ", Langelands Museum", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "YH" + (4_100 + rnd.nextInt(700));
        headers(m, "Ystads Hästhälsa", addr(svensk), "teknik@langelandkommune.dk", "Faktura " + no + " - mineralstenar")
            .text("Hej,\n\nHär kommer fakturan för mineralstenar och hovvårdsmaterial till vildhästarna vid Dovns Klint, "
                + "beställda av er veterinär. Betalning sker till vårt konto enligt fakturan.\n\nMed vänlig hälsning\nEkonomi, "
                + "Ystads Hästhälsa AB")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "Betalning via IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(280_000);
        headers(m, "Skolerute Billing", "invoices@skolerute.io", "it@langelandkommune.dk", "Skolerute invoice - February")
            .text("Dear " + KOMMUNE + ",\n\nPlease find attached the invoice for your Skolerute subscription (school transport "
                + "planning, 11 routes on Langeland). A copy goes to your EAN " + EAN + ".\n\nAmount due DKK " + a.gross()
                + "\n\nSkolerute")
            .attach("application/pdf", "skolerute-invoice.pdf", Attachments.pdf(docId(m, "sr"), "Invoice",
                List.of("Skolerute ApS", "Customer: " + KOMMUNE, "Subscription February 2037, 11 routes", "DKK " + a.gross())));
        genuine(m, "127.144.30.1");
        m.description = "SaaS skolerute.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(280_000);
        headers(m, "Turnusly", "kvittering@turnusly.dk", "aeldre@langelandkommune.dk", "Turnusly - kvittering for betaling")
            .text("Hej\n\nVi har modtaget betalingen for jeres Turnusly-licens (vagtplaner til plejecentrene, 160 brugere). "
                + a.gross() + " kr. er trukket på betalingskortet med slutcifrene 2290.\n\nTurnusly");
        genuine(m, "127.144.31.1");
        m.description = "SaaS turnusly.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("5935", "0006712045");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@langelandkommune.dk", "Ny bankforbindelse fra 1. februar")
            .text("Til kreditor\n\nMagleby Tømrer har samlet alt bankforhold i Sparekassen på øen. Fakturaer med dato 1. februar "
                + "2037 eller senere bedes betalt til " + nyT + ". Fakturaer fra før den dato betales som skrevet på dem.\n\nRing "
                + "gerne til mig på værkstedets nummer, som I allerede har, hvis I vil have det bekræftet." + signature(toemrer))
            .attach("application/pdf", "Bankskifte.pdf", Attachments.pdf(docId(m, "bs"), "Ændring af bankforbindelse",
                List.of(toemrer.name() + ", CVR-nr. " + cvr(toemrer.domain()), "Gyldig fra 01.02.2037", "Ny konto: " + nyT,
                    "Anders Kofoed, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nyt gulv i personalerummet, Magleby Børnehus");
        invoice(m, moved, nyT, 13, List.of("Ny konto fra 01.02.2037, jf. brev"), "\n\nHusk, at vi har fået ny konto, som vi "
            + "skrev om for nylig.");
        genuine(m, toemrer.ip());
        m.description = "magleby-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "06840004559920");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Langelands Madhus, Bogholderi", addr(mad), "kreditor@langelandkommune.dk", "Ny betalingskonto fra februar")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Omsorg\n\nLangelands Madhus har fået ny hovedbank efter "
                + "fusionen af de to lokale pengeinstitutter. Fakturaer dateret 1. februar og senere bedes betalt til " + nyM
                + ". Den gamle konto modtager betalinger til og med marts. Brevet er også sendt med underskrift til jeres "
                + "Digital Post.\n\nMed venlig hilsen\nLangelands Madhus A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from February, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 18, List.of("Ny betalingskonto fra 01.02.2037"), "\n\nBemærk den nye konto.");
        genuine(m, mad.ip());
        m.description = "langelands-madhus.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 22, List.of(), "");
        m.mailFrom = "SRS0=k2Lb=KQ=oboposten.dk=annoncer@srs.langeland-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.144.28.1";
        m.helo = "srs.langeland-fiber.dk";
        m.description = "oboposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 29, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.rudkobing-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 26, List.of(), "");
        relayedBy(m, "relay.rudkobing-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"fynske-bogholdere.dk", "Lene Thygesen", "leth@", "Regning for dyrlæge til vilde heste?",
            "Hej alle\n\nVi har fået en regning for 'klovbeskæring af fritgående heste' fra en praksis, vi aldrig har brugt. "
                + "Har andre kommuner med naturheste fået noget lignende?\n\nLene"},
            {"oehavets-indkoebere.dk", "Søren Dahl", "soda@", "Affugtning - falsk servicebesøg", "Hej\n\nEt museum hos os fik "
                + "en faktura for 'akut service på affugtere' med ny konto. Den rigtige leverandør vidste intet.\n\nSøren"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorforum-sydfyn.dk", x[3])
                .header("List-Id", "Kreditorforum Sydfyn <liste.kreditorforum-sydfyn.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorforum-sydfyn.dk", "[Kreditorforum] ", "\r\n--\r\nKreditorforum Sydfyn og Øerne\r\n"
                + "Framelding: https://kreditorforum-sydfyn.dk/frameld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvagt-fyn.dk", "Svindelvagt Fyn", "Heste, bunkere og parktræer: nye fakturafælder",
            "Svindlere skriver nu regninger for dyrlægetilsyn, affugtning og træregistrering med rigtige sagsnumre. Ring til "
                + "leverandøren på det nummer, I kender, før I betaler."},
            {"langeland-revision.dk", "Langeland Revision", "Fem råd før årsafslutningen",
                "Afstem leverandørkartoteket, og lad to personer godkende enhver ændring af bankoplysninger."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "rtn-" + sha256("nl44:" + x[0]).substring(0, 14) + "@udsendt.com";
            headers(m, x[1], "nyheder@" + x[0], "okonomi@langelandkommune.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld>")
                .html("<html><body><h1>" + x[2] + "</h1><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Hele "
                    + "artiklen</a></p><p style=\"font-size:9px\">Frameld nyhedsbrevet.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("udsendt.com");
            m.ip = "127.144.26.1";
            m.helo = "out.udsendt.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP udsendt.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Natur og Miljø", "natur@", "kreditor@langelandkommune.dk", "Hestene ved Dovns Klint",
            "Hej\n\nDet er kun Langelands Dyrlægehus, der ser til hestene ved Dovns Klint, og altid efter aftale med os. "
                + "Regninger har journalnummeret fra deres besætningsjournal. Andre regninger om hestene sender I til mig."
                + "\n\nNatur og Miljø"},
            {"Langelands Museum", "museum@", "kreditor@langelandkommune.dk", "Affugterne på fortet", "Hej\n\nAffugterne i "
                + "bunkerne og ubåden passes af Tranekær Klimateknik under serviceaftalen. Akutbesøg bestiller vi selv, og de "
                + "faktureres med aftalenummeret.\n\nMuseet"},
            {"Vej og Park", "vejpark@", "ledere@langelandkommune.dk", "Træarbejde", "Kære ledere\n\nAl træpleje i slotsparken "
                + "og langs vejene bestilles af Vej og Park. Kommer der regninger for træeftersyn, vi ikke har bestilt, så send "
                + "dem videre til os.\n\nVej og Park"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Langelands Sparekasse, Erhverv", "erhverv@langelands-sparekasse.dk", "okonomi@langelandkommune.dk",
            "Kvittering for betalingsfil")
            .text("Kære kunde\n\nVi har modtaget en betalingsfil med 187 betalinger, der bogføres i morgen. Detaljerne ser I i "
                + "netbanken som altid. Denne type besked indeholder aldrig links.\n\nLangelands Sparekasse");
        genuine(m, "127.144.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Sydfyns Andelsbank", "kunde@sydfyns-andelsbank.dk", "okonomi@langelandkommune.dk", "Ændrede gebyrer")
            .text("Til vores erhvervskunder\n\nFra 1. april ændres gebyret for udenlandske overførsler. Prislisten findes i "
                + "netbanken.\n\nSydfyns Andelsbank");
        genuine(m, "127.144.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("wild-horse-vet-invoice", true);
        invoice(m, dyrlaege, dyrlaege.account(), 6, List.of("Besætningsjournal " + herdJournal + ", februartilsyn",
            "Klovbeskæring 4 heste, ormekur hele flokken"), "\n\nTilsynsnotatet er sendt til Natur og Miljø.");
        genuine(m, dyrlaege.ip());
        m.description = "the real vet invoices the February visit to the Dovns Klint horses (RSA, no DMARC)";
        m = ok("bunker-dehumidification-invoice", true);
        invoice(m, affugt, affugt.account(), 9, List.of("Serviceaftale " + fortAgreement + ", 1. kvartal 2037",
            "Filterskift i 11 affugtere, kalibrering af fugtfølere"), "\n\nFugtloggen for kvartalet ligger på museets konto.");
        genuine(m, affugt.ip());
        m.description = "the dehumidification firm's quarterly service for Langelandsfort (DKIM only, p=quarantine, DMARC pass)";
        m = ok("arborist-invoice", true);
        invoice(m, trae, trae.account(), 11, List.of("Sag " + treeCase + ", beskæring af lindealléen"), "\n\nRegistreringen "
            + "er opdateret i jeres trædatabase.");
        genuine(m, trae.ip());
        m.description = "the arborist invoices pruning in Tranekær castle park under its case (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Tranekær Klimateknik", addr(affugt), "museum@langelandkommune.dk", "Nye fugtfølere - uden ekstra udgift")
            .text("Kære museum\n\nI marts udskifter vi fugtfølerne i bunkerne. Det er dækket af serviceaftale " + fortAgreement
                + ", og I får ingen særskilt regning. Vi kommer aldrig med akutregninger uden en bestilling fra jer.\n\n"
                + "Tranekær Klimateknik");
        genuine(m, affugt.ip());
        m.description = "the dehumidification firm announces a sensor change at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_800_000);
        headers(m, "Øhavets Affald I/S", "opkraevning@ohavets-affald.dk", "efaktura@langelandkommune.dk", "Ejerbidrag 1. kvartal 2037")
            .text("Til interessentkommunerne\n\nHermed opkrævning af ejerbidraget for første kvartal; den er også sendt til jeres "
                + "EAN.\n\nØhavets Affald I/S")
            .attach("application/pdf", "Ejerbidrag-1kv.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 1. kvartal 2037",
                List.of("Øhavets Affald I/S", "Interessent: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "06840004566718"))));
        genuine(m, "127.144.1.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Fiskeristyrelsen, Tilsyn", "tilsyn@fiskeristyrelsen-tilsyn.dk", "havne@langelandkommune.dk",
            "Kontrol af landingspladsen i Bagenkop")
            .text("Til Langeland Kommune, Havnene\n\nVi kommer på et rutinemæssigt tilsyn med vejningen på landingspladsen i "
                + "Bagenkop i marts. Datoen følger. Tilsynet koster ikke noget.\n\nFiskeristyrelsen");
        genuine(m, "127.144.6.1");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@underskrivnu.dk";
        headers(m, "Langelands Museum via Underskriv Nu", "noreply@underskrivnu.dk", "kultur@langelandkommune.dk",
            "Dokument til underskrift: depositumaftale")
            .header("Reply-To", "<fort@langelands-museum.dk>")
            .text("Langelands Museum har bedt jer underskrive 'Depositumaftale - ubåden Springeren'.\n\nDokumentet findes på "
                + "jeres konto hos Underskriv Nu.\n\nUnderskriv Nu");
        genuine(m, "127.144.32.1");
        m.description = "real e-signature request from underskrivnu.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Rudkøbing Isenkram", "bon@rudkobing-isenkram.dk", "havne@langelandkommune.dk", "Din kvittering")
            .text("Tak for købet\n\n2 redningskranse, 30 m fortøjningstov. Betalt med kommunens kort.\n\nRudkøbing Isenkram");
        genuine(m, "127.144.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Langeland Efterskole", "regnskab@langeland-efterskole.dk", "okonomi@langelandkommune.dk", "Betalingsadvis")
            .text("Hej\n\nI dag har vi betalt jeres faktura for leje af Rudkøbing Hallen, 14.250 kr.\n\nLangeland Efterskole");
        genuine(m, "127.144.3.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Rudkøbing Lystbådehavn", "havnekontor@rudkobing-lystbaadehavn.dk", "havne@langelandkommune.dk",
            "Bekræftelse: vinterplads")
            .text("Hej\n\nVi bekræfter vinterplads til kommunens to arbejdsbåde frem til 1. maj. Fakturaen sendes via EAN.\n\n"
                + "Rudkøbing Lystbådehavn");
        genuine(m, "127.144.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "2173000010098765"), iban("DK", "89900006120445"), bank("5301", "0004418826"),
        iban("EE", "1422002210073388"), iban("PL", "271140200400003502114477"), iban("GB", "MONZ04000412349877"),
        iban("IE", "BOFI90001712229087"), iban("NL", "INGB0005311274"), iban("DE", "500105175417336602"),
        iban("HU", "107000240000000061230088"), iban("RO", "RNCB0082044119320001"), iban("BG", "UNCR70001523349911"),
        iban("CY", "002001950000357012880911"), bank("8401", "0001187733"), iban("MT", "VALL22013000000040012300771"),
        iban("SE", "30000000031278804412"), iban("LT", "7440400077001234"), iban("DK", "40480004119902")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Betalingsmodtager ændret"), "", "Til vores kunder\n\nEfter overgangen til "
            + "fælles opkrævning med et andet fjernvarmeværk på Fyn skifter vi modtagerkonto. Fremover skal alle betalinger "
            + "indsættes på kontoen, som er anført på den nye opkrævning herunder. Indbetaling til den tidligere konto vil blive "
            + "returneret af banken.");
        forged(m, forgedHost++);
        m.description = "forged From rudkobing-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Kære annoncør\n\nJanuars stillingsannoncer er nu faktureret. Da bladet er "
            + "solgt til et mediehus i England, skal alle betalinger fremover til den britiske konto, der står på fakturaen. "
            + "Vores danske konto nedlægges.");
        forged(m, forgedHost++);
        m.description = "forged From oboposten.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"rudkobing-fjernvarme.com", varme, "Vi har haft en fejl i kundedatabasen efter vinterens "
            + "systemopdatering. Sørg for at bruge den konto, der står på denne opkrævning, og ikke den, I har gemt."},
            {"humble-entreprenor.dk", entrep, "Drænet ved Humble Skole er lagt. Efter at min far har overdraget firmaet, er vi "
                + "skiftet til en anden bank - benyt kontoen nederst på fakturaen."},
            {"rudkobing-bygcenter.dk", byg, "Månedens leverancer til Ejendomsdriften. Vigtigt: vores bankkonto er ny fra i dag, "
                + "og den gamle kan ikke længere modtage penge."},
            {"bagenkop-elinstallation.dk", el, "Tavlerne på havnen i Bagenkop er skiftet. Vores bogholder har samlet vores "
                + "indbetalinger i et nyt pengeinstitut, så betal til kontoen i PDF'en."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 2, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Bankoplysninger ændret " + dottedDay(m, -3)), "",
            "Erhvervsafdelingen fremsender hermed fakturaen for februar. Læg mærke til, at betalingsoplysningerne er blevet "
                + "opdateret og skal benyttes fra denne faktura og frem.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as rudkobing-byggecenter.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterkontoret", "kontor@" + d, "kreditor@langelandkommune.dk", "Strengt fortroligt - overførsel i dag")
            .text("Goddag\n\nBorgmesteren har i nat indgået en aftale om køb af en grund ved Spodsbjerg Havn, før en privat "
                + "investor når at byde. Sælgerens advokat skal have deponeret 365.000 kr. på " + mule(14) + " inden kl. 13 i "
                + "dag, ellers falder handlen. Købsaftalen sendes, når den er tinglyst. Sagen må ikke omtales, før byrådet er "
                + "orienteret.\n\nBorgmesterkontoret");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Regningsbro", "besked@regningsbro-rudkobing.dk", "kultur@langelandkommune.dk",
            "Sidste frist: ubetalt regning")
            .html("<html><body><p>Kære " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> er ikke betalt, og "
                + "der tillægges et rykkergebyr ved midnat. Du kan stadig nå at betale med betalingskort:</p><p><a href=\""
                + "https://regningsbro-rudkobing.dk/pay/" + sha256("rb44").substring(0, 18) + "\">Gå til betaling</a></p>"
                + "<p>Regningsbro</p></body></html>");
        ownedBy(m, "regningsbro-rudkobing.dk");
        m.description = "look-alike of the platform regningsbro.dk: 'last chance' card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Saldix", "noreply@saldix-lohals.com", "havne@langelandkommune.dk", smed.name() + " - faktura klar")
            .text("Hej\n\nDer ligger en faktura klar fra " + smed.name() + ". Saldix står fremover for inddrivelsen, så "
                + "beløbet skal overføres til vores klientkonto " + mule(15) + " og ikke til smedien.\n\nMed venlig hilsen\nSaldix")
            .attach("application/pdf", "saldix-" + (3_300 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("saldix-lohals.com", mule(15)), "Faktura", "SX-" + (8_200 + rnd.nextInt(700)), amount(280_000),
                mule(15), 0, List.of("Inddrives af Saldix")));
        ownedBy(m, "saldix-lohals.com");
        m.description = "look-alike of saldix.com: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 7, List.of("Betales til finansieringspartner"), "", "Vi har solgt vores tilgodehavender "
            + "til et finansieringsselskab, så fakturaen skal betales til " + mule(16) + " i stedet for til os. Jeg er på kursus "
            + "resten af ugen og kan ikke tage telefonen - skriv hellere her.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of langeland-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@langelandkommune.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Goddag\n\nLige en rettelse til fakturaen i tråden: vores bank er ved at gennemgå vores konti, så de "
                + p.amount().gross() + " kr. skal i denne omgang sættes ind på " + mule(17) + ". Næste gang bruger I den gamle "
                + "konto igen.\n\nDebitorbogholderiet\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of oehavets-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "magleby-tomrer.dk"}, {mad, "langelands-madhus.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@langelandkommune.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nTak for hurtig behandling af faktura " + p.no() + " (" + p.amount().gross() + " kr.). Inden I "
                    + "betaler: revisoren har gjort os opmærksom på, at der stod en forældet konto på den. Brug venligst "
                    + mule(i + 3) + ", og send mig en kort bekræftelse, når det er rettet i jeres system.\n\n" + s.person()
                    + "\n\n________________________________\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@langelandkommune.dk", "Underskudsgaranti - skal betales i dag")
            .text("Hej\n\nJeg har givet arrangøren af sommerens musikfestival i Rudkøbing tilsagn om en underskudsgaranti på "
                + "150.000 kr. Pengene skal ud i dag, så de kan betale scenen. Brug kontoen " + mule(7) + ". Jeg sidder i "
                + "færgen og har dårlig dækning, så skriv bare, når det er gjort.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged langelandkommune.dk (p=reject) from outside: the mayor's urgent festival guarantee";
        m = bad("own-domain-forged");
        headers(m, "Økonomichefen", "okonomichef@" + OWN, "kreditor@langelandkommune.dk", "Kontonummer Tullebølle VVS")
            .text("Hej\n\nTullebølle VVS har skiftet pengeinstitut og har bedt mig give besked. Indtast " + mule(8) + " som ny "
                + "konto inden dagens betalingsløb. Det er godkendt fra min side.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged langelandkommune.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kommunaldir.langeland@gmail.com", "okonomi@langelandkommune.dk", "Et øjeblik?")
            .text("Hej\n\nEr du til at fange? Jeg er på KL-konference og har kun telefonen. Der er en betaling, der skal "
                + "gennemføres hurtigt og uden om den normale gang. Skriv tilbage herfra, så forklarer jeg.\n\nSendt fra min "
                + "Samsung");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a conference'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.langeland@outlook.com", "indkob@langelandkommune.dk", "Lille opgave")
            .text("Hej\n\nJeg vil gerne takke holdet fra Ristinge Strandrens. Kan du købe 12 digitale gavekort på 1.500 kr. "
                + "og maile mig koderne, inden de tager hjem i eftermiddag? Jeg lægger ud og får det refunderet.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Camilla Sørensen", "camilla.soerensen.lgl@gmail.com", "lon@langelandkommune.dk", "Ændring af lønkonto")
            .text("Hej Lønafdelingen\n\nJeg er sosu-assistent i aftenvagten på Plejecenter Broen. Jeg har fået en fejl på mit "
                + "NemKonto-login og har derfor oprettet en konto i en netbank, som min løn skal gå til fra næste udbetaling: "
                + mule(0) + ". Jeg kan ikke komme ind på medarbejderportalen lige nu, så det er nemmest, hvis I ændrer det "
                + "herfra. Tak for hjælpen!\n\nCamilla Sørensen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a care assistant";
        m = bad("payroll-account-change");
        headers(m, "Jonas Vestergaard", "jonas.vestergaard.bagenkop@hotmail.com", "lon@langelandkommune.dk", "Min løn")
            .text("Hej\n\nJeg er havnemedhjælper i Bagenkop og skal arbejde på en rig i Nordsøen fra april, så jeg har fået en "
                + "konto i Irland. Lønnen skal sættes ind på " + mule(6) + " allerede fra februar.\n\nMvh Jonas");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Langeland Inkasso", "krav@langeland-inkasso.dk", "kreditor@langelandkommune.dk", "Sidste varsel: "
                + inkasso[i].name())
                .text("Att. " + KOMMUNE + "\n\nVi repræsenterer " + inkasso[i].name() + " i sagen om den ubetalte faktura "
                    + p.no() + " på " + p.amount().gross() + " kr. Med tillæg af inkassosalær på 450 kr. skal beløbet være os i "
                    + "hænde på " + mule(i + 9) + " senest fredag. Ellers indleveres sagen til retten og registreres i "
                    + "skyldnerregistret.\n\nLangeland Inkasso, sagsbehandler");
            ownedBy(m, "langeland-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "noreply@mitid-langeland.com", "it@langelandkommune.dk", "Jeres MitID Erhverv bliver lukket")
            .html("<html><body><p>Hej administrator</p><p>Vi mangler en fornyet bekræftelse af organisationens identitet. Sker "
                + "det ikke inden i morgen, lukkes adgangen for alle brugere i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-langeland.com/verify\">Bekræft organisationen</a></p></body></html>");
        ownedBy(m, "mitid-langeland.com");
        m.description = "fake MitID Erhverv closure with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "meddelelse@digitalpost-tranekaer.com", "okonomi@langelandkommune.dk",
            "Ulæst brev fra Udbetaling Danmark")
            .html("<html><body><p>Kære modtager i " + KOMMUNE + "</p><p>Udbetaling Danmark har lagt et brev i jeres "
                + "virksomhedspostkasse om sygedagpengerefusion, som efter en kontrol er udbetalt to gange for fjerde kvartal. "
                + "Brevet skal kvitteres læst af en tegningsberettiget inden torsdag, ellers beregnes morarenter af hele "
                + "beløbet.</p><p><a href=\"https://digitalpost-tranekaer.com/brev\">Log på og læs brevet</a></p>"
                + "<p>Venlig hilsen<br>Digital Post for virksomheder</p></body></html>");
        ownedBy(m, "digitalpost-tranekaer.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Driftscenter", "drift@nemhandel-rudkobing.net", "efaktura@langelandkommune.dk",
            "Fornyelse af NemHandel-certifikat")
            .text("Til " + KOMMUNE + "\n\nCertifikatet knyttet til EAN " + EAN + " udløber om tre dage, og herefter kan I ikke "
                + "længere modtage e-fakturaer. Forny det via https://nemhandel-rudkobing.net/cert med jeres MitID.\n\n"
                + "NemHandel Driftscenter");
        ownedBy(m, "nemhandel-rudkobing.net");
        m.description = "fake NemHandel certificate renewal with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Driftscenter", "retur@nemhandel-rudkobing.net", "kreditor@langelandkommune.dk",
            "Returnerede fakturaer - samlet afregning")
            .text("Syv fakturaer adresseret til jeres EAN er kommet retur pga. en fejl i jeres endpoint. Leverandørerne kan få "
                + "dækket beløbet via os: betal 112.980,00 kr. til formidlingskontoen " + mule(4) + ", så videresender vi "
                + "pengene i morgen.");
        ownedBy(m, "nemhandel-rudkobing.net");
        m.description = "fake NemHandel 'returned invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Bagenkop Parkering", "kontrol@bagenkop-parkering.dk", "teknik@langelandkommune.dk",
            "Kontrolafgift - Bagenkop Havn")
            .html("<html><body><p>Et køretøj registreret til kommunen er noteret på havnens p-plads uden tilladelse. Afgiften på "
                + "890 kr. betales ved at scanne koden nedenfor inden 7 dage.</p><p><img src=\"cid:kode\" alt=\"Betal\"></p>"
                + "</body></html>")
            .attach("image/png", "kontrolafgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "bagenkop-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsaftaler", "service@humble-betaling.net", "okonomi@langelandkommune.dk",
            "Jeres tilmelding er udløbet")
            .html("<html><body><p>Tilmeldingen af jeres faste betalinger er udløbet. Brug mobilen til at scanne QR-koden og "
                + "tilmelde jer igen.</p><img src=\"cid:kode\"></body></html>")
            .attach("image/png", "tilmelding.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "humble-betaling.net");
        m.description = "QR code for an 'expired direct-debit enrolment'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(850_000);
        headers(m, rengoer.person(), "admin@langeland-rengoring.dk", "kreditor@langelandkommune.dk", "Faktura " + no + " - pakket")
            .text("Hej\n\nJeres mailsystem afviser vist vores PDF-filer, så fakturaen kommer pakket. Husk at bankoplysningerne er "
                + "nye.\n\nAdministrationen")
            .attach("application/zip", "Faktura-" + no + ".zip", Attachments.zip("Faktura-" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("langeland-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "VIGTIGT.txt", "Betal kun til kontoen i fakturaen."));
        ownedBy(m, "langeland-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of langeland-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(850_000);
        headers(m, vvs.person(), "post@tullebolle-vvs.net", "kreditor@langelandkommune.dk", "Samlefaktura februar")
            .text("Hej\n\nFebruars fakturaer er lagt i et 7z-arkiv for at holde størrelsen nede. Vi har skiftet konto.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "februar.7z", Attachments.sevenZip("Faktura-" + no + ".pdf",
                pdfInvoice(m, vvs.posing("tullebolle-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "tullebolle-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of tullebolle-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "salg@rudkobing-kontorhus.net", "indkob@langelandkommune.dk", "Tilbud og faktura på toner")
            .text("Hej\n\nTilbud og faktura er lagt i samme dokument. Tryk 'Aktivér redigering' og derefter 'Aktivér indhold', "
                + "så vises tabellen.\n\nSalg")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Tilbud_faktura_toner.docm", Attachments.word(
                "Tilbud og faktura, toner. Tabellen vises først, når indhold er aktiveret.", true));
        ownedBy(m, "rudkobing-kontorhus.net");
        m.description = "macro-enabled .docm from a look-alike of rudkobing-kontorhus.dk";
        m = bad("office-macro");
        headers(m, "Debitorbogholderiet", "debitor@langeland-itservice.net", "it@langelandkommune.dk", "Opgørelse iPads indskoling")
            .text("Hej\n\nOpgørelsen over iPads og licenser i indskolingen ligger i regnearket. Husk at tillade makroer, ellers "
                + "bliver beløbene ikke beregnet. Bemærk den nye konto.\n\nDebitorbogholderiet")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "iPad_opgoerelse.xlsm", Attachments.excel(List.of(
                "Opgørelse iPads februar 2037", "iPad og MDM-licens 410 stk", "Indbetaling til " + mule(13)), true));
        ownedBy(m, "langeland-itservice.net");
        m.description = "macro-enabled .xlsm from a look-alike of oehavets-it.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "ole@tryggelev-malerfirma.dk", "ejendom@langelandkommune.dk", "Regning - Plejecenter Broen")
            .text("Hej\n\nRegningen er taget med telefonen, for scanneren er gået i stykker. Den nye konto står nederst.\n\nOle")
            .attach("image/jpeg", "IMG_2044.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "tryggelev-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of tryggelev-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "lars@spodsbjerg-vognmand.net", "teknik@langelandkommune.dk", "Faktura tangkørsel")
            .text("Hej\n\nFakturaen for tangkørslen fra Ristinge er vedlagt som scanning. Kontoen er ny, se bilaget.\n\nLars")
            .attach("application/pdf", "SCN_0117.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "spodsbjerg-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of spodsbjerg-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "bekraeftelse@rudkobing-ordreservice.com", "indkob@langelandkommune.dk",
            "Bekræftelse på ordre 80417")
            .text("Din ordre på 8 stk. tablets til skolerne á 11.240 kr. er godkendt og sendes i morgen, hvorefter beløbet "
                + "hæves. Kender du ikke ordren, skal den stoppes telefonisk i dag på 71 99 40 18.\n\nOrdreservice");
        ownedBy(m, "rudkobing-ordreservice.com");
        m.description = "callback scam: fake tablet order, 'call to stop it'";
        m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "fornyelse@rudkobing-ordreservice.com", "it@langelandkommune.dk",
            "Jeres backup-abonnement er fornyet")
            .text("Goddag IT\n\nJeres aftale om cloud-backup af 250 arbejdsstationer på rådhuset og skolerne er nu fornyet for "
                + "to år. Den samlede pris, 58.600 kr. ekskl. moms, trækkes via faktura om tre dage. Ønsker I ikke fornyelsen, "
                + "kan den alene annulleres ved opkald til vores kundecenter på 71 99 40 19 senest i morgen kl. 16.\n\n"
                + "Abonnementsservice");
        ownedBy(m, "rudkobing-ordreservice.com");
        m.description = "callback scam: auto-renewed backup subscription";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_400_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "jr@humble-entreprenoer.net", "efaktura@langelandkommune.dk", "Faktura " + no + " (XML)")
            .text("Hej\n\nVores nye regnskabsudbyder sender endnu ikke via NemHandel, så e-fakturaen kommer her som fil. Der er "
                + "ny betalingskonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "efaktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "LK-" + (54_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "humble-entreprenoer.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_400_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@langeland-itservice.net", "efaktura@langelandkommune.dk", "OIOUBL-faktura " + no)
            .text("Fakturaen i OIOUBL-format er vedhæftet. Bankoplysningerne er opdateret efter vores skift af pengeinstitut.")
            .attach("application/xml", "OIOUBL-" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "LK-" + (54_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "langeland-itservice.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of oehavets-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Underskriv Nu", "dokumenter@underskrivnu-lohals.dk", "kultur@langelandkommune.dk",
            "Langelands Museum venter på din underskrift")
            .html("<html><body><p>Du er blevet bedt om at underskrive 'Tillæg til forsikring - ubåden'. Linket udløber om "
                + "få timer.</p><p><a href=\"https://underskrivnu-lohals.dk/s/" + sha256("un44").substring(0, 16) + "\">Se og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "underskrivnu-lohals.dk");
        m.description = "fake e-signature request imitating underskrivnu.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentportal", "deling@spodsbjerg-esign.net", "ejendom@langelandkommune.dk", "Lejeaftale klar til signering")
            .html("<html><body><p>En lejeaftale for sommerhusgrunde ved Ristinge afventer jeres signatur. Du skal logge ind med "
                + "din arbejdskonto for at åbne den.</p><p><a href=\"https://spodsbjerg-esign.net/auth\">Log ind og signér</a>"
                + "</p></body></html>");
        ownedBy(m, "spodsbjerg-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "trafik@langeland-busser.net", "kreditor@langelandkommune.dk", "Faktura " + p.no() + " - to konti")
            .text("Hej\n\nMens vi flytter bank, vil vi gerne have faktura " + p.no() + " (" + p.amount().gross() + " kr.) delt: "
                + "halvdelen til kontoen I kender, den anden halvdel til " + mule(9) + ".\n\nTrafikkontoret");
        ownedBy(m, "langeland-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "post@tullebolle-vvs-aps.dk", "kreditor@langelandkommune.dk", "Vedr. betaling af " + p.no())
            .text("Hej\n\nAf faktura " + p.no() + " må 30.000 kr. gå til den sædvanlige konto; resten skal overføres til "
                + mule(10) + ", fordi vores bank har sat en grænse for, hvor meget der må komme ind.\n\nVærkstedet");
        ownedBy(m, "tullebolle-vvs-aps.dk");
        m.description = "split payment on Tullebølle VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-wild-horse-vet-invoice
        M m = bad("fake-wild-horse-vet-invoice");
        invoice(m, dyrlaege.posing("langelands-dyrlaegehus.com", dyrlaege.account()), mule(0), 10,
            List.of("Besætningsjournal " + herdJournal + ", ekstra tilsyn"), "", "Ved det ekstra tilsyn med hestene ved Dovns "
                + "Klint, som Natur og Miljø bad om efter frostperioden, blev to hopper behandlet for halthed. Regningen er "
                + "vedhæftet med journalnummeret. Praksis har skiftet bank i forbindelse med et ejerskifte, så betal venligst til "
                + "kontoen på regningen og ikke den gamle.");
        ownedBy(m, "langelands-dyrlaegehus.com");
        m.description = "look-alike of the real vet cites its real herd journal number, new account (LT IBAN)";
        m = bad("fake-wild-horse-vet-invoice");
        headers(m, "Dovns Hestepraksis", "regning@dovns-hestepraksis.dk", "natur@langelandkommune.dk", "Regning: akut udkald til "
            + "flokken ved klinten")
            .text("Til Natur og Miljø\n\nEn forbipasserende ringede til vores vagttelefon i søndags om en hest, der haltede "
                + "på stranden under klinten. Vores dyrlæge kørte ud, sederede dyret og lagde forbinding. Udkald, kørsel og "
                + "medicin udgør 14.875,00 kr. inkl. moms, som bedes indbetalt til " + mule(5) + " inden otte dage.\n\n"
                + "Dovns Hestepraksis");
        ownedBy(m, "dovns-hestepraksis.dk");
        m.description = "unknown equine practice bills an 'emergency call-out' to the wild horses nobody ordered (GB IBAN)";
        m = bad("fake-wild-horse-vet-invoice");
        headers(m, "Ristinge Dyreklinik", "klinik@ristinge-dyreklinik.dk", "teknik@langelandkommune.dk",
            "Årligt sundhedseftersyn af naturheste")
            .text("Kære kommune\n\nDyrevelfærdsloven kræver et årligt dokumenteret eftersyn af heste på offentlige naturarealer. "
                + "Vi har sat jer på ruten i april sammen med de andre øer. For at holde pladsen beder vi om et depositum på "
                + "9.600 kr. til " + mule(4) + "; resten afregnes efter besøget.\n\nRistinge Dyreklinik");
        ownedBy(m, "ristinge-dyreklinik.dk");
        m.description = "'legally required yearly check-up' of the wild horses with a deposit (PL IBAN)";

        // fake-bunker-dehumidification-invoice
        m = bad("fake-bunker-dehumidification-invoice");
        invoice(m, affugt.posing("tranekaer-klimateknik.net", affugt.account()), mule(9), 14,
            List.of("Serviceaftale " + fortAgreement + " - akutbesøg"), "", "Fjernovervågningen slog alarm om høj luftfugtighed "
                + "i ubåden og kommandobunkeren natten til tirsdag, og vores tekniker udskiftede to kompressorer samme dag for "
                + "at redde udstillingen. Akutbesøget falder uden for serviceaftalen og skal betales straks. Vi bruger nu en ny "
                + "konto, som står på fakturaen.");
        ownedBy(m, "tranekaer-klimateknik.net");
        m.description = "look-alike of the dehumidification firm cites the real agreement, 'urgent compressor swap' (HU IBAN)";
        m = bad("fake-bunker-dehumidification-invoice");
        headers(m, "Langelandsfort Service", "drift@langelandsfort-service.dk", "museum@langelandkommune.dk",
            "Faktura: fugtsensorer til bunkeranlæg")
            .text("Hej Museum\n\nSom aftalt med jeres tekniske afdeling i efteråret har vi leveret og monteret 18 trådløse "
                + "fugtsensorer i mandskabsbunkeren og minestationen. Fakturaen på 38.450,00 kr. inkl. moms forfalder om fem "
                + "dage; betal til " + mule(10) + ".\n\nLangelandsfort Service")
            .attach("application/pdf", "sensorfaktura.pdf", Attachments.pdf(docId(m, "fs44"), "Faktura fugtsensorer",
                List.of("Langelandsfort Service", "18 sensorer og gateway, monteret", "Total inkl. moms 38.450,00",
                    "Betaling " + mule(10))));
        ownedBy(m, "langelandsfort-service.dk");
        m.description = "unknown firm bills moisture sensors 'agreed last autumn' for the fort (RO account)";
        m = bad("fake-bunker-dehumidification-invoice");
        headers(m, "Bagenkop Affugtning", "ordre@bagenkop-affugtning.dk", "kultur@langelandkommune.dk",
            "Vinterleje af byggeaffugtere - forudbetaling")
            .text("Hej\n\nEfter stormfloden har jeres leverandør ikke nok maskiner, og vi har derfor reserveret seks ekstra "
                + "byggeaffugtere til kasematterne på fortet. Lejen for vinteren, 26.000 kr., betales forud til " + mule(11)
                + ", før maskinerne køres ud.\n\nBagenkop Affugtning");
        ownedBy(m, "bagenkop-affugtning.dk");
        m.description = "'extra dehumidifiers after the storm surge' rented with prepayment (BG IBAN)";

        // fake-arborist-tree-survey-invoice
        m = bad("fake-arborist-tree-survey-invoice");
        invoice(m, trae.posing("lohals-traepleje.com", trae.account()), mule(13), 15, List.of("Sag " + treeCase
            + " - stormfældning"), "", "Efter blæsevejret væltede tre bøge i Tranekær Slotspark ind over stien, og vi ryddede "
            + "dem i weekenden under sag " + treeCase + ", så parken kunne åbne igen. Regningen er vedhæftet. Beløbet bedes "
            + "sendt til vores nye erhvervskonto inden ugens udgang.");
        ownedBy(m, "lohals-traepleje.com");
        m.description = "look-alike of the arborist cites the real tree case, storm felling, new DK account";
        m = bad("fake-arborist-tree-survey-invoice");
        headers(m, "Tranekær Træ", "kontor@tranekaer-trae.dk", "teknik@langelandkommune.dk", "Træeftersyn langs kommunevejene")
            .text("Goddag Vej og Park\n\nVi har gennemført det lovpligtige sikkerhedseftersyn af 240 vejtræer mellem Lohals og "
                + "Rudkøbing og registreret 17 træer med råd. Rapporten udleveres, når fakturaen på 42.500,00 kr. er betalt "
                + "til " + mule(14) + ".\n\nTranekær Træ");
        ownedBy(m, "tranekaer-trae.dk");
        m.description = "unknown firm holds a 'mandatory roadside tree survey' report hostage for payment (MT IBAN)";
        m = bad("fake-arborist-tree-survey-invoice");
        headers(m, "Magleby Arborist", "bestilling@magleby-arborist.dk", "ejendom@langelandkommune.dk",
            "Klatreinspektion af parktræer - bekræftelse")
            .text("Hej\n\nTak for jeres forespørgsel om klatreinspektion af de gamle lindetræer ved Tranekær Slot. Vi har "
                + "reserveret to arborister i uge 11. Halvdelen af prisen, 16.800 kr., betales forud til " + mule(1)
                + " som bekræftelse.\n\nMagleby Arborist");
        ownedBy(m, "magleby-arborist.dk");
        m.description = "'your request' for a climbing inspection of the castle's limes, half paid in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus44().generate(), List.of(
            "# Langeland Kommune, Økonomi: invoice checks (forty-fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=rudkobing-fjernvarme.dk humble-entreprenoer.dk langelands-dyrlaegehus.dk "
                + "tranekaer-klimateknik.dk lohals-traepleje.dk magleby-toemrer.dk tryggelev-maler.dk langeland-rengoering.dk "
                + "oboposten.dk spodsbjerg-vognmand.dk bagenkop-el.dk tullebolle-vvs.dk langelands-madhus.dk "
                + "rudkobing-byggecenter.dk oehavets-it.dk langeland-busser.dk rudkobing-kontorhus.dk",
            "invoice.domains.platforms=regningsbro.dk saldix.com tilgodeboks.dk pengespor.io",
            "invoice.names.protected=Langeland Kommune"));
    }
}
