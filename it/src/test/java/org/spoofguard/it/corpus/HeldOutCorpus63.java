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
 * The sixty-third held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Vesthimmerlands Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks,
 * nature, culture, schools, elderly care and harbour mailboxes), the municipality on the southern shore of the Limfjord: the
 * town hall in Aars, Farsø, Løgstør with Frederik VII's Kanal and its towpath, Aalestrup, Ranum, Hornum, Gedsted, Simested,
 * Hvalpsund and its ferry, Rønbjerg, the restored lake Vilsted Sø, Lovns Bredning, Aggersund bridge, the herb garden at
 * Vitskøl Kloster, the Stone Age shell midden at Ertebølle and the island of Livø. Seventeen listed suppliers from those
 * places in every DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four invoicing
 * platforms ({@code fakturaknude.dk}, {@code betalklar.io}, {@code kvittobro.dk}, {@code hyldepenge.dk}), a contractor that
 * mows and repairs the canal towpath, a coastal engineer protecting the Ertebølle shell midden from the fjord, a gardener
 * tending the monastery herb garden, sole traders on free mail, foreign suppliers, SaaS ({@code jobskema.dk},
 * {@code dagplan.io}), an ESP ({@code budstik.com}), an e-signature service ({@code gensign.dk}), banks, a creditor list,
 * forwarders (with and without SRS) and fraudsters' own domains, each carrying a full Vesthimmerland place name.
 *
 * <p>Written blind, from the brief and what Danish warnings describe (forged and look-alike senders, homoglyph domains,
 * compromised supplier mailboxes, hijacked threads, CEO fraud, payroll diversion, fake inkasso and Digital Post, QR codes,
 * archives, macro documents, e-invoice XML with a changed payee, fake e-signature requests, split payments, callback scams)
 * and three kinds new here: mowing, bank repair or mooring-post work along the towpath of Frederik VII's Kanal billed by
 * someone who never mowed it (fake-towpath-mowing-invoice); stone revetments, geotextile or an "emergency" after a storm
 * surge at the Ertebølle shell midden billed to a new account (fake-shell-midden-erosion-invoice); and planting, weeding or
 * labels for the herb garden at Vitskøl Kloster billed by someone who never dug in it (fake-herb-garden-care-invoice); each
 * has its genuine counterpart. The invoice engine, its tests, tuning notes and earlier results were not read. Labels say
 * what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed
 * authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus63GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus63 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout63");
    public static final String OWN = "vesthimmerland.dk";
    static final String FRAUD_NET = "127.163.";
    private static final String OWN_IP = "127.63.0.1";
    private static final String EAN = "5798009870632";
    private static final String KOMMUNE = "Vesthimmerlands Kommune";
    private static final String RAADHUS = "Vestre Boulevard 7, 9600 Aars";
    private static final String HOSTER_IP = "127.63.9.1";
    private static final String GMAIL = "127.65.1.1";
    private static final String MSFT = "127.65.2.1";
    private static final String APPLE = "127.65.5.1";

    private final Random rnd = new Random(63_9600_0063L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The towpath maintenance contract number (the frauds cite it). */
    private String towContract;
    /** The coastal protection case for the Ertebølle midden (the frauds cite it). */
    private String middenCase;
    /** The herb garden care agreement at Vitskøl Kloster (the frauds cite it). */
    private String herbAgreement;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 9, 8, 7, 15, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 10, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Aars Varmeværk a.m.b.a.", "aars-varmevaerk-amba.dk", "Kundecenter", "kunde",
        "127.63.1.1", iban("DK", "74560001862293"), "fjernvarme til Rådhuset i Aars, Aars Bibliotek og Plejehjemmet Østermarken");
    private final Supplier gartner = new Supplier("Farsø Anlægsgartner ApS", "farsoe-anlaegsgartner.dk", "Mette Kjærsgaard", "mk",
        "127.63.1.2", bank("7456", "0001873114"), "beplantning og belægning ved Farsø Skole, etape 2");
    private final Supplier murer = new Supplier("Løgstør Murerforretning ApS", "logstor-murerforretning.dk", "Per Thomsen", "per",
        "127.63.1.3", bank("9070", "0001640028"), "omfugning af gavle og skorsten, Løgstør Rådhus");
    private final Supplier kloak = new Supplier("Aalestrup Kloakmester ApS", "aalestrup-kloakmester.dk", "Kontoret", "kontor",
        "127.63.1.4", iban("DK", "90700001655417"), "TV-inspektion og spuling af kloakstik, Aalestrup Børnehus");
    private final Supplier kanal = new Supplier("Ranum Maskinstation I/S", "ranum-maskinstation.dk", "Bjarne Skov", "bjarne",
        "127.63.1.5", iban("DK", "74560001889930"), "slåning af trækstien og kanalskråningerne ved Frederik VII's Kanal");
    private final Supplier tag = new Supplier("Hornum Tagdækning ApS", "hornum-tagdaekning.dk", "Lasse Krogh", "lk",
        "127.63.1.6", bank("7456", "0001894455"), "ny tagpap og inddækning på Hornum Hallen");
    private final Supplier maler = new Supplier("Gedsted Malerservice v/ Kim Aagaard", "gedsted-malerservice.dk", "Kim Aagaard",
        "kim", "127.63.1.7", bank("9070", "0001671190"), "indvendig maling af gange og fællesstuer, Gedsted Ældrecenter");
    private final Supplier rengoer = new Supplier("Simested Rengøring ApS", "simested-rengoering.dk", "Administrationen", "adm",
        "127.63.1.8", iban("DK", "90700001682203"), "daglig rengøring af Rådhuset, Jobcentret og Aars Skole");
    private final Supplier avis = new Supplier("Farsø Egnsavis", "farsoe-egnsavis.dk", "Annonceafdelingen", "annonce",
        "127.63.1.9", iban("DK", "74560001903318"), "annoncer: lokalplan for Rønbjerg og stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Hvalpsund Vognmandsforretning ApS", "hvalpsund-vognmandsforretning.dk",
        "Søren Bach", "sb", "127.63.1.10", bank("9070", "0001689947"), "kørsel med vejgrus og fjernelse af tang ved færgelejet");
    private final Supplier el = new Supplier("Aggersund El-Service ApS", "aggersund-elservice.dk", "Thomas Lynge", "tl", HOSTER_IP,
        bank("7456", "0001911276"), "ny belysning ved Aggersundbroen og tavleskift i Løgstør Havnehus");
    private final Supplier vvs = new Supplier("Rønbjerg VVS og Blik ApS", "ronbjerg-vvs-blik.dk", "Værkstedet", "vaerksted",
        "127.63.1.12", bank("9070", "0001698830"), "nye radiatorventiler og vandvarmer, Rønbjerg Feriecenter-skolen");
    private final Supplier mad = new Supplier("Farsø Storkøkken A/S", "farsoe-storkoekken.dk", "Bogholderiet", "bogholderi",
        "127.63.1.13", iban("DK", "74560001927741"), "mad til borgere i eget hjem og til plejecentrene i Farsø og Aars");
    private final Supplier trae = new Supplier("Løgstør Trælast A/S", "logstor-traelast.dk", "Proffen", "proff",
        "127.63.1.14", iban("DK", "90700001705542"), "tømmer, plader og beslag til Ejendomsservice efter rammeaftale");
    private final Supplier it = new Supplier("Aars IT-Partner ApS", "aars-itpartner.dk", "Fakturering", "fakturering",
        "127.63.1.15", bank("7456", "0001936614"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier urter = new Supplier("Vitskøl Urtepleje v/ Hanne Lund", "vitskol-urtepleje.dk", "Hanne Lund", "hanne",
        "127.63.1.16", iban("DK", "90700001714408"), "pleje af urtehaven ved Vitskøl Kloster: lugning, beskæring og skilte");
    private final Supplier kyst = new Supplier("Ertebølle Kystteknik ApS", "ertebolle-kystteknik.dk", "Regnskab", "regnskab",
        "127.63.1.17", bank("7456", "0001948821"), "sikring af køkkenmøddingen i Ertebølle mod erosion fra Limfjorden");
    // not on the creditor list
    private final Supplier baad = new Supplier("Hvalpsund Bådebyggeri v/ Ole Dam", "hvalpsund-baadebyggeri.dk", "Ole Dam", "ole",
        "127.63.2.1", bank("9070", "0001722285"), "reparation af badebroen og redningsstigen i Hvalpsund");
    private final Supplier natur = new Supplier("Lovns Naturpleje v/ Birthe Vad", "lovns-naturpleje.dk", "Birthe Vad", "birthe",
        "127.63.2.2", bank("7456", "0001955530"), "rydning af pil og tagrør langs stien ved Vilsted Sø");
    private final Supplier guide = new Supplier("Livø-guiden v/ Jonas Holt", "gmail.com", "Jonas Holt", "jonas.holt.livoe",
        GMAIL, bank("9070", "0001738806"), "naturvandring på Livø for 7. årgang, tre hold");
    private final Supplier tolk = new Supplier("Tolk v/ Nadia Rahimi", "outlook.com", "Nadia Rahimi", "nadia.rahimi.tolk", MSFT,
        bank("7456", "0001961047"), "tolkning arabisk-dansk, Jobcentret i Aars, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Poul Ravn", "icloud.com", "Poul Ravn", "poul.ravn.musik", APPLE,
        bank("9070", "0001744419"), "eftermiddagsmusik i dagcentrene i Løgstør og Aalestrup");
    private final Supplier tysk = new Supplier("Husumer Wasserbau GmbH", "husumer-wasserbau.de", "Buchhaltung", "buchhaltung",
        "127.63.3.1", iban("DE", "217400520044718203"), "Geotextil und Steinmatten für den Muschelhaufen in Ertebølle");
    private final Supplier svensk = new Supplier("Trollhättans Slussmekanik AB", "trollhattans-slussmekanik.se", "Fakturering",
        "faktura", "127.63.3.2", iban("SE", "50800000083245176620"), "ny tätning till slussporten i Frederik VII:s kanal");

    private final List<Supplier> listed = List.of(varme, gartner, murer, kloak, kanal, tag, maler, rengoer, avis, vognmand, el, vvs,
        mad, trae, it, urter, kyst);

    /** Fraudsters' own domains, each carrying a Vesthimmerland place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"aars-varmevaerk.com", "farsoe-anlaegsgartner.net", "logstor-murer.dk",
        "aalestrup-kloakmester.com", "ranum-maskinstation.net", "hornum-tagdaekning.com", idn("logst\u043er-traelast.dk"),
        idn("vesth\u0456mmerland.dk"), "fakturaknude-farsoe.dk", "kvittobro-logstor.com", "gedsted-malerservice.net",
        "farsoe-storkokken.dk", "hvalpsund-vognmand.net", "ronbjerg-vvs.net", "aars-inkassocenter.dk", "digitalpost-aalestrup.com",
        "mitpost-simested.net", "aggersund-betaling.com", "aars-itpartner.net", "gensign-aars.net", "ertebolle-dokumenter.dk",
        "simested-rengoring.dk", "farsoe-egnsavis.com", "logstor-ordrecenter.dk", "kanal-logstor.dk", "ranum-kanalservice.dk",
        "trakstien-logstor.net", "ertebolle-kystteknik.net", "ertebolle-kystsikring.dk", "livo-stensikring.com",
        "vitskol-urtepleje.net", "vitskol-klosterhave.dk", "simested-urtegartneri.dk", "aggersund-elservice.net",
        "vilsted-betalingsservice.dk", "hornum-faktura.net"};

    private String owned(String name) {
        for (String d : OWNED) {
            if (d.equals(name)) {
                return d;
            }
        }
        throw new IllegalStateException("not an owned domain: " + name);
    }

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(gartner.domain(), List.of(gartner.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(murer.domain(), List.of(murer.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(kloak.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(kanal.domain(), List.of(kanal.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(tag.domain(), List.of(tag.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.63.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(trae.domain(), List.of(trae.ip(), "127.63.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(urter.domain(), List.of(urter.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kyst.domain(), List.of(kyst.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(baad.domain(), List.of(baad.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("limfjordens-affaldsselskab-is.dk", List.of("127.63.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystdirektoratet-varsel.dk", List.of("127.63.10.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kanalmuseet-logstor.dk", List.of("127.63.10.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("ranum-friskole-efterskole.dk", List.of("127.63.10.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("farsoe-revisionskontor.dk", List.of("127.63.10.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("farsoe-jernhandel.dk", List.of("127.63.10.6"), "-all", null, "none");
        domain("logstor-havnekontor.dk", List.of("127.63.10.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturaknude.dk", List.of("127.63.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalklar.io", List.of("127.63.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kvittobro.dk", List.of("127.63.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("hyldepenge.dk", List.of("127.63.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("limfjordsbanken-aars.dk", List.of("127.63.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vesthimmerlands-andelskasse.dk", List.of("127.63.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordjylland.dk", List.of("127.63.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordjyske-regnskabsfolk.dk", List.of("127.63.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("limfjordskommunernes-indkob.dk", List.of("127.63.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("budstik.com", List.of("127.63.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedragerivarsel-nord.dk", List.of("127.63.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.farsoe-fibernet.dk", List.of("127.63.28.1"), "-all", null, null);
        domain("relay.logstor-bredbaand.dk", List.of("127.63.29.1"), "-all", null, null);
        domain("jobskema.dk", List.of("127.63.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dagplan.io", List.of("127.63.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("gensign.dk", List.of("127.63.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
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
        switch (Math.floorMod(sha256("no63:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "VH-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(800));
            default:
                return "A" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@vesthimmerland.dk", "efaktura@vesthimmerland.dk", "kreditor@vesthimmerland.dk",
        "okonomi@vesthimmerland.dk", "vejpark@vesthimmerland.dk", "skoler@vesthimmerland.dk", "omsorg@vesthimmerland.dk",
        "havn@vesthimmerland.dk", "ejendomme@vesthimmerland.dk", "indkob@vesthimmerland.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf63:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr63:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi63:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "aars-varmevaerk-amba.dk" -> "Markedsvej 21, 9600 Aars";
            case "farsoe-anlaegsgartner.dk" -> "Kirketorvet 4, 9640 Farsø";
            case "logstor-murerforretning.dk" -> "Sønderport 12, 9670 Løgstør";
            case "aalestrup-kloakmester.dk" -> "Himmerlandsgade 88, 9620 Aalestrup";
            case "ranum-maskinstation.dk" -> "Løgstørvej 140, 9681 Ranum";
            case "hornum-tagdaekning.dk" -> "Stationsvej 9, 9600 Aars (Hornum)";
            case "gedsted-malerservice.dk" -> "Hovedgaden 33, 9631 Gedsted";
            case "simested-rengoering.dk" -> "Simestedvej 5, 9620 Aalestrup";
            case "farsoe-egnsavis.dk" -> "Torvegade 2, 9640 Farsø";
            case "hvalpsund-vognmandsforretning.dk" -> "Færgevej 17, Hvalpsund, 9640 Farsø";
            case "aggersund-elservice.dk" -> "Aggersundvej 51, 9670 Løgstør";
            case "ronbjerg-vvs-blik.dk" -> "Rønbjergvej 19, 9681 Ranum";
            case "farsoe-storkoekken.dk" -> "Industrivej 14, 9640 Farsø";
            case "logstor-traelast.dk" -> "Havnevej 30, 9670 Løgstør";
            case "aars-itpartner.dk" -> "Himmerlandsgade 6, 9600 Aars";
            case "vitskol-urtepleje.dk" -> "Vitskølvej 2, Ranum, 9681 Ranum";
            case "ertebolle-kystteknik.dk" -> "Ertebøllevej 40, 9640 Farsø";
            case "hvalpsund-baadebyggeri.dk" -> "Havnen 3, Hvalpsund, 9640 Farsø";
            case "lovns-naturpleje.dk" -> "Lovnsvej 61, 9640 Farsø";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a two-column header with the delivery address and a line table (item, quantity,
     * unit price); a task invoice with labour, machine hours and materials and the FI line (card 71); an account statement
     * style with meter or subscription period and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " | " + title + " " + no;
                l.add((addr.isEmpty() ? s.name() : addr) + " | CVR " + cvr(s.domain()) + " | " + s.domain());
                l.add("Faktureres til: " + KOMMUNE + ", " + RAADHUS + " | GLN/EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " | Vores reference: " + s.person());
                l.add("Pos. 1  " + s.what() + "  1 stk.  " + a.net());
                l.add("Beløb uden moms " + a.net() + " | Moms 25% " + a.vat() + " | Til betaling kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelse: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanr. som tekst");
                }
            }
            case 1 -> {
                head = title + " " + no + " - udført opgave";
                l.add(s.name() + ", " + addr + " / CVR " + cvr(s.domain()));
                l.add("Bestiller: " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long machine = a.ore() * 18 / 100;
                l.add("Mandskab " + kr(labour) + " / Maskintimer " + kr(machine) + " / Materialer " + kr(a.ore() - labour - machine));
                l.add("Sum ekskl. moms " + a.net() + " / moms " + a.vat() + " / i alt " + a.gross());
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : " / betaling til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " " + no + " (periode)";
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (50_000 + Math.floorMod(s.domain().hashCode(), 40_000)) + " - " + KOMMUNE);
                l.add("Perioden " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + " omfatter: " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast afgift " + kr(fixed) + " - Variabel del " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + " - moms " + a.vat() + " - samlet DKK " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dottedDay(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("Betalingslinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "VHK-" + no + ".pdf", no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", "fak_" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Vesthimmerlands Kommune", "Att. kreditorbogholderiet", "Goddag i Aars",
        "Hej igen", "Til Økonomi", "Kære kommune", "Hej alle sammen i bogholderiet", "Til rette vedkommende"};

    private String phone() {
        return "98 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig63:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nDe bedste hilsener\n" + firstName(s) + ", " + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + " - " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra mobilen" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nVenlig hilsen fra\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_400_000 : 360_000);
        String[] subjects = {"Faktura " + no, "Ny faktura til " + KOMMUNE + " - " + no, s.name() + ": faktura nr. " + no,
            "Fakturanr. " + no + " fra " + s.name(), "Faktura " + no + " / EAN " + EAN, "Regning " + no, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er faktura " + no + " på kr. " + a.gross() + " inkl. moms. Den forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er lagt ind på jeres EAN " + EAN + ", så pas på ikke at betale den to gange.";
            case 3 -> "Tak for et godt samarbejde på opgaven. PDF-fakturaen ligger i bilaget.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nBetales senest: " + dottedDay(m, 30);
            case 5 -> "Fakturaen for det afsluttede arbejde er vedlagt med jeres indkøbsnummer påført.";
            case 6 -> "Så er der faktura på sidste måneds leverancer. Giv lyd, hvis noget ser forkert ud.";
            default -> "Vedlagt som aftalt.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\"><div>"
                + full.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
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
        if (List.of(varme, rengoer, mad, it, urter, trae).contains(s)) {
            return 2;
        }
        if (List.of(gartner, murer, kloak, kanal, tag, vognmand, vvs, el, kyst).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Vestre Boulevard 7", "Aars", "9600", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        towContract = "KS-" + (710 + rnd.nextInt(90));
        middenCase = "KM-ERT-" + (150 + rnd.nextInt(300));
        herbAgreement = "UH-" + (2_300 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == kanal ? List.of("Kontrakt " + towContract + ": trækstien Løgstør-Aggersund, 3 slåninger")
                : s == kyst ? List.of("Sag " + middenCase + ": opmåling af skrænten ved køkkenmøddingen")
                : s == urter ? List.of("Plejeaftale " + herbAgreement + ": 140 bede i klosterhaven") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String baadNo = invoice(first, baad, baad.account(), 5, List.of("Bestilt af havnefogeden i Hvalpsund"), "");
        genuine(first, baad.ip());
        past.put(baad.domain(), new Past(baadNo, last, messageId(first, baad.domain()), lastSubject));
        first.description = "history: unlisted boatbuilder (SPF only, no DMARC) invoices the bathing jetty, aligned SPF pass";

        List<Supplier> again = List.of(trae, it, vvs, rengoer, gartner, avis, el, varme, mad, kloak, murer, trae);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre VK-" + (20_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@vesthimmerland.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Løgstør Bibliotek, renovering" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 1 ? "\n\nKvitterede leveringssedler ligger i bilag 2." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomsservice, Aars", "Kolli i alt: " + (2 + k))));
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
        bankChange();
        forwarded();
        creditorList();
        newsletters();
        internal();
        banks();
        counterparts();
        misc();
    }

    private void creditNotes() {
        Object[][] c = {{trae, "Kreditering af ", "Seks plader krydsfiner var knækket i bunden af pakken og er kørt retur."},
            {it, "Kreditnota til ", "To Chromebook-licenser var talt med dobbelt, og dem krediterer vi hermed."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@vesthimmerland.dk", x[1] + "faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra ved jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Efter vores bogholderi er nedenstående faktura ikke betalt endnu. Har I "
            + "allerede overført beløbet, beder vi jer se bort fra denne mail."},
            {gartner, "Rykker 1", "Fakturaen er nu tolv dage over forfald. Der er ikke beregnet rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@vesthimmerland.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til den sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@vesthimmerland.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres kvartalsafstemning kan jeg oplyse, at faktura " + p.no() + " er registreret som betalt hos "
                + "os, og at saldoen står på nul." + signature(s));
        genuine(m, s.ip());
        m.description = "hvalpsund-vognmandsforretning.dk statement, nothing open (SPF names only its booking system: softfail, "
            + "p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kyst)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 0;
            String ref = "VK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@vesthimmerland.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så denne gang kommer den elektroniske "
                    + "faktura som XML-bilag, med en læsbar PDF ved siden af. Kontonummeret er uændret. Når forbindelsen virker, "
                    + "kommer fakturaerne den normale vej igen.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-bis3-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordrereference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturaknude.dk", "betalklar.io", "kvittobro.dk", "hyldepenge.dk"};
        Supplier[] who = {natur, baad, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat63:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "HP-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Hyldepenge", "opkraevning@hyldepenge.dk", "skoler@vesthimmerland.dk", "Opkrævning " + no
                    + " - vikartimer i september")
                    .text("Til " + KOMMUNE + ", Skoler og Dagtilbud\n\nHer er opkrævningen for de vikartimer på Farsø Skole "
                        + "og Aalestrup Skole, som skolelederne godkendte i vores portal i september (118 timer). Vikarerne er "
                        + "ansat og lønnet hos os.\n\nI alt " + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nHyldepenge")
                    .attach("application/pdf", "Hyldepenge-" + no + ".pdf", Attachments.pdf(docId(m, "hp"), "Opkrævning " + no,
                        List.of("Hyldepenge ApS, Aalborg", "Kunde: " + KOMMUNE + ", Skoler og Dagtilbud",
                            "Godkendte vikartimer september 2036: 118", "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(),
                            "Konto " + iban("DK", "90700001766610"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform hyldepenge.dk bills approved substitute-teacher hours under its own name";
                continue;
            }
            String no = "KB" + (400_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "havn@vesthimmerland.dk"
                : "natur@vesthimmerland.dk", "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen ligger som PDF i bilaget. Svarer du på denne besked, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + " - fakturering for små virksomheder</p>"
                    + "</body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i + 1, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, baad)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er ikke registreret for moms, derfor ingen moms."
                : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HW-" + (36_400 + rnd.nextInt(500));
        Amount a = amount(800_000);
        headers(m, "Husumer Wasserbau", addr(tysk), "natur@vesthimmerland.dk", "Rechnung " + no + " - Geotextil Ertebølle")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über das Geotextil und die Steinmatten, die "
                + "wir an Ihren Unternehmer in Ertebølle geliefert haben. Es gilt das Reverse-Charge-Verfahren.\n\nMit "
                + "freundlichen Grüßen\nBuchhaltung, Husumer Wasserbau")
            .attach("application/pdf", "RE_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Leistungsempfänger: " + KOMMUNE + ", Natur og Miljø", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "GS" + (5_100 + rnd.nextInt(600));
        headers(m, "Trollhättans Slussmekanik", addr(svensk), "havn@vesthimmerland.dk", "Faktura " + no + " - slussport Løgstør")
            .text("Hej,\n\nBifogat finns fakturan för den nya tätningen till slussporten i Frederik VII:s kanal, som vi monterade "
                + "tillsammans med er hamnfogde. Betala gärna till kontot på fakturan.\n\nVänliga hälsningar\nFakturering, "
                + "Trollhättans Slussmekanik AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE + ", Havnene", svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro/IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Jobskema Billing", "billing@jobskema.dk", "it@vesthimmerland.dk", "Your Jobskema invoice for October")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Jobskema (shift planning for home care, 410 "
                + "seats). The same invoice has been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nJobskema")
            .attach("application/pdf", "jobskema-oct.pdf", Attachments.pdf(docId(m, "js"), "Invoice",
                List.of("Jobskema ApS", "Bill to: " + KOMMUNE, "Shift planning, 410 seats, October 2036", "DKK " + a.gross())));
        genuine(m, "127.63.30.1");
        m.description = "SaaS jobskema.dk invoice in English, DMARC pass";
        m = ok("saas-receipt", false);
        a = amount(250_000);
        headers(m, "Dagplan", "kvittering@dagplan.io", "skoler@vesthimmerland.dk", "Kvittering - Dagplan årslicens")
            .text("Hej\n\nTak for betalingen af årslicensen til Dagplan (forældreintra til 14 dagtilbud). " + a.gross()
                + " kr. er trukket på kortet, der ender på 4471.\n\nDagplan");
        genuine(m, "127.63.31.1");
        m.description = "SaaS dagplan.io receipt, paid by card, Ed25519, DMARC pass";
    }

    /** One genuine announced bank change (wave 1, also by Digital Post), then the supplier's invoice to the new account. */
    private void bankChange() {
        String nyM = iban("DK", "74560002011187");
        M m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Farsø Storkøkken, Bogholderiet", addr(mad), "kreditor@vesthimmerland.dk", "Skift af bank pr. 1. oktober")
            .text("Til " + KOMMUNE + ", kreditorbogholderiet og Ældre og Handicap\n\nFarsø Storkøkken flytter sin hovedforbindelse "
                + "til en anden bank i forbindelse med vores nye kassekredit. Fakturaer udstedt fra 1. oktober betales til " + nyM
                + ". Indbetalinger til den gamle konto bliver ført videre året ud. Samme brev er sendt med underskrift fra "
                + "direktionen til jeres Digital Post.\n\nMed venlig hilsen\nFarsø Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from October, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, moved, nyM, 17, List.of("Ny bankkonto fra 01.10.2036"), "\n\nHusk den nye konto, som vi skrev om i "
            + "september.");
        genuine(m, mad.ip());
        m.description = "farsoe-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=Hq4x=LM=farsoe-egnsavis.dk=annonce@srs.farsoe-fibernet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.63.28.1";
        m.helo = "srs.farsoe-fibernet.dk";
        m.description = "farsoe-egnsavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, trae, trae.account(), 30, List.of(), "");
        m.signers.add(trae.domain());
        relayedBy(m, "relay.logstor-bredbaand.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.logstor-bredbaand.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"nordjyske-regnskabsfolk.dk", "Helle Brix", "hebr@", "Regning for slåning af kanalsti?",
            "Hej alle\n\nHar andre fået en regning for 'slåning af trækstier' fra et firma uden CVR-nummer? Vi har ingen "
                + "kanaler, så den gik ikke igennem hos os, men beløbet var tæt på vores normale niveau.\n\nHelle"},
            {"limfjordskommunernes-indkob.dk", "Anders Holm", "anho@", "Kystsikring - ukendt afsender",
                "Hej\n\nVi fik i går en faktura for 'akut stensætning efter stormflod' ved et fortidsminde. Den rigtige "
                    + "entreprenør kendte intet til den, og kontoen var litauisk.\n\nAnders"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-nordjylland.dk", x[3])
                .header("List-Id", "Kreditornet Nordjylland <debat.kreditornet-nordjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordjylland.dk", "[Kreditornet] ", "\r\n_______\r\nKreditornet Nordjylland - debatliste "
                + "for kreditorbogholdere\r\nAfmeld: https://kreditornet-nordjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedragerivarsel-nord.dk", "Bedragerivarsel Nord", "Kanalstier, fortidsminder og klosterhaver",
            "Falske regninger bruger nu rigtige kontraktnumre fra små naturopgaver. Kontakt altid leverandøren på et nummer, "
                + "som I selv slår op, før en ny konto tages i brug."},
            {"farsoe-revisionskontor.dk", "Farsø Revisionskontor", "Tjekliste til budgetopfølgningen",
                "Gennemgå kreditorstamdata hvert kvartal, og kræv to godkendere på enhver kontoændring."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl63:" + x[0]).substring(0, 12) + "@budstik.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@vesthimmerland.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på hjemmesiden</a></p><p style=\"font-size:8px\">Du får denne mail, fordi du abonnerer.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("budstik.com");
            m.ip = "127.63.26.1";
            m.helo = "mta.budstik.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP budstik.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Park", "vejpark@", "kreditor@vesthimmerland.dk", "Trækstien ved kanalen",
            "Hej\n\nSlåningen af trækstien langs Frederik VII's Kanal udføres kun af Ranum Maskinstation under kontrakt "
                + towContract + ". Andre regninger om stien sender I til mig, inden de betales.\n\nVej og Park"},
            {"Natur og Miljø", "natur@", "kreditor@vesthimmerland.dk", "Køkkenmøddingen i Ertebølle", "Hej\n\nSikringen af "
                + "skrænten ved køkkenmøddingen styres af os sammen med Ertebølle Kystteknik. Akutarbejde bestilles altid "
                + "skriftligt fra denne postkasse.\n\nNatur og Miljø"},
            {"Kultur og Fritid", "kultur@", "ledere@vesthimmerland.dk", "Urtehaven ved Vitskøl", "Kære ledere\n\nUrtehaven ved "
                + "Vitskøl Kloster passes efter plejeaftalen med Hanne Lund. Regninger for planter eller skilte, som ingen har "
                + "bestilt, skal sendes videre til Kultur og Fritid.\n\nKultur og Fritid"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Limfjordsbanken, Erhverv", "erhverv@limfjordsbanken-aars.dk", "okonomi@vesthimmerland.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nBetalingsfilen med 242 overførsler er modtaget og gennemføres på bogføringsdagen. Se status i "
                + "netbanken. Vi sender aldrig links eller beder om koder i disse beskeder.\n\nLimfjordsbanken");
        genuine(m, "127.63.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Vesthimmerlands Andelskasse", "service@vesthimmerlands-andelskasse.dk", "okonomi@vesthimmerland.dk",
            "Nye renteberegninger på indlån")
            .text("Til erhvervskunder\n\nFra nytår beregnes renten på indlån over 5 mio. kr. efter en ny model. Vilkårene ligger "
                + "i netbanken under dokumenter.\n\nVesthimmerlands Andelskasse");
        genuine(m, "127.63.22.1");
        m.description = "bank notice about deposit interest, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("towpath-mowing-invoice", true);
        invoice(m, kanal, kanal.account(), 6, List.of("Kontrakt " + towContract + ", 3. slåning 2036",
            "Trækstien 4,2 km og skråninger ved slusen"), "\n\nKørselslog med GPS-spor er sendt til Vej og Park.");
        genuine(m, kanal.ip());
        m.description = "the real contractor invoices the third towpath mowing along the canal (Ed25519, p=reject)";
        m = ok("shell-midden-erosion-invoice", true);
        invoice(m, kyst, kyst.account(), 10, List.of("Sag " + middenCase + ", etape 1: stenmåtter og geotekstil",
            "Tilsyn med Museum Vesthimmerland"), "\n\nFotodokumentationen ligger i sagen hos Natur og Miljø.");
        genuine(m, kyst.ip());
        m.description = "the coastal engineer invoices stage 1 at the Ertebølle midden (RSA, SPF ?all, p=none, DMARC pass)";
        m = ok("herb-garden-care-invoice", true);
        invoice(m, urter, urter.account(), 12, List.of("Plejeaftale " + herbAgreement + ", september",
            "Lugning og efterårsbeskæring, 140 bede"), "\n\nNye skilte til lægeurterne kommer i foråret efter aftale.");
        genuine(m, urter.ip());
        m.description = "the gardener invoices September care of the herb garden under its agreement (Ed25519, p=quarantine)";
        m = ok("supplier-letter", false);
        headers(m, "Ertebølle Kystteknik", addr(kyst), "natur@vesthimmerland.dk", "Efter stormen - ingen skader på møddingen")
            .text("Hej Natur og Miljø\n\nVi har efter weekendens storm gået skrænten ved køkkenmøddingen igennem. Stenmåtterne "
                + "holdt, og der er intet at udbedre. Vi fakturerer ikke eftersynet; det er med i sag " + middenCase + ".\n\n"
                + "Ertebølle Kystteknik");
        genuine(m, kyst.ip());
        m.description = "the coastal engineer reports no storm damage, no charge";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Limfjordens Affaldsselskab I/S", "faktura@limfjordens-affaldsselskab-is.dk", "efaktura@vesthimmerland.dk",
            "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt opkrævningen af acontobidraget for fjerde kvartal. Den er samtidig sendt som "
                + "e-faktura til jeres EAN.\n\nLimfjordens Affaldsselskab I/S")
            .attach("application/pdf", "Aconto-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Acontobidrag 4. kvartal 2036",
                List.of("Limfjordens Affaldsselskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "74560002024419"))));
        genuine(m, "127.63.10.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Kystdirektoratet", "varsel@kystdirektoratet-varsel.dk", "natur@vesthimmerland.dk",
            "Varsel om besigtigelse i Ertebølle")
            .text("Til Vesthimmerlands Kommune\n\nKystdirektoratet besigtiger i november kystbeskyttelsen ved Ertebølle sammen "
                + "med jer. Der er ingen gebyr forbundet med besigtigelsen.\n\nKystdirektoratet");
        genuine(m, "127.63.10.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "afsender@gensign.dk";
        headers(m, "Kanalmuseet i Løgstør via GenSign", "afsender@gensign.dk", "kultur@vesthimmerland.dk",
            "Til underskrift: lån af udstillingsmontrer")
            .header("Reply-To", "<museum@kanalmuseet-logstor.dk>")
            .text("Kanalmuseet i Løgstør har sendt jer 'Låneaftale - montrer til Kanalfesten' til underskrift.\n\nÅbn dokumentet "
                + "fra jeres organisations konto hos GenSign.\n\nGenSign");
        genuine(m, "127.63.32.1");
        m.description = "real e-signature request from gensign.dk on behalf of the canal museum";
        m = ok("receipt", false);
        headers(m, "Farsø Jernhandel", "kasse@farsoe-jernhandel.dk", "havn@vesthimmerland.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n3 fendere og 40 m tovværk til havnen i Hvalpsund, betalt med kommunens indkøbskort.\n\n"
                + "Farsø Jernhandel");
        genuine(m, "127.63.10.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Ranum Friskole og Efterskole", "kontor@ranum-friskole-efterskole.dk", "okonomi@vesthimmerland.dk",
            "Advis om indbetaling")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af Løgstør Hallen til vores idrætsdag.\n\nRanum Friskole og "
                + "Efterskole");
        genuine(m, "127.63.10.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Løgstør Havnekontor", "havnefoged@logstor-havnekontor.dk", "havn@vesthimmerland.dk",
            "Ordrebekræftelse: vinteroplag")
            .text("Hej\n\nKommunens to arbejdsbåde er skrevet på til vinteroplag på land fra 1. november. Regningen kommer via "
                + "EAN.\n\nLøgstør Havnekontor");
        genuine(m, "127.63.10.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6032500012447788"), iban("DK", "53250001447820"), bank("5479", "0006630915"),
        iban("EE", "5710220033884412"), iban("PL", "611020000000028866410073"), iban("GB", "REVO00997012345671"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ2207311496"), iban("DE", "100110012620987745"),
        iban("HU", "117730160000000012345678"), iban("RO", "BTRL01301202Z55577XX"), iban("BG", "STSA93000024681357"),
        iban("CY", "005002700000000012345800"), bank("8117", "0003355610"), iban("MT", "MALT01100000000000000001234"),
        iban("SE", "95000000091234567890"), iban("LT", "1837400000155002"), iban("NO", "86011117947")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier-enforcing: the real domain (p=reject/quarantine), sent from a fraudster's machine
        M m = bad("forged-supplier-enforcing");
        invoice(m, varme, mule(1), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVærket har samlet sin opkrævning hos et "
            + "nyt servicebureau, og derfor er modtagerkontoen ændret. Beløb, der sendes til det gamle nummer, kan blive "
            + "forsinket i flere uger, så brug venligst kontoen på denne opkrævning.");
        forged(m, forgedHost++);
        m.description = "forged From aars-varmevaerk-amba.dk (p=reject) from a fraudster's machine, DK mule";
        m = bad("forged-supplier-enforcing");
        invoice(m, avis, mule(6), 7, List.of(), "", "Hej annoncekunde\n\nEgnsavisen er overtaget af en irsk mediekoncern, og alle "
            + "annoncefakturaer betales fremover til koncernens fælles konto i Irland, som er påført fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From farsoe-egnsavis.dk (p=reject), IE account";
        m = bad("forged-supplier-enforcing");
        invoice(m, gartner, mule(3), 9, List.of(), "", "Kære kreditor\n\nVi er ved at lukke vores gamle driftskonto. Slutfakturaen "
            + "for skolegården bedes derfor overført til vores konto i Estland, hvor vi har samlet vores udenlandske indkøb.");
        forged(m, forgedHost++);
        m.description = "forged From farsoe-anlaegsgartner.dk (p=quarantine), EE account";

        // lookalike-typo
        Object[][] l = {{"logstor-murer.dk", murer, "Gavlene på Rådhuset er færdige. Vi har haft ejerskifte i firmaet og dermed ny "
            + "bank, så beløbet skal gå til kontoen, der er skrevet på fakturaen, og ikke den gamle."},
            {"farsoe-storkokken.dk", mad, "Madleverancerne for måneden er faktureret. Bemærk at vi efter revisionens anbefaling "
                + "har oprettet en separat konto til offentlige kunder."},
            {"simested-rengoring.dk", rengoer, "Rengøringen for måneden er opgjort. Vores løn og regnskab er flyttet til et "
                + "bureau, som har givet os en ny indbetalingskonto."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = owned((String) l[i][0]);
            m = bad("lookalike-typo");
            invoice(m, real.posing(d, real.account()), mule(i + 8), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "typo look-alike " + d + " of " + real.domain() + ", new account";
        }

        // lookalike-other-tld
        Object[][] t = {{"aars-varmevaerk.com", varme, "Varmeværket har i sommer fået ny målerplatform og et økonomisystem fra en "
            + "leverandør i Aalborg. I samme ombæring er indbetalingerne lagt over i et andet pengeinstitut, så årsopgørelsen "
            + "for Rådhuset, biblioteket og Østermarken skal indbetales til nummeret, der nu er trykt på fakturaen. Det gamle "
            + "nummer lukkes ved månedens udgang, og penge sendt dertil bliver returneret til jer."},
            {"hornum-tagdaekning.com", tag, "Taget på hallen er lukket før regnvejret. Af hensyn til vores leverandørkredit bedes "
                + "betalingen sendt til den konto, fakturaen nævner, og ikke den tidligere."},
            {"ronbjerg-vvs.net", vvs, "Ventilerne er skiftet. Banken har lukket vores gamle erhvervskonto efter en fejl i deres "
                + "kontrol, så vi er nødt til at bruge en ny konto i en periode."}};
        for (int i = 0; i < t.length; i++) {
            Supplier real = (Supplier) t[i][1];
            String d = owned((String) t[i][0]);
            m = bad("lookalike-other-tld");
            invoice(m, real.posing(d, real.account()), mule(i + 12), i * 2 + 3, List.of("Betalingsoplysninger opdateret"), "",
                (String) t[i][2]);
            ownedBy(m, d);
            m.description = "other-TLD look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, trae.posing(d, trae.account()), mule(4), 6, List.of("Konto ændret pr. " + dottedDay(m, -2)), "",
            "Proffen hos Trælasten har samlet oktobers udleveringer fra lageret på havnen til Ejendomsservice i én faktura. "
                + "Efter revisorens gennemgang af sommerens svindelforsøg har ledelsen flyttet driftskontoen, og fra nu af er det "
                + "udelukkende kontoen på bilaget, der gælder. Ring ikke til butikken om det; kontoen er godkendt af hovedkontoret.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as logstor-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektøren", "direktion@" + d, "kreditor@vesthimmerland.dk", "Fortroligt: depositum til advokat")
            .text("Godmorgen\n\nDet her ligger lidt uden for normal procedure, men formandskabet blev i aftes enige om at sikre "
                + "kommunen det gamle mejeri ved Aggersund, før et ejendomsselskab fra Aarhus får fingre i det. Mægleren "
                + "forlanger 420.000 kr. stillet på klientkonto " + mule(10) + " senest kl. 11.30. Skødet og beslutningen "
                + "eftersendes, men indtil punktet har været på lukket dagsorden, må ingen andre i huset kende til det, heller "
                + "ikke din leder.\n\nMed venlig hilsen\nKommunaldirektøren");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic i) posing as our municipality: confidential land deposit";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturaknude", "paamindelse@" + owned("fakturaknude-farsoe.dk"), "natur@vesthimmerland.dk",
            "Betal inden midnat - ellers gebyr")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er stadig åben. Efter "
                + "midnat lægges et gebyr på 450 kr. oveni. Du kan betale med det samme med kort her:</p><p><a href=\"https://"
                + "fakturaknude-farsoe.dk/betal/" + sha256("fk63").substring(0, 20) + "\">Betal nu</a></p><p>Fakturaknude</p>"
                + "</body></html>");
        ownedBy(m, "fakturaknude-farsoe.dk");
        m.description = "look-alike of the platform fakturaknude.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kvittobro", "service@" + owned("kvittobro-logstor.com"), "havn@vesthimmerland.dk", baad.name() + " - åben faktura")
            .text("Kære Vesthimmerlands Kommune\n\nBådebyggeriet i Hvalpsund lader fra i år Kvittobro håndtere alle udestående "
                + "regninger, og vi har derfor overtaget den åbne regning for reparationen af badebroen. Efter aftalen med Ole Dam "
                + "kan han ikke selv modtage pengene; beløbet sættes ind på klientkontoen " + mule(15) + ". Betaler I til "
                + "bådebyggeriet, bliver beløbet ikke registreret, og sagen går videre.\n\nKvittobro, opkrævningsteamet")
            .attach("application/pdf", "kvittobro-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                baad.posing("kvittobro-logstor.com", mule(15)), "Faktura", "KV-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Kvittobro")));
        ownedBy(m, "kvittobro-logstor.com");
        m.description = "look-alike of kvittobro.dk: the boatbuilder's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, kloak, mule(16), 8, List.of("Betales til factoringselskab"), "", "Spulingen og TV-inspektionen ved børnehuset er "
            + "afsluttet, og rapporten med fotos er sendt til Ejendomme. Fakturaen er solgt til Nordisk Factoring, og derfor er "
            + "det deres kundekonto " + mule(16) + ", som pengene skal ind på denne gang. Jeg ligger i en kloakbrønd det meste af "
            + "ugen uden signal, så skriv hellere til mig her, hvis noget driller.");
        genuine(m, kloak.ip());
        m.description = "compromised real mailbox of aalestrup-kloakmester.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@vesthimmerland.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nVores bogholder gjorde mig opmærksom på, at fakturaen for netværksdriften herunder bliver afvist "
                + "i vores egen bank, fordi kontoen er under revision efter en fusion. Kan I i stedet overføre " + p.amount().gross()
                + " kr. til den midlertidige konto " + mule(5) + "? Fra næste måned bruger vi igen kontoen i jeres "
                + "kreditorkartotek.\n\nTak for hjælpen\nFakturering, " + it.name() + "\n\n>> " + p.subject() + " <<");
        genuine(m, it.ip());
        m.description = "compromised real mailbox of aars-itpartner.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{maler, "gedsted-malerservice.net"}, {kanal, "ranum-maskinstation.net"}, {vognmand, "hvalpsund-vognmand.net"}};
        String[] why = {"vores gamle konto blev frosset, da banken skiftede it-system i weekenden",
            "filialen i Farsø er nedlagt, og vores erhvervskonto forsvandt med den",
            "regnskabsbureauet har flyttet alle sine kunder over på en fælles klientkonto"};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = owned((String) h[i][1]);
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@vesthimmerland.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Goddag\n\nJeg kan se, at faktura " + p.no() + " på " + p.amount().gross() + " kr. er lagt til betaling hos "
                    + "jer, tak for det. Desværre er der sket noget hos os: " + why[i] + ". Vil I være søde at ændre "
                    + "modtagerkontoen til " + mule(i + 2) + ", før pengene sendes afsted? En kort kvittering retur er nok.\n\n"
                    + "Venlig hilsen\n" + s.person() + "\n\nDen " + dottedDay(m, -20) + " skrev " + addr(s) + ":\n> "
                    + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a new account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@vesthimmerland.dk", "Tilskud til Kanalfesten - haster")
            .text("Kære Økonomi\n\nFestudvalget for Kanalfesten står med en regning fra teltfirmaet, som skal være betalt, før "
                + "teltene kan rejses på havnen i morgen tidlig. Jeg har mundtligt givet dem 125.000 kr. fra borgmesterens "
                + "rådighedspulje. Sæt pengene ind på " + mule(0) + " i løbet af formiddagen; bilagene kommer, når jeg er ude af "
                + "byrådssalen. Telefonen er slukket under mødet.\n\nVenlig hilsen\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged vesthimmerland.dk (p=reject) from outside: the mayor's urgent festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditor@vesthimmerland.dk", "Ny konto for Hornum Tagdækning")
            .text("Til kreditorbogholderiet\n\nDirektøren fra Hornum Tagdækning var forbi mit kontor i dag med et brev fra deres "
                + "nye bank. Jeg har læst det igennem, og det er i orden. Nummeret " + mule(9) + " skal derfor erstatte det gamle "
                + "i kreditorkartoteket, gerne før eftermiddagens betalingskørsel, så deres regning for hallen ikke bliver "
                + "forsinket.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged vesthimmerland.dk: 'finance manager' orders a supplier's account changed";

        // ceo-urgent-payment (free mail)
        m = bad("ceo-urgent-payment");
        headers(m, "Kommunaldirektør", "kommunaldirektor.vhk@gmail.com", "okonomi@vesthimmerland.dk", "Har du 5 min?")
            .text("Hej\n\nDu har vel et øjeblik? Jeg er til KKR-møde i Aalborg hele dagen og kan kun læse denne adresse. Vi skal "
                + "have gennemført en diskret betaling til en ekstern rådgiver før bankernes cut-off, og den må ikke gennem det "
                + "normale godkendelsesflow, før sagen er offentlig. Skriv tilbage, hvornår du sidder ved netbanken.\n\n"
                + "Sendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-urgent-payment");
        headers(m, "Borgmester", "borgmester.aars@outlook.com", "indkob@vesthimmerland.dk", "Gaver til frivillige")
            .text("Hej\n\nDe frivillige, der har slået pil og ryddet stier ved Vilsted Sø hele sommeren, fortjener en påskønnelse. "
                + "Kan du ordne ti digitale gavekort fra et supermarked til 1.000 kr. stykket? Skrab felterne fri, tag et billede "
                + "af koderne og send dem til mig inden kl. 15. Jeg lægger selv ud, og vi finder bilaget bagefter.\n\n"
                + "Hilsen Borgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";
        m = bad("ceo-urgent-payment");
        headers(m, "Mayor's office", "mayor.vesthimmerland@hotmail.com", "okonomi@vesthimmerland.dk", "Urgent wire - partner city")
            .text("Hello,\n\nOur partner municipality needs the co-financing for the Limfjord youth exchange transferred today, "
                + "EUR 28,500 to " + mule(7) + ". I am travelling and cannot take calls. Please confirm by email once sent.\n\n"
                + "Regards,\nThe Mayor");
        genuine(m, MSFT);
        m.description = "CEO fraud in English from hotmail: co-financing wire to an NL account";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Pedersen", "louise.pedersen.aars@gmail.com", "lon@vesthimmerland.dk", "Ny konto til min løn")
            .text("Hej Lønkontoret\n\nMit navn er Louise, og jeg har nattevagter på Østermarken i Aars. Banken lukkede min konto "
                + "efter et misbrug af mit kort, og jeg har fået en ny i en digital bank: " + mule(1) + ". Den skal bruges til min "
                + "løn allerede fra denne måned. Intranettet virker ikke hjemmefra, og jeg sover om dagen, så skriv gerne bare, "
                + "når det er rettet.\n\nVh Louise Pedersen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a care worker";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Sand", "mikkel.sand.laerer@icloud.com", "lon@vesthimmerland.dk", "Lønkonto - ændring")
            .text("Hej\n\nJeg underviser på Løgstør Skole og har skiftet bank. Vil I sætte min løn til at gå ind på " + mule(13)
                + " fra den kommende lønkørsel? Jeg er på lejrskole på Livø og har ikke adgang til portalen.\n\nMikkel");
        genuine(m, APPLE);
        m.description = "payroll change from icloud for a teacher 'on a school camp'";

        // fake-inkasso
        String[] ink = {"Inkassomeddelelse - sag ", "Sidste varsel før retslige skridt - sag ", "Inkasso: krav overdraget - sag "};
        for (int i = 0; i < 3; i++) {
            String sag = "IK" + (70_000 + rnd.nextInt(9_000));
            m = bad("fake-inkasso");
            Mime mime = headers(m, "Aars Inkassocenter", "sager@" + owned("aars-inkassocenter.dk"), i == 1
                ? "okonomi@vesthimmerland.dk" : "kreditor@vesthimmerland.dk", ink[i] + sag);
            String txt = switch (i) {
                case 0 -> "Til Vesthimmerlands Kommune\n\nVi er af vores klient anmodet om at inddrive et ubetalt beløb på "
                    + "23.418,75 kr. med tillæg af renter og gebyrer. Betales kravet til " + mule(11) + " inden 5 dage, afsluttes "
                    + "sagen uden yderligere omkostninger.\n\nAars Inkassocenter";
                case 1 -> "Trods tidligere henvendelser er kravet i sag " + sag + " fortsat ubetalt. Hvis 41.200 kr. ikke står på "
                    + mule(14) + " inden fredag kl. 12, sendes sagen til fogedretten i Aalborg, og kommunen hæfter for alle "
                    + "omkostninger.\n\nAars Inkassocenter, retsafdelingen";
                default -> "Vores klient, en leverandør af rengøringsartikler, har overdraget sit tilgodehavende hos jer til os. "
                    + "Se kravet i vedhæftede opgørelse. Indsigelser skal ske skriftligt inden 48 timer.\n\nAars Inkassocenter";
            };
            mime.text(txt);
            if (i == 2) {
                mime.attach("application/pdf", "Opgoerelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ik"), "Opgørelse " + sag,
                    List.of("Hovedstol 17.900,00", "Renter og gebyrer 2.140,00", "I alt 20.040,00", "Indbetales til " + mule(17))));
            }
            ownedBy(m, "aars-inkassocenter.dk");
            m.description = "fake debt collector with a place-name domain, demand " + (i + 1);
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@" + owned("digitalpost-aalestrup.com"), "okonomi@vesthimmerland.dk",
            "Du har modtaget en ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Der ligger en ny besked i jeres organisations digitale postkasse vedrørende <b>efterbetaling "
                + "af moms</b>.</p><p>Beskeden slettes efter 72 timer, hvis den ikke åbnes.</p><p><a href=\"https://"
                + "digitalpost-aalestrup.com/login\">Åbn med MitID Erhverv</a></p></body></html>");
        ownedBy(m, "digitalpost-aalestrup.com");
        m.description = "fake Digital Post notice: MitID Erhverv login link";
        m = bad("fake-digital-post");
        headers(m, "MitPost Erhverv", "notifikation@" + owned("mitpost-simested.net"), "kreditor@vesthimmerland.dk",
            "Ulæst post: betalingspåkrav")
            .text("Kære modtager\n\nDer er et betalingspåkrav på 6.850 kr. fra Færdselsstyrelsen i jeres postkasse. Betal via "
                + "linket i postkassen eller direkte til " + mule(3) + " med referencen VH-" + (4_000 + rnd.nextInt(900))
                + ".\n\nhttps://mitpost-simested.net/erhverv\n\nMitPost");
        ownedBy(m, "mitpost-simested.net");
        m.description = "fake digital mailbox notice with a payment demand";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Aggersund Betaling", "opkraevning@" + owned("aggersund-betaling.com"), "havn@vesthimmerland.dk",
            "Broafgift - betal med QR")
            .html("<html><body><p>Kommunens servicebiler har passeret Aggersundbroen 36 gange i september. Afgiften betales "
                + "hurtigst ved at scanne koden med telefonen.</p><p><img src=\"cid:qr\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "aggersund-betaling.com");
        m.description = "QR code to pay a made-up bridge fee";
        m = bad("qr-code-payment");
        headers(m, "Vilsted Betalingsservice", "faktura@" + owned("vilsted-betalingsservice.dk"), "natur@vesthimmerland.dk",
            "Faktura for fugletællinger")
            .text("Hej\n\nFakturaen for fugletællingerne ved Vilsted Sø i august og september er vedhæftet. Scan QR-koden i "
                + "PDF'en for at betale med MobilePay Erhverv.\n\nVilsted Betalingsservice")
            .attach("application/pdf", "faktura-fugle.pdf", Attachments.pdf(docId(m, "qf"), "Faktura fugletælling",
                List.of("Fugletælling Vilsted Sø, 4 tællinger", "I alt 12.500,00 kr.", "Betal ved at scanne koden")))
            .attach("image/png", "qr.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "vilsted-betalingsservice.dk");
        m.description = "QR payment for a bird count nobody ordered";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(tag);
        headers(m, tag.person(), "lk@" + owned("hornum-faktura.net"), "kreditor@vesthimmerland.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nFakturaen og fotos af taget er pakket sammen, fordi filerne var for store. Kodeord: hallen36\n\nLasse")
            .attach("application/zip", "faktura_" + no + ".zip", Attachments.zip("faktura_" + no + ".pdf.exe",
                "MZ corpus placeholder".getBytes(StandardCharsets.US_ASCII), "tag_foto.txt", "se fakturaen"));
        ownedBy(m, "hornum-faktura.net");
        m.description = "password-protected-looking ZIP with an .exe invoice from a look-alike of hornum-tagdaekning.dk";
        m = bad("archive-invoice");
        headers(m, "Ordrecenter", "ordre@" + owned("logstor-ordrecenter.dk"), "indkob@vesthimmerland.dk", "Ordrebekræftelse og "
            + "faktura")
            .text("Goddag\n\nSom aftalt sender vi faktura og leveringsplan samlet i et 7z-arkiv. Åbn venligst filen inden "
                + "fredag, så leveringen ikke bliver annulleret.\n\nOrdrecenter")
            .attach("application/x-7z-compressed", "dokumenter.7z", Attachments.sevenZip("Faktura_okt.pdf.js",
                "WScript.Echo('corpus')".getBytes(StandardCharsets.US_ASCII)));
        ownedBy(m, "logstor-ordrecenter.dk");
        m.description = "7z archive holding a script named as a PDF";

        // office-macro-invoice
        m = bad("office-macro-invoice");
        headers(m, it.name(), "fakturering@" + owned("aars-itpartner.net"), "it@vesthimmerland.dk", "Licensopgørelse - aktivér "
            + "indhold")
            .text("Hej IT\n\nOpgørelsen over jeres Chromebook-licenser for skoleåret ligger i det vedhæftede ark. Det er "
                + "beskyttet, så beløbene vises først, når I trykker på knappen i den gule bjælke øverst. Betalingen forfalder om "
                + "otte dage.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "licenser.xlsm", Attachments.excel(List.of(
                "Licensopgørelse oktober", "Chromebook-licenser 520 stk", "Betales til " + mule(12)), true));
        ownedBy(m, "aars-itpartner.net");
        m.description = "macro-enabled .xlsm from a look-alike of aars-itpartner.dk";
        m = bad("office-macro-invoice");
        headers(m, avis.name(), "annonce@" + owned("farsoe-egnsavis.com"), "kultur@vesthimmerland.dk", "Annoncefaktura.docm")
            .text("Hej\n\nFakturaen for jeres annoncer i oktober er vedlagt som Word-fil. Tillad makroer, så vises den.\n\n"
                + "Annonceafdelingen")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Annoncefaktura.docm", Attachments.word(
                "Annoncefaktura oktober. Betales til " + mule(0), true));
        ownedBy(m, "farsoe-egnsavis.com");
        m.description = "macro-enabled .docm from a look-alike of farsoe-egnsavis.dk";

        // xml-invoice-changed-account
        no = invoiceNo(gartner);
        Amount a = amount(1_200_000);
        m = bad("xml-invoice-changed-account");
        headers(m, gartner.name(), "mk@" + owned("farsoe-anlaegsgartner.net"), "efaktura@vesthimmerland.dk", "E-faktura " + no)
            .text("Hej\n\nVi kan ikke sende via NemHandel lige nu, så e-fakturaen er vedhæftet som fil. Læg mærke til den nye "
                + "konto i filen.\n\n" + gartner.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, gartner, mule(8), a, isoDay(m, 0), isoDay(m, 10), true,
                "VK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "farsoe-anlaegsgartner.net");
        m.description = "Peppol XML in the real gardener's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(kloak);
        a = amount(1_200_000);
        m = bad("xml-invoice-changed-account");
        headers(m, kloak.name(), "kontor@" + owned("aalestrup-kloakmester.com"), "efaktura@vesthimmerland.dk", "OIOUBL " + no)
            .text("OIOUBL-filen for spulingen er vedhæftet. Betalingsoplysningerne er ændret efter vores bankskifte.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, kloak, mule(9), a, isoDay(m, 0), isoDay(m, 8), false,
                "VK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "aalestrup-kloakmester.com");
        m.description = "OIOUBL XML with a changed payee from a look-alike of aalestrup-kloakmester.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "GenSign", "dokument@" + owned("gensign-aars.net"), "kultur@vesthimmerland.dk",
            "Kanalmuseet venter på din signatur")
            .html("<html><body><p>Du skal underskrive 'Forsikringstillæg - udlånte montrer'. Invitationen udløber i dag.</p>"
                + "<p><a href=\"https://gensign-aars.net/d/" + sha256("gs63").substring(0, 16) + "\">Åbn dokumentet</a></p>"
                + "</body></html>");
        ownedBy(m, "gensign-aars.net");
        m.description = "fake e-signature request imitating gensign.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "noreply@" + owned("ertebolle-dokumenter.dk"), "ejendomme@vesthimmerland.dk",
            "Forpagtningsaftale til signering")
            .html("<html><body><p>En forpagtningsaftale for jorden ved Ertebølle er klar til jeres signatur. Log ind med jeres "
                + "Microsoft-konto for at åbne den.</p><p><a href=\"https://ertebolle-dokumenter.dk/login\">Log ind</a></p>"
                + "</body></html>");
        ownedBy(m, "ertebolle-dokumenter.dk");
        m.description = "fake e-signature behind a Microsoft login page";

        // split-payment-redirect
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@" + owned("ronbjerg-vvs.net"), "kreditor@vesthimmerland.dk", "Faktura " + p.no()
            + " - deling")
            .text("Hej\n\nVi flytter forretningen til en ny bank, og overgangen tager et par uger. For at kunne betale vores "
                + "grossist til tiden beder vi jer fordele betalingen af faktura " + p.no() + " (" + p.amount().gross() + " kr.) "
                + "på to konti: 40 % til den, I har registreret i dag, og de øvrige 60 % til " + mule(10) + ". Skriv endelig, "
                + "hvis fordelingen driller i jeres system.\n\nVærkstedet i Rønbjerg");
        ownedBy(m, "ronbjerg-vvs.net");
        m.description = "split payment on Rønbjerg VVS's real wave-1 invoice, look-alike domain";
        p = past.get(vognmand.domain());
        m = bad("split-payment-redirect");
        headers(m, vognmand.person(), "sb@" + owned("hvalpsund-vognmand.net"), "kreditor@vesthimmerland.dk",
            "Betaling af " + p.no())
            .text("Hej\n\nAf faktura " + p.no() + " må højst 25.000 kr. gå til vores normale konto, fordi banken har indført "
                + "et loft. Restbeløbet sendes til " + mule(2) + ".\n\nSøren");
        ownedBy(m, "hvalpsund-vognmand.net");
        m.description = "split payment on the haulier's real wave-1 invoice";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "bekraeft@" + owned("logstor-ordrecenter.dk"), "indkob@vesthimmerland.dk",
            "Ordre 61904 er afsendt")
            .text("Goddag Indkøb\n\nOrdre 61904 med tolv bærbare computere á 9.480 kr. står nu klar på lageret i Løgstør. "
                + "Fragtfirmaet henter pakkerne i eftermiddag, og fakturaen opkræves ved levering. Er ordren afgivet ved en fejl, "
                + "eller kender I den ikke, kan den kun stoppes via vores ordrelinje 98 77 31 04 før kl. 14.\n\n"
                + "Ordrecenter Løgstør");
        ownedBy(m, "logstor-ordrecenter.dk");
        m.description = "callback scam: fake laptop order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Support", "licens@" + owned("simested-rengoring.dk"), "it@vesthimmerland.dk", "Antivirus fornyet - 3 år")
            .text("Kære IT-afdeling\n\nHermed bekræftes, at sikkerhedspakken til 600 arbejdsstationer er forlænget med 36 "
                + "måneder. Prisen, 71.900 kr. ekskl. moms, faktureres om to bankdage. Afmeldinger kan desværre ikke behandles "
                + "pr. mail; ønsker I ikke forlængelsen, skal en medarbejder ringe til afmeldingslinjen 98 77 31 09 inden for et "
                + "døgn.\n\nKundeservice, licensafdelingen");
        ownedBy(m, "simested-rengoring.dk");
        m.description = "callback scam: auto-renewed antivirus";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-towpath-mowing-invoice
        M m = bad("fake-towpath-mowing-invoice");
        invoice(m, kanal.posing("ranum-maskinstation.net", kanal.account()), mule(0), 11,
            List.of("Kontrakt " + towContract + ", ekstra slåning"), "", "Efter den våde sensommer voksede brændenælder og "
                + "tagrør ind over trækstien ved Frederik VII's Kanal, og vi tog en ekstra slåning mellem slusen og Aggersund, "
                + "som Vej og Park bad om. Den ligger uden for kontrakten. Vi har skiftet bank, så benyt kontoen på fakturaen.");
        ownedBy(m, "ranum-maskinstation.net");
        m.description = "look-alike of the towpath contractor cites its real contract, 'extra mowing', LT IBAN";
        m = bad("fake-towpath-mowing-invoice");
        headers(m, "Kanalservice Løgstør", "drift@" + owned("kanal-logstor.dk"), "vejpark@vesthimmerland.dk",
            "Faktura: reparation af kanalbrink")
            .text("Til Vej og Park\n\nEfter at en græsslåmaskine skred ud i kanalen ved fortøjningspælene, har vi genopbygget "
                + "brinken over 60 meter med faskiner og nye pæle. Arbejdet blev udført akut for at holde trækstien åben. "
                + "Beløbet, 47.900,00 kr. inkl. moms, bedes indbetalt til " + mule(4) + " inden syv dage.\n\nKanalservice Løgstør")
            .attach("application/pdf", "brink.pdf", Attachments.pdf(docId(m, "kb"), "Faktura kanalbrink",
                List.of("Kanalservice Løgstør", "Faskiner og egepæle, 60 m", "Mandskab og gravemaskine", "I alt 47.900,00 kr.",
                    "Konto " + mule(4))));
        ownedBy(m, "kanal-logstor.dk");
        m.description = "unknown firm bills an 'emergency' canal-bank repair along the towpath (PL IBAN)";
        m = bad("fake-towpath-mowing-invoice");
        headers(m, "Trækstiens Vedligehold", "regning@" + owned("trakstien-logstor.net"), "kreditor@vesthimmerland.dk",
            "Sæsonabonnement trækstien 2037")
            .text("Kære kommune\n\nSom en af de faste brugere af trækstien er Vesthimmerlands Kommune tilmeldt vores sæsonpleje "
                + "for 2037 (slåning hver 14. dag fra april). For at fastholde prisen skal forudbetalingen på 28.750 kr. være "
                + "betalt til " + mule(5) + " senest på fredag.\n\nTrækstiens Vedligehold");
        ownedBy(m, "trakstien-logstor.net");
        m.description = "'season subscription' for towpath mowing with prepayment, GB IBAN";

        // fake-shell-midden-erosion-invoice
        m = bad("fake-shell-midden-erosion-invoice");
        invoice(m, kyst.posing("ertebolle-kystteknik.net", kyst.account()), mule(16), 13, List.of("Sag " + middenCase
            + " - akut indsats"), "", "Stormfloden i sidste uge rev et stykke af skrænten ned under køkkenmøddingen, og vi "
            + "lagde straks 40 tons sten og nyt geotekstil ud for at redde fundlagene. Det akutte arbejde faktureres separat "
            + "fra etapeaftalen og skal betales hurtigt, da vi har lagt ud for stenene. Vær opmærksom på vores nye bankkonto.");
        ownedBy(m, "ertebolle-kystteknik.net");
        m.description = "look-alike of the coastal engineer cites the real case, 'storm surge emergency', LT IBAN";
        m = bad("fake-shell-midden-erosion-invoice");
        headers(m, "Ertebølle Kystsikring", "kontor@" + owned("ertebolle-kystsikring.dk"), "natur@vesthimmerland.dk",
            "Erosionsmåling ved fortidsmindet")
            .text("Hej Natur og Miljø\n\nVi har med drone målt erosionen langs kysten ved Ertebølle-bopladsen og fundet tab på "
                + "op til 1,2 meter siden foråret. Rapporten udleveres, så snart fakturaen på 33.125,00 kr. er indbetalt til "
                + mule(3) + ".\n\nErtebølle Kystsikring");
        ownedBy(m, "ertebolle-kystsikring.dk");
        m.description = "unknown firm holds an erosion drone report on the midden hostage for payment (EE IBAN)";
        m = bad("fake-shell-midden-erosion-invoice");
        headers(m, "Livø Stensikring", "ordre@" + owned("livo-stensikring.com"), "kultur@vesthimmerland.dk",
            "Reservation af sten til skrænten i Ertebølle")
            .text("Hej\n\nEfter jeres henvendelse om køkkenmøddingen har vi reserveret en pram og 25 tons kampesten fra Livø. "
                + "Prammen kan kun sejle, hvis halvdelen af prisen, 19.400 kr., er betalt forud til " + mule(11) + ".\n\n"
                + "Livø Stensikring");
        ownedBy(m, "livo-stensikring.com");
        m.description = "'your enquiry' for boulders by barge to the midden, half prepaid (BG IBAN)";

        // fake-herb-garden-care-invoice
        m = bad("fake-herb-garden-care-invoice");
        invoice(m, urter.posing("vitskol-urtepleje.net", urter.account()), mule(13), 14, List.of("Plejeaftale "
            + herbAgreement + " - udvidelse"), "", "Som aftalt ved besøget i klosterhaven har jeg plantet 300 nye lægeurter i "
            + "de tomme bede og sat emaljeskilte op ved dem alle. Det er uden for plejeaftalen, så det kommer på en særskilt "
            + "regning. Min bank er skiftet, så brug venligst kontonummeret på denne regning.");
        ownedBy(m, "vitskol-urtepleje.net");
        m.description = "look-alike of the herb gardener cites her real agreement, '300 new herbs', DK mule";
        m = bad("fake-herb-garden-care-invoice");
        headers(m, "Vitskøl Klosterhave", "faktura@" + owned("vitskol-klosterhave.dk"), "kultur@vesthimmerland.dk",
            "Faktura - vinterdække af urtebede")
            .text("Goddag\n\nVi har dækket alle urtebedene ved Vitskøl Kloster med halm og granris inden frosten, som det sker "
                + "hvert år. Beløbet, 16.250,00 kr., betales til " + mule(6) + " med fakturanummer VK-" + (700 + rnd.nextInt(200))
                + ".\n\nVitskøl Klosterhave");
        ownedBy(m, "vitskol-klosterhave.dk");
        m.description = "unknown firm bills winter cover of the herb beds 'as every year' (IE IBAN)";
        m = bad("fake-herb-garden-care-invoice");
        headers(m, "Simested Urtegartneri", "salg@" + owned("simested-urtegartneri.dk"), "ejendomme@vesthimmerland.dk",
            "Ordre på lægeurter til klosterhaven")
            .text("Hej\n\nTak for bestillingen af 180 planter til den middelalderlige urtehave ved Vitskøl. Vi skal have "
                + "hele beløbet, 21.600 kr., forud på " + mule(15) + ", før planterne leveres, da de er specialdyrket.\n\n"
                + "Simested Urtegartneri");
        ownedBy(m, "simested-urtegartneri.dk");
        m.description = "'your order' of medieval herbs paid in advance to an SE account";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus63().generate(), List.of(
            "# Vesthimmerlands Kommune, Økonomi: invoice checks (sixty-third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=aars-varmevaerk-amba.dk farsoe-anlaegsgartner.dk logstor-murerforretning.dk "
                + "aalestrup-kloakmester.dk ranum-maskinstation.dk hornum-tagdaekning.dk gedsted-malerservice.dk "
                + "simested-rengoering.dk farsoe-egnsavis.dk hvalpsund-vognmandsforretning.dk aggersund-elservice.dk "
                + "ronbjerg-vvs-blik.dk farsoe-storkoekken.dk logstor-traelast.dk aars-itpartner.dk vitskol-urtepleje.dk "
                + "ertebolle-kystteknik.dk",
            "invoice.domains.platforms=fakturaknude.dk betalklar.io kvittobro.dk hyldepenge.dk",
            "invoice.names.protected=Vesthimmerlands Kommune"));
    }
}
