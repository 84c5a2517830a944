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
 * The fourteenth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Guldborgsund Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll and citizen-service
 * mailboxes, departments, and a self-service web form that mails from our own domain) with fifteen listed suppliers
 * from Nykøbing Falster, Sakskøbing, Stubbekøbing, Nysted, Gedser, Marielyst, Eskilstrup, Horbelev, Væggerløse and Nørre
 * Alslev in every DNS posture real Danish firms have, three invoicing platforms ({@code tripletex.no}, {@code bokio.se},
 * {@code lexoffice.de}), banks, Lolland and other neighbours, a South Zealand creditor list, forwarders (with and without
 * SRS), free mail, foreign suppliers (Lübeck, the Netherlands) and SaaS, auditors, the debt collection agency, local
 * sports clubs and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital
 * Post/NemHandel, fake inkasso, directory scams, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, fake garnishment orders, phone calls followed
 * up by mail, fake audit confirmations, redirected club grants, abuse of a municipality's own web form), without reading
 * the invoice engine, its tests, tuning notes or any earlier result. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder, collection
 * or garnishment demand for a real debt, intermunicipal or SaaS invoice) and its computed authentication (DMARC pass, or
 * aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus14GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus14 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout14");
    public static final String OWN = "guldborgsund.dk";
    static final String FRAUD_NET = "127.211.";
    private static final String OWN_IP = "127.200.0.1";
    /** Our self-service form system: it sends from our domain, through our SPF, signed with our key. */
    private static final String FORM_IP = "127.200.0.2";
    private static final String EAN = "5798009861427";
    private static final String TOWN_HALL = "Parkvej 37, 4800 Nykøbing F.";
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter NUM = DateTimeFormatter.ofPattern("dd-MM-yyyy", DA);
    private static final String GMAIL = "127.206.1.1";
    private static final String MSFT = "127.206.2.1";
    private static final String APPLE = "127.206.5.1";

    private final Random rnd = new Random(14_0014_2027L);
    /** Wave 1 per supplier domain: its invoice number, sum, Message-ID and subject, for later mails to cite. */
    private final Map<String, Earlier> earlier = new TreeMap<>();
    private Sum lastSum;
    private String lastSubject;
    private int host = 60;

    record Sum(long ore, String net, String vat, String gross) {
        Sum negate() {
            return new Sum(-ore, "-" + net, "-" + vat, "-" + gross);
        }
    }

    record Earlier(String no, Sum sum, String messageId, String subject) {
    }

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2027, 10, 4, 7, 45, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2027, 11, 1, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Guldborgsund Forsyning A/S", "gbs-forsyning.dk", "Forsyningens Kundeservice",
        "kundeservice", "127.201.1.1", iban("DK", "30004412297031"), "vand og spildevand, kommunale ejendomme, 3. kvartal 2027");
    private final Supplier entrep = new Supplier("Falster Entreprenørforretning A/S", "falster-entreprenoer.dk",
        "Entreprenørens Bogholderi", "bogholderi", "127.201.2.1", bank("0828", "0004412876"),
        "asfaltreparation, Stubbekøbing Havnevej, etape 2");
    private final Supplier kloak = new Supplier("Sakskøbing Kloak & Anlæg ApS", "saksk-kloak.dk", "Ulrik Maltrup", "ulrik",
        "127.201.3.1", bank("6520", "0007311684"), "slamsugning og rensning af sandfang, Sakskøbing Renseanlæg");
    private final Supplier toemrer = new Supplier("Stubbekøbing Tømrer & Snedker ApS", "stubbekoebing-toemrer.dk", "Per Grønsund",
        "per", "127.201.4.1", bank("6520", "0002258493"), "nye vinduer i personalerummet, Stubbekøbing Skole");
    private final Supplier maler = new Supplier("Nysted Malerforretning v/ Kim Ålholm", "nysted-maler.dk", "Kim Ålholm", "kim",
        "127.201.5.1", bank("0828", "0009914432"), "maling af gangarealer, Nysted Plejecenter");
    private final Supplier rengoer = new Supplier("Marielyst Rengøring ApS", "marielyst-rengoering.dk", "Rengøringens Administration",
        "admin", "127.201.6.1", bank("6520", "0004471238"), "daglig rengøring og vinduespudsning, Borgerservice Nykøbing F., oktober");
    private final Supplier ugeblad = new Supplier("Falster Ugeblad", "falster-ugeblad.dk", "Ugebladets Annoncesalg", "annoncer",
        "127.201.7.1", iban("DK", "20007718842206"), "offentlige annoncer og høringer, september-oktober");
    private final Supplier vognmand = new Supplier("Gedser Vognmandsforretning I/S", "gedser-vognmand.dk", "Bent Skansen", "bent",
        "127.201.8.1", bank("0828", "0006620914"), "transport af vejsalt til materielgården i Nørre Alslev");
    private final Supplier el = new Supplier("Væggerløse El-Service ApS", "vaeggerloese-el.dk", "Anders Hesnæs", "anders",
        "127.201.9.1", bank("6520", "0008812045"), "fejlfinding og nye armaturer, Væggerløse Børnehus");
    private final Supplier vvs = new Supplier("Nørre Alslev VVS & Blik ApS", "nalslev-vvs.dk", "VVS-kontoret", "kontor",
        "127.201.10.1", bank("0828", "0003381276"), "service på fjernvarmeunits, Nørre Alslev Hallen");
    private final Supplier madhus = new Supplier("Falster Madhus A/S", "falster-madhus.dk", "Madhusets Kundeservice", "kundeservice",
        "127.201.11.1", iban("DK", "53630008814427"), "madservice til hjemmeboende borgere, uge 40-41");
    private final Supplier traelast = new Supplier("Eskilstrup Trælast A/S", "eskilstrup-traelast.dk", "Trælastens Erhvervsafdeling",
        "erhverv", "127.201.12.1", iban("DK", "06950004471853"), "byggematerialer til Ejendomsservice, rammeaftale 2027");
    private final Supplier itp = new Supplier("Falster IT-Partner ApS", "falster-itpartner.dk", "IT-Partner Fakturering", "faktura",
        "127.201.13.1", bank("6520", "0005506219"), "drift af skolernes netværk og 25 nye Chromebooks");
    private final Supplier bus = new Supplier("Horbelev Busser ApS", "horbelev-busser.dk", "Horbelev Busser Trafikkontor", "trafik",
        "127.201.14.1", bank("0828", "0005147702"), "skolebuskørsel Sydfalster, september");
    private final Supplier kontor = new Supplier("Lolland-Falster Kontorcenter ApS", "lf-kontorcenter.dk", "Kontorcentrets Salg",
        "salg", "127.201.15.1", iban("DK", "30003318420975"), "kopipapir, toner og arkivkasser, rammeaftale, september");
    // not on the creditor list: small local firms and one-person businesses
    private final Supplier smedie = new Supplier("Guldborg Smedie v/ Ole Vålse", "guldborg-smedie.dk", "Ole Vålse", "ole",
        "127.202.1.1", bank("0828", "0001184507"), "reparation af låger og hegn, Guldborg Naturlegeplads");
    private final Supplier skadedyr = new Supplier("Nysted Skadedyrsservice", "nysted-skadedyr.dk", "Lise Frejlev", "lise",
        "127.202.2.1", bank("6520", "0003349981"), "rottebekæmpelse og kloakstop, Kettinge Skole");
    private final Supplier snedkeri = new Supplier("Sakskøbing Snedkeri", "sakskoebing-snedkeri.dk", "Jørn Orebygaard", "joern",
        "127.202.3.1", bank("6520", "0006672310"), "nye reoler til Sakskøbing Bibliotek");
    private final Supplier have = new Supplier("Idestrup Haveservice v/ Brian Idestrup", "idestrup-have.dk", "Brian Idestrup",
        "brian", "127.202.4.1", bank("0828", "0007753064"), "hækklipning og løvopsamling, Idestrup Børnehus");
    private final Supplier friluft = new Supplier("Bogø Friluft v/ Mads Fanefjord", "gmail.com", "Mads Fanefjord",
        "mads.bogoe.friluft", GMAIL, bank("6520", "0009021187"), "kajakdag for 7. årgang, Nørre Alslev Skole");
    private final Supplier tolk = new Supplier("Yasmin Ali Tolkeservice", "outlook.com", "Yasmin Ali", "yasmin.ali.tolk", MSFT,
        bank("0828", "0002267714"), "tolkning somali-dansk, Jobcentret, 6 timer");
    private final Supplier musik = new Supplier("Marielyst Musik v/ Sofie Ulslev", "icloud.com", "Sofie Ulslev",
        "sofie.ulslev.musik", APPLE, bank("6520", "0001472268"), "sangeftermiddage på Lindegårdens Plejecenter, oktober");
    private final Supplier foto = new Supplier("Gedser Fotografi", "hotmail.com", "Rikke Bøtø", "gedser.fotografi", MSFT,
        bank("0828", "0008830456"), "billeder af nye boligområder til kommunens hjemmeside");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, ugeblad, vognmand, el, vvs,
        madhus, traelast, itp, bus, kontor);

    /** Fraudsters' domains, each set up by its owner; the posture follows from the position. */
    private static final String[] OWNED = {"gbsforsyning.dk", "falster-entreprenor.dk", "eskilstrup-traelast.com",
        "horbelev-buser.dk", "vaeggerloese-el.com", idn("falster-ugebl\u0430d.dk"), idn("guldb\u043ergsund.dk"),
        "tripletex-faktura.com", "bokio-invoice.net", "saksk-kloak.com", "falster-madhus.com", "stubbekoebing-tomrer.dk",
        "nysted-maler.com", "inkasso-kreditservice.com", "digital-post-erhverv.net", "dk-domain-fornyelse.com",
        "erhvervsregister-norden.org", "ordre-support-dk.com", "betal-med-qr.net", "horbelev-busser.com",
        "coastal-dredging-advisory.com", "nystedmaler.dk", "gedser-vognmand.com", "saksk-kloak.net", "gbs-forsyning.com",
        "lf-kontorcenter.com", "falster-itpartner.com", "sikker-dokumentdeling.com", "faktura-visning.net",
        "gaeldsstyrelsen-udlaeg.dk", "fogedret-sekretariat.com", "eskilstrup-traelast.net", "lollandsbank-sikkerhed.com",
        "saldo-revisorbekraeftelse.com", "audit-confirmations-nordic.com", "nykf-svoemmeklub.com", "falster-ugeblad.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP, FORM_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gbs-forsyning.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("falster-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("saksk-kloak.dk", List.of(kloak.ip()), "~all", null, null); // SPF only
        domain("stubbekoebing-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("nysted-maler.dk", null, null, null, null); // nothing published
        domain("marielyst-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, null); // RSA DKIM only
        domain("falster-ugeblad.dk", List.of(ugeblad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gedser-vognmand.dk", List.of("127.201.98.8"), "~all", null, "none"); // SPF names its web host only
        domain("vaeggerloese-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("nalslev-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("falster-madhus.dk", List.of(madhus.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("eskilstrup-traelast.dk", List.of(traelast.ip(), "127.201.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("falster-itpartner.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("horbelev-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lf-kontorcenter.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("guldborg-smedie.dk", List.of(smedie.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("nysted-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sakskoebing-snedkeri.dk", List.of(snedkeri.ip()), "-all", null, null);
        domain("idestrup-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        // collection, authority, auditors, clubs, school
        domain("advokathuset-nykf.dk", List.of("127.202.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gaeldst.dk", List.of("127.202.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("falster-revision.dk", List.of("127.202.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("revisionshuset-lolland.dk", List.of("127.202.10.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("nykf-svoemmeklub.dk", List.of("127.202.11.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sakskoebing-fodbold.dk", List.of("127.202.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nykf-katedralskole.dk", List.of("127.202.13.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lf-legepladser.dk", List.of("127.202.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("tripletex.no", List.of("127.203.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bokio.se", List.of("127.203.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("lexoffice.de", List.of("127.203.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, neighbours, list, ESP, forwarders
        domain("lollandsbank.dk", List.of("127.204.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("andelskassen-falster.dk", List.of("127.204.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("lolland.dk", List.of("127.204.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("faxe.dk", List.of("127.204.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("stevns.dk", List.of("127.204.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("kreditornet-sydsj.dk", List.of("127.204.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mailgun.org", List.of("127.204.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunaloekonomi-nyt.dk", List.of("127.204.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.falster-net.dk", List.of("127.207.1.1"), "-all", null, null);
        domain("relay.lf-fiber.dk", List.of("127.207.2.1"), "-all", null, null);
        // free mail, foreign suppliers and SaaS, shops
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lucidchart.com", List.of("127.205.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("airtable.com", List.of("127.205.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hafenbau-luebeck.de", List.of("127.205.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("dijkmonitoring.nl", List.of("127.205.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("falster-byggemarked.dk", List.of("127.205.5.1"), "-all", null, "none");
        domain("sydfalster-boghandel.dk", List.of("127.205.6.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        String[] policies = {"reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 5 == 4 ? null : i % 3 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "40." + (i + 1)), i % 4 == 2 ? "~all" : "-all", key, policies[i % policies.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Sum sum(int span) {
        long net = 38_500 + rnd.nextInt(span);
        return new Sum(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Each supplier has its own numbering. */
    private String number(Supplier s) {
        int style = Math.floorMod(sha256("no14:" + s.domain()).hashCode(), 5);
        if (style == 0) {
            return "F" + (27_000 + rnd.nextInt(9_000));
        } else if (style == 1) {
            return "2027-" + (1_000 + rnd.nextInt(8_999));
        } else if (style == 2) {
            return String.valueOf(400_000 + rnd.nextInt(90_000));
        } else if (style == 3) {
            return "GF" + (10_000 + rnd.nextInt(80_000));
        }
        return (100 + rnd.nextInt(800)) + "/27";
    }

    private static final String[] BOXES = {"kreditor@guldborgsund.dk", "efaktura@guldborgsund.dk", "kreditor@guldborgsund.dk",
        "oekonomi@guldborgsund.dk", "teknik-miljoe@guldborgsund.dk", "boern-familie@guldborgsund.dk",
        "sundhed-aeldre@guldborgsund.dk", "kultur-fritid@guldborgsund.dk", "ejendomme@guldborgsund.dk", "indkoeb@guldborgsund.dk"};

    private String box() {
        return BOXES[rnd.nextInt(BOXES.length)];
    }

    private static long pdfId(M m, String tag) {
        return Long.parseLong(sha256("doc14:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(41_000_000 + Math.floorMod(sha256("cvr14:" + domain).hashCode(), 4_500_000));
    }

    private static String fik(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fik14:" + domain).hashCode(), 8_900_000));
    }

    private String on(M m, int days) {
        return sentPlus(m, days, LONG);
    }

    private String num(M m, int days) {
        return sentPlus(m, days, NUM);
    }

    private String iso(M m, int days) {
        return sentPlus(m, days, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /**
     * Three layouts: an order-line invoice ("Varenr./Beskrivelse/Antal/Beløb"); a girokort-style bill ending in an FI
     * line "+71<...>" (only for the supplier's own account); a bilingual "Tax invoice / Faktura".
     */
    private byte[] document(M m, Supplier s, String kind, String no, Sum sum, String account, int layout, List<String> extra) {
        List<String> rows = new ArrayList<>();
        String title;
        int style = Math.floorMod(layout, 3);
        if (style == 0) {
            title = kind.toUpperCase(DA) + " nr. " + no;
            rows.add(s.name() + " · CVR " + cvr(s.domain()));
            rows.add(kind + "sdato: " + num(m, 0) + "    Forfaldsdato: " + num(m, 30));
            rows.add("Faktureres til: Guldborgsund Kommune, " + TOWN_HALL + " - EAN " + EAN);
            rows.add("Varenr.   Beskrivelse   Antal   Beløb");
            rows.add("100   " + s.what() + "   1   " + sum.net());
            rows.add("Beløb ekskl. moms: " + sum.net() + "   Moms 25 %: " + sum.vat() + "   Total DKK: " + sum.gross());
            rows.addAll(extra);
            rows.add("Betaling til " + account + " - husk " + kind.toLowerCase(DA) + "snummer som reference");
        } else if (style == 1) {
            title = s.name();
            rows.add(kind + " " + no + " af " + on(m, 0));
            rows.add("Til: Guldborgsund Kommune, kreditorafdelingen (EAN " + EAN + ")");
            rows.add("Ydelse: " + s.what());
            rows.add("Pris " + sum.net() + " + moms " + sum.vat() + " = " + sum.gross() + " kr.");
            rows.addAll(extra);
            rows.add("Betalingsfrist " + on(m, 21) + ". Betales til " + account);
            if (account.equals(s.account())) {
                String digits = no.replaceAll("\\D", "");
                rows.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + fik(s.domain()) + "<");
            }
        } else {
            title = "Tax invoice / " + kind + " " + no;
            rows.add(s.name() + " (VAT DK" + cvr(s.domain()) + ")");
            rows.add("Issued/Udstedt " + iso(m, 0) + ", due/forfald " + iso(m, 30));
            rows.add("Bill to: Guldborgsund Municipality, EAN " + EAN);
            rows.add("1 x " + s.what() + " = " + sum.net());
            rows.add("VAT/moms 25 %: " + sum.vat() + " | Total: DKK " + sum.gross());
            rows.addAll(extra);
            rows.add("Remit to / Betal til: " + account);
        }
        return Attachments.pdf(pdfId(m, no), title, rows);
    }

    private static String fileName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "GK-Faktura " + n + ".pdf", n + ".pdf", "Guldborgsund_" + n + ".pdf",
            "faktura-" + n.toLowerCase(DA) + ".pdf", "Regning " + n + ".pdf", "Invoice_" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] HELLO = {"Hej", "Til kreditorafdelingen", "Kære Guldborgsund Kommune", "Goddag bogholderiet",
        "Hej Økonomi", "Att. Kreditorer", "Hej med jer"};

    private String regards(Supplier s) {
        int style = Math.floorMod(sha256("sig14:" + s.domain()).hashCode(), 4);
        if (style == 0) {
            return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + "\nCVR-nr. " + cvr(s.domain());
        } else if (style == 1) {
            return "\n\nVh " + s.person() + "\n" + s.name() + " | tlf. 54 " + (40 + rnd.nextInt(59)) + " " + (10 + rnd.nextInt(89))
                + " " + (10 + rnd.nextInt(89));
        } else if (style == 2) {
            return "\n\nMvh\n" + s.person() + "\n--\n" + s.name() + "\n"
                + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "Sendt fra min iPhone" : "www." + s.domain());
        }
        return "\n\nHilsen " + s.person() + ", " + s.name();
    }

    /** A supplier's invoice (body and PDF, headers set); the caller decides how it travels. Returns the number. */
    private String bill(M m, Supplier s, String account, int v, List<String> extra, String note) {
        String no = number(s);
        Sum total = sum(listed.contains(s) ? 9_500_000 : 650_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " - " + s.name(), "Guldborgsund Kommune: faktura " + no,
            "Regning fra " + s.name(), "Ny faktura (" + no + ") EAN " + EAN, "Fakturering " + no, "Faktura vedlagt",
            "Vedr. opgave - faktura " + no};
        String text;
        switch (Math.floorMod(v, 7)) {
            case 0 -> text = "Vedhæftet faktura " + no + " vedr. " + s.what() + ".";
            case 1 -> text = "Hermed fakturaen for det udførte arbejde. Beløbet er " + total.gross() + " kr. inkl. moms og forfalder "
                + on(m, 30) + ".";
            case 2 -> text = "Så er opgaven færdig, og her er regningen. Den er også sendt til jeres EAN-nummer.";
            case 3 -> text = "Tak for ordren. Faktura " + no + " følger som PDF - skriv endelig, hvis noget ikke stemmer.";
            case 4 -> text = "Hermed regning for perioden. Husk venligts at angive fakturanummer ved indbetaling.";
            case 5 -> text = "Fakturanr.: " + no + "\nBeløb: " + total.gross() + " kr.\nForfald: " + on(m, 30);
            default -> text = "Se vedlagte faktura. Spørgsmål til den kan rettes til undertegnede.";
        }
        String body = HELLO[Math.floorMod(v, HELLO.length)] + "\n\n" + text + note + regards(s);
        lastSum = total;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 4 == 2 ? s.name() : s.person(), addr(s), box(), lastSubject);
        if (v % 6 == 4) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><div>"
                + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", fileName(no, v), document(m, s, "Faktura", no, total, account, v, extra));
        return no;
    }

    /** A Peppol BIS Billing 3.0 invoice (UBL 2.1), as the NemHandel/Peppol access points carry them. */
    private String peppol(String no, Supplier s, Sum total, String issued, String due) {
        String net = String.format(Locale.ROOT, "%.2f", total.ore() / 100.0);
        String vat = String.format(Locale.ROOT, "%.2f", (total.ore() / 4) / 100.0);
        String gross = String.format(Locale.ROOT, "%.2f", (total.ore() + total.ore() / 4) / 100.0);
        String account = plain(s.account());
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"\n");
        x.append("         xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"\n");
        x.append("         xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
        x.append(" <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n");
        x.append(" <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n");
        x.append(" <cbc:ID>").append(no).append("</cbc:ID>\n");
        x.append(" <cbc:IssueDate>").append(issued).append("</cbc:IssueDate>\n");
        x.append(" <cbc:DueDate>").append(due).append("</cbc:DueDate>\n");
        x.append(" <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n");
        x.append(" <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n");
        x.append(" <cbc:BuyerReference>").append(EAN).append("</cbc:BuyerReference>\n");
        x.append(" <cac:AccountingSupplierParty><cac:Party>\n");
        x.append("  <cbc:EndpointID schemeID=\"0184\">DK").append(cvr(s.domain())).append("</cbc:EndpointID>\n");
        x.append("  <cac:PartyLegalEntity><cbc:RegistrationName>").append(s.name().replace("&", "&amp;"))
            .append("</cbc:RegistrationName></cac:PartyLegalEntity>\n");
        x.append(" </cac:Party></cac:AccountingSupplierParty>\n");
        x.append(" <cac:AccountingCustomerParty><cac:Party>\n");
        x.append("  <cbc:EndpointID schemeID=\"0088\">").append(EAN).append("</cbc:EndpointID>\n");
        x.append("  <cac:PartyLegalEntity><cbc:RegistrationName>Guldborgsund Kommune</cbc:RegistrationName></cac:PartyLegalEntity>\n");
        x.append(" </cac:Party></cac:AccountingCustomerParty>\n");
        x.append(" <cac:PaymentMeans><cbc:PaymentMeansCode>").append(s.account().startsWith("IBAN") ? "58" : "31")
            .append("</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>").append(account)
            .append("</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n");
        x.append(" <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount></cac:TaxTotal>\n");
        x.append(" <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"DKK\">").append(net)
            .append("</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID=\"DKK\">").append(net)
            .append("</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID=\"DKK\">").append(gross)
            .append("</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID=\"DKK\">").append(gross)
            .append("</cbc:PayableAmount></cac:LegalMonetaryTotal>\n");
        x.append(" <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity>")
            .append("<cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount><cac:Item><cbc:Name>")
            .append(s.what().replace("&", "&amp;")).append("</cbc:Name></cac:Item></cac:InvoiceLine>\n");
        x.append("</Invoice>\n");
        return x.toString();
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private M legit(String family, boolean invoice) {
        M m = mail(family, false);
        if (invoice) {
            invoiceLike.add(m.id);
        }
        return m;
    }

    private void legitimate() {
        int v = 0;
        for (Supplier s : listed) {
            M m = legit("supplier-invoice", true);
            m.wave = 1;
            String no = bill(m, s, s.account(), v++, List.of(), "");
            genuine(m, s.ip());
            earlier.put(s.domain(), new Earlier(no, lastSum, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice with its usual account, from its own server";
        }
        List<Supplier> regular = List.of(traelast, entrep, ugeblad, kloak, vognmand, maler, itp, madhus, forsyning, el, toemrer, vvs,
            kontor, bus, rengoer, traelast);
        for (Supplier s : regular) {
            M m = legit("supplier-invoice", true);
            int k = v % 5;
            bill(m, s, s.account(), v * 3 + 1, List.of(k == 0 ? "Rekvisition " + (71_000 + v * 17) : k == 2 ? "Jeres ref.: "
                + box().replace("@guldborgsund.dk", "") : "Leveringsadresse: se rekvisition"), k == 1
                ? "\n\nKørebilag og timeliste ligger som ekstra PDF." : "");
            if (k == 1) {
                m.mime.attach("application/pdf", "timeliste.pdf", Attachments.pdf(pdfId(m, "time"), "Timeliste",
                    List.of("Opgave: " + s.what(), "Timer i alt: " + (4 + v % 9), "Kørsel " + (14 + 2 * v) + " km",
                        "Kvitteret af kommunens tilsyn")));
            } else if (k == 3) {
                m.mime.attach("image/jpeg", "foto_" + (3100 + v) + ".jpg", Attachments.image(pdfId(m, "img"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        for (Supplier s : List.of(forsyning, madhus, rengoer, bus)) {
            M m = legit("supplier-invoice", true);
            bill(m, s, s.account(), v++ * 2, List.of("Periode: oktober 2027"), "\n\nFakturaen dækker hele oktober måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for October, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        garnishment();
        auditConfirmations();
        intermunicipal();
        platforms();
        peppolFiles();
        bankChanges();
        smallFirms();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        foreign();
        remittances();
        shops();
        quotesAndLetters();
        webForm();
        association();
    }

    private void creditNotes() {
        String[][] why = {{"Kreditnota vedr. faktura ", "Tre paller gipsplader var fugtskadede ved levering og er taget retur."},
            {"Kreditering af faktura ", "Vi fakturerede 80 kasser papir, men der blev kun leveret 64."},
            {"Kreditnota - fejl på ", "Borgerservice var lukket to dage i uge 41, så de dage er trukket fra."}};
        Supplier[] who = {traelast, kontor, rengoer};
        for (int i = 0; i < who.length; i++) {
            Supplier s = who[i];
            M m = legit("credit-note", true);
            String no = "KR-" + (5_000 + rnd.nextInt(4_000));
            Sum credit = sum(260_000).negate();
            Earlier e = earlier.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@guldborgsund.dk", why[i][0] + e.no())
                .text(HELLO[i + 2] + "\n\n" + why[i][1] + " Vedhæftet kreditnota " + no + " på " + credit.gross() + " kr., som I "
                    + "kan modregne i næste betaling." + regards(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", document(m, s, "Kreditnota", no, credit, s.account(), i,
                    List.of("Vedrører faktura " + e.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its earlier invoice";
        }
    }

    private void statements() {
        for (Supplier s : List.of(entrep, ugeblad)) {
            M m = legit("statement-of-account", false);
            Earlier e = earlier.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@guldborgsund.dk", "Saldoudskrift " + num(m, 0))
                .text("Hej\n\nTil jeres afstemning: vedhæftet saldoudskrift. Faktura " + e.no() + " er registreret betalt, og der er "
                    + "ingen åbne poster." + regards(s))
                .attach("application/pdf", "saldo_guldborgsund.pdf", Attachments.pdf(pdfId(m, "saldo"), "Saldoudskrift",
                    List.of("Guldborgsund Kommune", "Faktura " + e.no() + ": betalt", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = legit("payment-acknowledgement", false);
        headers(m, el.person(), addr(el), "kreditor@guldborgsund.dk", "Betaling modtaget - tak")
            .text("Hej\n\nPengene for faktura " + earlier.get(el.domain()).no() + " er kommet. Tak for det.\n\nAnders\n"
                + el.name());
        genuine(m, el.ip());
        m.description = "vaeggerloese-el.dk thanks for payment of its earlier invoice";
    }

    private void reminders() {
        Object[][] r = {{ugeblad, "Venlig påmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Har I betalt inden for "
            + "de seneste dage, kan I se bort fra denne mail."},
            {maler, "Rykker", "Hej. Jeg mangler stadig betaling for gangene på Nysted Plejecenter. Er fakturaen gået tabt? Mvh Kim"},
            {kloak, "Påmindelse om betaling", "Fakturaen er forfalden med 9 dage. Der er ikke lagt gebyr på."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = legit("payment-reminder", true);
            Earlier e = earlier.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@guldborgsund.dk", x[1] + " - faktura " + e.no())
                .text(HELLO[(i + 4) % HELLO.length] + "\n\n" + x[2] + "\n\nFaktura " + e.no() + " på " + e.sum().gross()
                    + " kr. betales som altid til " + s.account() + "." + regards(s))
                .attach("application/pdf", "Paamindelse_" + e.no().replace('/', '-') + ".pdf", document(m, s, "Påmindelse", e.no(),
                    e.sum(), s.account(), i + 2, List.of("Oprindelig faktura " + e.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real earlier invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = legit("collection-notice", true);
        String sag = "INK-" + (60_000 + rnd.nextInt(30_000));
        String client = bank("9570", "0012284417");
        headers(m, "Advokathuset Nykøbing F. - Inkasso", "inkasso@advokathuset-nykf.dk", "kreditor@guldborgsund.dk",
            "Sag " + sag + " - Idestrup Haveservice")
            .text("Guldborgsund Kommune\n\nVi er af Idestrup Haveservice v/ Brian Idestrup bedt om at inddrive faktura 118 af 2. "
                + "september 2027 (hækklipning, Idestrup Børnehus) på 4.812,50 kr., som ikke er betalt trods påmindelse.\n\n"
                + "Er kravet betalt eller bestridt, så skriv til os med sagsnummeret. Ellers bedes beløbet med 100 kr. i "
                + "rykkergebyr indbetalt på vores klientkonto " + client + ".\n\nAdvokathuset Nykøbing F., inkassoafdelingen")
            .attach("application/pdf", "Inkasso_" + sag + ".pdf", Attachments.pdf(pdfId(m, "ink"), "Inkassovarsel " + sag,
                List.of("Kreditor: Idestrup Haveservice", "Faktura 118: 4.812,50", "Rykkergebyr 100,00", "Klientkonto " + client)));
        genuine(m, "127.202.7.1");
        m.description = "real lawyer's collection letter about an unlisted supplier's unpaid invoice, DMARC pass";
    }

    /** New legitimate family: the debt collection agency tells us a supplier's claim on us has been seized. */
    private void garnishment() {
        M m = legit("garnishment-notice", true);
        String ref = "UDL-" + (2_000_000 + rnd.nextInt(800_000));
        String agency = bank("0216", "4069887712");
        headers(m, "Gældsstyrelsen", "udlaeg@gaeldst.dk", "kreditor@guldborgsund.dk", "Orientering om udlæg i tilgodehavende - "
            + ref)
            .text("Til Guldborgsund Kommune, kreditorbogholderiet\n\nGældsstyrelsen har foretaget udlæg i Sydfalster Murerforretning "
                + "ApS' tilgodehavende hos kommunen. Den formelle underretning er sendt til jeres Digitale Post i dag.\n\n"
                + "Beløb, kommunen skylder selskabet, skal fra underretningen betales til Gældsstyrelsen med reference " + ref
                + " på konto " + agency + ", indtil udlægget er dækket (højst 38.420,00 kr.). Betaling til selskabet har ikke "
                + "frigørende virkning.\n\nSpørgsmål kan stilles via gaeldst.dk eller telefon på nummeret dér.\n\nGældsstyrelsen");
        genuine(m, "127.202.8.1");
        m.description = "real debt collection agency's notice of a seizure of an unlisted supplier's claim, letter in Digital Post, DMARC pass";
    }

    /** New legitimate family: a supplier's auditor asks us to confirm the balance we owe (no payment, no account). */
    private void auditConfirmations() {
        Object[][] a = {{"falster-revision.dk", "Falster Revision, statsautoriserede revisorer", "saldo@", "127.202.9.1", traelast},
            {"revisionshuset-lolland.dk", "Revisionshuset Lolland", "revision@", "127.202.10.1", bus}};
        for (Object[] x : a) {
            Supplier s = (Supplier) x[4];
            M m = legit("audit-balance-confirmation", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "kreditor@guldborgsund.dk", "Anmodning om saldobekræftelse - "
                + s.name())
                .text("Til Guldborgsund Kommune\n\nSom led i revisionen af årsregnskabet for " + s.name() + " beder vi jer "
                    + "bekræfte kommunens mellemværende med selskabet pr. 30. september 2027. Vi har selskabets tilladelse, jf. "
                    + "vedhæftede fuldmagt.\n\nSend blot jeres saldo (også hvis den er 0) som svar på denne mail eller med almindelig "
                    + "post. Vi beder ikke om betaling eller bankoplysninger.\n\nMed venlig hilsen\n" + x[1])
                .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(pdfId(m, "aud"), "Saldobekræftelse",
                    List.of("Selskab: " + s.name() + ", CVR " + cvr(s.domain()), "Skæringsdato 30.09.2027",
                        "Svar til revisor, ikke til selskabet", "Fuldmagt underskrevet af direktionen")));
            genuine(m, (String) x[3]);
            m.description = "real auditor of listed " + s.domain() + " asks for a balance confirmation, no payment";
        }
    }

    private void intermunicipal() {
        M m = legit("intermunicipal-invoice", true);
        String no = String.valueOf(7_100_000 + rnd.nextInt(90_000));
        String acct = bank("0216", "4069101853");
        headers(m, "Lolland Kommune, Debitor", "debitor@lolland.dk", "kreditor@guldborgsund.dk", "Mellemkommunal afregning "
            + no + " - specialundervisning")
            .text("Kære Guldborgsund\n\nHermed afregning for to elever fra Guldborgsund, der i 3. kvartal har gået på vores "
                + "specialskole i Maribo. Fakturaen er sendt til jeres EAN; kan den ikke modtages elektronisk, kan den betales til "
                + "Lolland Kommunes konto " + acct + ".\n\nVenlig hilsen\nLolland Kommune, Debitorbogholderiet")
            .attach("application/pdf", "Lolland_" + no + ".pdf", Attachments.pdf(pdfId(m, "lol"), "Mellemkommunal afregning " + no,
                List.of("Lolland Kommune", "Debitor: Guldborgsund Kommune, EAN " + EAN, "2 elever, 3. kvartal 2027",
                    "96.400,00 (momsfrit)", "Konto " + acct)));
        genuine(m, "127.204.3.1");
        m.description = "neighbouring municipality's invoice for special-school places, its own account, DMARC pass";
    }

    private void platforms() {
        Object[][] p = {{"tripletex.no", "noreply@", "Tripletex", itp}, {"tripletex.no", "noreply@", "Tripletex", smedie},
            {"bokio.se", "faktura@", "Bokio", friluft}, {"bokio.se", "faktura@", "Bokio", kontor},
            {"lexoffice.de", "rechnungen@", "lexoffice", toemrer}, {"lexoffice.de", "rechnungen@", "lexoffice", skadedyr}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = legit("platform-invoice", true);
            String no = "INV-" + (10_400 + rnd.nextInt(8_000));
            Sum total = sum(1_400_000);
            m.mailFrom = "bounce-" + sha256("pf14:" + m.id).substring(0, 6) + "@" + d;
            headers(m, s.name() + " (via " + x[2] + ")", x[1] + d, "efaktura@guldborgsund.dk", s.name() + " har sendt dig faktura "
                + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"margin:0;font-family:Helvetica,Arial,sans-serif\"><div style=\"max-width:560px;"
                    + "margin:24px auto;border-top:4px solid #2b6cb0;padding:20px\"><p>Hej Guldborgsund Kommune,</p><p>"
                    + s.name() + " har sendt faktura <strong>" + no + "</strong> på <strong>DKK " + total.gross() + "</strong> med "
                    + "forfald " + on(m, 14 + v) + ".</p><p>PDF'en er vedhæftet. Har du spørgsmål, så svar på denne e-mail, så går "
                    + "svaret direkte til " + s.person() + ".</p><hr><p style=\"font-size:11px;color:#888\">" + x[2] + " sender "
                    + "fakturaer på vegne af sine kunder.</p></div></body></html>")
                .attach("application/pdf", no + ".pdf", document(m, s, "Faktura", no, total, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice sent by platform " + d
                + ", usual account";
            v++;
        }
    }

    private void peppolFiles() {
        int v = 0;
        for (Supplier s : List.of(forsyning, itp, kontor)) {
            M m = legit("oioubl-peppol-xml", true);
            String no = "P" + (81_000 + rnd.nextInt(9_000));
            Sum total = sum(1_900_000);
            headers(m, s.name(), addr(s), "efaktura@guldborgsund.dk", "Faktura " + no + " som Peppol-fil")
                .text("Hej\n\nVores adgangspunkt til Peppol/NemHandel afviste i går afsendelsen med en teknisk fejl. Efter aftale med "
                    + "jeres e-fakturateam sender vi derfor XML-filen direkte, sammen med en PDF-udskrift.\n\n" + s.name())
                .attach("application/xml", no + ".xml", peppol(no, s, total, iso(m, 0), iso(m, 30)).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", no + ".pdf", document(m, s, "Faktura", no, total, s.account(), v + 2,
                    List.of("Original: Peppol BIS 3")));
            genuine(m, s.ip());
            m.description = s.domain() + " Peppol BIS 3 XML invoice with PDF print, usual account";
            v++;
        }
    }

    /** Two suppliers genuinely move bank, announced properly and authenticated; one sends its next invoice so. */
    private void bankChanges() {
        String tNew = bank("9335", "0004410288");
        M m = legit("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@guldborgsund.dk", "Ny bank fra 1. december")
            .text("Hej\n\nVi skifter til Andelskassen Falster pr. 1. december 2027. Fakturaer udstedt fra den dato har det nye "
                + "kontonummer (" + tNew + ") påtrykt; ældre fakturaer betales til den gamle konto.\n\nVi ved, at svindlere sender "
                + "den slags beskeder. Ring derfor til Per på det nummer, I har i jeres leverandørkartotek, og få det bekræftet, "
                + "før I retter noget. Brevet med underskrift er vedhæftet." + regards(toemrer))
            .attach("application/pdf", "Bankskifte_underskrevet.pdf", Attachments.pdf(pdfId(m, "bank"), "Meddelelse om ny bank",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Ny konto fra 01.12.2027: " + tNew, "Per Grønsund, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed supplier genuinely announces a bank change from December (SPF+DKIM, no DMARC), asks for a phone check";
        String uNew = iban("DK", "93350007721846");
        m = legit("supplier-new-account", false);
        headers(m, "Falster Ugeblad, økonomi", "oekonomi@falster-ugeblad.dk", "kreditor@guldborgsund.dk",
            "Falster Ugeblad flytter bank - brev sendt med posten")
            .text("Kære annoncør\n\nFalster Ugeblad er blevet en del af Sydsjællands Mediehus, og vores konto flytter derfor til "
                + uNew + " fra og med fakturaer dateret 1. november 2027.\n\nDu har også fået et brev med posten. Bekræft gerne "
                + "ændringen ved at ringe til vores hovednummer, som står på falster-ugeblad.dk - ikke på et nummer fra en mail."
                + "\n\nVenlig hilsen\nFalster Ugeblad, økonomi");
        genuine(m, ugeblad.ip());
        m.description = "listed supplier (p=reject, DMARC pass) announces a merger and new account, refers to a letter and phone check";
        m = legit("supplier-invoice", true);
        Supplier moved = new Supplier(ugeblad.name(), ugeblad.domain(), ugeblad.person(), ugeblad.box(), ugeblad.ip(), uNew,
            ugeblad.what());
        bill(m, moved, uNew, 3, List.of("Ny bankforbindelse jf. brev af 25. oktober 2027"), "\n\nSom varslet i vores brev er "
            + "kontonummeret nyt fra denne faktura.");
        genuine(m, ugeblad.ip());
        m.description = "falster-ugeblad.dk invoice with its new account after the announced and authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smedie, skadedyr, snedkeri, have, friluft, tolk, musik, foto)) {
            M m = legit("small-supplier-invoice", true);
            bill(m, s, s.account(), v * 3 + 2, List.of("Bestilt af: " + (v % 2 == 0 ? "afdelingsleder" : "pædagogisk leder")),
                v % 3 == 0 ? "\n\nDet er første gang, jeg fakturerer kommunen - sig til, hvis I mangler noget (EAN?)." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted small local supplier " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"kommunaloekonomi-nyt.dk", "KommunalØkonomi Nyt", "redaktion@", "Svindel med falske udlæg og kuratorer",
            "Flere kommuner har fået mails om 'udlæg' i leverandørers tilgodehavender. Ægte udlæg kommer med Digital Post."},
            {"falster-revision.dk", "Falster Revision", "nyhedsbrev@", "Årsafslutning 2027: det skal I huske",
                "Saldobekræftelser, periodisering og moms ved årsskiftet - vores tjekliste til offentlige kunder."}};
        for (String[] x : n) {
            M m = legit("newsletter", false);
            m.mailFrom = "bounce+" + sha256("nl14:" + x[0]).substring(0, 12) + "@mailgun.org";
            headers(m, x[1], x[2] + x[0], "oekonomi@guldborgsund.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/nyhedsbrev/afmeld>")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"background:#f4f4f4\"><div style=\"width:600px;background:#fff;padding:16px\"><h2>" + x[3]
                    + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikel\">Læs hele artiklen</a></p><p "
                    + "style=\"font-size:10px;color:#999\">Du modtager nyhedsbrevet som abonnent. Afmeld nederst.</p></div>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailgun.org");
            m.ip = "127.204.7.1";
            m.helo = "m42-117.mailgun.org";
            m.description = "newsletter from " + x[0] + " via an ESP, signed by both";
        }
    }

    /** The creditor list rewrites the subject and appends a footer: the poster's DKIM breaks, the list signs anew. */
    static byte[] listRewrite(byte[] raw) {
        String mail = new String(raw, StandardCharsets.UTF_8);
        mail = mail.replaceFirst("(?m)^Subject: ", "Subject: [Kreditornet Syd] ");
        String footer = "\r\n-- \r\nKreditornet Sydsjælland, Lolland og Falster - kreditorbogholdere i kommunerne\r\n"
            + "Afmelding: https://kreditornet-sydsj.dk/afmeld\r\n";
        return (mail.endsWith("\r\n") ? mail.substring(0, mail.length() - 2) + footer : mail + footer).getBytes(StandardCharsets.UTF_8);
    }

    private void creditorList() {
        String[][] p = {{"lolland.dk", "Hanne Maribo", "hama@", "Falsk udlæg fra 'Gældsstyrelsen'", "Hej alle\n\nVi fik i sidste uge "
            + "en mail om udlæg i en leverandørs tilgodehavende, med en konto i en udenlandsk bank. Den var falsk. Ægte udlæg "
            + "kommer i Digital Post, og Gældsstyrelsens konto står på gaeldst.dk.\n\nHanne, Lolland"},
            {"faxe.dk", "Mikkel Haslev", "miha@", "SV: Falsk udlæg fra 'Gældsstyrelsen'", "Tak Hanne. Vi havde et opkald først, "
                + "hvor en 'leverandør' varslede ny konto, og en mail bagefter 'som aftalt i telefonen'. Vi ringede tilbage på "
                + "kendt nummer.\n\nMikkel, Faxe"},
            {"stevns.dk", "Jette Store Heddinge", "jesh@", "Tilskud til foreninger udbetalt forkert?", "Hej\n\nEn forenings "
                + "'nye kasserer' skrev fra gmail og bad om at få aktivitetstilskuddet på en ny konto. Vi udbetaler kun til "
                + "foreningens NemKonto.\n\nJette, Stevns"}};
        for (String[] x : p) {
            M m = legit("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-sydsj.dk", x[3])
                .header("List-Id", "<liste.kreditornet-sydsj.dk>")
                .header("List-Post", "<mailto:liste@kreditornet-sydsj.dk>")
                .text(x[4]);
            throughList(m, x[0]);
        }
    }

    /** The poster signs, the list server relays, rewrites and signs again. */
    private void throughList(M m, String poster) {
        String list = "kreditornet-sydsj.dk";
        m.signers.add(poster);
        m.listSigner = list;
        m.afterSigning = HeldOutCorpus14::listRewrite;
        m.helo = "lists." + list;
        m.ip = dns.get(list).spfIps().get(0);
        m.description = "post by " + poster + " (its DMARC p=" + dns.get(poster).dmarc() + ") relayed by " + list
            + ", whose subject tag and footer break the poster's signature";
    }

    private void forwarded() {
        M m = legit("forwarded", true);
        bill(m, ugeblad, ugeblad.account(), 12, List.of(), "");
        m.mailFrom = "SRS0=h3Zp=YD=falster-ugeblad.dk=annoncer@srs.falster-net.dk";
        m.signers.add("falster-ugeblad.dk");
        m.ip = "127.207.1.1";
        m.helo = "srs.falster-net.dk";
        m.description = "falster-ugeblad.dk invoice forwarded with SRS (forwarder's SPF passes, supplier's DKIM survives)";
        m = legit("forwarded", true);
        bill(m, itp, itp.account(), 27, List.of(), "");
        m.signers.add(itp.domain());
        plainRelay(m, "its DKIM signature survives the relay");
        m = legit("forwarded", true);
        bill(m, el, el.account(), 26, List.of(), "");
        plainRelay(m, "it publishes SPF only, so no aligned pass survives the relay");
        m = legit("forwarded", true);
        String no = number(vognmand);
        Sum total = sum(700_000);
        headers(m, "Claus Toreby", "clto@" + OWN, "kreditor@guldborgsund.dk", "VS: Faktura " + no + " saltkørsel")
            .text("Hej Kreditor\n\nDenne kom til mig i stedet for jer. Kørslen er udført og godkendt af mig, konto 5120-310.\n\nClaus "
                + "Toreby\nVej og Park\n\n-------- Videresendt meddelelse --------\nFra: " + vognmand.person() + " <" + addr(vognmand)
                + ">\nDato: " + on(m, -2) + "\nEmne: Faktura " + no + "\n\nHej Claus, her er regningen for saltet.")
            .attach("application/pdf", fileName(no, 5), document(m, vognmand, "Faktura", no, total, vognmand.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** A customer's old address at the local fibre provider, relayed on to us without rewriting the envelope. */
    private void plainRelay(M m, String outcome) {
        m.helo = "relay.lf-fiber.dk";
        m.ip = dns.get(m.helo).spfIps().get(0);
        m.description = domainOf(m.from) + " invoice relayed by " + m.helo + " without SRS: " + outcome;
    }

    private void internal() {
        String[][] x = {{"Mette Toreby", "meto@", "Påmindelse: kontoændringer kræver tilbageringning", "Hej alle\n\nNår en "
            + "leverandør melder ny konto, ringer vi altid tilbage på et nummer fra kartoteket eller leverandørens hjemmeside - "
            + "aldrig på et nummer fra mailen eller fra et opkald, vi selv har modtaget. En kollega godkender bagefter.\n\nMette\n"
            + "Kreditorer"},
            {"Søren Vålse", "sova@", "Mangler betaling til Horbelev Busser?", "Hej\n\nHorbelev Busser siger, at september ikke er "
                + "betalt. Kan I se, om fakturaen hænger i godkendelse?\n\nSøren\nBørn og Familie"},
            {"IT-drift", "it-drift@", "Nedetid på e-fakturamodtagelsen lørdag", "Lørdag kl. 8-14 opgraderes e-fakturasystemet. "
                + "Fakturaer modtaget i tidsrummet behandles mandag."},
            {"Annette Gedesby", "angb@", "Udlæg for kursusforplejning", "Hej\n\nVedhæftet kvittering for kaffe og kage til "
                + "kurset i Sakskøbing. Kan det komme med på næste udbetaling?\n\nAnnette"},
            {"Kreditorer", "kreditor@", "Husk godkendelse senest den 25.", "Kære budgetansvarlige\n\nFakturaer skal godkendes senest "
                + "den 25. af hensyn til månedsafslutningen.\n\nKreditorer, Økonomi og Personale"}};
        for (String[] i : x) {
            M m = legit("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[1].equals("kreditor@") ? "ledere@guldborgsund.dk" : "kreditor@guldborgsund.dk",
                i[2]).text(i[3]);
            if (i[2].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering.jpg", Attachments.image(pdfId(m, "kvit"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = legit("bank-notice", false);
        headers(m, "Lollands Bank Erhverv", "erhverv@lollandsbank.dk", "oekonomi@guldborgsund.dk", "Ny meddelelse i Netbank Erhverv")
            .text("Kære kunde\n\nDer ligger en ny meddelelse til jer i Netbank Erhverv. Log på, som I plejer. Vi sender aldrig links "
                + "til login og beder aldrig om koder pr. mail eller telefon.\n\nLollands Bank");
        genuine(m, "127.204.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = legit("bank-notice", false);
        headers(m, "Andelskassen Falster", "info@andelskassen-falster.dk", "oekonomi@guldborgsund.dk", "Helligdage og "
            + "betalingsfrister i december")
            .text("Betalinger, der skal være hos modtager før jul, skal godkendes senest 21. december kl. 12. Mailen kan ikke "
                + "besvares.");
        genuine(m, "127.204.2.1");
        m.description = "bank notice about holiday cut-off times, DMARC pass";
    }

    private void foreign() {
        String[][] saas = {{"lucidchart.com", "Lucid Software", "billing@", "Your Lucid receipt #", "Your Lucid Team plan has "
            + "renewed. Payment was taken from the card on file; no action is needed.", "USD 1,080.00"},
            {"airtable.com", "Airtable", "receipts@", "Airtable invoice ", "Thanks for your payment for Airtable Team (12 seats). "
                + "This invoice is paid.", "USD 2,304.00"}};
        for (String[] x : saas) {
            M m = legit("foreign-saas-invoice", true);
            String no = String.valueOf(52_000_000 + rnd.nextInt(7_000_000));
            headers(m, x[1], x[2] + x[0], "indkoeb@guldborgsund.dk", x[3] + no)
                .text(x[4] + "\n\nInvoice: " + no + "\nTotal: " + x[5] + " (paid)\n\n" + x[1])
                .attach("application/pdf", "Invoice-" + no + ".pdf", Attachments.pdf(pdfId(m, "saas"), "Invoice " + no,
                    List.of("Bill to: Guldborgsund Kommune, " + TOWN_HALL + ", Denmark", "Reverse charge", "Total " + x[5],
                        "Paid with Visa ending 7731")));
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice already paid by card, DMARC pass";
        }
        M m = legit("foreign-invoice", true);
        String no = "RG-27-" + (300 + rnd.nextInt(600));
        String acct = iban("DE", "230400000872211409");
        headers(m, "Hafenbau Lübeck GmbH, Buchhaltung", "buchhaltung@hafenbau-luebeck.de", "teknik-miljoe@guldborgsund.dk",
            "Rechnung " + no + " / Gedser Lystbådehavn")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung für die Taucherinspektion der Spundwand im "
                + "Yachthafen Gedser. Zahlbar innerhalb 30 Tagen auf unser Konto " + acct + " (BIC COBADEFFXXX).\n\nMit "
                + "freundlichen Grüßen\nHafenbau Lübeck GmbH")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(pdfId(m, "de"), "Rechnung " + no,
                List.of("Hafenbau Lübeck GmbH", "Kunde: Guldborgsund Kommune, Dänemark", "Taucherinspektion Spundwand",
                    "Summe EUR 6.940,00 (Steuerschuldnerschaft des Leistungsempfängers)", "Bank: " + acct)));
        genuine(m, "127.205.3.1");
        m.description = "German harbour contractor from Lübeck, DE IBAN in its own name, p=none but aligned DMARC pass";
        m = legit("foreign-invoice", true);
        no = "DM-" + (2027_0400 + rnd.nextInt(300));
        acct = iban("NL", "INGB0007734520");
        headers(m, "Dijk Monitoring B.V.", "invoices@dijkmonitoring.nl", "teknik-miljoe@guldborgsund.dk", "Invoice " + no
            + " - dike sensors Guldborgsund")
            .text("Dear Guldborgsund Municipality,\n\nPlease find attached our invoice for the quarterly data service of the 14 "
                + "dike sensors along Guldborgsund, as per our framework agreement. Payment within 30 days to " + acct
                + " (BIC INGBNL2A).\n\nKind regards,\nDijk Monitoring B.V., Finance")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(pdfId(m, "nl"), "Invoice " + no,
                List.of("Dijk Monitoring B.V., Deventer", "Customer: Guldborgsund Kommune, EAN " + EAN, "Data service Q4, 14 sensors",
                    "Total EUR 4,200.00 (VAT reverse charged)", "Bank: " + acct)));
        genuine(m, "127.205.4.1");
        m.description = "Dutch dike-sensor supplier, English invoice, NL IBAN, DMARC pass";
    }

    private void remittances() {
        M m = legit("remittance-advice", false);
        headers(m, "Nykøbing Katedralskole, Administration", "administration@nykf-katedralskole.dk", "oekonomi@guldborgsund.dk",
            "Betalingsadvis")
            .text("Hej\n\nVi har i dag betalt 31.250,00 kr. til kommunens NemKonto for leje af Hallen i oktober (jeres faktura "
                + "8810443).\n\nVenlig hilsen\nNykøbing Katedralskole");
        genuine(m, "127.202.13.1");
        m.description = "remittance advice: a school has paid our hall-rent invoice";
        m = legit("remittance-advice", false);
        headers(m, "Stevns Kommune, Kreditorer", "kreditorer@stevns.dk", "oekonomi@guldborgsund.dk", "Specifikation af betaling")
            .text("Til Guldborgsund Kommune\n\nVedhæftet specifikation af dagens indbetaling.\n\nStevns Kommune")
            .attach("text/csv", "specifikation.csv", ("faktura;tekst;beloeb\r\n8810501;Refusion mellemkommunal, sep.;22140,00\r\n"
                + "8810502;Kursus for dagplejere;3600,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.204.5.1");
        m.description = "remittance advice from a municipality paying our invoices, CSV, DMARC pass";
    }

    private void shops() {
        String[][] r = {{"falster-byggemarked.dk", "Falster Byggemarked", "bon@", "Din elektroniske bon", "Skruer, silikone og "
            + "2 trillebøre, 2.186,00 kr. Betalt med firmakort."},
            {"sydfalster-boghandel.dk", "Sydfalster Boghandel", "ordre@", "Kvittering for ordre 77120", "24 klassesæt "
                + "læsebøger til Nysted Skole, 6.912,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = legit("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@guldborgsund.dk", x[3]).text(x[4] + "\n\nTak for handlen\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = legit("order-confirmation", false);
        headers(m, "LF Legepladser", "ordre@lf-legepladser.dk", "indkoeb@guldborgsund.dk", "Ordrebekræftelse 20931")
            .text("Tak for ordren på gyngestativ og faldunderlag til Marielyst Strandpark. Levering uge 48. Faktura sendes via "
                + "NemHandel til EAN " + EAN + " efter levering.\n\nLF Legepladser");
        genuine(m, "127.202.14.1");
        m.description = "order confirmation, to be invoiced by e-invoice";
    }

    private void quotesAndLetters() {
        M m = legit("quote", false);
        headers(m, smedie.person(), addr(smedie), "ejendomme@guldborgsund.dk", "Tilbud på ny låge ved Guldborg Naturlegeplads")
            .text("Hej\n\nEn ny låge i galvaniseret stål med fjederlukker: 11.900 kr. ekskl. moms inkl. montering. Tilbuddet gælder "
                + "30 dage." + regards(smedie))
            .attach("application/pdf", "tilbud_laage.pdf", Attachments.pdf(pdfId(m, "tilbud"), "Tilbud",
                List.of("Låge, galvaniseret, 1,2 m", "11.900,00 ekskl. moms")));
        genuine(m, smedie.ip());
        m.description = "quote from an unlisted smith, nothing to pay";
        m = legit("quote", false);
        headers(m, snedkeri.person(), addr(snedkeri), "kultur-fritid@guldborgsund.dk", "Pris på reoler, Sakskøbing Bibliotek")
            .text("Hej\n\n12 nye reoler i eg, monteret: 46.500 kr. + moms. Kan leveres i uge 50." + regards(snedkeri));
        genuine(m, snedkeri.ip());
        m.description = "quote in the body from an unlisted joiner, nothing to pay";
        m = legit("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-familie@guldborgsund.dk", "Vinterkøreplan for skolebusserne")
            .text("Hej\n\nFra 1. december kører morgenruten over Horbelev 10 minutter tidligere. Betalingsoplysninger er "
                + "uændrede.\n\nHorbelev Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = legit("supplier-letter", false);
        headers(m, madhus.person(), addr(madhus), "sundhed-aeldre@guldborgsund.dk", "Julemenu og bestilling i december")
            .text("Kære samarbejdspartnere\n\nJulemenuen kan bestilles frem til 10. december. Faktureringen fortsætter uændret via "
                + "NemHandel.\n\nFalster Madhus");
        genuine(m, madhus.ip());
        m.description = "listed supplier's menu letter, nothing to pay";
    }

    /** New legitimate family: messages from our own self-service form, sent by our system from our domain. */
    private void webForm() {
        String[][] f = {{"Spørgsmål til regning for svømmehal", "Navn: Lars Eskilstrup\nE-mail: lars.eskilstrup@gmail.com\n"
            + "Emne: Regning\n\nBesked:\nJeg har fået en regning for vores svømmeklubs banetimer i oktober, men vi var der kun tre "
            + "gange. Kan nogen ringe mig op? Tlf. står i foreningsportalen.", "lars.eskilstrup@gmail.com"},
            {"Hvor skal vi sende e-faktura?", "Navn: Hanne Kettinge, Kettinge Kursuscenter\nE-mail: hanne@kettinge-kursus.dk\n"
                + "Emne: Fakturering\n\nBesked:\nVi har holdt kursus for jeres dagplejere og skal sende en faktura. Hvilket "
                + "EAN-nummer skal vi bruge?", "hanne@kettinge-kursus.dk"}};
        for (String[] x : f) {
            M m = legit("web-form-message", false);
            headers(m, "Guldborgsund Kommune - Selvbetjening", "selvbetjening@" + OWN, "kreditor@guldborgsund.dk",
                "Kontaktformular: " + x[0])
                .header("Reply-To", "<" + x[2] + ">")
                .header("Auto-Submitted", "auto-generated")
                .text("Der er modtaget en henvendelse via kontaktformularen på guldborgsund.dk.\n\n" + x[1]
                    + "\n\n--\nDenne mail er sendt automatisk fra kommunens selvbetjeningsløsning.");
            genuine(m, FORM_IP);
            m.description = "a citizen's or supplier's message through our own web form, sent from our domain (nothing to pay)";
        }
    }

    /** A sports club's new treasurer announces the change properly and refers to the grant portal. */
    private void association() {
        M m = legit("association-notice", false);
        headers(m, "Nykøbing F. Svømmeklub, formanden", "formand@nykf-svoemmeklub.dk", "kultur-fritid@guldborgsund.dk",
            "Ny kasserer efter generalforsamlingen")
            .text("Hej Kultur og Fritid\n\nPå generalforsamlingen blev Birthe Systofte valgt som ny kasserer. Vi har opdateret "
                + "klubbens oplysninger i foreningsportalen med MitID. Klubbens NemKonto er den samme, så der skal ikke ændres noget "
                + "hos jer.\n\nVenlig hilsen\nFormand, Nykøbing F. Svømmeklub");
        genuine(m, "127.202.11.1");
        m.description = "sports club announces a new treasurer; nothing changes in payments";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3032900020874411"), iban("DK", "89900009931528"), bank("5479", "0003318804"),
        iban("EE", "1010220277465119"), iban("PL", "611090101400000712198874"), iban("GB", "MONZ04000470112233"),
        iban("IE", "AIBK93115212345612"), iban("NL", "RABO0318829465"), iban("DE", "100110012629581244"),
        iban("HU", "117730160111110800000000"), iban("RO", "RNCB0082044179360001"), iban("BG", "UNCR70001524183377"),
        iban("CY", "002001280000001200527600"), bank("9860", "0000114436"), iban("MT", "MMEB44093000000009027293051"),
        iban("SE", "30000000031231234560")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private M fraud(String family) {
        return mail(family, true);
    }

    private void fraudulent() {
        forgedSuppliers();
        lookalikeSuppliers();
        homoglyphs();
        platformFrauds();
        compromisedMailboxes();
        hijackedThreads();
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
        garnishmentFraud();
        vishingFollowups();
        auditFraud();
        grantRedirects();
        webFormAbuse();
    }

    private void forgedSuppliers() {
        Supplier[] who = {forsyning, ugeblad, traelast, madhus, itp};
        String[] notes = {"\n\nBemærk: vi har fået ny bankforbindelse. Benyt kun kontonummeret på denne faktura.",
            "\n\nVores tidligere konto er lukket - ret venligst oplysningerne i jeres system.", "",
            "\n\nNB! Nye betalingsoplysninger gælder fra og med denne faktura.", "\n\nPga. bankskifte bedes I betale hurtigst muligt."};
        for (int i = 0; i < who.length; i++) {
            M m = fraud("forged-supplier");
            bill(m, who[i], mule(i * 3), i + 4, List.of("Ny konto"), notes[i]);
            if (who[i] == ugeblad) {
                m.mime.header("Reply-To", "<annoncer@falster-ugeblad.com>");
            }
            forged(m, host++);
            m.description = "forged From " + who[i].domain() + " sent from a fraudster's machine, changed account"
                + (who[i] == ugeblad ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikeSuppliers() {
        Object[][] l = {{"gbsforsyning.dk", forsyning}, {"falster-entreprenor.dk", entrep}, {"eskilstrup-traelast.com", traelast},
            {"horbelev-buser.dk", bus}, {"vaeggerloese-el.com", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = fraud("lookalike-domain");
            bill(m, real.posing(d, real.account()), mule(i + 1), i * 2 + 1, List.of(), i % 2 == 1
                ? "\n\nVi har opdateret vores bankoplysninger - ret dem venligst med det samme." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("falster-ugebl\u0430d.dk");
        M m = fraud("punycode-homoglyph");
        bill(m, ugeblad.posing(d, ugeblad.account()), mule(7), 9, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN homoglyph " + d + " (Cyrillic a) of falster-ugeblad.dk, invoice with new account, authenticates";
        d = idn("guldb\u043ergsund.dk");
        m = fraud("punycode-homoglyph");
        headers(m, "Guldborgsund Kommune, Økonomi og Personale", "oekonomi@" + d, "kreditor@guldborgsund.dk",
            "Haster: forudbetaling til entreprenør efter stormflod")
            .text("Hej\n\nEfter stormfloden ved Gedser har beredskabet bestilt sandsække og pumper. Leverandøren vil have 84.750 kr. "
                + "forud i dag, ellers kører bilerne ikke. Betal til " + mule(9) + ", faktura kommer bagefter.\n\nVh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our finance department, urgent advance, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"tripletex-faktura.com", "Tripletex"}, {"bokio-invoice.net", "Bokio"}};
        for (int i = 0; i < look.length; i++) {
            M m = fraud("lookalike-platform");
            Supplier s = listed.get(3 + i * 5);
            String no = "INV-" + (10_400 + rnd.nextInt(8_000));
            headers(m, s.name() + " (via " + look[i][1] + ")", "noreply@" + look[i][0], "efaktura@guldborgsund.dk",
                "Forfalden faktura " + no + " - betal online")
                .html("<html><body style=\"font-family:Helvetica,Arial\"><p>Hej Guldborgsund Kommune,</p><p>Faktura " + no + " fra "
                    + s.name() + " er forfalden. Betal i dag for at undgå gebyr og inkasso:</p><p><a href=\"https://" + look[i][0]
                    + "/pay/" + sha256(m.id).substring(0, 10) + "\" style=\"background:#2b6cb0;color:#fff;padding:10px 18px\">Betal "
                    + "faktura</a></p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in a listed supplier's name, pay-now link";
        }
        M m = fraud("platform-account-misused");
        String no = "INV-" + (10_400 + rnd.nextInt(8_000));
        m.mailFrom = "bounce-x" + sha256(m.id).substring(0, 5) + "@tripletex.no";
        headers(m, "LF Skilte & Tryk (via Tripletex)", "noreply@tripletex.no", "efaktura@guldborgsund.dk",
            "LF Skilte & Tryk har sendt dig faktura " + no)
            .header("Reply-To", "<lf.skilte.tryk@outlook.com>")
            .html("<html><body><p>Hej Guldborgsund Kommune,</p><p>LF Skilte & Tryk har sendt faktura <b>" + no + "</b> på DKK "
                + "27.437,50 for vejskilte og bannere. Betaling til " + mule(11) + " senest om 5 dage.</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(pdfId(m, "pf"), "Faktura " + no,
                List.of("LF Skilte & Tryk", "Vejskilte og bannere", "DKK 27.437,50", "Konto " + mule(11))));
        genuine(m, "127.203.1.1");
        m.description = "real platform tripletex.no misused by an unknown firm, free-mail Reply-To, mule account";
        m = fraud("platform-account-misused");
        no = "INV-" + (10_400 + rnd.nextInt(8_000));
        m.mailFrom = "bounce-y" + sha256(m.id).substring(0, 5) + "@bokio.se";
        headers(m, "Marielyst Rengøring ApS (via Bokio)", "faktura@bokio.se", "kreditor@guldborgsund.dk", "Faktura " + no
            + " - ny bankforbindelse")
            .header("Reply-To", "<marielyst.rengoering@hotmail.com>")
            .html("<html><body><p>Hej,</p><p>Marielyst Rengøring fakturerer nu via Bokio. Vores bank er skiftet: betal faktura "
                + no + " (DKK 41.060,00) til " + mule(2) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", document(m, rengoer.posing(rengoer.domain(), mule(2)), "Faktura", no, sum(3_000_000),
                mule(2), 0, List.of("Ny bankforbindelse")));
        genuine(m, "127.203.2.1");
        m.description = "real platform bokio.se in a listed supplier's name with a new account and a free-mail Reply-To";
    }

    private void compromisedMailboxes() {
        Object[][] c = {{kontor, "Vi er blevet opkøbt af en nordisk kontorkæde, og fra i dag skal alle betalinger ske til "
            + "koncernens konto: "},
            {entrep, "Vores driftskonto er midlertidigt spærret, mens banken gennemfører hvidvaskkontrol. Indtil videre bedes I "
                + "betale til vores sekundære konto "},
            {forsyning, "Efter udbud af vores bankforretninger flytter Guldborgsund Forsyning til ny bank. Den vedhæftede faktura "
                + "betales derfor til "},
            {bus, "Vores fakturaer er overdraget til et finansieringsselskab, så betaling skal fremover ske til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = fraud("compromised-supplier");
            bill(m, s, mule(i + 12), i + 2, List.of("Betalingsoplysninger ændret"), "\n\n" + c[i][1] + mule(i + 12) + ". Vi er "
                + "svære at træffe på telefon i denne uge, så skriv blot her i mailen.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice moving the account";
        }
    }

    private void hijackedThreads() {
        Object[][] h = {{kloak, "saksk-kloak.com"}, {madhus, "falster-madhus.com"}, {toemrer, "stubbekoebing-tomrer.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Earlier e = earlier.get(s.domain());
            M m = fraud("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@guldborgsund.dk", "Re: " + e.subject())
                .header("In-Reply-To", e.messageId())
                .header("References", e.messageId())
                .text("Hej igen\n\nVedr. faktura " + e.no() + " på " + e.sum().gross() + " kr.: vi har skiftet bank i sidste uge, så "
                    + "betalingen skal gå til " + mule(i + 4) + " og ikke til kontoen på fakturaen. Kan I bekræfte, når det er "
                    + "rettet?\n\n" + s.person() + "\n\n> " + HELLO[i] + "\n> Vedhæftet faktura " + e.no() + ".");
            if (i == 1) {
                mime.attach("application/pdf", fileName(e.no(), 0), document(m, s.posing(d, mule(i + 4)), "Faktura", e.no(), e.sum(),
                    mule(i + 4), 0, List.of("Rettet kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ", cites its invoice, new account";
        }
    }

    private void ownDomain() {
        M m = fraud("own-domain-forged");
        headers(m, "Jens Kragenæs, borgmester", "borgmester@" + OWN, "oekonomi@guldborgsund.dk", "Fortroligt: depositum for "
            + "grundkøb ved Gedser Havn")
            .text("Hej\n\nVi er i fortrolige forhandlinger om et havneareal i Gedser. Sælgers advokat skal have et depositum på "
                + "245.000 kr. i dag. Overfør til " + mule(5) + " og tal ikke med andre om det, før byrådet er orienteret.\n\nJens");
        forged(m, host++);
        m.description = "mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = fraud("own-domain-forged");
        headers(m, "Kreditorer", "kreditor@" + OWN, "efaktura@guldborgsund.dk", "Genfremsendt: opkrævning efter revision")
            .text("Hej\n\nRevisionen har bedt os genbetale nedenstående opkrævning, som blev afvist i banken. Betal venligst "
                + "61.220,00 kr. til " + mule(8) + " i dag.\n\nKreditorer")
            .attach("application/pdf", "Opkraevning.pdf", Attachments.pdf(pdfId(m, "own"), "Opkrævning",
                List.of("Guldborgsund Kommune", "Genfremsendt opkrævning", "61.220,00", "Konto " + mule(8))));
        forged(m, host++);
        m.description = "our creditor mailbox forged from outside: an 'opkrævning' to re-pay, mule account";
    }

    private void ceo() {
        Object[][] c = {{"Jens Kragenæs", "jens.kragenaes.borgmester@gmail.com", GMAIL, "Har du 5 minutter?", "Hej\n\nJeg sidder i "
            + "møde med KL hele dagen. Jeg har brug for, at du klarer en hurtig betaling for mig i dag - en advokat skal have "
            + "et forskud på 48.000 kr. Svar mig her, så sender jeg detaljerne.\n\nJens\nSendt fra min iPhone"},
            {"Tove Bøtø", "tove.boetoe@outlook.com", MSFT, "Gavekort til frivillige", "Hej\n\nVi skal takke de frivillige fra "
                + "stormfloden. Kan du købe 20 gavekort à 500 kr. og sende mig koderne? Jeg refunderer det i morgen.\n\nTove, "
                + "kommunaldirektør"},
            {"Lars Sønder Kirkeby", "lars.s.kirkeby@icloud.com", APPLE, "Fortrolig betaling - venskabsby", "Hej\n\nVores "
                + "venskabsby i Polen har sendt regningen for udvekslingsturen i forvejen. Den skal betales i dag: " + mule(4)
                + ". Jeg godkender den, når jeg er tilbage.\n\nLars, økonomichef"}};
        for (Object[] x : c) {
            M m = fraud("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@guldborgsund.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = fraud("payroll-account-change");
        headers(m, "Camilla Nysted", "camilla.nysted82@gmail.com", "loen@guldborgsund.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg er social- og sundhedshjælper i hjemmeplejen Syd og har skiftet bank. Kan min løn fra denne måned "
                + "gå til " + bank("5479", "0003318804") + "? Jeg har ikke adgang til intranettet hjemmefra.\n\nMvh Camilla");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = fraud("payroll-account-change");
        headers(m, "Morten Eskilstrup", "morten.eskilstrup@hotmail.com", "loen@guldborgsund.dk", "Feriepenge og sidste løn")
            .text("Hi/hej\n\nJeg har arbejdet på materielgården og er flyttet til Irland. Send venligst mine feriepenge og sidste "
                + "løn til " + mule(6) + ".\n\nMorten");
        genuine(m, MSFT);
        m.description = "a 'former employee' on hotmail wants holiday pay abroad";
    }

    private void bodyOnly() {
        M m = fraud("bank-change-body-only");
        headers(m, maler.person(), "kim@nysted-maler.com", "kreditor@guldborgsund.dk", "Nyt kontonr.")
            .text("Hej\n\nVil bare sige at vi har fået nyt kontonummer: " + mule(10) + ". Brug det til alle fremtidige betalinger, "
                + "også den åbne faktura.\n\nMvh Kim\nNysted Malerforretning");
        ownedBy(m, "nysted-maler.com");
        m.description = "no attachment: look-alike of nysted-maler.dk asks to use a new account";
        m = fraud("bank-change-body-only");
        headers(m, "Bent Skansen", "gedser.vognmand@gmail.com", "kreditor@guldborgsund.dk", "Vigtigt - ny bank")
            .text("Hej\n\nVores firmamail virker ikke lige nu, derfor skriver jeg herfra. Vi har skiftet bank. Fremover skal I "
                + "betale til " + mule(13) + ".\n\nBent\nGedser Vognmandsforretning");
        genuine(m, GMAIL);
        m.description = "no attachment: a listed supplier's name on gmail ('company mail down'), new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kloak, el};
        for (int i = 0; i < s.length; i++) {
            Earlier e = earlier.get(s[i].domain());
            M m = fraud("fake-reminder-inkasso");
            String sag = "KS-" + (400_000 + rnd.nextInt(90_000));
            headers(m, "Kreditservice Inkasso", "sag@inkasso-kreditservice.com", "kreditor@guldborgsund.dk", "Sidste varsel før "
                + "retslige skridt - sag " + sag)
                .text("Guldborgsund Kommune\n\nPå vegne af " + s[i].name() + " skal vi varsle retslige skridt, da faktura " + e.no()
                    + " på " + e.sum().gross() + " kr. ikke er betalt. Beløbet tillagt gebyr skal være indbetalt inden 3 "
                    + "hverdage til " + mule(i + 14) + ".\n\nKreditservice Inkasso")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(pdfId(m, "fink"), "Sidste varsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + e.no() + ": " + e.sum().gross(), "Gebyr 750,00",
                        "Konto " + mule(i + 14))));
            ownedBy(m, "inkasso-kreditservice.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"digital-post-erhverv.net", "Digital Post Erhverv", "besked@", "Ny besked fra Skattestyrelsen",
            "Der er en ny besked til Guldborgsund Kommune i Digital Post. Beskeden kan kun åbnes inden 48 timer med MitID Erhverv.",
            "fake-digital-post"},
            {"digital-post-erhverv.net", "Digital Post", "noreply@", "Jeres postkasse lukkes", "Organisationens postkasse er ikke "
                + "bekræftet og lukkes " + "fredag. Bekræft organisationen med MitID Erhverv.", "fake-digital-post"},
            {"dk-domain-fornyelse.com", "DK Domæne Fornyelse", "fornyelse@", "guldborgsund.dk udløber", "Registreringen af "
                + "guldborgsund.dk udløber. Forny inden 5 dage for at undgå nedlukning af hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"erhvervsregister-norden.org", "Erhvervsregister Norden", "data@", "Kontrol af jeres virksomhedsoplysninger",
                "Kontrollér venligst jeres oplysninger og returnér formularen underskrevet. Registreringen er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = fraud(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@guldborgsund.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 12);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body><p>" + x[4] + "</p><p><a href=\"" + link + "\">Åbn beskeden med MitID Erhverv</a></p>"
                    + "</body></html>");
            } else if (x[0].startsWith("dk-domain")) {
                mime.text(x[4] + "\n\nBetal fornyelsen (4.380 kr.) til " + mule(1) + " eller på " + link + "\n\nDK Domæne Fornyelse")
                    .attach("application/pdf", "Fornyelse_guldborgsund.dk.pdf", Attachments.pdf(pdfId(m, "dom"), "Fornyelse",
                        List.of("Domæne: guldborgsund.dk", "Periode: 3 år", "4.380,00", "Konto " + mule(1))));
            } else {
                mime.text(x[4] + "\n\nErhvervsregister Norden")
                    .attach("application/pdf", "Registreringsformular.pdf", Attachments.pdf(pdfId(m, "reg"), "Registreringsformular",
                        List.of("Guldborgsund Kommune", "Underskriv og returnér", "Småt: 3 års annonceaftale, 1.290 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post notice with a login link"
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = fraud("callback-phone-invoice");
        headers(m, "Ordre Support", "ordre@ordre-support-dk.com", "indkoeb@guldborgsund.dk", "Ordre bekræftet: 15 x MacBook Air")
            .text("Tak for bestillingen. 15 x MacBook Air, i alt 187.350,00 kr., faktureres ved afsendelse.\n\nHar I ikke bestilt? "
                + "Ring straks +45 78 74 11 90 for at annullere.\n\nOrdre Support");
        ownedBy(m, "ordre-support-dk.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = fraud("callback-phone-invoice");
        headers(m, "Norton Fornyelse", "ordre@ordre-support-dk.com", "oekonomi@guldborgsund.dk", "Faktura: abonnement fornyet")
            .text("Jeres abonnement er fornyet i 3 år (7.495 kr.). Ønsker I pengene tilbage, skal I ringe +45 78 74 11 90 inden i "
                + "morgen.")
            .attach("application/pdf", "Fornyelse.pdf", Attachments.pdf(pdfId(m, "cb"), "Faktura",
                List.of("Norton 360, 3 år", "7.495,00 kr.", "Refusion: +45 78 74 11 90")));
        ownedBy(m, "ordre-support-dk.com");
        m.description = "callback scam: renewal 'invoice' with a phone number only";
    }

    private void qrCodes() {
        String[][] q = {{"betal-med-qr.net", "MobilePay Erhverv", "betaling@", "Afvist betaling - gennemfør med QR", "En "
            + "betaling på 9.875,00 kr. fra jer blev afvist."},
            {"horbelev-busser.com", bus.person(), "trafik@", "Skolebus oktober - betal via QR", "Oktober-fakturaen kan betales "
                + "med det samme."}};
        for (String[] x : q) {
            M m = fraud("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@guldborgsund.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med telefonen for at betale.</p><p><img src=\"cid:qr1\" "
                    + "width=\"200\" height=\"200\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr.png", Attachments.image(pdfId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = fraud("english-international");
        headers(m, "Coastal Dredging Advisory", "accounts@coastal-dredging-advisory.com", "kreditor@guldborgsund.dk",
            "Invoice CDA-7734 - Gedser harbour survey")
            .text("Dear Sir/Madam,\n\nPlease find our invoice for the sediment survey of Gedser harbour as agreed with your "
                + "technical department. EUR 18,900.00 is due within 7 days to " + mule(4) + ".\n\nBest regards,\nCoastal Dredging "
                + "Advisory")
            .attach("application/pdf", "CDA-7734.pdf", Attachments.pdf(pdfId(m, "en"), "Invoice CDA-7734",
                List.of("Client: Guldborgsund Municipality", "Sediment survey, Gedser harbour", "EUR 18,900.00", "Bank: " + mule(4))));
        ownedBy(m, "coastal-dredging-advisory.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = fraud("english-international");
        headers(m, "Coastal Dredging Advisory - Finance", "finance@coastal-dredging-advisory.com", "oekonomi@guldborgsund.dk",
            "Updated banking details")
            .text("Hello,\n\nDue to an audit we have changed our bank. Please update your vendor records and send all open payments "
                + "to " + mule(12) + ". Kindly confirm by return.\n\nFinance team");
        ownedBy(m, "coastal-dredging-advisory.com");
        m.description = "English 'updated banking details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "nystedmaler.dk"}, {vognmand, "gedser-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = fraud("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@guldborgsund.dk", i == 0 ? "Faktura - billede" : "Scannet faktura")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "billede" : "scanning") + ", da vores program er nede. Bemærk den "
                    + "nye konto på fakturaen.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20271108_0931.jpg" : "Scan_20271109.pdf",
                    i == 0 ? Attachments.image(pdfId(m, "scan"), "jpg") : Attachments.scannedPdf(pdfId(m, "scan")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{kloak, "saksk-kloak.net"}, {forsyning, "gbs-forsyning.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = fraud("archive-invoice");
            String no = number(s);
            byte[] inside = document(m, s.posing(d, mule(i + 9)), "Faktura", no, sum(1_600_000), mule(i + 9), i + 1, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@guldborgsund.dk", "Faktura " + no + " (zip)")
                .text("Hej\n\nFakturaen er pakket, da jeres filter har afvist vores PDF'er. Åbn zip-filen.\n\n" + s.person())
                .attach("application/zip", "Faktura_" + no.replace('/', '-') + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + no.replace('/', '-') + ".pdf", inside, "bilag.txt", "Bilag eftersendes")
                    : Attachments.zip(no.replace('/', '-') + ".pdf", inside));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = fraud("office-macro");
        headers(m, kontor.person(), "salg@lf-kontorcenter.com", "indkoeb@guldborgsund.dk", "Faktura og følgeseddel")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér indhold' for at se det.\n\n"
                + "Lolland-Falster Kontorcenter")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nGuldborgsund Kommune\nAktivér indhold for at se beløbet", true));
        ownedBy(m, "lf-kontorcenter.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of lf-kontorcenter.dk";
        m = fraud("office-macro");
        headers(m, itp.person(), "faktura@falster-itpartner.com", "boern-familie@guldborgsund.dk", "Timeforbrug oktober")
            .text("Hej\n\nTimeforbrug for oktober og vores nye kontooplysninger står i regnearket. Aktivér makroer for at se tallene."
                + "\n\nFalster IT-Partner")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_oktober.xlsm",
                Attachments.excel(List.of("Timeforbrug oktober 2027", "I alt DKK 71.875,00", "Ny konto: " + plain(mule(3))), true));
        ownedBy(m, "falster-itpartner.com");
        m.description = "macro-enabled Excel statement from a look-alike of falster-itpartner.dk";
    }

    private void svgHtml() {
        String[][] x = {{"sikker-dokumentdeling.com", "Eskilstrup Trælast", "Kontoudtog november", "kontoudtog.svg", "image/svg+xml"},
            {"faktura-visning.net", "Falster Madhus", "Faktura klar til visning", "Faktura_november.html", "text/html"}};
        for (String[] y : x) {
            M m = fraud("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 10);
            String page = y[4].equals("text/html")
                ? "<html><head><script>window.location.href='" + url + "';</script></head><body>Henter faktura...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"140\"><text x=\"10\" y=\"30\">Åbne poster - klik "
                    + "for at se</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"200\" height=\"34\" fill=\"#1a73e8\"/>"
                    + "</a></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@guldborgsund.dk", y[2])
                .text("Hej\n\nÅbn det vedhæftede dokument i din browser.\n\n" + y[1])
                .attach(y[4], y[3], page.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, a listed supplier's name";
        }
    }

    /**
     * New family: a fake debt collection agency, bailiff's court or "Gældsstyrelsen" claims a listed supplier's receivable
     * has been seized, so its real invoice must be paid to the "authority" instead, "without discharging effect" otherwise.
     */
    private void garnishmentFraud() {
        Object[][] g = {{entrep, "gaeldsstyrelsen-udlaeg.dk", "Gældsstyrelsen - Udlæg", "udlaeg@", true},
            {bus, "fogedret-sekretariat.com", "Fogedretten i Nykøbing F., sekretariatet", "sekretariat@", false},
            {traelast, "gaeldsstyrelsen-udlaeg.dk", "Gældsstyrelsen", "kreditorer@", true}};
        for (int i = 0; i < g.length; i++) {
            Supplier s = (Supplier) g[i][0];
            String d = (String) g[i][1];
            Earlier e = earlier.get(s.domain());
            String ref = (i == 1 ? "FS " : "UDL-") + (3_000_000 + rnd.nextInt(900_000));
            M m = fraud("fake-garnishment-order");
            String body = "Til Guldborgsund Kommune\n\nDer er " + (i == 1 ? "foretaget arrest" : "foretaget udlæg") + " i "
                + s.name() + (s.name().endsWith("S") ? "'" : "s") + " tilgodehavender hos kommunen" + (i == 1 ? " efter fogedrettens kendelse" : " til dækning af "
                + "selskabets restancer") + ". Kommunen må derfor ikke betale faktura " + e.no() + " (" + e.sum().gross() + " kr.) til "
                + "selskabet; betaling dertil sker ikke med frigørende virkning.\n\nBeløbet skal inden 5 hverdage indbetales til "
                + (i == 1 ? "rettens depotkonto " : "vores konto ") + mule(i * 5 + 2) + " med reference " + ref + ".\n\n"
                + (i == 2 ? "Selskabet er ikke orienteret endnu og må ikke kontaktes om sagen.\n\n" : "Henvendelser kun pr. mail, "
                + "telefonerne er lukket pga. sagsmængde.\n\n") + g[i][2];
            Mime mime = headers(m, (String) g[i][2], g[i][3] + d, "kreditor@guldborgsund.dk", (i == 1 ? "Kendelse om arrest - "
                : "Underretning om udlæg - ") + s.name() + " - " + ref).text(body);
            if ((Boolean) g[i][4]) {
                mime.attach("application/pdf", "Underretning_" + ref + ".pdf", Attachments.pdf(pdfId(m, "udl"),
                    "Underretning om udlæg", List.of("Skyldner: " + s.name() + ", CVR " + cvr(s.domain()),
                        "Tredjemand: Guldborgsund Kommune", "Faktura " + e.no() + ": " + e.sum().gross(), "Indbetales til " + mule(i * 5 + 2),
                        "Reference " + ref)));
            }
            ownedBy(m, d);
            m.description = "fake " + (i == 1 ? "bailiff's court attachment" : "Gældsstyrelsen garnishment") + " of listed "
                + s.domain() + "'s real invoice " + e.no() + ", to a mule account";
        }
    }

    /**
     * New family: a mail that follows a phone call ("as agreed on the phone"), where the call itself did the persuading:
     * a supplier's "bookkeeper", the bank's "security department", a director's cloned voice.
     */
    private void vishingFollowups() {
        M m = fraud("vishing-followup");
        headers(m, "Susanne Eskilstrup, bogholderi", "bogholderi@eskilstrup-traelast.net", "kreditor@guldborgsund.dk",
            "Som aftalt i telefonen - bekræftelse af ny konto")
            .text("Hej\n\nTak for en god snak i telefonen i formiddags. Som aftalt får du her den skriftlige bekræftelse: Eskilstrup "
                + "Trælast har fra 1. november ny konto " + mule(0) + ", og de to åbne fakturaer betales dertil.\n\nBrevet på vores "
                + "brevpapir er vedhæftet, så du har det til jeres kontrol.\n\nMvh Susanne\nEskilstrup Trælast A/S")
            .attach("application/pdf", "Bekraeftelse_bankskifte.pdf", Attachments.pdf(pdfId(m, "vis"), "Bekræftelse af ny "
                + "bankforbindelse", List.of("Eskilstrup Trælast A/S", "Ny konto: " + mule(0), "Aftalt telefonisk med kreditorafdelingen",
                    "Underskrevet: økonomiansvarlig")));
        ownedBy(m, "eskilstrup-traelast.net");
        m.description = "follow-up of a phone call: look-alike of eskilstrup-traelast.dk 'confirms' the new account agreed by phone";
        m = fraud("vishing-followup");
        headers(m, "Lollands Bank - Sikkerhedsafdelingen", "sikkerhed@lollandsbank-sikkerhed.com", "oekonomi@guldborgsund.dk",
            "Opfølgning på vores samtale - sikring af jeres midler")
            .html("<html><body><p>Kære Guldborgsund Kommune</p><p>Som aftalt med vores medarbejder i telefonen for lidt siden: "
                + "jeres erhvervskonto er udsat for et angreb. Overfør de planlagte betalinger til den midlertidige "
                + "sikkerhedskonto " + mule(8) + ", og godkend overførslen her:</p><p><a href=\"https://lollandsbank-sikkerhed.com/"
                + "godkend/" + sha256(m.id).substring(0, 10) + "\">Godkend med MitID</a></p><p>Tal ikke med andre i banken om "
                + "sagen, da angrebet kan komme indefra.</p></body></html>");
        ownedBy(m, "lollandsbank-sikkerhed.com");
        m.description = "follow-up of a phone call from the bank's fake 'security department': 'safe account' and a MitID link";
        m = fraud("vishing-followup");
        headers(m, "Tove Bøtø", "tove.boetoe.kd@outlook.com", "kreditor@guldborgsund.dk", "Som jeg sagde i telefonen")
            .text("Hej\n\nHer er kontonummeret, som jeg nævnte, da jeg ringede for lidt siden: " + bank("9860", "0000114436")
                + ". Beløbet er 126.500 kr. til advokaten for forliget. Det skal bare afsted i dag, jeg godkender bagefter.\n\n"
                + "Tove\nSendt fra Outlook til Android");
        genuine(m, MSFT);
        m.description = "follow-up of a call in the city manager's voice: free mail, account and amount 'as said on the phone'";
    }

    /** New family: a fake audit confirmation that asks for the payment details and approvers, or to "confirm" a new account. */
    private void auditFraud() {
        M m = fraud("fake-audit-confirmation");
        headers(m, "Revision & Saldobekræftelse ApS", "saldo@saldo-revisorbekraeftelse.com", "kreditor@guldborgsund.dk",
            "Saldobekræftelse - Falster Madhus A/S - frist i morgen")
            .html("<html><body><p>Til Guldborgsund Kommune</p><p>Som revisor for Falster Madhus A/S beder vi jer bekræfte "
                + "mellemværendet pr. 31. oktober og den registrerede bankforbindelse. Selskabets revisionsbekræftede konto er "
                + mule(15) + "; kontrollér at den står i jeres kreditorkartotek.</p><p><a href=\"https://saldo-revisorbekraeftelse."
                + "com/bekraeft/" + sha256(m.id).substring(0, 10) + "\">Bekræft saldo og bankoplysninger</a></p><p>Manglende svar "
                + "noteres som en afvigelse i revisionspåtegningen.</p></body></html>");
        ownedBy(m, "saldo-revisorbekraeftelse.com");
        m.description = "fake auditor's balance confirmation for listed falster-madhus.dk slips in a 'verified' mule account and a link";
        m = fraud("fake-audit-confirmation");
        headers(m, "Nordic Audit Confirmations", "requests@audit-confirmations-nordic.com", "oekonomi@guldborgsund.dk",
            "Audit confirmation request - vendor master data")
            .text("Dear Finance Team,\n\nAs part of the statutory audit of your supplier Falster IT-Partner ApS we ask you to "
                + "complete the attached vendor confirmation: open balance, the bank account you pay to, and the names and direct "
                + "phone numbers of the two staff who approve bank detail changes.\n\nPlease return within 2 working days.\n\n"
                + "Nordic Audit Confirmations")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Vendor_confirmation.xlsx",
                Attachments.excel(List.of("Vendor: Falster IT-Partner ApS", "Open balance:", "Bank account paid to:",
                    "Approver 1 (name, direct phone):", "Approver 2 (name, direct phone):"), false));
        ownedBy(m, "audit-confirmations-nordic.com");
        m.description = "fake English audit confirmation asking for the account we pay and who approves bank changes";
    }

    /** New family: a sports club's municipal grant redirected to someone's own account. */
    private void grantRedirects() {
        M m = fraud("association-grant-redirect");
        headers(m, "Sakskøbing Fodbold, kassereren", "kasserer@sakskoebing-fodbold.dk", "kultur-fritid@guldborgsund.dk",
            "Aktivitetstilskud 2. halvår - ny konto")
            .text("Hej Kultur og Fritid\n\nKlubbens bank har lukket vores konto pga. manglende legitimation fra den nye bestyrelse. "
                + "Indtil det er ordnet, bedes aktivitetstilskuddet for 2. halvår (38.600 kr.) udbetalt til " + bank("5479",
                "0007719355") + ", som er vores formands konto. Vi overfører det straks videre.\n\nVenlig hilsen\nKasseren, "
                + "Sakskøbing Fodbold");
        genuine(m, "127.202.12.1");
        m.description = "compromised real mailbox of a sports club (authenticates) redirects its grant to a private account";
        m = fraud("association-grant-redirect");
        headers(m, "Nordfalster IF - ny kasserer", "nordfalster.if.kasserer@gmail.com", "kultur-fritid@guldborgsund.dk",
            "Ny kasserer og ny konto")
            .text("Hej\n\nJeg er ny kasserer i Nordfalster IF efter generalforsamlingen. Lokaletilskud og aktivitetstilskud skal "
                + "fremover sættes ind på " + mule(1) + ". Referatet kan eftersendes.\n\nMvh\nKasseren");
        genuine(m, GMAIL);
        m.description = "'new treasurer' of a sports club on gmail wants the grants on a new account";
        m = fraud("association-grant-redirect");
        headers(m, "Nykøbing F. Svømmeklub", "kasserer@nykf-svoemmeklub.com", "kultur-fritid@guldborgsund.dk",
            "Ændring af kontonummer for tilskud")
            .text("Kære kommune\n\nEfter generalforsamlingen har klubben skiftet bank. Vedhæftet referat med den nye kasserers "
                + "underskrift. Tilskud udbetales fremover til " + mule(3) + ".\n\nNykøbing F. Svømmeklub")
            .attach("application/pdf", "Referat_generalforsamling.pdf", Attachments.scannedPdf(pdfId(m, "ref")));
        ownedBy(m, "nykf-svoemmeklub.com");
        m.description = "look-alike of nykf-svoemmeklub.dk sends a scanned 'minutes' and a new account for the club grant";
    }

    /**
     * New family: the fraudster types into our own web form, so the mail comes from our own domain, authenticated by
     * us; the text carries a supplier's "new account" or payment instruction.
     */
    private void webFormAbuse() {
        String[][] f = {{"Leverandør - ændring af bankoplysninger", "Navn: VVS-kontoret, Nørre Alslev VVS & Blik ApS\n"
            + "E-mail: nalslev.vvs.kontor@outlook.com\nEmne: Kreditor\n\nBesked:\nVi har ny bank. Ret venligst vores konto i "
            + "jeres kreditorsystem til " + mule(6) + " inden næste betalingskørsel. Vores mailserver er nede, derfor denne "
            + "formular.", "nalslev.vvs.kontor@outlook.com"},
            {"Betaling af faktura - haster", "Navn: Bogholderiet, Falster Ugeblad\nE-mail: falster.ugeblad.bogholderi@gmail.com"
                + "\nEmne: Betaling\n\nBesked:\nJeres betaling af vores annoncefaktura er kommet retur. Betal venligst beløbet "
                + "igen til " + mule(10) + " i dag og send kvittering til mailen ovenfor.", "falster.ugeblad.bogholderi@gmail.com"}};
        for (String[] x : f) {
            M m = fraud("web-form-relay");
            headers(m, "Guldborgsund Kommune - Selvbetjening", "selvbetjening@" + OWN, "kreditor@guldborgsund.dk",
                "Kontaktformular: " + x[0])
                .header("Reply-To", "<" + x[2] + ">")
                .header("Auto-Submitted", "auto-generated")
                .text("Der er modtaget en henvendelse via kontaktformularen på guldborgsund.dk.\n\n" + x[1]
                    + "\n\n--\nDenne mail er sendt automatisk fra kommunens selvbetjeningsløsning.");
            genuine(m, FORM_IP);
            m.description = "fraudster's text through our own web form (from our domain, authenticated): a supplier's 'new account'";
        }
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
        return writeFiles(dir, new HeldOutCorpus14().generate(), List.of(
            "# Guldborgsund Kommune, Økonomi og Personale: invoice checks (fourteenth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=gbs-forsyning.dk falster-entreprenoer.dk saksk-kloak.dk stubbekoebing-toemrer.dk "
                + "nysted-maler.dk marielyst-rengoering.dk falster-ugeblad.dk gedser-vognmand.dk vaeggerloese-el.dk nalslev-vvs.dk "
                + "falster-madhus.dk eskilstrup-traelast.dk falster-itpartner.dk horbelev-busser.dk lf-kontorcenter.dk",
            "invoice.domains.platforms=tripletex.no bokio.se lexoffice.de",
            "invoice.names.protected=Guldborgsund Kommune"));
    }
}
