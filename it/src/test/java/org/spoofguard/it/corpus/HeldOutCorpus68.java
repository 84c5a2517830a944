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
 * The sixty-eighth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Fredensborg Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour,
 * schools, elderly care, culture, nature and property mailboxes; town hall Egevang 2, 2980 Kokkedal) in North Zealand:
 * Fredensborg with the palace and its Slotshave, Humlebæk and its harbour on the Øresund coast, Kokkedal, Nivå with Nivå
 * Bugt and the ring kiln of Nivå Teglværk, Karlebo, Asminderød, Grønholt, Sørup, Esrum Sø with its bathing and boat jetties
 * and Krogerup Højskole; sixteen listed suppliers from those places in every DNS posture real Danish firms have (one sending
 * through a web hoster named in its SPF), four invoicing platforms ({@code pungo.dk}, {@code regnefjer.dk}, {@code
 * skyldfri.io}, {@code tegnebog.net}), a masonry restorer keeping the listed ring kiln standing, a marine firm looking after
 * the municipal jetties on Esrum Sø, sole traders on free mail, foreign suppliers, SaaS ({@code skemafix.io}, {@code
 * tidsregn.dk}), an ESP ({@code postvogn.com}), an e-signature service ({@code signerlet.dk}), banks, a creditor list,
 * forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake MitID/borger.dk mail,
 * fake inkasso, compromised mailboxes, hijacked threads, QR codes, archives, HTML attachments that ask for a login, e-invoice
 * XML with a changed payee, fake e-signature requests, directory-listing "offers" that are contracts, domain-renewal
 * invoices, a "corrected duplicate" of a real invoice, payroll changes, look-alikes, homoglyphs) and two kinds new here:
 * mortar, brick or chimney work on the ring kiln of Nivå Teglværk billed by someone who never touched it
 * (fake-ring-kiln-masonry-invoice), and repairs, winter lifting or a diver's inspection of the bathing and boat jetties on
 * Esrum Sø billed to a new account (fake-lake-jetty-repair-invoice). The invoice engine, its tests, tuning notes and earlier
 * results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus68GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus68 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout68");
    public static final String OWN = "fredensborg.dk";
    static final String FRAUD_NET = "127.168.";
    private static final String OWN_IP = "127.68.0.1";
    private static final String EAN = "5798007690124";
    private static final String KOMMUNE = "Fredensborg Kommune";
    private static final String RAADHUS = "Egevang 2, 2980 Kokkedal";
    private static final String HOSTER_IP = "127.68.9.1";
    private static final String GMAIL = "127.70.1.1";
    private static final String MSFT = "127.70.2.1";
    private static final String APPLE = "127.70.5.1";

    private final Random rnd = new Random(68_2980_0068L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The restorer's case number for the ring kiln at Nivå Teglværk (the frauds cite it). */
    private String kilnCase;
    /** The marine firm's jetty agreement for Esrum Sø (the frauds cite it). */
    private String jettyAgreement;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 9, 29, 7, 10, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 10, 27, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Kokkedal Fjernvarme a.m.b.a.", "kokkedal-fjernvarme.dk", "Kundecenter",
        "kundecenter", "127.68.1.1", iban("DK", "54700004417720"), "fjernvarme til Rådhuset i Kokkedal og Kokkedal Skole");
    private final Supplier entrep = new Supplier("Nivå Anlæg & Kloak ApS", "niva-anlaeg.dk", "Bo Vestergaard", "bo",
        "127.68.1.2", bank("5470", "0004420918"), "omlægning af regnvandsledning ved Nivå Havn og ny brønd på Gl. Strandvej");
    private final Supplier murer = new Supplier("Karlebo Murer- og Restaureringsfirma ApS", "karlebo-restaurering.dk",
        "Murermester Peter Aagaard", "peter", "127.68.1.3", iban("DK", "20000004433519"),
        "restaurering af ringovnen på Nivå Teglværk: fuger, hvælv og skorsten");
    private final Supplier marine = new Supplier("Esrum Sø Bådebro & Marine v/ Kasper Holt", "esrumso-marine.dk", "Kasper Holt",
        "kasper", "127.68.1.4", iban("DK", "54700004440076"), "drift af badebroer og bådebroer ved Esrum Sø: op- og nedtagning");
    private final Supplier toemrer = new Supplier("Asminderød Tømrer ApS", "asminderod-toemrer.dk", "Mikkel Skov", "ms",
        "127.68.1.5", bank("2000", "0004451282"), "nye døre og lofter i Asminderød Børnehus");
    private final Supplier maler = new Supplier("Grønholt Malerservice v/ Tina Berg", "gronholt-malerservice.dk", "Tina Berg",
        "tina", "127.68.1.6", bank("5470", "0004469035"), "maling af gange og fællesrum, Plejecenter Sølyst");
    private final Supplier rengoer = new Supplier("Humlebæk Rengøring ApS", "humlebaek-rengoring.dk", "Kontoret", "kontor",
        "127.68.1.7", iban("DK", "20000004477814"), "daglig rengøring af Rådhuset, biblioteket i Humlebæk og tre skoler");
    private final Supplier avis = new Supplier("Egnsbladet Øresundskysten", "oresundskysten-bladet.dk", "Annonceafdelingen",
        "annonce", "127.68.1.8", iban("DK", "54700004482193"), "annoncer: lokalplan for Humlebæk Havn og stillinger i dagtilbud");
    private final Supplier vognmand = new Supplier("Sørup Vognmand & Container ApS", "sorup-container.dk", "Allan Friis",
        "allan", "127.68.1.9", bank("2000", "0004490647"), "containerleje og bortkørsel af haveaffald fra Slotshavens naboarealer");
    private final Supplier el = new Supplier("Kokkedal El-Teknik ApS", "kokkedal-elteknik.dk", "Søren Lykke", "sl", HOSTER_IP,
        bank("5470", "0004503378"), "LED-armaturer i idrætshallen og nye føringsveje, Kokkedal");
    private final Supplier vvs = new Supplier("Humlebæk VVS & Blik ApS", "humlebaek-vvsblik.dk", "Værkstedet", "vaerksted",
        "127.68.1.11", bank("2000", "0004516604"), "nye blandingsbatterier og service på varmtvandsbeholdere, Humlebæk Skole");
    private final Supplier mad = new Supplier("Nivå Storkøkken A/S", "niva-storkokken.dk", "Nivå Storkøkken, Økonomi", "okonomi",
        "127.68.1.12", iban("DK", "20000004529931"), "mad til hjemmeboende pensionister og to plejecentre");
    private final Supplier byg = new Supplier("Fredensborg Trælast A/S", "fredensborg-traelast.dk", "Proffen", "proff",
        "127.68.1.13", iban("DK", "54700004538862"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Øresundskystens Skole-IT ApS", "kyst-skoleit.dk", "Fakturering", "faktura",
        "127.68.1.14", bank("5470", "0004547719"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Karlebo Turistbusser ApS", "karlebo-turistbusser.dk", "Kørselskontoret", "korsel",
        "127.68.1.15", bank("2000", "0004551046"), "skolekørsel Karlebo-Kokkedal og udflugter for specialklasserne");
    private final Supplier kontor = new Supplier("Kokkedal Kontorforsyning ApS", "kokkedal-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.68.1.16", iban("DK", "20000004564407"), "kopipapir, kuverter og arkivkasser til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier sten = new Supplier("Nivå Bugt Stensætning v/ Frede Lund", "nivabugt-sten.dk", "Frede Lund", "frede",
        "127.68.2.1", bank("5470", "0004572258"), "omsætning af kampesten ved badestien langs Nivå Bugt");
    private final Supplier hegn = new Supplier("Grønholt Hegn og Have v/ Sanne Krog", "gronholt-hegn.dk", "Sanne Krog", "sanne",
        "127.68.2.2", bank("2000", "0004583390"), "klipning af bøgehække ved Grønholt Skole og Sørup Kirkegård");
    private final Supplier guide = new Supplier("Naturformidler Ida Møller", "gmail.com", "Ida Møller", "ida.moller.natur", GMAIL,
        bank("5470", "0004590114"), "naturvandringer ved Esrum Sø for 4. årgang, fem hold");
    private final Supplier tolk = new Supplier("Oversætter Olena Kovalenko", "outlook.com", "Olena Kovalenko",
        "olena.kovalenko.tolk", MSFT, bank("2000", "0004602287"), "tolkning ukrainsk-dansk i Jobcentret, 5 samtaler");
    private final Supplier musik = new Supplier("Pianist Rasmus Krogh", "icloud.com", "Rasmus Krogh", "rasmus.krogh.klaver", APPLE,
        bank("5470", "0004611920"), "eftermiddagskoncerter på Plejecenter Sølyst og Humlebæk Ældrecenter");
    private final Supplier tysk = new Supplier("Lübecker Ziegelrestaurierung GmbH", "luebecker-ziegel.de", "Buchhaltung",
        "buchhaltung", "127.68.3.1", iban("DE", "230400220051187340"), "handgestrichene Ziegel für den Ringofen in Nivå");
    private final Supplier svensk = new Supplier("Helsingborgs Bryggbygg AB", "hbg-bryggbygg.se", "Fakturering", "faktura",
        "127.68.3.2", iban("SE", "80000000083344102255"), "bryggdäck av ek och galvaniserade beslag till badbryggorna");

    private final List<Supplier> listed = List.of(varme, entrep, murer, marine, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of Fredensborg Kommune; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"kokkedal-fjernvarme.net", "niva-anlaeg-kloak.dk", "fredensborg-traelast.com",
        idn("kokkedal-\u0435lteknik.dk"), idn("fr\u0435densborg.dk"), "pungo-humlebaek.dk", "skyldfri-kokkedal.com",
        "asminderod-tomrer.dk", "niva-storkoekken.dk", "fredensborg-inkasso.dk", "mitid-fredensborg.com",
        "borgerpost-kokkedal.net", "humlebaek-parkering.dk", "karlebo-betalingsservice.net", "humlebaek-rengoering.dk",
        "humlebaek-vvs-blik.dk", "nivaa-skoleit.dk", "karlebo-turistbus.dk", "signerlet-gronholt.dk", "esrum-dokumentsign.net",
        "kommuneregister-fredensborg.dk", "humlebaek-erhvervsguide.com", "kokkedal-domaeneservice.com",
        "fredensborg-dns-fornyelse.net", "kokkedal-kontorforsyning.net", "karlebo-restaurering.net",
        "nivaa-teglvaerk-restaurering.dk", "asminderod-murerlaug.dk", "esrumso-marine.com", "gronholt-broservice.dk",
        "sorup-dykkerservice.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(murer.domain(), List.of(murer.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(marine.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "quarantine"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.68.98.7"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.68.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(sten.domain(), List.of(sten.ip()), "-all", null, null); // SPF only, no DMARC
        domain(hegn.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kystaffald-is.dk", List.of("127.68.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kulturmiljoe-tilsyn.dk", List.of("127.68.4.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("teglvaerksmuseet-niva.dk", List.of("127.68.4.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("krogerup-hojskole.dk", List.of("127.68.4.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kokkedal-revision.dk", List.of("127.68.4.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("humlebaek-isenkram.dk", List.of("127.68.4.6"), "-all", null, "none");
        domain("humlebaek-havnekontor.dk", List.of("127.68.4.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("domaenehuset.dk", List.of("127.68.4.8"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // platforms
        domain("pungo.dk", List.of("127.68.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("regnefjer.dk", List.of("127.68.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("skyldfri.io", List.of("127.68.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("tegnebog.net", List.of("127.68.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("esrum-sparekasse.dk", List.of("127.68.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystbanken.dk", List.of("127.68.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-nordsj.dk", List.of("127.68.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kyst-bogholderforum.dk", List.of("127.68.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordkyst-indkoeb.dk", List.of("127.68.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postvogn.com", List.of("127.68.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelradar-nordsjaelland.dk", List.of("127.68.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.nivaa-fiber.dk", List.of("127.68.28.1"), "-all", null, null);
        domain("relay.fredensborg-net.dk", List.of("127.68.29.1"), "-all", null, null);
        domain("skemafix.io", List.of("127.68.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tidsregn.dk", List.of("127.68.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signerlet.dk", List.of("127.68.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", null, "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no68:" + s.domain()).hashCode(), 5)) {
            case 0:
                return "36-" + String.format("%05d", 1_200 + rnd.nextInt(8_000));
            case 1:
                return "FK" + (70_000 + rnd.nextInt(20_000));
            case 2:
                return String.valueOf(2_360_000 + rnd.nextInt(9_000));
            case 3:
                return "INV-" + (5_100 + rnd.nextInt(4_000));
            default:
                return "F-2036-" + String.format("%03d", 10 + rnd.nextInt(900));
        }
    }

    private static final String[] TO = {"kreditor@fredensborg.dk", "efaktura@fredensborg.dk", "kreditor@fredensborg.dk",
        "okonomi@fredensborg.dk", "teknik@fredensborg.dk", "skole@fredensborg.dk", "aeldre@fredensborg.dk",
        "ejendom@fredensborg.dk", "indkob@fredensborg.dk", "natur@fredensborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf68:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(20_000_000 + Math.floorMod(sha256("cvr68:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi68:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "kokkedal-fjernvarme.dk" -> "Bakkegårdsvej 12, 2980 Kokkedal";
            case "niva-anlaeg.dk" -> "Teglværksvej 31, 2990 Nivå";
            case "karlebo-restaurering.dk" -> "Karlebovej 88, 2980 Kokkedal";
            case "esrumso-marine.dk" -> "Sørupvej 47, 3480 Fredensborg";
            case "asminderod-toemrer.dk" -> "Asminderødgade 19, 3480 Fredensborg";
            case "gronholt-malerservice.dk" -> "Grønholtvej 102, 3480 Fredensborg";
            case "humlebaek-rengoring.dk" -> "Humlebæk Center 6, 3050 Humlebæk";
            case "oresundskysten-bladet.dk" -> "Gammel Strandvej 14, 3050 Humlebæk";
            case "sorup-container.dk" -> "Sørup Byvej 3, 3480 Fredensborg";
            case "kokkedal-elteknik.dk" -> "Kokkedal Industripark 22, 2980 Kokkedal";
            case "humlebaek-vvsblik.dk" -> "Ny Strandvej 41, 3050 Humlebæk";
            case "niva-storkokken.dk" -> "Nivåvej 9, 2990 Nivå";
            case "fredensborg-traelast.dk" -> "Jernbanegade 30, 3480 Fredensborg";
            case "kyst-skoleit.dk" -> "Usserød Kongevej 4, 2990 Nivå";
            case "karlebo-turistbusser.dk" -> "Avderødvej 60, 2980 Kokkedal";
            case "kokkedal-kontorforsyning.dk" -> "Kokkedal Stationsvej 2, 2980 Kokkedal";
            case "nivabugt-sten.dk" -> "Strandvejen 212, 2990 Nivå";
            case "gronholt-hegn.dk" -> "Gurrevej 5, Grønholt, 3480 Fredensborg";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a line-item sheet (pos., text, quantity, amount) with the buyer's EAN; a
     * time-and-materials account with man-hours, machinery and materials and the FI line (card 71); an on-account charge
     * with installation number and meter figures and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " - " + title + " " + no;
                l.add(addr.isEmpty() ? "CVR " + cvr(s.domain()) : addr + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + " | Deres kontakt hos os: " + s.person());
                long first = a.ore() * 61 / 100;
                l.add("Pos. 1  " + s.what() + "  1 stk.  " + kr(first));
                l.add("Pos. 2  Tillæg, småmaterialer og bortskaffelse  1 stk.  " + kr(a.ore() - first));
                l.add("Beløb uden moms " + a.net() + " | Moms 25 % " + a.vat() + " | Fakturabeløb " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage (" + dottedDay(m, 30) + ")");
                if (account != null) {
                    l.add("Bankkonto: " + account + " - husk fakturanr. ved betaling");
                }
            }
            case 1 -> {
                head = title + " " + no + " - timer og materialer";
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Bygherre: " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                long men = a.ore() * 47 / 100;
                long gear = a.ore() * 13 / 100;
                l.add("Mandetimer " + kr(men) + " | Materiel og lift " + kr(gear) + " | Materialer " + kr(a.ore() - men - gear));
                l.add("Sum " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfaldsdag " + writtenDay(m, 21) + (account == null ? "" : ". Indbetaling: " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Acontoopkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Installationsnr. " + (600_000 + Math.floorMod(s.domain().hashCode(), 300_000)) + " - " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -31) + " til " + dashedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 28 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Aconto efter måling " + kr(a.ore() - fixed));
                l.add("Ekskl. moms " + a.net() + " | Moms " + a.vat() + " | Til betaling " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + dashedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "FK-" + no + ".pdf", "Fredensborg " + no + ".pdf",
            "bilag_" + no + ".pdf", "dok" + no + ".pdf", "Regning-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Fredensborg Kommune", "Til bogholderiet", "Godmorgen", "Hej Kreditor",
        "Kære økonomiafdeling", "Hej igen", "Til Fredensborg Kommune", "Goddag kreditorteam"};

    private String phone() {
        return (rnd.nextBoolean() ? "48 " : "49 ") + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " "
            + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig68:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : " · " + street(s));
            case 2:
                return "\n\nDe bedste hilsner\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " · CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + s.person() + "\n" + (freeMail(s) ? "Sendt fra mobilen" : s.name() + " · www." + s.domain());
            default:
                return "\n\nVenligst\n" + s.person() + ", " + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Fakturanr. " + no, s.name() + ": faktura " + no, "Ny faktura til " + KOMMUNE,
            "Faktura " + no + " / EAN " + EAN, "Regning " + no + " fra " + s.name(), "Fakturering " + no, "Faktura vedr. "
            + s.what(), "Vedhæftet faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er fakturaen for arbejdet, i alt " + a.gross() + " kr. med moms. Sidste rettidige betaling er "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen ligger også i NemHandel på EAN " + EAN + ". Den skal selvfølgelig kun betales én af stederne.";
            case 3 -> "Tak for et godt samarbejde på opgaven. PDF med fakturaen er vedlagt.";
            case 4 -> "Fakturanummer " + no + "\nBeløb i alt " + a.gross() + " kr.\nForfald " + dottedDay(m, 30);
            case 5 -> "Som aftalt sender vi fakturaen, når arbejdet er afleveret. Jeres indkøbsreference er påført.";
            case 6 -> "Vedhæftet er månedens faktura. Ring endelig, hvis linjerne ikke stemmer med jeres bestilling.";
            default -> "Se venligst den vedhæftede faktura.";
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
        if (List.of(varme, rengoer, mad, marine, it, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, murer, vognmand, vvs, el, toemrer, bus).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Egevang 2", "Kokkedal", "2980", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        kilnCase = "RO-" + (4_100 + rnd.nextInt(500));
        jettyAgreement = "BR-ES-" + (610 + rnd.nextInt(300));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == murer ? List.of("Sag " + kilnCase + ": ringovnens kammer 5-9, omfugning med kalkmørtel")
                : s == marine ? List.of("Broaftale " + jettyAgreement + ": 6 badebroer og 2 bådebroer ved Esrum Sø")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String stenNo = invoice(first, sten, sten.account(), 5, List.of("Bestilt af Natur og Grønne Områder"), "");
        genuine(first, sten.ip());
        past.put(sten.domain(), new Past(stenNo, last, messageId(first, sten.domain()), lastSubject));
        first.description = "history: unlisted stone setter (SPF only, no DMARC) resets boulders on the Nivå Bugt path";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, toemrer, maler, vognmand, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre FK-" + (30_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@fredensborg.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Humlebæk Bibliotek, nyt tag" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 3 ? "\n\nUdleveringsbilagene ligger med i mailen." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "udlevering.pdf", Attachments.pdf(docId(m, "ud"), "Udleveringsbilag",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Kokkedal", "Kolli: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af ", "Fire paller gasbeton blev leveret to gange, og den ene levering er kørt retur."},
            {kontor, "Kreditnota til ", "Kuverterne med forkert rudeplacering er byttet, så den første levering krediteres."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (1_000 + rnd.nextInt(800));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@fredensborg.dk", x[1] + "faktura " + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for annoncerne herunder. "
            + "Har I allerede betalt, krydser betalingerne hinanden."},
            {entrep, "Betalingspåmindelse", "Fakturaen er nu otte dage over forfald. Der er ikke beregnet renter eller gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@fredensborg.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Faktura " + p.no() + " udstedt " + dottedDay(m, -38))));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@fredensborg.dk", "Saldomeddelelse " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres saldoafstemning: vi har modtaget betaling for faktura " + p.no() + ", og saldoen er 0,00 kr."
                + signature(s));
        genuine(m, s.ip());
        m.description = "sorup-container.dk balance statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "FK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@fredensborg.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej e-faktura\n\nVores NemHandel-adgang er lukket i en uge, mens vores udbyder flytter servere. I mellemtiden "
                    + "kommer fakturaen som XML-fil med en læsbar kopi ved siden af. Kontonummeret er uændret. Dukker den samme "
                    + "faktura senere op i jeres indbakke via NemHandel, er det den samme, og den skal kun betales én gang."
                    + signature(s))
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1,
                    List.of("Indkøbsordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"pungo.dk", "regnefjer.dk", "skyldfri.io", "tegnebog.net"};
        Supplier[] who = {hegn, sten, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "return-" + sha256("plat68:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "TB-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Tegnebog", "opkraevning@tegnebog.net", "skole@fredensborg.dk", "Opkrævning " + no
                    + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Skole og Dagtilbud\n\nHer er opkrævningen for de vikartimer på Kokkedal Skole, "
                        + "som skolelederen har attesteret for oktober (112 timer). Vikarerne er ansat hos os.\n\nAt betale "
                        + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nTegnebog Vikarservice")
                    .attach("application/pdf", "Tegnebog-" + no + ".pdf", Attachments.pdf(docId(m, "tb"), "Opkrævning " + no,
                        List.of("Tegnebog ApS", "Kunde: " + KOMMUNE + ", Kokkedal Skole", "Vikartimer oktober 2036: 112",
                            "Netto " + a.net() + " | moms " + a.vat() + " | i alt " + a.gross(),
                            "Konto " + iban("DK", "54700004620045"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform tegnebog.net bills attested substitute-teacher hours under its own name";
                continue;
            }
            String no = "P" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "natur@fredensborg.dk" : "skole@fredensborg.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Svarer du på denne besked, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Denne besked er sendt gennem " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(hegn, guide, tolk, musik, sten)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nSom musiker er jeg fritaget for moms, derfor ingen moms."
                : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "LZ-" + (36_400 + rnd.nextInt(500));
        Amount a = amount(900_000);
        headers(m, "Lübecker Ziegelrestaurierung", addr(tysk), "kultur@fredensborg.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die handgestrichenen Ziegel für den "
                + "Ringofen der Ziegelei Nivå, geliefert an Ihren Restaurator. Steuerschuldnerschaft des Leistungsempfängers.\n\n"
                + "Mit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Lübeck", "Empfänger: " + KOMMUNE + ", Kultur", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German brick maker (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "HB" + (8_800 + rnd.nextInt(700));
        headers(m, "Helsingborgs Bryggbygg", addr(svensk), "natur@fredensborg.dk", "Faktura " + no + " - bryggdäck")
            .text("Hej,\n\nBifogat finns fakturan för ekdäck och beslag till badbryggorna vid Esrum Sø, som er entreprenör "
                + "beställde i augusti. Betala till kontot som anges på fakturan.\n\nVänliga hälsningar\nFakturering, "
                + "Helsingborgs Bryggbygg AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro/IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish jetty builder invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Skemafix Billing", "billing@skemafix.io", "it@fredensborg.dk", "Your Skemafix invoice is ready")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this quarter's invoice for Skemafix timetabling (9 schools, 1,140 "
                + "pupils). It has also been delivered to EAN " + EAN + " through Peppol.\n\nTotal DKK " + a.gross()
                + "\n\nThe Skemafix team")
            .attach("application/pdf", "skemafix-q4.pdf", Attachments.pdf(docId(m, "sf"), "Invoice Q4 2036",
                List.of("Skemafix ApS", "Bill to: " + KOMMUNE, "Timetabling licence, 9 schools", "DKK " + a.gross())));
        genuine(m, "127.68.30.1");
        m.description = "SaaS skemafix.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Tidsregn", "kvittering@tidsregn.dk", "teknik@fredensborg.dk", "Kvittering: Tidsregn-abonnement")
            .text("Hej Teknik og Miljø\n\nTak for betalingen af jeres Tidsregn-abonnement (tidsregistrering for 85 medarbejdere "
                + "i Vej og Park). " + a.gross() + " kr. er hævet på kortet, der ender på 7713.\n\nTidsregn");
        genuine(m, "127.68.31.1");
        m.description = "SaaS tidsregn.dk card receipt, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("5470", "0004638812");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@fredensborg.dk", "Skift af pengeinstitut pr. 1. november")
            .text("Hej kreditor\n\nAsminderød Tømrer flytter sin erhvervskonto til Esrum Sparekasse. Fakturaer dateret 1. november "
                + "2036 og senere bedes betalt til " + nyT + "; ældre fakturaer betales som angivet på dem. I er velkomne til at "
                + "ringe til værkstedet på det nummer, der står i jeres leverandørkartotek, og få det bekræftet."
                + signature(toemrer))
            .attach("application/pdf", "Nyt_pengeinstitut.pdf", Attachments.pdf(docId(m, "np"), "Meddelelse om ny bankkonto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Virkning fra 01.11.2036", "Ny konto: " + nyT,
                    "Mikkel Skov, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, p=reject)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nyt køkken i personalestuen, Asminderød Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny bankkonto fra 01.11.2036, jf. meddelelse"), "\n\nBemærk den nye konto, som vi "
            + "skrev om i sidste uge.");
        genuine(m, toemrer.ip());
        m.description = "asminderod-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "54700004659903");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Nivå Storkøkken, Økonomi", addr(mad), "kreditor@fredensborg.dk", "Ændret bankforbindelse fra november")
            .text("Til " + KOMMUNE + ", kreditorbogholderiet og Ældre og Sundhed\n\nNivå Storkøkken har samlet sin drift i ét "
                + "pengeinstitut efter købet af køkkenet i Kokkedal. Fakturaer med dato fra 1. november betales til " + nyM
                + ". Vi tager imod betalinger på den hidtidige konto året ud. Et underskrevet brev er også sendt til jeres "
                + "Digital Post.\n\nVenlig hilsen\nNivå Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal kitchen (DMARC pass) announces a new account from November, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny bankkonto fra 01.11.2036"), "\n\nHusk den nye konto fra november.");
        genuine(m, mad.ip());
        m.description = "niva-storkokken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=r7Qa=NB=oresundskysten-bladet.dk=annonce@srs.nivaa-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.68.28.1";
        m.helo = "srs.nivaa-fiber.dk";
        m.description = "oresundskysten-bladet.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.fredensborg-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.fredensborg-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"kyst-bogholderforum.dk", "Hanne Ravn", "hr@", "Regning for fuger i en ringovn?",
            "Hej netværk\n\nEn kollega i en nabokommune fik en regning for 'omfugning af ovnkamre' fra et murerfirma, ingen "
                + "havde hørt om. Vi har selv en fredet ringovn - har nogen set noget tilsvarende?\n\nHanne"},
            {"nordkyst-indkoeb.dk", "Martin Bech", "mb@", "Badebroer - pas på dykkerregninger", "Hej alle\n\nVi har fået et "
                + "tilbud om 'lovpligtig dykkerinspektion' af vores badebroer med forudbetaling. Vores egen broentreprenør "
                + "kendte ikke til det.\n\nMartin"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditornetvaerk-nordsj.dk", x[3])
                .header("List-Id", "Kreditornetværk Nordsjælland <netvaerk.kreditornetvaerk-nordsj.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornetvaerk-nordsj.dk", "[Kreditornetværk] ", "\r\n-- \r\nKreditornetværk Nordsjælland\r\n"
                + "Afmeld: https://kreditornetvaerk-nordsj.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelradar-nordsjaelland.dk", "Svindelradar Nordsjælland", "Fredede bygninger og badebroer i kikkerten",
            "Bedragere sender nu regninger for restaurering af fredede anlæg og for reparation af broer, og de kender "
                + "sagsnumrene. Tjek altid med den leverandør, I plejer at bruge, på et telefonnummer, I selv har."},
            {"kokkedal-revision.dk", "Kokkedal Revision", "Inden årsskiftet: tre ting vi ser hos kommunale kunder",
                "Mange har stadig leverandører i kartoteket, som ikke har leveret i tre år - ryd op i dem. Lad ændringer af "
                    + "kontonumre kræve en kollegas kvittering i systemet, og ring tilbage på et nummer fra kontrakten, ikke "
                    + "fra mailen. Husk også at afstemme acontobetalinger til forsyningerne mod årsopgørelserne."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl68:" + x[0]).substring(0, 14) + "@postvogn.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@fredensborg.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere på "
                    + "hjemmesiden</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postvogn.com");
            m.ip = "127.68.26.1";
            m.helo = "mta.postvogn.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postvogn.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Fritid", "kultur@", "kreditor@fredensborg.dk", "Ringovnen på Nivå Teglværk",
            "Hej kreditor\n\nRestaureringen af ringovnen udføres alene af Karlebo Murer- og Restaureringsfirma under sagen med "
                + "Kulturmiljøtilsynet. Deres regninger bærer altid sagsnummeret. Kommer der regninger fra andre om ovnen, så "
                + "send dem til mig, før noget betales.\n\nKultur og Fritid"},
            {"Natur og Grønne Områder", "natur@", "kreditor@fredensborg.dk", "Broerne ved Esrum Sø", "Hej\n\nBade- og "
                + "bådebroerne ved Esrum Sø passes af Esrum Sø Bådebro & Marine efter broaftalen. Dykkerinspektion har vi ikke "
                + "bestilt i år, og ekstraarbejde aftales altid skriftligt med os først.\n\nNatur og Grønne Områder"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Esrum Sparekasse, Erhverv", "erhverv@esrum-sparekasse.dk", "okonomi@fredensborg.dk",
            "Betalingsfil modtaget")
            .text("Godmorgen Økonomi\n\nFilen fra jeres lønsystem og kreditormodul kom ind kl. 06.12 med 203 overførsler og "
                + "afregnes ved første clearing i morgen. Afviste poster vises under Betalinger, Fejlliste i erhvervsnetbanken. "
                + "Beskeder af denne slags fra Esrum Sparekasse rummer hverken links eller vedhæftede filer.\n\nJeres "
                + "erhvervsrådgivere i Fredensborg");
        genuine(m, "127.68.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Kystbanken", "info@kystbanken.dk", "okonomi@fredensborg.dk", "Nye renter på indlån")
            .text("Til erhvervskunder\n\nFra 1. januar justeres renten på erhvervsindlån. Den nye prisliste ligger i netbanken "
                + "under Dokumenter.\n\nKystbanken");
        genuine(m, "127.68.22.1");
        m.description = "bank notice about interest rates, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("ring-kiln-masonry-invoice", true);
        invoice(m, murer, murer.account(), 6, List.of("Sag " + kilnCase + ", etape 2", "Omfugning kammer 10-14, nye "
            + "håndstrøgne sten i hvælvet"), "\n\nFotodokumentationen er sendt til Kultur og Fritid og Kulturmiljøtilsynet.");
        genuine(m, murer.ip());
        m.description = "the real restorer invoices stage 2 of the ring kiln at Nivå Teglværk (SPF+RSA aligned, no DMARC)";
        m = ok("lake-jetty-repair-invoice", true);
        invoice(m, marine, marine.account(), 9, List.of("Broaftale " + jettyAgreement + ", vinteroptagning 2036",
            "Optagning af 6 badebroer, udskiftning af 14 dækbrædder"), "\n\nBroerne ligger på vinterlager ved Sørup.");
        genuine(m, marine.ip());
        m.description = "the marine firm's winter lifting of the Esrum Sø jetties (Ed25519 DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Kasper Holt", addr(marine), "natur@fredensborg.dk", "Eftersyn af bropæle - ingen ekstra regning")
            .text("Hej Natur og Grønne Områder\n\nNår broerne er oppe, kigger vi selv pælene efter for is-skader. Det er med i "
                + "broaftale " + jettyAgreement + ", så der kommer ingen særskilt regning. Vi sender aldrig regninger for "
                + "arbejde, I ikke har bestilt skriftligt.\n\nKasper Holt\nEsrum Sø Bådebro & Marine");
        genuine(m, marine.ip());
        m.description = "the marine firm announces a pile check at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_000_000);
        headers(m, "Kystaffald I/S", "faktura@kystaffald-is.dk", "efaktura@fredensborg.dk", "Interessentbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af interessentbidraget for fjerde kvartal. Den er samtidig "
                + "sendt elektronisk til jeres EAN.\n\nKystaffald I/S")
            .attach("application/pdf", "Bidrag-4kv.pdf", Attachments.pdf(docId(m, "ka"), "Interessentbidrag 4. kvartal 2036",
                List.of("Kystaffald I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "20000004645517"))));
        genuine(m, "127.68.4.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Kulturmiljøtilsynet", "tilsyn@kulturmiljoe-tilsyn.dk", "kultur@fredensborg.dk",
            "Besigtigelse af ringovnen i Nivå")
            .text("Til Fredensborg Kommune, Kultur og Fritid\n\nVi besigtiger den restaurerede del af ringovnen på Nivå Teglværk "
                + "i november sammen med jeres restaurator. Besigtigelsen er gratis, og dato følger.\n\nKulturmiljøtilsynet");
        genuine(m, "127.68.4.2");
        m.description = "authority announces an inspection of the ring kiln, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signerlet.dk";
        headers(m, "Teglværksmuseet i Nivå via Signerlet", "noreply@signerlet.dk", "kultur@fredensborg.dk",
            "Klar til underskrift: udlånsaftale")
            .header("Reply-To", "<samling@teglvaerksmuseet-niva.dk>")
            .text("Teglværksmuseet i Nivå beder jer underskrive 'Udlånsaftale - formbord og teglstempler'.\n\nÅbn dokumentet "
                + "fra jeres Signerlet-konto.\n\nSignerlet");
        genuine(m, "127.68.32.1");
        m.description = "real e-signature request from signerlet.dk on behalf of the brickworks museum";
        m = ok("receipt", false);
        headers(m, "Humlebæk Isenkram", "kvittering@humlebaek-isenkram.dk", "havn@fredensborg.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n4 fendere, 2 bådshager. Betalt med firmakort.\n\nHumlebæk Isenkram");
        genuine(m, "127.68.4.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Krogerup Højskole", "bogholderi@krogerup-hojskole.dk", "okonomi@fredensborg.dk", "Betaling overført")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af gymnastiksalen på Humlebæk Skole til forårets "
                + "aftenkurser.\n\nKrogerup Højskole, bogholderiet");
        genuine(m, "127.68.4.4");
        m.description = "the folk high school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Humlebæk Havn", "havnefoged@humlebaek-havnekontor.dk", "havn@fredensborg.dk", "Ordrebekræftelse: vinteroplag")
            .text("Hej\n\nHermed bekræftet vinteroplag på land af kommunens redningsbåd og arbejdsjolle til 15. april. Fakturaen "
                + "kommer via EAN.\n\nHavnefogeden");
        genuine(m, "127.68.4.7");
        m.description = "order confirmation, invoiced later by EAN";
        m = ok("domain-renewal-invoice", true);
        a = amount(60_000);
        headers(m, "Domænehuset", "regning@domaenehuset.dk", "it@fredensborg.dk", "Faktura: fornyelse af 4 domæner")
            .text("Hej IT\n\nJeres domæner (bl.a. kommunens turistside og biblioteksdomænet) fornyes for et år. Fakturaen er "
                + "vedhæftet og sendt til EAN " + EAN + ".\n\nDomænehuset")
            .attach("application/pdf", "domaener.pdf", Attachments.pdf(docId(m, "dh"), "Faktura domænefornyelse",
                List.of("Domænehuset ApS", "Kunde: " + KOMMUNE, "4 domæner, 12 måneder", "I alt " + a.gross())));
        genuine(m, "127.68.4.8");
        m.description = "the municipality's real registrar renews its domains";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010112233445"), iban("DK", "89900006234571"), bank("5301", "0004421307"),
        iban("EE", "2200221055667788"), iban("PL", "109010140000071219812874"), iban("GB", "REVO00996912345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "ABNA0417164300"), iban("DE", "370400440532013000"),
        iban("HU", "117730161111101800000000"), iban("RO", "BTRL0130120591420001"), iban("BG", "STSA93000024157721"),
        iban("CY", "002001280000001200527600"), bank("8411", "0002266714"), iban("MT", "MALT01100001234567890123456"),
        iban("SE", "50000000058398257466"), iban("NO", "86011117947"), iban("DK", "40400004128876")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVi er gået sammen med et andet "
            + "varmeværk i Nordsjælland om opkrævningen, og derfor er der oprettet en fælles modtagerkonto. Betalinger til den "
            + "gamle konto bliver sendt retur. Anvend kontoen på den vedhæftede acontoopkrævning.");
        forged(m, forgedHost++);
        m.description = "forged From kokkedal-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Hej annoncekunde\n\nEgnsbladet er overtaget af en britisk udgiver, og "
            + "fra denne måned indbetales alt til forlagets konto i London, som står nederst på fakturaen. Den danske konto "
            + "lukkes ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From oresundskysten-bladet.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"kokkedal-fjernvarme.net", varme, "Efter en fejl i vores nye kundesystem er nogle kontooplysninger "
            + "blevet forkerte i jeres kartotek. Brug derfor kun kontoen på denne opkrævning."},
            {"niva-anlaeg-kloak.dk", entrep, "Brønden på Gl. Strandvej er færdig. Vi har fået en ny bankforbindelse efter "
                + "generationsskiftet, så den gamle konto bør slettes hos jer."},
            {"fredensborg-traelast.com", byg, "Proffen her med samlingen af jeres afhentninger i trælasten ved stationen: "
                + "lægter, krydsfiner og skruer til Ejendomscentrets værksted. Koncernen bag os har flyttet alle "
                + "trælastbutikkerne på Sjælland over i én fælles bankaftale, hvorfor det kontonummer, der hidtil har stået "
                + "på vores papirer, er nedlagt pr. mandag. Vi beder jer rette det i kreditorkartoteket og bruge tallene på "
                + "vedhæftede bilag. Vores lagerfolk hilser og takker for den store ordre til skolerne i Humlebæk."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[3];
        m = bad("punycode-homoglyph");
        invoice(m, el.posing(d, el.account()), mule(11), 4, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Fakturaen for armaturerne i idrætshallen er vedhæftet. Vores betalingsoplysninger er ændret, og de nye gælder fra "
                + "og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as kokkedal-elteknik.dk, new account";
        d = OWNED[4];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "direktion@" + d, "okonomi@fredensborg.dk", "Fortroligt: deponering "
            + "inden frokost")
            .text("Kære kollega i Økonomi\n\nKommunaldirektøren beder mig videreformidle følgende, fordi han selv er bundet op "
                + "hele formiddagen hos Slots- og Kulturstyrelsen om Slotshaven. Et dødsbo vil afhænde det gamle bådeværft "
                + "ved Humlebæk Havn, og kommunen står først i rækken, hvis 420.000 kr. er deponeret hos boets advokat ved "
                + "middagstid. Kontoen er " + mule(14) + ". Byrådet orienteres på lukket punkt, og indtil da må hverken "
                + "kolleger eller revisionen høre om handlen. Skriv blot 'ok' retur, når overførslen er sendt afsted."
                + "\n\nMed hilsen\nDirektionssekretariatet, Egevang");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: secret harbour plot deposit";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, hegn.name() + " via Pungo", "besked@pungo-humlebaek.dk", "skole@fredensborg.dk", "Rykker: faktura forfalden")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + hegn.name() + "</b> er forfalden, og et "
                + "rykkergebyr lægges på i morgen tidlig. Betal nemt med kort her:</p><p><a href=\"https://pungo-humlebaek.dk/b/"
                + sha256("pg68").substring(0, 18) + "\">Betal fakturaen</a></p><p>Pungo</p></body></html>");
        ownedBy(m, "pungo-humlebaek.dk");
        m.description = "look-alike of the platform pungo.dk: card-payment link in the hedge firm's name";
        m = bad("lookalike-platform");
        headers(m, "Skyldfri", "noreply@skyldfri-kokkedal.com", "natur@fredensborg.dk", sten.name() + ": betaling via Skyldfri")
            .text("Hej\n\n" + sten.name() + " har overdraget sine fakturaer til Skyldfri, som nu står for opkrævningen. "
                + "Beløbet skal derfor indsættes på vores klientkonto " + mule(15) + " og ikke hos stensætteren.\n\nSkyldfri")
            .attach("application/pdf", "skyldfri-" + (5_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                sten.posing("skyldfri-kokkedal.com", mule(15)), "Faktura", "SK-" + (7_300 + rnd.nextInt(600)), amount(300_000),
                mule(15), 0, List.of("Opkræves af Skyldfri")));
        ownedBy(m, "skyldfri-kokkedal.com");
        m.description = "look-alike of skyldfri.io: the stone setter's invoice 'collected for him' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 7, List.of("Betaling til factoringselskab"), "", "Vores fakturaer er overdraget til et "
            + "factoringselskab, så denne skal betales til " + mule(16) + ". Jeg sidder til møder hele ugen, så skriv endelig "
            + "her i stedet for at ringe.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of humlebaek-rengoring.dk (DKIM, DMARC pass): account moved (NO IBAN)";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@fredensborg.dk", "Re: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn hurtig rettelse til fakturaen længere nede: vores konto er midlertidigt spærret under bankens "
                + "kontrol, så de " + p.amount().gross() + " kr. bedes denne ene gang sat ind på " + mule(17) + ".\n\nFakturering\n"
                + it.name() + "\n\n> Fakturanr. " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of kyst-skoleit.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "asminderod-tomrer.dk"}, {mad, "niva-storkoekken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@fredensborg.dk", "Re: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nFør I betaler faktura " + p.no() + " (" + p.amount().gross() + " kr.): vores bogholder har "
                    + "opdaget, at der er trykt et gammelt kontonummer på den. Det korrekte er " + mule(i + 3) + ". Giv lige "
                    + "besked, når I har rettet det.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s)
                    + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a new account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@fredensborg.dk", "Tilskud til slotskoncert - haster")
            .text("Godmorgen\n\nI går aftes lovede jeg foreningen bag næste sommers friluftskoncert i Slotshaven, at kommunen "
                + "garanterer for lydanlæg og scenetag med 175.000 kr. Udlejeren af scenen i Nivå vil have pengene før "
                + "weekenden, ellers ryger datoen til en anden by. Send beløbet til foreningens kasserer på " + mule(7)
                + " og bogfør det under kulturpuljen, så tager jeg papirerne med på udvalgsmødet. Jeg sidder i toget mod "
                + "København hele dagen uden dækning til samtaler, så kvitter kort her.\n\nVenlig hilsen fra borgmesteren");
        forged(m, forgedHost++);
        m.description = "forged fredensborg.dk (p=reject) from outside: the mayor's urgent concert grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditor@fredensborg.dk", "Ny konto for Humlebæk VVS")
            .text("Til kreditorholdet\n\nBlikkenslageren i Humlebæk ringede til mig personligt i morges: deres gamle bank har "
                + "opsagt dem som kunder efter et ejerskifte, og pengene fra os bliver derfor afvist. Læg venligst "
                + mule(8) + " ind på leverandøren i stedet for det nuværende nummer, inden den sene betalingskørsel starter. "
                + "Den ekstra kontrol kan springes over denne gang, for jeg har selv talt med indehaveren og står inde for "
                + "det.\n\nØkonomichefen, Egevang 2");
        forged(m, forgedHost++);
        m.description = "forged fredensborg.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.fredensborg@gmail.com", "okonomi@fredensborg.dk", "Har du to minutter?")
            .text("Hej\n\nJeg sidder på et seminar i Vejle og har kun mobilen med. Der er en overførsel, som skal ordnes i "
                + "dag uden at gå gennem de sædvanlige godkendelser. Svar mig på denne adresse, så får du detaljerne.\n\nSendt "
                + "fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a seminar'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.fredensborg@outlook.com", "indkob@fredensborg.dk", "Gavekort til frivillige")
            .text("Hej\n\nDe frivillige fra Esrum Sø Naturpleje skal have en tak i eftermiddag. Køb venligst 15 digitale "
                + "gavekort á 1.000 kr. og send koderne til mig her. Jeg lægger pengene ud og får dem refunderet.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Petersen", "louise.petersen.kokkedal@gmail.com", "lon@fredensborg.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg er pædagogmedhjælper i Børnehuset Kokkedal. Min gamle bank har lukket mit kort, og jeg har "
                + "åbnet en konto i en app-bank. Vil I sætte lønnen ind på " + mule(0) + " fra næste måned? Jeg kan ikke logge "
                + "på Medarbejderportalen, så det er lettest, hvis I retter det.\n\nMvh Louise");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery assistant (LT IBAN)";
        m = bad("payroll-account-change");
        headers(m, "Thomas Kruse", "thomas.kruse.humlebaek@hotmail.com", "lon@fredensborg.dk", "Lønkonto ændres")
            .text("Hej\n\nJeg er havnemedarbejder i Humlebæk og skal til Tyskland i en periode, så jeg har fået en tysk "
                + "konto. Lønnen skal gå til " + mule(8) + " allerede fra november.\n\nHilsen Thomas");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, DE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Fredensborg Inkasso", "sag@fredensborg-inkasso.dk", "kreditor@fredensborg.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text((i == 0 ? "Sagsnummer FI-" + (7_200 + i) + "\n\n" : "Vedrørende klientsag for " + inkasso[i].name() + "\n\n")
                    + KOMMUNE + " har trods påkrav ikke indfriet regning " + p.no() + " fra " + inkasso[i].name() + ", "
                    + p.amount().gross() + " kr. Vi har overtaget fordringen og lægger 500 kr. i omkostninger oveni. "
                    + (i == 0 ? "Indfrielse skal ske til vores klientkonto " + mule(i + 9) + " inden torsdag middag; "
                        + "kommer pengene ikke, indgiver vi betalingspåkrav til fogeden og anmelder kommunen til RKI."
                        : "Vi forventer pengene på " + mule(i + 9) + " inden fire hverdage. Kreditor har bedt os "
                        + "understrege, at direkte betaling til dem ikke længere frigør jer for kravet.")
                    + "\n\nFredensborg Inkasso\nAfdeling for offentlige skyldnere");
            ownedBy(m, "fredensborg-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-fredensborg.com", "it@fredensborg.dk", "Handling krævet: MitID-administrator")
            .html("<html><body><p>Kære administrator</p><p>Organisationens MitID Erhverv-oplysninger skal genbekræftes. Gøres "
                + "det ikke inden 48 timer, spærres alle medarbejdersignaturer i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-fredensborg.com/admin\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-fredensborg.com");
        m.description = "fake MitID Erhverv re-verification with a login link";
        m = bad("fake-digital-post");
        headers(m, "borger.dk Digital Post", "post@borgerpost-kokkedal.net", "okonomi@fredensborg.dk",
            "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse om efterregulering af "
                + "lønsumsafgift for 2035. Meddelelsen skal åbnes af en person med tegningsret senest fredag, da der ellers "
                + "pålægges et tillæg.</p><p><a href=\"https://borgerpost-kokkedal.net/meddelelse\">Åbn meddelelsen</a></p>"
                + "<p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "borgerpost-kokkedal.net");
        m.description = "fake Digital Post notice from the tax agency with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Humlebæk P-kontrol", "afgift@humlebaek-parkering.dk", "teknik@fredensborg.dk", "Parkeringsafgift ved havnen")
            .html("<html><body><p>Vores kamera ved lystbådehavnen i Humlebæk fotograferede en hvid varevogn med kommunelogo "
                + "holdende i båsen for trailere, hvor kun bådejere med mærke må stå. Kontrolgebyret er sat til 790 kr. og "
                + "falder til 590 kr., hvis I scanner koden med telefonens kamera inden fredag.</p><p><img src=\"cid:qr\" "
                + "alt=\"QR\"></p><p>Klage skal ske skriftligt efter betaling.</p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "humlebaek-parkering.dk");
        m.description = "QR code for a harbour parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@karlebo-betalingsservice.net", "okonomi@fredensborg.dk",
            "Betalingsaftale afbrudt")
            .html("<html><body><p>Jeres aftale om automatisk betaling er afbrudt af banken. Scan koden med telefonen for at "
                + "oprette den igen, før næste opkrævning afvises.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "aftale.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "karlebo-betalingsservice.net");
        m.description = "QR code for a 'broken direct-debit agreement'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kontor@humlebaek-rengoering.dk", "kreditor@fredensborg.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nPDF'en er blevet for stor til jeres filter, så den er lagt i en zip-fil. Bemærk de ændrede "
                + "bankoplysninger.\n\nKontoret")
            .attach("application/zip", "faktura_" + no + ".zip", Attachments.zip("faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("humlebaek-rengoering.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Den nye konto fremgår af fakturaen."));
        ownedBy(m, "humlebaek-rengoering.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of humlebaek-rengoring.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "vaerksted@humlebaek-vvs-blik.dk", "kreditor@fredensborg.dk", "Oktoberfakturaer samlet")
            .text("Hej\n\nAlle oktoberfakturaer er pakket i en 7z-fil. Vi har fået ny konto, se fakturaerne.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "oktober.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("humlebaek-vvs-blik.dk", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "humlebaek-vvs-blik.dk");
        m.description = "invoice PDF inside a 7z from a look-alike of humlebaek-vvsblik.dk (CY IBAN)";

        // html-attachment-phishing
        m = bad("html-attachment-phishing");
        headers(m, "Fakturering", "faktura@nivaa-skoleit.dk", "it@fredensborg.dk", "Sikker faktura: Chromebooks")
            .text("Hej\n\nFakturaen er krypteret. Åbn den vedhæftede fil og log ind med din kommunale Microsoft-konto for at "
                + "se den.\n\nFakturering")
            .attach("text/html", "Faktura_sikker.html", ("<html><body><h3>Sikker dokumentvisning</h3><form action=\"https://"
                + "nivaa-skoleit.dk/view\" method=\"post\"><p>E-mail <input name=\"u\"></p><p>Adgangskode <input "
                + "type=\"password\" name=\"p\"></p><p><button>Vis faktura</button></p></form></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "nivaa-skoleit.dk");
        m.description = "HTML attachment with a login form posing as the school-IT firm's invoice";
        m = bad("html-attachment-phishing");
        headers(m, "Karlebo Turistbusser", "korsel@karlebo-turistbus.dk", "skole@fredensborg.dk", "Kørselsopgørelse oktober")
            .text("Hej\n\nOpgørelsen over skolekørslen er vedhæftet som webside. Du skal bekræfte med dit arbejdslogin, før "
                + "beløbene vises.\n\nKørselskontoret")
            .attach("text/html", "opgoerelse_oktober.htm", ("<html><body><p>Session udløbet. Log på igen.</p><form action=\""
                + "https://karlebo-turistbus.dk/login\"><input name=\"mail\"><input type=\"password\" name=\"pw\"><input "
                + "type=\"submit\" value=\"Log på\"></form></body></html>").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "karlebo-turistbus.dk");
        m.description = "HTML attachment login page posing as the bus company's statement";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "bo@niva-anlaeg-kloak.dk", "efaktura@fredensborg.dk", "E-faktura " + no)
            .text("Hej\n\nVi har skiftet økonomisystem og kan ikke sende via NemHandel endnu, så e-fakturaen kommer som fil. "
                + "Betalingskontoen i filen er den nye.\n\n" + entrep.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, entrep, mule(1), a, isoDay(m, 0), isoDay(m, 14), true,
                "FK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "niva-anlaeg-kloak.dk");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(bus);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, bus.name(), "korsel@karlebo-turistbus.dk", "efaktura@fredensborg.dk", "OIOUBL " + no)
            .text("OIOUBL-filen for oktobers kørsel er vedlagt. Vores bankforbindelse er ændret, og filen har de nye oplysninger.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, bus, mule(13), a, isoDay(m, 0), isoDay(m, 10), false,
                "FK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "karlebo-turistbus.dk");
        m.description = "OIOUBL XML with a changed payee from a look-alike of karlebo-turistbusser.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signerlet", "dokument@signerlet-gronholt.dk", "kultur@fredensborg.dk", "Teglværksmuseet har sendt et dokument")
            .html("<html><body><p>Du er inviteret til at signere 'Forsikringstillæg - ringovnen'. Invitationen udløber i "
                + "dag.</p><p><a href=\"https://signerlet-gronholt.dk/d/" + sha256("sl68").substring(0, 16) + "\">Gennemse "
                + "og signér</a></p></body></html>");
        ownedBy(m, "signerlet-gronholt.dk");
        m.description = "fake e-signature request imitating signerlet.dk and the brickworks museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@esrum-dokumentsign.net", "ejendom@fredensborg.dk", "Forpagtningsaftale til signering")
            .html("<html><body><p>Lodsejerlauget ved Esrum Sø har delt et dokument med Ejendomscentret: 'Græsningsaftale - "
                + "engen nord for Sørup, 2037-2041'. Af hensyn til persondata vises det først, når du har bekræftet din "
                + "kommunale mailadresse og adgangskode på delingssiden.</p><p><a href=\"https://esrum-dokumentsign.net/login"
                + "\">Bekræft og åbn græsningsaftalen</a></p></body></html>");
        ownedBy(m, "esrum-dokumentsign.net");
        m.description = "fake e-signature behind a work-account login page";

        // fake-directory-listing
        m = bad("fake-directory-listing");
        headers(m, "Kommuneregistret", "opdatering@kommuneregister-fredensborg.dk", "okonomi@fredensborg.dk",
            "Kontrol af jeres oplysninger")
            .text("Goddag\n\nVi opdaterer Kommuneregistret for 2037. Kontrollér oplysningerne i vedhæftede formular, underskriv "
                + "og returner den. Bemærk: den underskrevne formular er en bestilling af tre års optagelse til 9.850 kr. om "
                + "året.\n\nKommuneregistret")
            .attach("application/pdf", "opdatering_2037.pdf", Attachments.pdf(docId(m, "kr"), "Kommuneregistret 2037",
                List.of("Registreret: " + KOMMUNE + ", " + RAADHUS, "Kontrollér og underskriv",
                    "Med underskriften bestilles optagelse i 36 måneder, 9.850,00 kr. pr. år ekskl. moms",
                    "Betaling til " + mule(9))));
        ownedBy(m, "kommuneregister-fredensborg.dk");
        m.description = "directory 'data check' that is a three-year order in the small print (HU IBAN)";
        m = bad("fake-directory-listing");
        headers(m, "Erhvervsguiden Humlebæk", "faktura@humlebaek-erhvervsguide.com", "kreditor@fredensborg.dk",
            "Faktura for optagelse i Erhvervsguiden")
            .text("Til " + KOMMUNE + "\n\nTak for jeres tilmelding i sommer. Faktura for profil og logo i Erhvervsguiden for "
                + "Øresundskysten, 14.375,00 kr. inkl. moms, forfalder om 8 dage; indbetal til " + mule(10) + ".\n\n"
                + "Erhvervsguiden");
        ownedBy(m, "humlebaek-erhvervsguide.com");
        m.description = "invoice for a business-guide listing nobody ordered (RO IBAN)";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@kokkedal-domaeneservice.com", "it@fredensborg.dk", "Udløb af fredensborg.dk")
            .text("Hej IT-ansvarlig\n\nRegistreringen af fredensborg.dk udløber om 72 timer. Forny for fem år (4.995 kr.) på "
                + "https://kokkedal-domaeneservice.com/forny, ellers bliver hjemmeside og e-mail afbrudt, og domænet frigives."
                + "\n\nDomæneservice");
        ownedBy(m, "kokkedal-domaeneservice.com");
        m.description = "fake domain expiry with a payment link";
        m = bad("fake-domain-renewal");
        headers(m, "DNS Fornyelse", "billing@fredensborg-dns-fornyelse.net", "efaktura@fredensborg.dk",
            "Faktura: søgemaskineregistrering af domæne")
            .text("Opkrævning, år 2 af 3\n\nKommunens adresse fredensborg.dk er indekseret i vores navnetjeneste- og "
                + "søgekatalog med turistsider om Slotshaven og Humlebæk Havn. Årsgebyret 6.240,00 kr. skal indbetales til "
                + mule(4) + " inden fredag. Udebliver beløbet, fjernes posterne, og kommunens sider kan miste deres "
                + "placering hos besøgende, der leder efter Fredensborg.");
        ownedBy(m, "fredensborg-dns-fornyelse.net");
        m.description = "domain 'search engine registration' invoice (PL IBAN)";

        // duplicate-invoice-new-account
        p = past.get(kontor.domain());
        m = bad("duplicate-invoice-new-account");
        headers(m, kontor.person(), "ordre@kokkedal-kontorforsyning.net", "kreditor@fredensborg.dk", "Korrigeret faktura "
            + p.no())
            .text("Hej kreditor\n\nVores gamle fakturaskabelon har desværre trukket et nedlagt kontonummer ind på regning "
                + p.no() + ". Vi har lavet den om, og den nye pdf annullerer den første, så I ikke kommer til at betale to "
                + "gange. Beløb og linjer er uændrede, kun betalingsfeltet er skiftet.\n\nOrdrekontoret, Kokkedal "
                + "Kontorforsyning")
            .attach("application/pdf", "Faktura_" + p.no() + "_rettet.pdf", pdfInvoice(m, kontor.posing(
                "kokkedal-kontorforsyning.net", mule(17)), "Faktura (rettet)", p.no(), p.amount(), mule(17), 2, List.of()));
        ownedBy(m, "kokkedal-kontorforsyning.net");
        m.description = "'corrected' copy of the office supplier's real wave-1 invoice with a new account";
        p = past.get(vognmand.domain());
        m = bad("duplicate-invoice-new-account");
        headers(m, vognmand.person(), "allan@sorup-container.dk", "kreditor@fredensborg.dk", "Genfremsendt: " + p.no())
            .text("Hej jer\n\nContainerregningen " + p.no() + " (" + p.amount().gross() + " kr.) kommer lige en ekstra gang. "
                + "Vognmandsforretningen er kommet over i en anden bank, efter vi købte naboens containerplads i Sørup, og "
                + "det trykte nummer på den første udgave virker ikke mere. Sæt pengene ind på " + mule(0) + ", så er vi "
                + "kvit. Haveaffaldet fra naboarealerne er kørt væk, som I bad om.\n\nAllan, Sørup");
        forged(m, forgedHost++);
        m.description = "forged From sorup-container.dk (p=none, no DKIM) resends its real invoice to a new account";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-ring-kiln-masonry-invoice
        M m = bad("fake-ring-kiln-masonry-invoice");
        invoice(m, murer.posing("karlebo-restaurering.net", murer.account()), mule(6), 10,
            List.of("Sag " + kilnCase + ", akut sikring af hvælv"), "", "Under efterårsstormen faldt en del af hvælvet i "
                + "brændekammer 7 ned, og vi satte straks stempler op og lukkede kammeret af for publikum. Arbejdet ligger "
                + "uden for etapeaftalen under sag " + kilnCase + ". Firmaet har fået ny bank, så brug venligst kun kontoen på "
                + "fakturaen.");
        ownedBy(m, "karlebo-restaurering.net");
        m.description = "look-alike of the real restorer cites its real kiln case, 'vault collapse', IE account";
        m = bad("fake-ring-kiln-masonry-invoice");
        headers(m, "Nivå Teglværk Restaurering", "regnskab@nivaa-teglvaerk-restaurering.dk", "kultur@fredensborg.dk",
            "Faktura: skorstensinspektion ringovn")
            .text("Til Kultur og Fritid\n\nVores rebklatrere har inspiceret den høje skorsten ved ringovnen og fundet løse sten "
                + "i toppen. Som aftalt med jeres ejendomsafdeling fjernede vi dem straks. Inspektion og nedtagning: "
                + "27.125,00 kr. inkl. moms til " + mule(3) + ", netto 7 dage.\n\nNivå Teglværk Restaurering")
            .attach("application/pdf", "skorsten.pdf", Attachments.pdf(docId(m, "sk68"), "Faktura skorstensinspektion",
                List.of("Nivå Teglværk Restaurering", "Rebklatring og nedtagning af løse sten, skorsten 34 m",
                    "I alt inkl. moms 27.125,00", "Til betaling: " + mule(3))));
        ownedBy(m, "nivaa-teglvaerk-restaurering.dk");
        m.description = "unknown firm bills a chimney inspection 'agreed with your property department' (EE IBAN)";
        m = bad("fake-ring-kiln-masonry-invoice");
        headers(m, "Asminderød Murerlaug", "kontor@asminderod-murerlaug.dk", "ejendom@fredensborg.dk",
            "Reservation af kalkmørtel til ringovnen")
            .text("Hej\n\nTil vinterens etape af ringovnen kræver Kulturmiljøtilsynet hydraulisk kalkmørtel efter den gamle "
                + "opskrift, og der er kun få leverancer tilbage i landet. Vi har reserveret 6 tons til jer; forudbetaling af "
                + "31.000 kr. til " + mule(7) + " sikrer leverancen.\n\nAsminderød Murerlaug");
        ownedBy(m, "asminderod-murerlaug.dk");
        m.description = "'reserved historic lime mortar' for the kiln against prepayment (NL IBAN)";

        // fake-lake-jetty-repair-invoice
        m = bad("fake-lake-jetty-repair-invoice");
        invoice(m, marine.posing("esrumso-marine.com", marine.account()), mule(12), 13,
            List.of("Broaftale " + jettyAgreement + " - ekstraarbejde"), "", "Ved vinteroptagningen viste det sig, at to "
                + "bropæle ved badestedet i Sørup var knækket af isen, og vi udskiftede dem med det samme, så broen kan "
                + "komme ud til foråret. Ekstraarbejdet er ikke dækket af broaftale " + jettyAgreement + ". Vi har fået "
                + "ny konto efter et bankskifte.");
        ownedBy(m, "esrumso-marine.com");
        m.description = "look-alike of the marine firm cites the real jetty agreement, 'broken piles', CY IBAN";
        m = bad("fake-lake-jetty-repair-invoice");
        headers(m, "Grønholt Broservice", "faktura@gronholt-broservice.dk", "natur@fredensborg.dk",
            "Faktura: reparation af bådebro Esrum Sø")
            .text("Hej Natur og Grønne Områder\n\nEn roer fra klubben ved Fredensborg Strandvej trådte igennem bådebroen "
                + "sidste lørdag, og klubben bad os rykke ud. Vi skruede 22 nye lærkebrædder og et nyt håndlistestykke på "
                + "samme eftermiddag, så ingen andre kom til skade, og tog billeder før og efter. Prisen er 19.950,00 kr. med "
                + "moms, og vi beder om pengene på " + mule(11) + " inden ti dage, da vi er et lille firma.\n\nGrønholt "
                + "Broservice");
        ownedBy(m, "gronholt-broservice.dk");
        m.description = "unknown firm bills a boat-jetty repair 'reported by a sailing club' nobody ordered (BG IBAN)";
        m = bad("fake-lake-jetty-repair-invoice");
        headers(m, "Sørup Dykkerservice", "booking@sorup-dykkerservice.dk", "teknik@fredensborg.dk",
            "Lovpligtig dykkerinspektion af badebroer")
            .text("Goddag\n\nOffentlige badebroer skal have en dykkerinspektion af pæle og fundamenter hvert andet år. Vi har "
                + "sat jeres seks broer ved Esrum Sø på vores plan i uge 46. Pladsen holdes mod et depositum på 12.500 kr. til "
                + mule(5) + ".\n\nSørup Dykkerservice");
        ownedBy(m, "sorup-dykkerservice.dk");
        m.description = "'mandatory diver inspection' of the bathing jetties with a deposit (GB IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus68().generate(), List.of(
            "# Fredensborg Kommune, Økonomi: invoice checks (sixty-eighth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=kokkedal-fjernvarme.dk niva-anlaeg.dk karlebo-restaurering.dk esrumso-marine.dk "
                + "asminderod-toemrer.dk gronholt-malerservice.dk humlebaek-rengoring.dk oresundskysten-bladet.dk "
                + "sorup-container.dk kokkedal-elteknik.dk humlebaek-vvsblik.dk niva-storkokken.dk fredensborg-traelast.dk "
                + "kyst-skoleit.dk karlebo-turistbusser.dk kokkedal-kontorforsyning.dk",
            "invoice.domains.platforms=pungo.dk regnefjer.dk skyldfri.io tegnebog.net",
            "invoice.names.protected=Fredensborg Kommune"));
    }
}
