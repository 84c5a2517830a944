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
 * The seventieth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Køge Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour, schools,
 * elderly care, culture, sports and property mailboxes; town hall Torvet 1, 4600 Køge) on Køge Bugt south of Copenhagen:
 * Køge with its half-timbered old town, its harbour, marina and the beach park Køge Bugt Strandpark, Herfølge, Borup, Ølby,
 * Bjæverskov, Ejby, Lellinge, Gørslev, Vallø with its castle, Skensved and Lille Skensved, Ravnsborg, Svansbjerg and
 * Hastrup; sixteen listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web
 * hoster named in its SPF), four invoicing platforms ({@code regnvej.dk}, {@code vekselpost.com}, {@code quitto.io},
 * {@code tallypost.dk}), a carpenter restoring the municipality's half-timbered houses in the old town, a lighting firm
 * servicing the floodlights of Køge Stadion and Herfølge Stadion, sole traders on free mail, foreign suppliers, SaaS
 * ({@code ruteklar.io}, {@code tidsstyr.dk}), an ESP ({@code sendvogn.com}), an e-signature service ({@code
 * signatorium.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a
 * place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, fake voicemail, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here:
 * timber, clay-daub or lime work on the municipality's half-timbered houses in Køge's old town billed by someone who never
 * touched them (fake-half-timbered-facade-repair-invoice), and lamp changes, mast inspections or "urgent" repairs of the
 * floodlights at Køge Stadion and Herfølge Stadion billed to a new account (fake-stadium-floodlight-service-invoice). The
 * invoice engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus70GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus70 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout70");
    public static final String OWN = "koege.dk";
    static final String FRAUD_NET = "127.170.";
    private static final String OWN_IP = "127.70.0.1";
    private static final String EAN = "5798005302153";
    private static final String KOMMUNE = "Køge Kommune";
    private static final String RAADHUS = "Torvet 1, 4600 Køge";
    private static final String HOSTER_IP = "127.70.9.1";
    private static final String GMAIL = "127.72.1.1";
    private static final String MSFT = "127.72.2.1";
    private static final String APPLE = "127.72.5.1";

    private final Random rnd = new Random(70_4600_2036L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;
    /** The carpenter's restoration case for the half-timbered house in Kirkestræde (the frauds cite it). */
    private String timberCase;
    /** The lighting firm's service agreement for the stadium floodlights (the frauds cite it). */
    private String lightAgreement;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 20, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Køge Varmeforsyning A.m.b.a.", "koege-varmeforsyning.dk", "Kundeservice",
        "kundeservice", "127.70.1.1", iban("DK", "04004012345678"), "fjernvarme til Rådhuset, Køge Bibliotek og Plejecenter Ølby");
    private final Supplier entrep = new Supplier("Herfølge Anlæg ApS", "herfoelge-anlaeg.dk", "Morten Skov", "ms", "127.70.1.2",
        bank("2270", "0712448190"), "ny fortovsbelægning og regnvandsbassin ved Herfølge Skole");
    private final Supplier bind = new Supplier("Køge Bindingsværk & Restaurering ApS", "koege-bindingsvaerk.dk",
        "Tømrermester Jens Falk", "jens", "127.70.1.3", bank("2270", "0712455302"),
        "restaurering af bindingsværk og lerklining, Kirkestræde 13 (museets magasinhus)");
    private final Supplier lys = new Supplier("Bjæverskov Lysteknik ApS", "bjaeverskov-lysteknik.dk", "Service og Drift", "service",
        "127.70.1.4", iban("DK", "04004013387720"), "drift og eftersyn af lysmaster og projektører, Køge Stadion og Herfølge Stadion");
    private final Supplier maler = new Supplier("Lellinge Malerforretning v/ Kim Holt", "lellinge-maler.dk", "Kim Holt", "kim",
        "127.70.1.5", bank("0400", "4013394410"), "maling af gange og klasselokaler, Lellinge Skole");
    private final Supplier rengoer = new Supplier("Køge Bugt Rengøring A/S", "koegebugt-rengoering.dk", "Administrationen", "adm",
        "127.70.1.6", iban("DK", "30004015520097"), "daglig rengøring af Rådhuset, Borgerservice og Køge Bibliotek");
    private final Supplier avis = new Supplier("Køge Ugeavis", "koege-ugeavis.dk", "Annonceafdelingen", "annoncer",
        "127.70.1.7", iban("DK", "04004016602218"), "annoncer: lokalplanforslag for Køge Nord og stillinger i dagplejen");
    private final Supplier vognmand = new Supplier("Ravnsborg Vognmandsforretning ApS", "ravnsborg-vognmand.dk", "Bent Ravn", "bent",
        "127.70.1.8", bank("3000", "4017731146"), "kørsel med vejsalt og bortkørsel af ålegræs fra Køge Bugt Strandpark");
    private final Supplier el = new Supplier("Borup El-Service ApS", "borup-elservice.dk", "Thomas Kjær", "tk", HOSTER_IP,
        bank("2270", "0712460035"), "nye eltavler og LED-armaturer, Borup Idrætshal");
    private final Supplier vvs = new Supplier("Ølby VVS & Blik ApS", "oelby-vvs.dk", "Værkstedet", "post", "127.70.1.10",
        bank("3000", "4018820474"), "service på varmeanlæg og nye blandingsbatterier, Ølby Børnehus");
    private final Supplier mad = new Supplier("Vallø Storkøkken A/S", "valloe-storkoekken.dk", "Vallø Storkøkken, Regnskab",
        "regnskab", "127.70.1.11", iban("DK", "30004019917365"), "mad til hjemmeboende ældre og plejecentrenes køkkener");
    private final Supplier byg = new Supplier("Skensved Byggemarked A/S", "skensved-byggemarked.dk", "Erhvervssalg", "erhverv",
        "127.70.1.12", iban("DK", "04004020058841"), "byggematerialer til Ejendomscenteret efter rammeaftale");
    private final Supplier it = new Supplier("Køge IT-Drift ApS", "koege-itdrift.dk", "Debitor", "debitor", "127.70.1.13",
        bank("2270", "0712471186"), "netværksdrift og Chromebooks til skolerne");
    private final Supplier bus = new Supplier("Gørslev Turistfart ApS", "goerslev-turistfart.dk", "Kørselskontoret", "koersel",
        "127.70.1.14", bank("3000", "4021142290"), "skolekørsel Gørslev-Bjæverskov-Borup og kørsel til svømning");
    private final Supplier kontor = new Supplier("Hastrup Kontorforsyning ApS", "hastrup-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.70.1.15", iban("DK", "04004022210037"), "kopipapir, toner og arkivkasser til Rådhuset og skolerne");
    private final Supplier groent = new Supplier("Svansbjerg Grønt ApS", "svansbjerg-groent.dk", "Lone Vestergaard", "lone",
        "127.70.1.16", bank("2270", "0712482243"), "græsslåning og hækklipning i Køge Bugt Strandpark og ved boldbanerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Lille Skensved Smedie v/ Per Andersen", "lille-skensved-smedie.dk", "Per Andersen",
        "per", "127.70.2.1", bank("3000", "4023356617"), "nye gelændere på badebroen ved Ølsemagle Strand");
    private final Supplier natur = new Supplier("Køge Å Naturpleje v/ Signe Bach", "koegeaa-naturpleje.dk", "Signe Bach", "signe",
        "127.70.2.2", bank("2270", "0712493318"), "afgræsning og rydning af pil langs Køge Å");
    private final Supplier guide = new Supplier("Byvandring v/ Ida Kragh", "gmail.com", "Ida Kragh", "ida.kragh.byvandring", GMAIL,
        bank("0400", "4024417790"), "byvandringer i Køges gamle bydel for 5. årgang, tre hold");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Samira Haddad", "outlook.com", "Samira Haddad",
        "samira.haddad.tolk", MSFT, bank("3000", "4025518824"), "tolkning arabisk-dansk, Jobcenter Køge, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Poul Riis", "icloud.com", "Poul Riis", "poul.riis.harmonika",
        APPLE, bank("2270", "0712504451"), "musik til julefrokost på Plejecenter Hastrup og Ølby Plejecenter");
    private final Supplier tysk = new Supplier("Lübecker Flutlichttechnik GmbH", "luebecker-flutlicht.de", "Buchhaltung",
        "buchhaltung", "127.70.3.1", iban("DE", "210400000012883402"), "Ersatzleuchtmittel und Vorschaltgeräte, Stadion Køge");
    private final Supplier svensk = new Supplier("Malmö Kalk & Puts AB", "malmo-kalkputs.se", "Ekonomi", "ekonomi",
        "127.70.3.2", iban("SE", "50000000058341177201"), "kalkbruk och linoljefärg till korsvirkeshuset i Køge");

    private final List<Supplier> listed = List.of(varme, entrep, bind, lys, maler, rengoer, avis, vognmand, el, vvs, mad, byg,
        it, bus, kontor, groent);

    /** Fraudsters' own domains, each carrying a place name of the municipality; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"koege-varmeforsyning.com", "herfoelge-anlaeg.net", "skensved-byggemarked.com",
        "borup-el-service.dk", idn("herf\u043eelge-anlaeg.dk"), idn("k\u043eege.dk"), "regnvej-koege.dk", "quitto-lellinge.com",
        "koege-bugt-rengoering.net", "oelby-vvs-blik.dk", "hastrup-kontorforsyning.net", "koege-it-drift.net",
        "lellinge-malerforretning.dk", "ravnsborg-vognmand.net", "valloe-storkoekken.com", "goerslev-turistfart.net",
        "bjaeverskov-inkasso.dk", "mitid-ravnsborg.com", "digitalpost-svansbjerg.com", "oelby-parkering.dk",
        "hastrup-betalingsservice.net", "signatorium-valloe.dk", "lellinge-dokumentdeling.net", "skensved-telefoni.com",
        "hastrup-telecenter.net", "koege-domaener.com", "borup-webhotel.net", "oelby-vvs.net", "koege-bindingsvaerk.net",
        "koege-facaderestaurering.dk", "lellinge-bevaringsraad.dk", "bjaeverskov-lysteknik.com", "herfoelge-stadionlys.dk",
        "svansbjerg-belysning.dk", "svansbjerg-groent.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(bind.domain(), List.of(bind.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(lys.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.70.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.70.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(groent.domain(), List.of(groent.ip()), "-all", null, null); // SPF only, no DMARC
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("koegebugt-affald.dk", List.of("127.70.20.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("havnetilsyn-oestsjaelland.dk", List.of("127.70.20.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("koegebugt-museer.dk", List.of("127.70.20.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("herfoelge-efterskole.dk", List.of("127.70.20.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("koege-revisionskontor.dk", List.of("127.70.20.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("koege-isenkram.dk", List.of("127.70.20.6"), "-all", null, "none");
        domain("koege-marina-havnekontor.dk", List.of("127.70.20.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("regnvej.dk", List.of("127.70.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vekselpost.com", List.of("127.70.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("quitto.io", List.of("127.70.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("tallypost.dk", List.of("127.70.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("koegebugt-sparekasse.dk", List.of("127.70.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sydsjaellands-andelskasse.dk", List.of("127.70.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkreds-sjaelland.dk", List.of("127.70.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("oestsjaellands-bogholdere.dk", List.of("127.70.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommunale-indkoebere-sj.dk", List.of("127.70.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sendvogn.com", List.of("127.70.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelalarm-sjaelland.dk", List.of("127.70.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.koegenet.dk", List.of("127.70.28.1"), "-all", null, null);
        domain("relay.bjaeverskov-fiber.dk", List.of("127.70.29.1"), "-all", null, null);
        domain("ruteklar.io", List.of("127.70.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tidsstyr.dk", List.of("127.70.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signatorium.dk", List.of("127.70.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none", null, "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_500 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no70:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 400 + rnd.nextInt(9_000));
            case 1:
                return "KG-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(72_000 + rnd.nextInt(20_000));
            case 3:
                return "F36-" + String.format("%04d", 50 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_200 + rnd.nextInt(800));
            default:
                return "R" + (18_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@koege.dk", "efaktura@koege.dk", "kreditor@koege.dk", "oekonomi@koege.dk",
        "teknik@koege.dk", "skoler@koege.dk", "aeldre@koege.dk", "havn@koege.dk", "ejendomme@koege.dk", "indkoeb@koege.dk",
        "idraet@koege.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf70:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(26_000_000 + Math.floorMod(sha256("cvr70:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi70:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "koege-varmeforsyning.dk" -> "Tangmosevej 104, 4600 Køge";
            case "herfoelge-anlaeg.dk" -> "Møllevej 21, 4681 Herfølge";
            case "koege-bindingsvaerk.dk" -> "Brogade 31, 4600 Køge";
            case "bjaeverskov-lysteknik.dk" -> "Industrivej 6, 4632 Bjæverskov";
            case "lellinge-maler.dk" -> "Lellinge Bygade 12, 4600 Køge";
            case "koegebugt-rengoering.dk" -> "Åsvej 40, 4600 Køge";
            case "koege-ugeavis.dk" -> "Nørregade 7, 4600 Køge";
            case "ravnsborg-vognmand.dk" -> "Ravnsborgvej 3, 4623 Lille Skensved";
            case "borup-elservice.dk" -> "Bytoften 18, 4140 Borup";
            case "oelby-vvs.dk" -> "Ølbycenter 9, 4600 Køge";
            case "valloe-storkoekken.dk" -> "Vallø Stationsvej 2, 4600 Køge";
            case "skensved-byggemarked.dk" -> "Skensvedvej 55, 4623 Lille Skensved";
            case "koege-itdrift.dk" -> "Havnen 14, 4600 Køge";
            case "goerslev-turistfart.dk" -> "Gørslevvej 88, 4632 Bjæverskov";
            case "hastrup-kontorforsyning.dk" -> "Hastrupvej 27, 4600 Køge";
            case "svansbjerg-groent.dk" -> "Svansbjergvej 4, 4632 Bjæverskov";
            case "lille-skensved-smedie.dk" -> "Smedevej 2, 4623 Lille Skensved";
            case "koegeaa-naturpleje.dk" -> "Ejbyvej 61, 4623 Lille Skensved";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letterhead invoice with "from" and "to" lines and an amounts line; a time sheet
     * with labour, materials and mileage and the FI line (card 71); a charge for a period with customer number, fixed and
     * variable part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Fra " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Til " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " | Jeres kontakt hos os: " + s.person());
                l.add("Leverance: " + s.what());
                l.add("Beløb uden moms " + a.net() + " | Momsbeløb " + a.vat() + " | Fakturatotal DKK " + a.gross());
                l.addAll(more);
                l.add("Betingelser: løbende måned plus 30 dage, sidste frist " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Beløbet overføres til " + account + " med fakturanummeret som tekst");
                }
            }
            case 1 -> {
                head = "Timeseddel og " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Udført for " + KOMMUNE + " (EAN " + EAN + "): " + s.what());
                long labour = a.ore() * 57 / 100;
                long km = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(labour) + " | Kilometer og kørsel " + kr(km) + " | Materialer " + kr(a.ore() - labour - km));
                l.add("Sum før moms " + a.net() + " + moms " + a.vat() + " = til betaling " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + writtenDay(m, 21) + (account == null ? "" : ", bankkonto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " | " + KOMMUNE + ", " + RAADHUS);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + " vedr. " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Variabel del " + kr(a.ore() - fixed));
                l.add("I alt uden moms " + a.net() + " | moms 25 % " + a.vat() + " | opkræves " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsdato " + dottedDay(m, 14) + (account == null ? "" : " | Konto til indbetaling " + account));
                if (own) {
                    l.add("FI-linje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Koege Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Køge Kommune", "Til kreditorbogholderiet", "Godmorgen", "Hej begge",
        "Att. Økonomi", "Kære Køge Kommune", "Hej kreditor", "Til rette vedkommende"};

    private String phone() {
        return "56 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig70:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh.\n" + firstName(s) + ", " + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nsendt fra mobilen" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Fakturering fra " + s.name(), "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Fakt. " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Her er fakturaen for " + s.what() + ". Den ligger som PDF i mailen.";
            case 1 -> "I får hermed faktura " + no + ". Totalen er " + a.gross() + " kr. med moms, og den forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er sendt elektronisk til EAN " + EAN + ", så den skal kun betales den ene gang.";
            case 3 -> "Tak for samarbejdet denne måned. PDF'en med fakturaen er vedhæftet.";
            case 4 -> "Fakturanr.: " + no + "\nTotal: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Vedhæftet finder I fakturaen for arbejdet. Jeres indkøbsnummer er påført.";
            case 6 -> "Månedens leverancer er nu faktureret. Giv lyd, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Fakturaen er vedhæftet denne mail.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
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
        if (List.of(varme, rengoer, mad, lys, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, bind, vognmand, vvs, el, groent).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Torvet 1", "Køge", "4600", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        timberCase = "BV-" + (720 + rnd.nextInt(90));
        lightAgreement = "LYS-KS-" + (4_100 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == bind ? List.of("Sag " + timberCase + ": udskiftning af 6 stolper og 9 tavl, Kirkestræde 13")
                : s == lys ? List.of("Aftale " + lightAgreement + ": 4 master Køge Stadion, 4 master Herfølge Stadion")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Park og Vej, strandteamet"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices railings for the bathing jetty, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, groent);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. KK-" + (24_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@koege.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Køge Bibliotek, nyt børneområde" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nLeveringssedlerne ligger med som ekstra bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomscenteret, Køge", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader gips kom knækkede frem og er sendt retur med vognmanden."},
            {kontor, "Kreditnota til faktura ", "To kasser toner passede ikke til jeres printere og er hentet tilbage."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@koege.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. ligger i mailen og kan "
                    + "trækkes fra ved jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "I vores bogholderi står fakturaen herunder stadig som ubetalt. Har I allerede "
            + "betalt, kan I bare slette denne mail."},
            {entrep, "Rykker 1", "Fakturaen skulle have været betalt for en uge siden. Der er ikke lagt rykkergebyr på denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@koege.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindeligt fakturanummer " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@koege.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning ved årets udgang: vi har modtaget betalingen for faktura " + p.no()
                + ", og jeres saldo hos os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "ravnsborg-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "KK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@koege.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så denne gang sender vi "
                    + "XML-filen direkte til jer sammen med en PDF til læsning. Kontonummeret er uændret. Hvis den samme faktura "
                    + "også dukker op via NemHandel, er det kun én faktura.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Laesekopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsnr. " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"regnvej.dk", "vekselpost.com", "quitto.io", "tallypost.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat70:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "TP-" + (41_000 + rnd.nextInt(8_000));
                headers(m, "Tallypost", "faktura@tallypost.dk", "aeldre@koege.dk", "Faktura " + no + " - vikartimer november")
                    .text("Til " + KOMMUNE + ", Social og Sundhed\n\nHer er fakturaen for de vikartimer i hjemmeplejen, som "
                        + "jeres distriktsleder i Ølby har attesteret for november (118 timer). Vikarerne er ansat og lønnet "
                        + "hos Tallypost.\n\nTotal " + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nTallypost ApS")
                    .attach("application/pdf", "Tallypost-" + no + ".pdf", Attachments.pdf(docId(m, "tp"), "Faktura " + no,
                        List.of("Tallypost ApS", "Kunde: " + KOMMUNE + ", Social og Sundhed", "Vikartimer november 2036: 118",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "30004026630915"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform tallypost.dk invoices attested temp hours in home care under its own name";
                continue;
            }
            String no = "Q" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "no-reply@" + d[i], i == 1 ? "havn@koege.dk" : "kultur@koege.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i denne mail. Svarer du, lander svaret direkte hos " + s.person()
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
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er ikke momsregistreret, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "LF-" + (36_400 + rnd.nextInt(500));
        Amount a = amount(900_000);
        headers(m, "Lübecker Flutlichttechnik", addr(tysk), "idraet@koege.dk", "Rechnung " + no + " - Stadion Køge")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über Ersatzleuchtmittel und "
                + "Vorschaltgeräte für die Flutlichtanlage im Stadion Køge, bestellt durch Bjæverskov Lysteknik. Steuerschuldnerschaft "
                + "des Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Lübeck", "Kunde: " + KOMMUNE + ", Idræt og Fritid", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MK" + (7_300 + rnd.nextInt(600));
        headers(m, "Malmö Kalk & Puts", addr(svensk), "ejendomme@koege.dk", "Faktura " + no + " - kalkbruk")
            .text("Hej,\n\nBifogat finns fakturan för kalkbruk och linoljefärg som levererats till korsvirkeshuset i "
                + "Kirkestræde på beställning av er timmerman. Betala till kontot på fakturan.\n\nVänliga hälsningar\nEkonomi, "
                + "Malmö Kalk & Puts AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "IBAN för betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Ruteklar Billing", "billing@ruteklar.io", "it@koege.dk", "Your Ruteklar invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for your Ruteklar plan (route planning for special-needs "
                + "school transport, 14 routes). We have also delivered it to EAN " + EAN + ".\n\nTotal due DKK " + a.gross()
                + "\n\nThe Ruteklar team")
            .attach("application/pdf", "ruteklar-invoice.pdf", Attachments.pdf(docId(m, "rk"), "Invoice",
                List.of("Ruteklar ApS", "Customer: " + KOMMUNE, "Plan December 2036, 14 routes", "DKK " + a.gross())));
        genuine(m, "127.70.30.1");
        m.description = "SaaS ruteklar.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Tidsstyr", "kvittering@tidsstyr.dk", "aeldre@koege.dk", "Kvittering - Tidsstyr licens")
            .text("Hej\n\nTak for betalingen af jeres Tidsstyr-licens (vagtplanlægning i hjemmeplejen, 210 brugere). "
                + a.gross() + " kr. er hævet på kortet, der ender på 5531.\n\nTidsstyr");
        genuine(m, "127.70.31.1");
        m.description = "SaaS tidsstyr.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyG = bank("0400", "4029915518");
        M m = ok("supplier-new-account", false);
        headers(m, groent.person(), addr(groent), "kreditor@koege.dk", "Vi skifter bank pr. 1. december")
            .text("Hej kreditorbogholderiet\n\nSvansbjerg Grønt flytter sin forretning til Andelskassen. Fakturaer, der er "
                + "dateret 1. december 2036 eller senere, skal betales til " + nyG + ". Ældre fakturaer betales som anført på "
                + "dem.\n\nI er velkomne til at ringe til mig på det nummer, der står i jeres leverandøroplysninger, og få det "
                + "bekræftet." + signature(groent))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(groent.name() + ", CVR " + cvr(groent.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyG,
                    "Lone Vestergaard, indehaver")));
        genuine(m, groent.ip());
        m.description = "listed green-care firm genuinely announces a new bank (SPF only aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(groent.name(), groent.domain(), groent.person(), groent.box(), groent.ip(), nyG,
            "vinterbeskæring af hække, Køge Bugt Strandpark");
        invoice(m, moved, nyG, 14, List.of("Ny konto fra 01.12.2036 - se vores brev"), "\n\nHusk vores nye kontonummer, som "
            + "vi skrev om tidligere.");
        genuine(m, groent.ip());
        m.description = "svansbjerg-groent.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "04004030027784");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Vallø Storkøkken, Regnskab", addr(mad), "kreditor@koege.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Social og Sundhed\n\nVallø Storkøkken har skiftet hovedbank i forbindelse "
                + "med vores nye driftskredit. Fakturaer med dato fra 1. december skal betales til " + nyM + ". Den gamle konto "
                + "holdes åben til og med januar. Vi har også sendt brevet underskrevet til jeres Digital Post.\n\nVenlig "
                + "hilsen\nVallø Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed kitchen (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret fra 01.12.2036"), "\n\nBemærk venligst den nye konto.");
        genuine(m, mad.ip());
        m.description = "valloe-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=pX7d=MC=koege-ugeavis.dk=annoncer@srs.koegenet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.70.28.1";
        m.helo = "srs.koegenet.dk";
        m.description = "koege-ugeavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.bjaeverskov-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.bjaeverskov-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"oestsjaellands-bogholdere.dk", "Hanne Friis", "hafr@", "Regning for bindingsværk vi ikke har bestilt",
            "Hej alle\n\nVi har fået en regning på udskiftning af stolper i et gammelt byhus fra et firma, vi aldrig har hørt om. "
                + "Er der andre med fredede huse, der har set noget lignende?\n\nHanne"},
            {"kommunale-indkoebere-sj.dk", "Claus Berg", "clbe@", "Lysmaster på stadion - pas på",
                "Hej\n\nVores idrætsafdeling fik en faktura for 'akut lampeskift i lysmast' med et nyt kontonummer. Den "
                    + "rigtige lysleverandør kendte intet til det.\n\nClaus"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditorkreds-sjaelland.dk", x[3])
                .header("List-Id", "Kreditorkreds Sjælland <forum.kreditorkreds-sjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkreds-sjaelland.dk", "[Kreditorkreds] ", "\r\n--\r\nKreditorkreds Sjælland\r\n"
                + "Afmeld listen: https://kreditorkreds-sjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelalarm-sjaelland.dk", "Svindelalarm Sjælland", "Stadionlys og gamle byhuse: nye svindelregninger",
            "Svindlere sender nu regninger for lampeskift i lysmaster og reparation af bindingsværk og bruger rigtige "
                + "sagsnumre. Ring altid op til leverandøren på et nummer, I selv har, inden I betaler."},
            {"koege-revisionskontor.dk", "Køge Revisionskontor", "Tjekliste til årsskiftet",
                "Gennemgå kreditorstamdata, og kræv to godkendere, hver gang et kontonummer ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl70:" + x[0]).substring(0, 12) + "@sendvogn.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@koege.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på hjemmesiden</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("sendvogn.com");
            m.ip = "127.70.26.1";
            m.helo = "mta.sendvogn.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP sendvogn.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Museer", "kultur@", "kreditor@koege.dk", "Byhuset i Kirkestræde",
            "Hej\n\nAl tømrer- og lerarbejde på bindingsværkshuset i Kirkestræde udføres af Køge Bindingsværk & Restaurering "
                + "under sag " + timberCase + " hos Bygningsbevaring. Deres regninger bærer altid sagsnummeret. Får I andre "
                + "regninger om huset, så send dem til mig, før noget betales.\n\nKultur og Museer"},
            {"Idræt og Fritid", "idraet@", "kreditor@koege.dk", "Lyset på stadionerne", "Hej\n\nLysmasterne på Køge Stadion "
                + "og Herfølge Stadion passes af Bjæverskov Lysteknik efter serviceaftalen. Akutte udkald bestiller vi selv, og "
                + "de faktureres med aftalenummeret på.\n\nIdræt og Fritid"},
            {"Ejendomscenteret", "ejendomme@", "ledere@koege.dk", "Fredede bygninger", "Kære ledere\n\nArbejde på kommunens "
                + "fredede og bevaringsværdige bygninger bestilles kun af Ejendomscenteret. Regninger for den slags, som I ikke "
                + "kan genkende, sendes videre til os.\n\nEjendomscenteret"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Køge Bugt Sparekasse, Erhverv", "erhverv@koegebugt-sparekasse.dk", "oekonomi@koege.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 214 overførsler. De gennemføres på bankdagen i morgen, og "
                + "I kan følge dem i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nKøge Bugt Sparekasse");
        genuine(m, "127.70.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Sydsjællands Andelskasse", "info@sydsjaellands-andelskasse.dk", "oekonomi@koege.dk", "Ny prisliste fra januar")
            .text("Til erhvervskunder\n\nPr. 1. januar justeres prisen på hasteoverførsler og udlandsbetalinger. Den nye "
                + "prisliste ligger i netbanken.\n\nSydsjællands Andelskasse");
        genuine(m, "127.70.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("half-timbered-facade-repair-invoice", true);
        invoice(m, bind, bind.account(), 7, List.of("Sag " + timberCase + ", etape 2: syldstok og lerklining",
            "Kalkning med jernvitriol, gadefacaden"), "\n\nFotodokumentationen er sendt til Kultur og Museer.");
        genuine(m, bind.ip());
        m.description = "the real carpenter invoices stage 2 on the half-timbered house (Ed25519, SPF, no DMARC)";
        m = ok("stadium-floodlight-service-invoice", true);
        invoice(m, lys, lys.account(), 10, List.of("Aftale " + lightAgreement + ", 4. kvartal 2036",
            "Lampeskift 6 projektører, eftersyn af mastefundamenter"), "\n\nServicerapporten ligger i jeres driftsportal.");
        genuine(m, lys.ip());
        m.description = "the lighting firm's quarterly floodlight service (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Bjæverskov Lysteknik", addr(lys), "idraet@koege.dk", "Nye LED-drivere i januar - uden merpris")
            .text("Kære Idræt og Fritid\n\nI januar skifter vi driverne i projektørerne på Herfølge Stadion. Det hører under "
                + "aftale " + lightAgreement + ", så der kommer ingen særskilt faktura. Vi sender aldrig regning for akutarbejde, "
                + "som I ikke selv har bestilt.\n\nBjæverskov Lysteknik");
        genuine(m, lys.ip());
        m.description = "the lighting firm announces a driver change at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_000_000);
        headers(m, "Køge Bugt Affaldsselskab I/S", "opkraevning@koegebugt-affald.dk", "efaktura@koege.dk",
            "Ejerbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nHer er opkrævningen af ejerbidraget for fjerde kvartal. Den er samtidig sendt til "
                + "jeres EAN-nummer.\n\nKøge Bugt Affaldsselskab I/S")
            .attach("application/pdf", "Ejerbidrag-Q4.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 4. kvartal 2036",
                List.of("Køge Bugt Affaldsselskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "30004031148860"))));
        genuine(m, "127.70.20.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Havnetilsynet Østsjælland", "tilsyn@havnetilsyn-oestsjaelland.dk", "havn@koege.dk",
            "Eftersyn af redningsudstyr i Køge Marina")
            .text("Til Køge Kommune, Havne\n\nVi gennemfører i december det årlige eftersyn af redningsstiger og kranse i Køge "
                + "Marina. Dato meldes ud senere. Eftersynet er gratis.\n\nHavnetilsynet Østsjælland");
        genuine(m, "127.70.20.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signatorium.dk";
        headers(m, "Køge Bugt Museer via Signatorium", "noreply@signatorium.dk", "kultur@koege.dk",
            "Underskriv venligst: udlånsaftale")
            .header("Reply-To", "<samlinger@koegebugt-museer.dk>")
            .text("Køge Bugt Museer har sendt jer 'Udlånsaftale - skibsmodeller til Rådhusets foyer' til underskrift.\n\n"
                + "Dokumentet ligger på jeres konto hos Signatorium.\n\nSignatorium");
        genuine(m, "127.70.32.1");
        m.description = "real e-signature request from signatorium.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Køge Isenkram", "kvittering@koege-isenkram.dk", "havn@koege.dk", "Kvittering for dit køb")
            .text("Kvittering fra Køge Isenkram, Nørregade\n\nVarer: fire fendere i blå PVC og to teleskopiske bådshager "
                + "til havnefogedens arbejdsbåd. Beløbet er trukket på kommunens indkøbskort ved kassen, og der kommer ingen "
                + "faktura bagefter. Bytte og reklamation sker mod fremvisning af denne mail inden for en måned.\n\n"
                + "Køge Isenkram");
        genuine(m, "127.70.20.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Herfølge Efterskole", "bogholderi@herfoelge-efterskole.dk", "oekonomi@koege.dk", "Advis om betaling")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af Herfølge Hallen i efterårsferien.\n\nHerfølge Efterskole");
        genuine(m, "127.70.20.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Køge Marina", "havnekontor@koege-marina-havnekontor.dk", "havn@koege.dk", "Ordrebekræftelse: vinteroplag")
            .text("Hej\n\nVinteroplag af kommunens to arbejdsbåde på land er bekræftet til 15. april. Fakturaen kommer via "
                + "EAN.\n\nKøge Marina, havnekontoret");
        genuine(m, "127.70.20.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3873000010077412"), iban("DK", "89900006511873"), bank("5325", "0004477120"),
        iban("EE", "3822002210088214"), iban("PL", "611090101400000712198812"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ2045112233"), iban("DE", "120700240001234567"),
        iban("HU", "117730160000000022334455"), iban("RO", "BTRL0130120256789000"), iban("BG", "BNBG96611020345678"),
        iban("CY", "005001200000001200527600"), bank("9070", "0002281945"), iban("MT", "MALT01100001234567890123456"),
        iban("SE", "80000000082234411907"), iban("LT", "1070400012345678"), iban("DK", "52950004418867")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nKøge Varmeforsyning er gået sammen med "
            + "et større forsyningsselskab om opkrævningen, og derfor er vores indbetalingskonto ændret. Brug kun kontoen på "
            + "denne opkrævning fremover. Betalinger til den gamle konto sendes retur til afsender.");
        forged(m, forgedHost++);
        m.description = "forged From koege-varmeforsyning.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncekunde\n\nNovembers jobannoncer er faktureret. Ugeavisen er købt "
            + "af en britisk mediekoncern, og derfor skal alle betalinger nu til den engelske konto på fakturaen. Vores danske "
            + "konto lukkes ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From koege-ugeavis.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"koege-varmeforsyning.com", varme, "Opkrævningen dækker fjernvarmen til Rådhuset på Torvet, Køge Bibliotek og "
            + "Plejecenter Ølby for oktober og november efter de fjernaflæste målere. Da kundekartoteket i september blev flyttet "
            + "over på en ny platform, blev betalingsoplysningerne hos enkelte af vores store kunder desværre byttet rundt. For "
            + "at undgå fejlposteringer beder vi jer indbetale til kontoen på den vedlagte opkrævning og slette det nummer, I har "
            + "stående for os i kreditorsystemet. Spørgsmål om aflæsningerne besvarer kundeservice gerne på mail."},
            {"herfoelge-anlaeg.net", entrep, "Regnvandsbassinet ved Herfølge Skole er færdigt. Firmaet har fået ny ejer, og "
                + "samtidig er vi flyttet til en anden bank, så brug kontoen nederst i fakturaen."},
            {"skensved-byggemarked.com", byg, "Vedlagt er samlefakturaen for gipsplader, lægter og skruer, som vi har kørt ud "
                + "til Ejendomscenterets værksted i uge 46 og 47. Koncernen har i dag samlet alle erhvervskonti hos en ny "
                + "bankforbindelse, og det tidligere kontonummer er lukket, så overførsler dertil bliver afvist og forsinker "
                + "jeres betaling. Ret venligst oplysningerne i jeres system, før fakturaen går til betaling."},
            {"borup-el-service.dk", el, "Eltavlerne i Borup Idrætshal er skiftet. Vores revisor har flyttet vores betalinger til "
                + "et nyt pengeinstitut, så betal venligst til kontoen i PDF-filen."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[4];
        m = bad("punycode-homoglyph");
        invoice(m, entrep.posing(d, entrep.account()), mule(11), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Vedhæftet er slutfakturaen for fortovet ved Herfølge Skole. Vær opmærksom på, at vores betalingsoplysninger er "
                + "skiftet, og at de nye gælder fra og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as herfoelge-anlaeg.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@koege.dk", "Fortroligt: betaling før kl. 12")
            .text("Hej\n\nBorgmesteren har her til morgen fået accept på et køb af et ledigt erhvervsareal ved Køge Havn, inden "
                + "en udenlandsk investor kommer før os. Sælgers advokat skal have et depositum på 412.000 kr. på " + mule(14)
                + " inden kl. 12, ellers bortfalder aftalen. Papirerne eftersendes. Sagen er fortrolig, indtil "
                + "økonomiudvalget er orienteret.\n\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret harbour land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Regnvej", "besked@regnvej-koege.dk", "kultur@koege.dk", "Ubetalt faktura - gebyr i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er endnu ikke betalt, "
                + "og der lægges et gebyr på ved midnat. Du kan nå at betale med kort her:</p><p><a href=\""
                + "https://regnvej-koege.dk/betal/" + sha256("rv70").substring(0, 16) + "\">Betal nu</a></p>"
                + "<p>Regnvej</p></body></html>");
        ownedBy(m, "regnvej-koege.dk");
        m.description = "look-alike of the platform regnvej.dk: card-payment link before a 'fee' in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Quitto", "noreply@quitto-lellinge.com", "havn@koege.dk", smed.name() + " - faktura til betaling")
            .text("Hej\n\nDer er en faktura klar til jer fra " + smed.name() + ". Quitto varetager nu opkrævningen for smedien, "
                + "så beløbet skal indbetales på vores klientkonto " + mule(15) + " og ikke direkte til smedien.\n\nVenlig hilsen\n"
                + "Quitto")
            .attach("application/pdf", "quitto-" + (5_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("quitto-lellinge.com", mule(15)), "Faktura", "QT-" + (9_200 + rnd.nextInt(700)), amount(300_000),
                mule(15), 0, List.of("Opkræves af Quitto")));
        ownedBy(m, "quitto-lellinge.com");
        m.description = "look-alike of quitto.io: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Indbetales til factoringselskab"), "", "Vi har overdraget vores fakturaer "
            + "til et factoringselskab, og derfor skal denne faktura betales til " + mule(16) + " og ikke til vores egen konto. "
            + "Jeg sidder i møder hele ugen og kan ikke tage telefonen, så svar bare på mailen.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of koegebugt-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@koege.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej Kreditor\n\nJeg skriver i tråden om fakturaen herunder, fordi der er sket noget, siden den blev sendt. "
                + "Vores erhvervskonto er frosset, mens banken gennemfører sin årlige kundekontrol af os, og den trækker ud til "
                + "efter nytår. For at vi ikke kommer bagud med lønnen til vores teknikere, beder vi om, at de "
                + p.amount().gross() + " kr. denne ene gang går til " + mule(17) + ", som er vores midlertidige driftskonto. "
                + "Når kontrollen er overstået, skriver vi ud, og så bruger I den sædvanlige konto igen. Undskyld besværet midt "
                + "i decembertravlheden.\n\nDebitor\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of koege-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{mad, "valloe-storkoekken.com"}, {groent, "svansbjerg-groent.net"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@koege.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nTak fordi I har registreret faktura " + p.no() + " (" + p.amount().gross() + " kr.). Før "
                    + "betalingen går af sted: vores revisor har fundet ud af, at kontonummeret på fakturaen er et gammelt. Brug "
                    + "i stedet " + mule(i + 3) + ", og giv mig lige et kort svar, når det er rettet hos jer.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@koege.dk", "Tilskud til julemarkedet - i dag")
            .text("Hej\n\nForeningen bag julemarkedet på Torvet er kommet i klemme, fordi deres sponsor fra Køge Havn er "
                + "sprunget fra i sidste øjeblik, og boderne, lysguirlanderne og scenen til luciaoptoget skal betales, før de bliver "
                + "sat op i morgen tidlig. Jeg har derfor givet dem tilsagn om et ekstraordinært tilskud på 95.000 kr. fra "
                + "borgmesterens pulje. Overfør venligst beløbet til foreningens konto " + mule(7) + " i løbet af formiddagen; "
                + "bevillingen bliver formelt godkendt på næste møde i økonomiudvalget. Jeg er på vej til et møde i KL med toget "
                + "og har dårlig dækning, så svar mig bare på mail, når det er ordnet.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged koege.dk (p=reject) from outside: the mayor's urgent Christmas market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektøren", "oekonomidirektoer@" + OWN, "kreditor@koege.dk", "Ny konto for Ølby VVS")
            .text("Hej\n\nIndehaveren af Ølby VVS & Blik ringede til mig i går eftermiddag, fordi de ikke kunne komme igennem "
                + "til jeres telefon. Firmaet er flyttet til et andet pengeinstitut efter en uoverensstemmelse med deres gamle "
                + "bank, og de har tre fakturaer til os, der forfalder i denne uge. Ret derfor deres kreditorkonto i "
                + "økonomisystemet til " + mule(8) + ", så ændringen kommer med i dagens betalingskørsel. Jeg har selv godkendt "
                + "ændringen, så I behøver ikke at ringe til dem igen; de er i forvejen presset på likviditeten op til jul."
                + "\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged koege.dk: 'finance director' orders a supplier's account changed";

        // display-name-abuse: a known supplier's or the municipality's name over a free-mail address
        m = bad("display-name-abuse");
        headers(m, "Køge Varmeforsyning - Opkrævning", "koege.varme.opkraevning@outlook.com", "kreditor@koege.dk",
            "Rettet opkrævning - bedes betalt i dag")
            .text("Til kreditor\n\nDer var en fejl i beløbet på den seneste fjernvarmeopkrævning til Rådhuset. Den rettede "
                + "opkrævning er på 64.318,75 kr. og skal indbetales til " + mule(12) + " i dag, så I undgår renter. Den første "
                + "opkrævning skal I se bort fra.\n\nKundeservice");
        genuine(m, MSFT);
        m.description = "display name of the district heating company over an outlook.com address, corrected charge to a CY IBAN";
        m = bad("display-name-abuse");
        headers(m, "Skensved Byggemarked A/S", "skensved.byggemarked.erhverv@gmail.com", "ejendomme@koege.dk",
            "Kontoudtog og ny betalingsmodtager")
            .text("Hej Ejendomscenteret\n\nVores mailserver er nede efter et nedbrud, derfor skriver vi herfra. Der er tre åbne "
                + "fakturaer på i alt 127.940,00 kr. Vi har fået ny bank, så betal dem samlet til " + mule(13) + ".\n\n"
                + "Erhvervssalg");
        genuine(m, GMAIL);
        m.description = "display name of the builders' merchant over gmail, 'server down', open items to a new account";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kommunaldirektoer.koege@gmail.com", "oekonomi@koege.dk", "Har du et øjeblik?")
            .text("Hej\n\nJeg sidder i et møde med KKR og kan kun skrive. Der er en hurtig overførsel, som skal klares i dag "
                + "uden om den sædvanlige godkendelse. Svar mig her, så får du detaljerne.\n\nSendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.koege@outlook.com", "indkoeb@koege.dk", "En tjeneste")
            .text("Hej\n\nJeg vil gerne give frivillige fra strandrensningen ved Køge Bugt en julegave. Kan du købe 15 "
                + "gavekort til 1.000 kr. og sende mig koderne på mail inden kl. 15? Jeg får pengene tilbage via "
                + "repræsentationskontoen.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Lauridsen", "mette.lauridsen.koege@gmail.com", "loen@koege.dk", "Skift af lønkonto")
            .text("Hej Løn\n\nJeg er pædagog på stuen Solsikken i Børnehuset Ravnsborg og har været ansat siden foråret. "
                + "Efter min skilsmisse er fælleskontoen, som min løn gik ind på, blevet lukket af banken, og jeg har fået en "
                + "ny konto hos en netbank: " + mule(0) + ". Jeg har prøvet at rette det selv i medarbejderportalen, men min "
                + "kode virker ikke, og IT-supporten har først tid efter jul. Vil I være søde at lægge den nye konto ind, så "
                + "decemberlønnen kommer det rigtige sted hen? Min leder Birgit ved godt, at jeg skriver fra min private mail."
                + "\n\nMange hilsner\nMette Lauridsen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery teacher";
        m = bad("payroll-account-change");
        headers(m, "Kasper Holm", "kasper.holm.herfoelge@hotmail.com", "loen@koege.dk", "Lønkonto")
            .text("Hej\n\nJeg er havnearbejder ved Køge Havn og flytter til Dublin i det nye år, så jeg har oprettet en irsk "
                + "konto. Sæt venligst lønnen ind på " + mule(6) + " allerede fra december.\n\nVh Kasper");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Bjæverskov Inkasso", "sag@bjaeverskov-inkasso.dk", "kreditor@koege.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + ", kreditorbogholderiet\n\n" + inkasso[i].name() + " har overdraget os sit "
                    + "tilgodehavende vedrørende faktura " + p.no() + " på " + p.amount().gross() + " kr., som efter vores "
                    + "klients oplysninger er forfaldet uden betaling trods påmindelser. Til hovedstolen lægges et inkassogebyr på "
                    + "550 kr. og rente efter renteloven fra forfaldsdagen. Det samlede krav skal være indgået på vores "
                    + "klientkonto " + mule(i + 9) + " senest mandag kl. 12. Betaling til kreditor direkte frigør jer ikke, da "
                    + "kravet nu er overdraget. Uden betaling indgives sagen til fogedretten i Roskilde, og kommunen registreres "
                    + "som dårlig betaler hos vores samarbejdspartnere.\n\nMed venlig hilsen\nBjæverskov Inkasso, "
                    + "kravafdelingen");
            ownedBy(m, "bjaeverskov-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-ravnsborg.com", "it@koege.dk", "Handling krævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære administrator</p><p>Ved den halvårlige kontrol af erhvervsbrugere har vi ikke kunnet "
                + "matche " + KOMMUNE + "s registrering i MitID Erhverv med oplysningerne i CVR. Indtil sagen er afklaret, er "
                + "organisationen markeret til spærring, og efter 24 timer kan ingen af jeres medarbejdere logge på NemRefusion, "
                + "Digital Post eller Skattestyrelsens løsninger. Den brugeradministrator, der modtager denne besked, skal logge "
                + "ind og godkende organisationens stamdata for at ophæve markeringen.</p><p><a href=\"https://"
                + "mitid-ravnsborg.com/org\">Godkend stamdata</a></p><p>MitID Erhverv, brugerkontrol</p></body></html>");
        ownedBy(m, "mitid-ravnsborg.com");
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-svansbjerg.com", "oekonomi@koege.dk", "Nyt brev fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt et brev til jeres postkasse om "
                + "momskompensation, der ved en fejl er udbetalt to gange for tredje kvartal. Brevet skal åbnes af en "
                + "tegningsberettiget inden fredag, ellers pålægges renter af hele beløbet.</p><p><a href=\"https://"
                + "digitalpost-svansbjerg.com/laes\">Åbn brevet</a></p><p>Digital Post for myndigheder</p></body></html>");
        ownedBy(m, "digitalpost-svansbjerg.com");
        m.description = "fake Digital Post letter with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Ølby Parkering", "afgift@oelby-parkering.dk", "teknik@koege.dk", "Parkeringsafgift - Ølby Station")
            .html("<html><body><p>Til Køge Kommune, Teknik og Miljø</p><p>Vores parkeringsvagt har tirsdag morgen noteret en "
                + "hvid varebil med kommunens logo og et registreringsnummer, der står på jer, på pendlerpladsen ved Ølby "
                + "Station uden P-skive og uden gyldig digital billet. Der er derfor pålagt en kontrolafgift på 790 kr. "
                + "Afgiften kan betales med MobilePay eller kort ved at scanne QR-koden herunder med en mobiltelefon inden fem "
                + "dage; derefter sendes kravet med gebyr til vores inkassopartner. Indsigelser skal ske skriftligt efter "
                + "betaling.</p><p><img src=\"cid:qr\" alt=\"QR\"></p><p>Ølby Parkering</p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "oelby-parkering.dk");
        m.description = "QR code for a parking 'fine' at Ølby station";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kunde@hastrup-betalingsservice.net", "oekonomi@koege.dk", "Jeres aftaler er stoppet")
            .html("<html><body><p>Jeres faste betalingsaftaler er stoppet efter en systemfejl. Scan QR-koden med mobilen for at "
                + "genoprette dem.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genopret.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "hastrup-betalingsservice.net");
        m.description = "QR code for 'stopped direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "adm@koege-bugt-rengoering.net", "kreditor@koege.dk", "Faktura " + no + " (zip)")
            .text("Hej kreditor\n\nFlere af vores kunder i Køge Bugt-området har meldt, at deres spamfilter sorterer vores "
                + "fakturaer fra, når PDF-filen ligger løst i mailen. Derfor kommer novemberfakturaen for rengøringen af Rådhuset, "
                + "Borgerservice og biblioteket pakket i en komprimeret mappe, som åbnes ved at dobbeltklikke. Vær opmærksom på, "
                + "at vi samtidig har skiftet pengeinstitut: kontonummeret på fakturaen i mappen er det eneste gyldige "
                + "fremover.\n\nAdministrationen")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("koege-bugt-rengoering.net", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Benyt udelukkende kontoen i fakturaen."));
        ownedBy(m, "koege-bugt-rengoering.net");
        m.description = "invoice PDF inside a ZIP from a look-alike of koegebugt-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "post@oelby-vvs-blik.dk", "kreditor@koege.dk", "Fakturaer for november")
            .text("Hej\n\nVi har samlet novembers servicebesøg på varmeanlæggene i Ølby Børnehus og de nye "
                + "blandingsbatterier i ét 7z-arkiv, fordi vores scanner laver meget store filer, og jeres mailsystem har afvist "
                + "dem før. Arkivet kan åbnes med 7-Zip eller det indbyggede program i Windows. Husk, at fakturaen skal betales "
                + "til vores nye konto hos Andelskassen, som står i filen; den gamle konto er opsagt pr. 1. december."
                + "\n\nVærkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("oelby-vvs-blik.dk", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "oelby-vvs-blik.dk");
        m.description = "invoice PDF inside a 7z from a look-alike of oelby-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@hastrup-kontorforsyning.net", "indkoeb@koege.dk", "Ordrebekræftelse og faktura, papir")
            .text("Hej indkøb\n\nTak for bestillingen af 60 kasser kopipapir og toner til Rådhuset og skolerne til levering "
                + "før juleferien. For at spare papir har vi lagt ordrebekræftelsen og fakturaen i samme Word-dokument. Når "
                + "dokumentet åbner i beskyttet visning, skal I klikke på den gule bjælke for at redigere og derefter tillade "
                + "indholdet, så prisberegningen og vores nye bankoplysninger kommer frem i tabellen.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Indholdet vises, når makroer er slået til.", true));
        ownedBy(m, "hastrup-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of hastrup-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@koege-it-drift.net", "it@koege.dk", "Specifikation Chromebooks")
            .text("Hej IT\n\nSom lovet på driftsmødet får I her den fulde specifikation af Chromebooks, opladerskabe og "
                + "Google-licenser fordelt på de enkelte skoler fra Borup til Herfølge. Regnearket beregner beløbene pr. skole "
                + "automatisk, men Excel viser kun tallene, hvis I vælger at slå makroer til, når filen åbner. Læg mærke til, "
                + "at vores bankforbindelse er ændret, og at betalingen skal ske til kontoen nederst i arket.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_spec.xlsm", Attachments.excel(List.of(
                "Specifikation Chromebooks november 2036", "Chromebook og licens 520 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "koege-it-drift.net");
        m.description = "macro-enabled .xlsm from a look-alike of koege-itdrift.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@lellinge-malerforretning.dk", "skoler@koege.dk", "Regning maling Lellinge Skole")
            .text("Hej\n\nJeg har fotograferet regningen, fordi printeren på værkstedet driller. Det nye kontonummer står "
                + "nederst på billedet.\n\nKim")
            .attach("image/jpeg", "IMG_3391.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "lellinge-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of lellinge-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "bent@ravnsborg-vognmand.net", "teknik@koege.dk", "Faktura saltkørsel")
            .text("Hej\n\nFakturaen for saltkørslen er scannet og ligger i bilaget. Bemærk, vi har ny bankkonto.\n\nBent")
            .attach("application/pdf", "Scan_20361203.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "ravnsborg-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of ravnsborg-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "ms@herfoelge-anlaeg.net", "efaktura@koege.dk", "E-faktura " + no + " som XML")
            .text("Hej\n\nVores nye bogføringssystem kan endnu ikke sende via NemHandel, så e-fakturaen er vedhæftet som fil. "
                + "Kontonummeret i filen er det nye.\n\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "KK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "herfoelge-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@koege-it-drift.net", "efaktura@koege.dk", "OIOUBL " + no)
            .text("OIOUBL-filen med fakturaen er vedhæftet. Bankkontoen er ændret, efter at vi har skiftet bank.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "KK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "koege-it-drift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of koege-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signatorium", "dokument@signatorium-valloe.dk", "kultur@koege.dk", "Køge Bugt Museer afventer din signatur")
            .html("<html><body><p>Du er bedt om at underskrive 'Forsikringstillæg - skibsmodeller'. Linket til dokumentet "
                + "udløber i aften.</p><p><a href=\"https://signatorium-valloe.dk/d/" + sha256("sg70").substring(0, 16)
                + "\">Åbn og underskriv</a></p></body></html>");
        ownedBy(m, "signatorium-valloe.dk");
        m.description = "fake e-signature request imitating signatorium.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@lellinge-dokumentdeling.net", "ejendomme@koege.dk", "Forpagtningsaftale til signering")
            .html("<html><body><p>Hej Ejendomscenteret</p><p>Advokatkontoret har delt et dokument med jer: forlængelse af "
                + "forpagtningsaftalen for de kommunale marker ved Vallø Dyrehave og Lellinge, gældende fra 1. januar 2037. "
                + "Begge parter skal underskrive inden fristen for at undgå, at forpagtningen ophører ved årsskiftet. Af "
                + "sikkerhedshensyn kan dokumentet kun åbnes, når modtageren har bekræftet sin identitet med sin "
                + "arbejdskonto hos Microsoft.</p><p><a href=\"https://lellinge-dokumentdeling.net/login\">Bekræft og åbn "
                + "aftalen</a></p></body></html>");
        ownedBy(m, "lellinge-dokumentdeling.net");
        m.description = "fake e-signature behind a work-account login page";

        // fake-voicemail
        m = bad("fake-voicemail");
        headers(m, "Telefoni - ny besked", "voicemail@skensved-telefoni.com", "kreditor@koege.dk", "Talebesked (0:47) fra 56 63 41 08")
            .html("<html><body><p>Du har en ny talebesked i din telefonpostkasse.</p><p>Fra: 56 63 41 08<br>Længde: 0:47"
                + "</p><p>Åbn den vedhæftede fil for at afspille beskeden i browseren.</p></body></html>")
            .attach("text/html", "Talebesked_0047.htm", ("<html><body><form action=\"https://skensved-telefoni.com/afspil\">"
                + "<p>Log ind med din arbejdsmail for at afspille</p><input name=\"mail\"><input type=\"password\" name=\"pw\">"
                + "</form></body></html>").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "skensved-telefoni.com");
        m.description = "fake voicemail notice with an HTML login attachment";
        m = bad("fake-voicemail");
        headers(m, "Telecenter", "noreply@hastrup-telecenter.net", "oekonomi@koege.dk", "You have 2 missed voice messages")
            .html("<html><body><p>Voice message received for oekonomi@koege.dk</p><p>Caller: supplier accounts, duration 1:12"
                + "</p><p><a href=\"https://hastrup-telecenter.net/vm/" + sha256("vm70").substring(0, 14) + "\">Listen to the "
                + "message</a> - sign in with your Office 365 account.</p></body></html>");
        ownedBy(m, "hastrup-telecenter.net");
        m.description = "fake voicemail in English with a sign-in link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@koege-domaener.com", "it@koege.dk", "koege.dk udløber om 3 dage")
            .text("Til domæneindehaveren\n\nRegistreringen af koege.dk udløber om tre dage. Hvis fornyelsen ikke betales, "
                + "lukkes hjemmeside og mail, og domænet kan købes af andre. Fornyelse i 3 år koster 4.980 kr. og betales til "
                + mule(17) + " med reference KOEGE-DK.\n\nDomæneservice")
            .attach("application/pdf", "Fornyelse_koege.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                List.of("Domæne: koege.dk", "Periode: 3 år", "Pris: 4.980,00 kr.", "Konto: " + mule(17))));
        ownedBy(m, "koege-domaener.com");
        m.description = "fake domain-renewal invoice for our own domain";
        m = bad("fake-domain-renewal");
        headers(m, "Borup Webhotel", "regning@borup-webhotel.net", "kultur@koege.dk", "Search engine registration koege-kultur")
            .text("Dear customer,\n\nYour domain listing for koege.dk in our search engine register expires this week. To keep "
                + "your listing and avoid losing visitors, please pay the annual fee of EUR 689 to " + mule(10) + " before "
                + "Friday.\n\nBorup Webhotel Registry");
        ownedBy(m, "borup-webhotel.net");
        m.description = "fake 'search engine registration' of our domain in English, RO account";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@goerslev-turistfart.net", "kreditor@koege.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej kreditor\n\nFaktura " + p.no() + " for skolekørslen mellem Gørslev, Bjæverskov og Borup samt "
                + "svømmekørslen er på " + p.amount().gross() + " kr. Vi er i gang med at flytte vores forretning fra den ene bank "
                + "til den anden, og i overgangen har den gamle bank sat et maksimum for, hvor meget der kan komme ind på kontoen "
                + "om måneden. Derfor beder vi om, at halvdelen betales til den konto, I plejer, og den anden halvdel til "
                + mule(9) + ". Skriv fakturanummeret på begge overførsler, så vi kan afstemme dem.\n\nKørselskontoret");
        ownedBy(m, "goerslev-turistfart.net");
        m.description = "split payment on the coach company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "post@oelby-vvs.net", "kreditor@koege.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nVedrørende faktura " + p.no() + " for servicen på varmeanlægget i Ølby Børnehus: vores "
                + "kassekredit er ved at blive omlagt, og indtil papirerne er underskrevet, accepterer banken højst 25.000 kr. "
                + "ind på hovedkontoen ad gangen. Send derfor de 25.000 kr. til den konto, I har registreret, og restbeløbet til "
                + "vores projektkonto " + mule(11) + ". Vi samler det selv bagefter og sender en kvittering for hele beløbet, "
                + "når begge dele er modtaget.\n\nVærkstedet");
        ownedBy(m, "oelby-vvs.net");
        m.description = "split payment on Ølby VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-half-timbered-facade-repair-invoice
        M m = bad("fake-half-timbered-facade-repair-invoice");
        invoice(m, bind.posing("koege-bindingsvaerk.net", bind.account()), mule(0), 11,
            List.of("Sag " + timberCase + ", ekstraarbejde efter storm"), "", "Under stormen i sidste uge blæste lerklining og "
                + "to tavl ud af gavlen på huset i Kirkestræde, og vi lukkede hullet med det samme, så regnen ikke kom ind til "
                + "museets genstande. Ekstraarbejdet er faktureret under sagsnummeret. Firmaet har skiftet bank ved et "
                + "generationsskifte, så brug kontoen på fakturaen og ikke den gamle.");
        ownedBy(m, "koege-bindingsvaerk.net");
        m.description = "look-alike of the real carpenter cites its real case number, storm repair, new account (LT IBAN)";
        m = bad("fake-half-timbered-facade-repair-invoice");
        headers(m, "Køge Facaderestaurering", "kontor@koege-facaderestaurering.dk", "ejendomme@koege.dk",
            "Faktura: kalkning og oliebehandling af bindingsværk")
            .text("Til Ejendomscenteret\n\nSom aftalt med jeres bygningskonsulent i sommer har vi kalket gadefacaden og "
                + "oliebehandlet egetræsstolperne på det kommunale byhus i Nørregade. Fakturaen på 46.125,00 kr. inkl. moms "
                + "forfalder om fem dage og betales til " + mule(5) + ".\n\nKøge Facaderestaurering")
            .attach("application/pdf", "Faktura_facade.pdf", Attachments.pdf(docId(m, "fac70"), "Faktura facadearbejde",
                List.of("Køge Facaderestaurering", "Kalkning af facade og linolie på stolper", "I alt inkl. moms 46.125,00",
                    "Indbetaling " + mule(5))));
        ownedBy(m, "koege-facaderestaurering.dk");
        m.description = "unknown firm bills lime-washing of a half-timbered house 'agreed in the summer' (GB IBAN)";
        m = bad("fake-half-timbered-facade-repair-invoice");
        headers(m, "Lellinge Bevaringsråd", "sekretariat@lellinge-bevaringsraad.dk", "kultur@koege.dk",
            "Gebyr for bevaringsgennemgang af bindingsværkshuse")
            .text("Kære kommune\n\nEfter bygningsfredningsloven skal ejere af bevaringsværdige bindingsværkshuse have en "
                + "gennemgang hvert femte år. Jeres tre huse i den gamle bydel er sat på runden i januar. For at beholde "
                + "tiden beder vi om et forskud på 11.400 kr. til " + mule(4) + "; resten afregnes efter besøget.\n\n"
                + "Lellinge Bevaringsråd");
        ownedBy(m, "lellinge-bevaringsraad.dk");
        m.description = "'statutory five-yearly inspection' of the half-timbered houses with an advance (PL IBAN)";

        // fake-stadium-floodlight-service-invoice
        m = bad("fake-stadium-floodlight-service-invoice");
        invoice(m, lys.posing("bjaeverskov-lysteknik.com", lys.account()), mule(9), 15,
            List.of("Aftale " + lightAgreement + " - akut udkald"), "", "Overvågningen meldte fejl på to projektører i mast 3 "
                + "på Køge Stadion fredag aften før hjemmekampen, og vores montør skiftede lamper og forkobling med liftvogn "
                + "samme aften. Udkaldet ligger uden for serviceaftalen og skal betales med det samme. Bemærk, at vi har fået "
                + "ny konto, som står på fakturaen.");
        ownedBy(m, "bjaeverskov-lysteknik.com");
        m.description = "look-alike of the lighting firm cites the real agreement, 'urgent lamp change before a match' (HU IBAN)";
        m = bad("fake-stadium-floodlight-service-invoice");
        headers(m, "Herfølge Stadionlys", "drift@herfoelge-stadionlys.dk", "idraet@koege.dk", "Faktura: mastinspektion 2036")
            .text("Hej Idræt og Fritid\n\nVi har udført den lovpligtige statiske inspektion af de fire lysmaster på Herfølge "
                + "Stadion, herunder boltekontrol og rustmåling. Rapporten sendes, når fakturaen på 38.900,00 kr. er betalt til "
                + mule(10) + ".\n\nHerfølge Stadionlys");
        ownedBy(m, "herfoelge-stadionlys.dk");
        m.description = "unknown firm holds a 'statutory mast inspection' report hostage for payment (RO account)";
        m = bad("fake-stadium-floodlight-service-invoice");
        headers(m, "Svansbjerg Belysning", "ordre@svansbjerg-belysning.dk", "idraet@koege.dk",
            "Reservation af liftvogn - LED-ombygning")
            .text("Hej\n\nTak for jeres henvendelse om at bygge projektørerne på Køge Stadion om til LED før sæsonstart. Vi har "
                + "reserveret liftvogn og to elektrikere i uge 3. Som bekræftelse betales 30 % af prisen, 52.200 kr., forud til "
                + mule(1) + ".\n\nSvansbjerg Belysning");
        ownedBy(m, "svansbjerg-belysning.dk");
        m.description = "'your enquiry' about an LED conversion of the stadium floodlights, 30 % in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus70().generate(), List.of(
            "# Køge Kommune, Økonomi: invoice checks (seventieth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=koege-varmeforsyning.dk herfoelge-anlaeg.dk koege-bindingsvaerk.dk "
                + "bjaeverskov-lysteknik.dk lellinge-maler.dk koegebugt-rengoering.dk koege-ugeavis.dk ravnsborg-vognmand.dk "
                + "borup-elservice.dk oelby-vvs.dk valloe-storkoekken.dk skensved-byggemarked.dk koege-itdrift.dk "
                + "goerslev-turistfart.dk hastrup-kontorforsyning.dk svansbjerg-groent.dk",
            "invoice.domains.platforms=regnvej.dk vekselpost.com quitto.io tallypost.dk",
            "invoice.names.protected=K\\u00f8ge Kommune"));
    }
}
