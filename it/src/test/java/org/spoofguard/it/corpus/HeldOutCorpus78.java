package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The seventy-eighth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Gentofte Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, IT, technical, schools, elderly care,
 * culture and property mailboxes; town hall Bernstorffsvej 161, 2920 Charlottenlund) north of Copenhagen: Hellerup,
 * Charlottenlund, Ordrup, Gentofte, Jægersborg, Vangede, Dyssegård, Skovshoved with its harbour, Klampenborg with Bellevue
 * Strand, Bernstorff Slotshave, Gentofte Sø and Jægersborg Sø; seventeen listed suppliers from those places in every DNS
 * posture real Danish firms have, three invoicing platforms ({@code kvitflow.dk}, {@code betalingsspor.io}, {@code
 * bilagsstien.dk}), sole traders on free mail, foreign suppliers, banks, a creditor list, forwarders and fraudsters' own
 * domains, each carrying a full place name of the municipality.
 *
 * <p>Written blind, in a hurry (about thirty minutes), from the brief and Danish fraud warnings, with two kinds new here:
 * sand raking and seaweed removal at Bellevue Strand billed by someone who never raked it
 * (fake-bellevue-beach-sand-raking-invoice), and water samples from Gentofte Sø and Jægersborg Sø billed to a new account
 * (fake-gentofte-lake-sampling-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written; {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus78GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus78 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout78");
    public static final String OWN = "gentofte.dk";
    static final String FRAUD_NET = "127.178.";
    private static final String OWN_IP = "127.78.0.1";
    private static final String EAN = "5798000016853";
    private static final String KOMMUNE = "Gentofte Kommune";
    private static final String GMAIL = "127.80.1.1";
    private static final String MSFT = "127.80.2.1";
    private static final String HOSTER_IP = "127.78.9.1";

    private final Random rnd = new Random(78_2920_0078L);
    private int forgedHost = 40;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    private static Supplier s(String name, String domain, String person, String box, String ip, String acc, String what) {
        return new Supplier(name, domain, person, box, ip, acc, what);
    }

    private final Supplier kloak = s("Ordrup Kloakservice ApS", "ordrup-kloakservice.dk", "Brian Vestergaard", "bv", "127.78.1.1",
        iban("DK", "30000007811201"), "TV-inspektion og spuling af stikledninger ved Ordrup Skole");
    private final Supplier vvs = s("Vangede VVS-Teknik A/S", "vangede-vvs-teknik.dk", "Servicekontoret", "service", "127.78.1.2",
        iban("DK", "20000007812202"), "udskiftning af cirkulationspumper i Vangede Idrætshal");
    private final Supplier maler = s("Dyssegård Malerfirma ApS", "dyssegaard-malerfirma.dk", "Tina Holst", "tina", "127.78.1.3",
        bank("3001", "0007813303"), "vægmaling og lakering af døre på Dyssegårdsskolen");
    private final Supplier anlaeg = s("Jægersborg Anlægsgartneri ApS", "jaegersborg-anlaeg.dk", "Regnskab", "regnskab",
        "127.78.1.4", iban("DK", "53000007814404"), "græsslåning og hækklipning omkring Jægersborg Vandtårn");
    private final Supplier el = s("Charlottenlund El-Service ApS", "charlottenlund-elservice.dk", "Kim Asmussen", "kim", HOSTER_IP,
        bank("2191", "0007815505"), "nye LED-armaturer i cykelkælderen på Rådhuset");
    private final Supplier rengoer = s("Hellerup Rengøringsteam ApS", "hellerup-rengoeringsteam.dk", "Kundeservice", "kunde",
        "127.78.1.6", iban("DK", "30000007816606"), "daglig rengøring af Hellerup Bibliotek og Borgerservice");
    private final Supplier toemrer = s("Skovshoved Tømrerfirma ApS", "skovshoved-toemrerfirma.dk", "Lasse Kruse", "lk",
        "127.78.1.7", bank("3001", "0007817707"), "nye bådebroplanker og rækværk ved Skovshoved Havn");
    private final Supplier kontor = s("Gentofte Kontorforsyning A/S", "gentofte-kontorforsyning.dk", "Ordrekontoret", "ordre",
        "127.78.1.8", iban("DK", "20000007818808"), "kopipapir, kuverter og hæftemaskiner til Rådhuset");
    private final Supplier itdrift = s("Hellerup IT-Drift ApS", "hellerup-itdrift.dk", "Debitor", "debitor", "127.78.1.9",
        iban("DK", "53000007819909"), "drift af trådløst net på de seks skoler i Hellerup og Ordrup");
    private final Supplier gartner = s("Bernstorff Planteskole ApS", "bernstorff-planteskole.dk", "Ulla Bech", "ulla",
        "127.78.1.10", bank("2191", "0007820010"), "stauder og løg til bedene i Bernstorff Slotshave");
    private final Supplier kantine = s("Ordrup Kantinedrift ApS", "ordrup-kantinedrift.dk", "Bogholderiet", "bogholderi",
        "127.78.1.11", iban("DK", "30000007821111"), "frokostordning for medarbejderne på Rådhuset");
    private final Supplier bus = s("Klampenborg Buskørsel A/S", "klampenborg-buskoersel.dk", "Disponent Jens Bay", "trafik",
        "127.78.1.12", iban("DK", "20000007822212"), "udflugtskørsel for plejecentrene og svømmekørsel for 3. klasser");
    private final Supplier byg = s("Vangede Byggemarked A/S", "vangede-byggemarked.dk", "Erhvervskunder", "erhverv",
        "127.78.1.13", iban("DK", "53000007823313"), "byggematerialer til Ejendomsservice efter rammeaftale");
    private final Supplier vognmand = s("Jægersborg Vognmand ApS", "jaegersborg-vognmand.dk", "Morten Dal", "morten",
        "127.78.1.14", bank("3001", "0007824414"), "bortkørsel af haveaffald fra genbrugspladsen i Gentofte");
    private final Supplier strand = s("Bellevue Strandservice ApS", "bellevue-strandservice.dk", "Signe Rask", "signe",
        "127.78.1.15", iban("DK", "30000007825515"), "daglig sandrensning og tangfjernelse på Bellevue Strand");
    private final Supplier lab = s("Gentofte Sø Vandlaboratorium ApS", "gentoftesoe-vandlab.dk", "Laboratoriet", "lab",
        "127.78.1.16", iban("DK", "20000007826616"), "månedlige vandprøver fra Gentofte Sø og Jægersborg Sø");
    private final Supplier laas = s("Hellerup Låsesmed ApS", "hellerup-laasesmed.dk", "Værkstedet", "vaerksted", "127.78.1.17",
        bank("2191", "0007827717"), "nye cylindre og nøglesystem, Charlottenlund Plejecenter");
    private final Supplier tolk = s("Tolk v/ Leyla Demir", "gmail.com", "Leyla Demir", "leyla.demir.tolkning", GMAIL,
        bank("3001", "0007828818"), "tyrkisk tolkning ved skole-hjem-samtaler i Vangede");
    private final Supplier pianist = s("Pianist Bo Kragh", "outlook.com", "Bo Kragh", "bo.kragh.klaver", MSFT,
        bank("2191", "0007829919"), "klaverspil til eftermiddagskoncerter på Ordrup Plejecenter");
    private final Supplier svensk = s("Öresunds Strandvård AB", "oresunds-strandvard.se", "Ekonomi", "faktura", "127.79.1.1",
        iban("SE", "45500000058200078110"), "reservdelar till strandrensaren på Bellevue");
    private final Supplier tysk = s("Hamburger Limnologie GmbH", "hamburger-limnologie.de", "Buchhaltung", "rechnung",
        "127.79.2.1", iban("DE", "370400440532013078"), "Analyse von Algenproben aus dem Gentofte Sø");

    private final List<Supplier> listed = List.of(kloak, vvs, maler, anlaeg, el, rengoer, toemrer, kontor, itdrift, gartner,
        kantine, bus, byg, vognmand, strand, lab, laas);

    private static final String[] MULES = {iban("LT", "1273000078110045"), iban("DK", "89900007823001"),
        iban("GB", "NWBK60161331926819"), bank("5301", "0007855162"), iban("EE", "2200221020145685"),
        iban("DK", "74710007899012")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        Object[][] postures = {
            {kloak, "-all", DkimAlgorithm.ED25519_SHA256, "reject"}, {vvs, "~all", DkimAlgorithm.RSA_SHA256, "quarantine"},
            {maler, "~all", DkimAlgorithm.ED25519_SHA256, null}, {anlaeg, null, DkimAlgorithm.ED25519_SHA256, "quarantine"},
            {el, "-all", DkimAlgorithm.RSA_SHA256, "none"}, {rengoer, "-all", DkimAlgorithm.ED25519_SHA256, "reject"},
            {toemrer, "-all", null, null}, {kontor, "?all", DkimAlgorithm.ED25519_SHA256, "none"},
            {itdrift, null, DkimAlgorithm.ED25519_SHA256, "reject"}, {gartner, "~all", DkimAlgorithm.ED25519_SHA256, null},
            {kantine, "-all", DkimAlgorithm.ED25519_SHA256, "quarantine"}, {bus, "~all", DkimAlgorithm.ED25519_SHA256, "reject"},
            {byg, "-all", DkimAlgorithm.RSA_SHA256, "quarantine"}, {vognmand, "-all", null, "quarantine"},
            {strand, "-all", DkimAlgorithm.ED25519_SHA256, "reject"}, {lab, "~all", DkimAlgorithm.ED25519_SHA256, "none"},
            {laas, "-all", DkimAlgorithm.ED25519_SHA256, "quarantine"}, {svensk, "~all", DkimAlgorithm.ED25519_SHA256, "none"},
            {tysk, "-all", null, null}};
        for (Object[] p : postures) {
            Supplier x = (Supplier) p[0];
            domain(x.domain(), p[1] == null ? null : List.of(x.ip()), (String) p[1], (DkimAlgorithm) p[2], (String) p[3]);
        }
        domain("kvitflow.dk", List.of("127.78.11.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("betalingsspor.io", List.of("127.78.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bilagsstien.dk", List.of("127.78.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("hellerup-sparekasse.dk", List.of("127.78.21.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kreditornet-nordsjaelland.dk", List.of("127.78.23.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("nyhedsbrev-ordrupgaard.dk", List.of("127.78.26.1"), "~all", DkimAlgorithm.ED25519_SHA256, null);
        domain("fwd.charlottenlund-fiber.dk", List.of("127.78.28.1"), "-all", null, null);
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        String[] policy = {"reject", "none", "quarantine", null, "none"};
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 2 ? "~all" : "-all",
                i % 5 == 4 ? null : DkimAlgorithm.ED25519_SHA256, policy[i % policy.length]);
        }
    }

    /** Fraudsters' own domains, each carrying a full place name of the municipality. */
    private static final String[] OWNED = {"ordrup-kloakservice.com", "vangede-vvsteknik.dk", "hellerup-rengoring.dk",
        "bellevue-strandservice.net", "gentoftesoe-vandlab.com", "skovshoved-tomrerfirma.dk", idn("gent\u043efte.dk"),
        idn("jaegersb\u043erg-anlaeg.dk"), "kvitflow-hellerup.dk", "charlottenlund-inkasso.dk", "mitid-gentofte.com",
        "digitalpost-charlottenlund.net", "klampenborg-esign.dk", "dyssegaard-domaener.dk", "jaegersborg-betaling.net",
        "hellerup-itdrift.net", "vangede-byggemarked.net", "bellevue-sandrens.dk", "jaegersborg-soeanalyse.dk",
        "ordrup-kantine-drift.dk"};

    private String to() {
        String[] to = {"kreditor@gentofte.dk", "efaktura@gentofte.dk", "okonomi@gentofte.dk", "teknik@gentofte.dk",
            "skoler@gentofte.dk", "ejendomme@gentofte.dk", "natur@gentofte.dk"};
        return to[rnd.nextInt(to.length)];
    }

    private Amount amount() {
        long net = 120_000 + rnd.nextInt(3_900_000);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private static String cvr(String d) {
        return String.valueOf(40_000_000 + Math.floorMod(sha256("cvr78:" + d).hashCode(), 9_000_000));
    }

    private String no(M m) {
        return "GK" + (7_800 + Math.floorMod(sha256("no78:" + m.id).hashCode(), 90_000));
    }

    /** A PDF in this corpus's own layout ("Regning til Gentofte Kommune"). */
    private byte[] pdf(M m, Supplier s, String no, Amount a, String account, String extra) {
        List<String> l = new ArrayList<>();
        l.add("Leverandør " + s.name() + " · CVR " + cvr(s.domain()));
        l.add("Regningsmodtager " + KOMMUNE + " · Bernstorffsvej 161 · 2920 Charlottenlund · EAN " + EAN);
        l.add("Udstedt " + dottedDay(m, 0) + " · Forfalder " + dottedDay(m, 30));
        l.add("Ydelse: " + s.what());
        l.add("Beløb uden moms " + a.net() + " · moms 25 pct. " + a.vat() + " · i alt kr. " + a.gross());
        if (!extra.isEmpty()) {
            l.add(extra);
        }
        if (account != null) {
            l.add("Overføres til " + account + " med regningsnummer som tekst");
        }
        return Attachments.pdf(Long.parseLong(sha256("pdf78:" + m.id).substring(2, 14), 16), "Regning " + no, l);
    }

    private void invoiceMail(M m, Supplier s, String from, String display, String account, String body, String extra) {
        String no = no(m);
        Amount a = amount();
        String[] subj = {"Regning " + no + " fra " + s.name(), "Ny regning " + no, s.name() + ": regning " + no,
            "Regning vedr. " + s.what(), "Faktura " + no + " / " + KOMMUNE};
        Mime mime = headers(m, display, from, to(), subj[Math.floorMod(m.id.hashCode(), subj.length)]);
        mime.text(body.replace("{no}", no).replace("{sum}", a.gross()).replace("{due}", writtenDay(m, 30))
            + (account == null ? "" : "\nKonto: " + account) + "\n\n" + display + "\n" + s.name());
        mime.attach("application/pdf", "regning-" + no + ".pdf", pdf(m, s, no, a, account, extra));
    }

    private static final String[] LEGIT_BODY = {
        "Hermed regningen for {what}. Beløbet på {sum} kr. forfalder {due}.",
        "Som aftalt med jeres projektleder sender vi regning {no} for {what}.",
        "Vedhæftet finder I vores regning for {what}; den går også via NemHandel til jeres EAN.",
        "Arbejdet med {what} er afsluttet og godkendt ved gennemgang, så her kommer regningen.",
        "Regning {no} for {what} ligger som PDF. Spørgsmål kan rettes direkte til mig.",
        "Månedens regning for {what} er klar. Betalingsbetingelser som i kontrakten, løbende måned plus 30 dage.",
        "Tak for et godt samarbejde i denne periode. Regningen for {what} er vedlagt."};

    private void legitimate() {
        int v = 0;
        for (int round = 0; round < 3; round++) {
            for (Supplier s : listed) {
                M m = ok("supplier-invoice", true);
                if (round == 0) {
                    m.wave = 1;
                }
                String body = "Kære " + KOMMUNE + "\n\n" + LEGIT_BODY[v++ % LEGIT_BODY.length].replace("{what}", s.what());
                invoiceMail(m, s, addr(s), s.person(), s.account(), body, "");
                genuine(m, s.ip());
                m.description = "genuine invoice from " + s.domain();
            }
        }
        for (Supplier s : List.of(tolk, pianist)) {
            M m = ok("freemail-sole-trader-invoice", true);
            invoiceMail(m, s, addr(s), s.person(), s.account(), "Hej\n\nHer er min regning for " + s.what()
                + ". Jeg har ikke NemHandel, så jeg sender den her. Pengene må gerne gå til min konto i banken, som står på "
                + "regningen.", "");
            genuine(m, s.ip());
            m.description = "sole trader on " + s.domain() + ", genuine";
        }
        for (Supplier s : List.of(svensk, tysk)) {
            M m = ok("foreign-invoice", true);
            invoiceMail(m, s, addr(s), s.person(), s.account(), "Hej/Hallo\n\nPlease find attached our invoice for "
                + s.what() + ". Payment by SEPA transfer within 30 days, reference the invoice number.", "Reverse charge");
            genuine(m, s.ip());
            m.description = "foreign supplier " + s.domain();
        }
        String[][] plat = {{"kvitflow.dk", "127.78.11.1"}, {"betalingsspor.io", "127.78.12.1"}, {"bilagsstien.dk", "127.78.13.1"}};
        for (int i = 0; i < 6; i++) {
            Supplier s = listed.get((i * 5) % listed.size());
            M m = ok("platform-invoice", true);
            String p = plat[i % 3][0];
            invoiceMail(m, s, "noreply@" + p, s.name() + " via " + p, s.account(), "Du har modtaget en regning fra " + s.name()
                + " gennem " + p + ". Regningsnummer {no}, beløb {sum} kr., sidste rettidige betaling {due}.", "");
            genuine(m, plat[i % 3][1]);
            m.description = "invoice sent through platform " + p;
        }
        for (int i = 0; i < 4; i++) {
            Supplier s = listed.get(i * 3 + 1);
            M m = ok("credit-note", true);
            invoiceMail(m, s, addr(s), s.person(), null, "Hej\n\nVi har krediteret en del af " + s.what()
                + ", fordi en post var faktureret to gange. Kreditnotaen modregnes i næste regning.", "KREDITNOTA");
            genuine(m, s.ip());
            m.description = "credit note from " + s.domain();
        }
        for (int i = 0; i < 3; i++) {
            Supplier s = listed.get(i * 4 + 2);
            M m = ok("payment-reminder", true);
            invoiceMail(m, s, addr(s), s.person(), s.account(), "Hej kreditorafdelingen\n\nVi kan ikke se en indbetaling på "
                + "regning {no}. Måske har den krydset denne mail; ellers beder vi jer kigge på den. Kontoen er uændret.", "");
            genuine(m, s.ip());
            m.description = "genuine first reminder from " + s.domain();
        }
        // an announced genuine account change, signed and sent from the supplier's own server
        M m = ok("supplier-new-account", false);
        headers(m, anlaeg.person(), addr(anlaeg), "kreditor@gentofte.dk", "Ny bankforbindelse fra 1. januar")
            .text("Til Gentofte Kommune\n\nJægersborg Anlægsgartneri skifter bank ved årsskiftet. Vi har sendt ændringen "
                + "via NemHandel og ringer til jeres kreditorafdeling for at bekræfte den. Betal gerne som hidtil, indtil I har "
                + "talt med os.\n\nRegnskab\nJægersborg Anlægsgartneri ApS");
        genuine(m, anlaeg.ip());
        m.description = "announced account change, to be confirmed by phone";
        for (int i = 0; i < 3; i++) {
            m = ok("forwarded", true);
            Supplier s = listed.get(i + 10);
            invoiceMail(m, s, addr(s), s.person(), s.account(), "Hej\n\nRegning {no} for " + s.what()
                + " sendt til Ordrups institutionsleder, som videresender til jer.", "");
            m.ip = "127.78.28.1";
            m.helo = "fwd.charlottenlund-fiber.dk";
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.description = s.domain() + " invoice forwarded by a fiber provider without SRS";
        }
        for (int i = 0; i < 4; i++) {
            m = ok("mailing-list", false);
            Supplier s = listed.get(i * 4);
            headers(m, s.person(), addr(s), "kreditornet@kreditornet-nordsjaelland.dk",
                "Erfaring med e-fakturaer fra " + new String[]{"Hellerup", "Vangede", "Ordrup", "Skovshoved"}[i])
                .text("Hej alle i netværket\n\nVi oplever at kommunerne i Nordsjælland afviser regninger uden ordrenummer. "
                    + "Hvordan håndterer I det i " + new String[]{"julen", "januar", "sommerferien", "efterårsferien"}[i] + "?");
            listPost(m, s.domain(), "kreditornet-nordsjaelland.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Nordsjælland\r\n");
        }
        for (int i = 0; i < 4; i++) {
            m = ok("newsletter", false);
            headers(m, "Ordrupgaard Venner", "nyt@nyhedsbrev-ordrupgaard.dk", "kultur@gentofte.dk",
                "Nyt fra Ordrupgaard, " + new String[]{"vinter", "forår", "sommer", "efterår"}[i])
                .html("<html><body><p>Kære venner af Ordrupgaard</p><p>Denne sæson byder på omvisninger i haven, "
                    + "koncerter i Finn Juhls hus og et nyt program for skoleklasser fra " + new String[]{"Hellerup", "Dyssegård",
                        "Jægersborg", "Vangede"}[i] + ".</p></body></html>");
            genuine(m, "127.78.26.1");
            m.description = "newsletter, no DMARC";
        }
        String[] internalTopics = {"Husk at attestere regningerne fra Bellevue inden fredag",
            "Budgetopfølgning for Natur og Miljø, tredje kvartal", "Lønkørsel flyttes en dag frem i december",
            "Ny proces for indkøbskort i Ejendomsservice", "Opdatering af kreditorstamdata efter revisionen"};
        for (String t : internalTopics) {
            m = ok("internal", false);
            headers(m, "Økonomi og Indkøb", "okonomi@gentofte.dk", "kreditor@gentofte.dk", t)
                .text("Hej kolleger\n\n" + t + ". Spørg i teamet, hvis noget er uklart.\n\nØkonomi og Indkøb, Gentofte Rådhus");
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain";
        }
        for (int i = 0; i < 3; i++) {
            m = ok("bank-notice", false);
            headers(m, "Hellerup Sparekasse Erhverv", "erhverv@hellerup-sparekasse.dk", "okonomi@gentofte.dk",
                new String[]{"Kontoudtog er klar i netbanken", "Ændrede priser på betalingsformidling", "Planlagt driftsvindue"}[i])
                .text("Kære kunde\n\nDer ligger en ny besked til jer i erhvervsnetbanken. Vi beder aldrig om koder eller "
                    + "godkendelser pr. mail.\n\nHellerup Sparekasse");
            genuine(m, "127.78.21.1");
            m.description = "bank notice, genuine";
        }
    }

    private void fraud(String family, Supplier s, String fromDomain, String box, String display, int mule, String body,
                       String how) {
        M m = bad(family);
        invoiceMail(m, s, box + "@" + fromDomain, display, mule(mule), body, "");
        switch (how) {
            case "forged" -> forged(m, forgedHost++);
            case "own" -> ownedBy(m, fromDomain);
            default -> genuine(m, how);
        }
        m.description = family + " posing as " + s.name() + " from " + fromDomain;
    }

    private void fraudulent() {
        fraud("forged-supplier", kloak, kloak.domain(), "bv", kloak.person(), 0, "Hej\n\nVores bank i Ordrup er lukket, "
            + "så regning {no} skal nu betales til den nye konto i PDF'en. Den gamle konto modtager ikke længere penge.", "forged");
        fraud("forged-supplier", strand, strand.domain(), "signe", strand.person(), 1, "Kære kunde\n\nEfter sammenlægning med "
            + "et svensk strandfirma går alle betalinger for Bellevue nu til koncernens konto.", "forged");
        fraud("forged-supplier", byg, byg.domain(), "erhverv", "Vangede Byggemarked", 2, "Til erhvervskunder i Gentofte\n\n"
            + "Kontoen på vores tidligere fakturaer er spærret under en revision. Benyt kontoen på denne regning.", "forged");
        fraud("lookalike-domain", kloak, "ordrup-kloakservice.com", "bv", kloak.person(), 3, "Hej igen\n\nVi har fået nyt "
            + "domæne i forbindelse med vores nye hjemmeside. Regning {no} bedes betalt til kontoen nederst.", "own");
        fraud("lookalike-domain", vvs, "vangede-vvsteknik.dk", "service", "Servicekontoret", 4, "Hej\n\nPumperne i Vangede "
            + "Idrætshal er skiftet. Vi har ny bank efter ejerskiftet, se regningen.", "own");
        fraud("lookalike-domain", rengoer, "hellerup-rengoring.dk", "kunde", "Kundeservice", 5, "God morgen\n\nBemærk at "
            + "rengøringen af Hellerup Bibliotek nu faktureres fra vores nye selskab med ny konto.", "own");
        fraud("punycode-homoglyph", anlaeg, idn("jaegersb\u043erg-anlaeg.dk"), "regnskab", "Regnskab", 0, "Hej\n\nHækkene ved "
            + "vandtårnet er klippet. Betal venligst til den konto, vi har opdateret i vedhæftede regning.", "own");
        fraud("punycode-homoglyph", kontor, idn("gent\u043efte.dk"), "ordre", "Gentofte Kommune Indkøb", 1, "Hej kreditor\n\n"
            + "Her er en regning fra Gentofte Kontorforsyning som jeg har godkendt. Den skal betales i dag af hensyn til rabatten.",
            "own");
        fraud("punycode-homoglyph", lab, idn("gent\u043efte.dk"), "natur", "Natur og Miljø", 2, "Hej\n\nVandlaboratoriet "
            + "har skiftet bank, jeg har allerede rettet det i regningen. Kan I sende pengene i eftermiddag?", "own");
        fraud("compromised-supplier", maler, maler.domain(), "tina", maler.person(), 3, "Hej\n\nDørene på Dyssegårdsskolen "
            + "er lakeret. Vi har problemer med vores normale konto, så brug kontoen på denne regning, tak.", maler.ip());
        fraud("compromised-supplier", gartner, gartner.domain(), "ulla", gartner.person(), 4, "Hej\n\nLøgene til slotshaven "
            + "er leveret. Jeg har ændret kontonummeret, fordi vi er flyttet til en udenlandsk bank med bedre vilkår.", gartner.ip());
        fraud("compromised-supplier", bus, bus.domain(), "trafik", bus.person(), 5, "Hej\n\nUdflugterne for plejecentrene er "
            + "kørt. Betal denne gang til vores nye driftskonto, den gamle er lukket af revisor.", bus.ip());
        fraud("reply-chain-hijack", toemrer, "skovshoved-tomrerfirma.dk", "lk", toemrer.person(), 0, "Sv: Bådebroen\n\nJa, "
            + "planker og rækværk er færdige. Vi har ny konto, som står i regningen. Husk at rette den i jeres system.", "own");
        fraud("reply-chain-hijack", lab, "gentoftesoe-vandlab.com", "lab", "Laboratoriet", 1, "Sv: Prøver fra søerne\n\nTak for "
            + "svar. Som skrevet tidligere er kontoen ændret, se regningen for november.", "own");
        fraud("reply-chain-hijack", itdrift, "hellerup-itdrift.net", "debitor", "Debitor", 2, "Sv: Trådløst net på skolerne\n\n"
            + "Hermed den lovede regning. Betalingen skal til vores nye konto hos en bank i Litauen.", "own");
        for (int i = 0; i < 3; i++) {
            M m = bad("ceo-fraud");
            headers(m, new String[]{"Kommunaldirektør", "Borgmester", "Økonomidirektør"}[i], "direktion." + i + "@outlook.com",
                "kreditor@gentofte.dk", new String[]{"Fortroligt", "Hurtig overførsel", "Er du ved skrivebordet?"}[i])
                .text("Hej\n\nJeg sidder i møde på Rådhuset og kan ikke tale i telefon. Der skal overføres et depositum til et "
                    + "opkøb af en grund i " + new String[]{"Klampenborg", "Jægersborg", "Skovshoved"}[i] + " i dag. "
                    + "Kontoen er " + mule(i) + ". Hold det mellem os indtil videre.\n\nSendt fra min iPhone");
            genuine(m, MSFT);
            m.description = "CEO fraud from free mail";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("payroll-account-change");
            headers(m, new String[]{"Mette Lund", "Anders Friis", "Hanne Krogh"}[i], "lon.med." + i + "@gmail.com",
                "lon@gentofte.dk", "Ændring af lønkonto")
                .text("Godmorgen Lønteamet på Bernstorffsvej\n\nFra årsskiftet underviser jeg stadig i fysik på "
                    + new String[]{"Hellerup Skole", "Skovgårdsskolen", "Tjørnegårdsskolen"}[i]
                    + ", men min husbank i Vangede har fusioneret, og mit gamle kontonummer forsvinder. Decemberlønnen bedes "
                    + "derfor lagt ind på " + mule(i + 3) + ". Mit skoleintra virker ikke hjemmefra, derfor skriver jeg fra "
                    + "privatmailen. Giv lige et kort ja tilbage når det er ordnet.\n\nMange hilsner fra lærerværelset");
            genuine(m, GMAIL);
            m.description = "payroll diversion from free mail";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("fake-reminder-inkasso");
            headers(m, "Charlottenlund Inkasso", "sag" + i + "@charlottenlund-inkasso.dk", "okonomi@gentofte.dk",
                "Inkassovarsel sag " + (7800 + i)).text("Att. Gentofte Kommune, Bernstorffsvej 161\n\nPå vegne af en leverandør i Jægersborg har vi overtaget "
                + "kravet for snerydning på skolernes parkeringspladser sidste vinter. Trods to påmindelser står beløbet stadig "
                + "åbent i vores system. Indbetal hovedstol, rykkergebyrer og kompensation til " + mule(i) + " senest "
                + "torsdag kl. 12, ellers indleveres betalingspåkrav til fogedretten i Lyngby uden yderligere varsel.\n\n"
                + "Juridisk afdeling, Charlottenlund Inkasso");
            ownedBy(m, "charlottenlund-inkasso.dk");
            m.description = "fake debt collector";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("fake-digital-post");
            String d = i == 1 ? "mitid-gentofte.com" : "digitalpost-charlottenlund.net";
            headers(m, i == 1 ? "MitID Erhverv" : "Digital Post", "besked@" + d, "okonomi@gentofte.dk",
                i == 1 ? "Din MitID Erhverv udløber" : "Du har ulæst post fra Skattestyrelsen")
                .html("<html><body><p>Der ligger en vigtig besked til organisationen. Log ind inden fredag for at undgå "
                    + "spærring: <a href=\"https://" + d + "/login\">Åbn beskeden</a></p></body></html>");
            ownedBy(m, d);
            m.description = "fake public login page";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("qr-code-payment");
            Supplier s = listed.get(i + 5);
            headers(m, s.person(), "betaling@jaegersborg-betaling.net", to(), "Betal nemt med QR - " + s.name())
                .text("Hej\n\nScan koden i billedet med telefonen for at betale regningen for " + s.what() + " med det samme.")
                .attach("image/png", "betal.png", Attachments.qr(Long.parseLong(sha256("qr78:" + m.id).substring(0, 10), 16)));
            ownedBy(m, "jaegersborg-betaling.net");
            m.description = "QR code payment lure";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("archive-invoice");
            Supplier s = listed.get(i + 8);
            headers(m, s.person(), addr(s), to(), "Regninger samlet i mappe")
                .text("Hej\n\nAlle regninger for kvartalet er pakket, adgangskode 7820. Åbn og betal de markerede.")
                .attach("application/zip", "regninger.zip", Attachments.zip("regning.pdf.exe", new byte[]{77, 90, 1, (byte) i}));
            forged(m, forgedHost++);
            m.description = "zipped executable under a listed supplier's name";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("office-macro");
            headers(m, "Vangede Byggemarked", "erhverv@vangede-byggemarked.net", to(), "Kontoudtog og restancer")
                .text("Hej\n\nI dokumentet ser I de åbne poster. Aktivér redigering for at se beløbene.")
                .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "kontoudtog.xlsm",
                    Attachments.excel(List.of("Åbne poster", "Klik Aktivér indhold", "Konto " + mule(i)), true));
            ownedBy(m, "vangede-byggemarked.net");
            m.description = "macro spreadsheet from a look-alike";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("image-only-invoice");
            headers(m, "Hellerup IT-Drift", "faktura@hellerup-itdrift.net", to(), "Regning licenser")
                .attach("application/pdf", "scan.pdf", Attachments.scannedPdf(Long.parseLong(sha256("scan78:" + m.id).substring(0, 10), 16)));
            m.mime.text("");
            ownedBy(m, "hellerup-itdrift.net");
            m.description = "image-only invoice";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("xml-invoice-changed-account");
            Supplier s = listed.get(i + 11);
            headers(m, s.name() + " via kvitflow", "noreply@kvitflow-hellerup.dk", "efaktura@gentofte.dk", "OIOUBL-regning")
                .text("E-regning vedhæftet som XML. Kontooplysninger er opdateret i PaymentMeans.")
                .attach("application/xml", "regning.xml", ("<Invoice><AccountingSupplierParty>" + s.name()
                    + "</AccountingSupplierParty><PayeeFinancialAccount>" + plain(mule(i)) + "</PayeeFinancialAccount></Invoice>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ownedBy(m, "kvitflow-hellerup.dk");
            m.description = "e-invoice XML with changed payee from a look-alike platform";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("fake-esignature-request");
            headers(m, "Klampenborg eSign", "dokument@klampenborg-esign.dk", "okonomi@gentofte.dk",
                "Underskriv: tillæg til rammeaftale " + (i + 1)).html("<html><body><p>Et dokument venter på din underskrift. "
                + "<a href=\"https://klampenborg-esign.dk/s/" + i + "\">Underskriv med MitID</a></p></body></html>");
            ownedBy(m, "klampenborg-esign.dk");
            m.description = "fake e-signature request";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("fake-domain-renewal");
            headers(m, "Dyssegård Domæner", "fornyelse@dyssegaard-domaener.dk", "it@gentofte.dk", "Fornyelse af gentofte.dk")
                .text("Til IT-afdelingen i Gentofte\n\nRegistreringen af gentofte.dk samt søgeoptimeringspakken til "
                    + "kommunens hjemmeside løber ud om syv dage. Uden fornyelse frigives navnet, og både borgerportalen og "
                    + "medarbejdernes postkasser holder op med at virke. Fornyelsesgebyret, 4.850 kr., indsættes på "
                    + mule(i) + ", så forlænger vi automatisk tre år.\n\nDyssegård Domæner, kundeafdelingen");
            ownedBy(m, "dyssegaard-domaener.dk");
            m.description = "fake domain renewal";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("split-payment-redirect");
            Supplier s = listed.get(i + 2);
            invoiceMail(m, s, "regnskab@vangede-byggemarked.net", s.person(), mule(i), "Hej\n\nBetal venligst regning {no} "
                + "i to rater: halvdelen til den sædvanlige konto og resten til den konto, der står i regningen.", "Rate 2 af 2");
            ownedBy(m, "vangede-byggemarked.net");
            m.description = "split payment, second half to a mule";
        }
        for (int i = 0; i < 3; i++) {
            M m = bad("display-name-freemail");
            Supplier s = listed.get(i + 12);
            invoiceMail(m, s, "faktura." + s.box() + i + "@gmail.com", s.name(), mule(i + 2), "Hej\n\nVores mailserver "
                + "er nede, så jeg sender regningen fra min private mail. Betal til kontoen i den.", "");
            genuine(m, GMAIL);
            m.description = "known supplier's name as display name on free mail";
        }
        // new: sand raking at Bellevue Strand billed by someone who never raked it
        String[] sand = {"Strandrensningen på Bellevue er udført hver morgen i november, inkl. fjernelse af ålegræs. "
            + "Den faste leverandør er overtaget af os, så betal til den nye konto.", "Ekstra tangrydning efter stormen ved "
            + "Bellevue Strand og Skovshoved. Akut opgave bestilt telefonisk af jeres naturafdeling.",
            "Sæsonafslutning: harvning og udjævning af sandet ved livredderstolene på Bellevue. Betaling inden fem dage."};
        for (int i = 0; i < 3; i++) {
            M m = bad("fake-bellevue-beach-sand-raking-invoice");
            invoiceMail(m, strand, i == 2 ? "signe@bellevue-strandservice.net" : "drift@bellevue-sandrens.dk",
                i == 2 ? strand.person() : "Bellevue Sandrens", mule(i + 1), "Hej Natur og Miljø\n\n" + sand[i], "");
            ownedBy(m, i == 2 ? "bellevue-strandservice.net" : "bellevue-sandrens.dk");
            m.description = "sand raking at Bellevue never done, new account";
        }
        String[] lake = {"Prøvetagning af ilt og fosfor i Gentofte Sø, 6 stationer. Laboratoriet har ny konto fra denne måned.",
            "Akutte algeprøver fra Jægersborg Sø efter fiskedød. Jeres medarbejder bestilte dem i telefonen.",
            "Årsrapport om vandkvaliteten i begge søer. Forudbetaling kræves før rapporten frigives."};
        for (int i = 0; i < 3; i++) {
            M m = bad("fake-gentofte-lake-sampling-invoice");
            invoiceMail(m, lab, i == 0 ? "lab@gentoftesoe-vandlab.com" : "analyse@jaegersborg-soeanalyse.dk",
                i == 0 ? "Laboratoriet" : "Jægersborg Søanalyse", mule(i + 4), "Hej\n\n" + lake[i], "");
            ownedBy(m, i == 0 ? "gentoftesoe-vandlab.com" : "jaegersborg-soeanalyse.dk");
            m.description = "lake sampling billed by someone who never took a sample";
        }
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus78().generate(), List.of(
            "# Gentofte Kommune, Økonomi: invoice checks (seventy-eighth held-out corpus run, InvoiceCorpusIT).",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=ordrup-kloakservice.dk vangede-vvs-teknik.dk dyssegaard-malerfirma.dk jaegersborg-anlaeg.dk "
                + "charlottenlund-elservice.dk hellerup-rengoeringsteam.dk skovshoved-toemrerfirma.dk gentofte-kontorforsyning.dk "
                + "hellerup-itdrift.dk bernstorff-planteskole.dk ordrup-kantinedrift.dk klampenborg-buskoersel.dk "
                + "vangede-byggemarked.dk jaegersborg-vognmand.dk bellevue-strandservice.dk gentoftesoe-vandlab.dk "
                + "hellerup-laasesmed.dk",
            "invoice.domains.platforms=kvitflow.dk betalingsspor.io bilagsstien.dk",
            "invoice.names.protected=Gentofte Kommune"));
    }
}
