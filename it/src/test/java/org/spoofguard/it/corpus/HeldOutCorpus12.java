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
 * The twelfth held-out invoice corpus (issue 11 item 5): a thirteenth test set in a world nobody tuned on. "Our" public
 * body is Odsherred Kommune ({@value #OWN}, p=reject, its creditor, e-invoice, finance, purchasing and payroll mailboxes
 * and departments) with fifteen listed suppliers from Nykøbing Sjælland, Asnæs, Vig, Højby, Rørvig and Fårevejle in
 * every DNS posture real Danish firms have, three invoicing platforms ({@code xero.com}, {@code paypal.com}, {@code
 * fiken.no}), banks, neighbouring municipalities, a North-West Zealand creditor list, forwarders (with and without SRS),
 * free mail, foreign suppliers (Halmstad, Rostock) and SaaS, a bankruptcy trustee, the Rørvig ferry and fraudsters' own
 * domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital
 * Post/NemHandel, fake inkasso, directory scams, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, fake bankruptcy trustees, redirected citizen
 * payouts, fake membership fees), without reading the invoice engine, its tests, tuning notes or any earlier result.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a
 * legitimate invoice, credit note, reminder, collection or trustee demand for a real debt, intermunicipal invoice,
 * ferry statement or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From
 * domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus12GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus12 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout12");
    public static final String OWN = "odsherred.dk";
    static final String FRAUD_NET = "127.181.";
    private static final String OWN_IP = "127.170.0.1";
    private static final String GLN = "5798007452218";
    private static final String ADDRESS = "Nyvej 22, 4573 Højby";

    private final Random rnd = new Random(12_0012_2027L);
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> threadSubject = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();
    private final Map<String, Amount> historyAmount = new TreeMap<>();
    private String lastSubject;
    private Amount lastAmount;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2027, 8, 9, 7, 40, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2027, 9, 6, 7, 55, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "9.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier vand = new Supplier("Odsherred Vandforsyning A/S", "ods-vand.dk", "Vandforsyningens Kundecenter",
        "kundecenter", "127.171.1.1", iban("DK", "53630002291847"), "drikkevand og vandafledning, kommunale bygninger, 2. kvartal 2027");
    private final Supplier elnet = new Supplier("Nordvestsjællands Elnet A/S", "nvs-elnet.dk", "NVS Elnet Måleraflæsning", "maaler",
        "127.171.2.1", iban("DK", "06950007718326"), "nettarif for gadebelysning og pumpestationer, juli");
    private final Supplier bus = new Supplier("Rørvig Busser ApS", "roervig-busser.dk", "Rørvig Busser Kontoret", "kontor",
        "127.171.3.1", bank("0537", "0006182294"), "specialkørsel til Vig Skole og Odsherred Efterskole, august");
    private final Supplier toemrer = new Supplier("Asnæs Tømrerforretning ApS", "asnaes-toemrer.dk", "Henrik Skamlebæk", "henrik",
        "127.171.4.1", bank("0537", "0001947738"), "udskiftning af tagrender og stern, Asnæs Bibliotek");
    private final Supplier anlaeg = new Supplier("Vig Anlægsgartner ApS", "vig-anlaeg.dk", "Mette Ordrup", "regnskab",
        "127.171.5.1", bank("6070", "0002284561"), "pleje af grønne arealer ved Vig Torv og Nørre Asmindrup, juli");
    private final Supplier maler = new Supplier("Højby Malerfirma v/ Bo Lindholm", "hoejby-maler.dk", "Bo Lindholm", "bo",
        "127.171.6.1", bank("6070", "0003390172"), "indvendig maling af gymnastiksal, Højby Skole");
    private final Supplier avis = new Supplier("Odsherred Ugeavis", "ods-ugeavis.dk", "Ugeavisens Annonceafdeling", "annonce",
        "127.171.7.1", iban("DK", "20000005562914"), "stillingsannoncer og offentlige bekendtgørelser, juli");
    private final Supplier vognmand = new Supplier("Fårevejle Vognmandsforretning", "faarevejle-vognmand.dk", "Niels Lammefjord",
        "niels", "127.171.8.1", bank("0537", "0008826451"), "kørsel med muld og granitskærver, Fårevejle Stationsby");
    private final Supplier rengoering = new Supplier("Nykøbing Sj. Rengøring ApS", "nyk-rengoering.dk", "Rengøringens Fakturering",
        "fakturering", "127.171.9.1", bank("6070", "0004471905"), "daglig rengøring, Nykøbing Sj. Rådhus og Jobcenter, juli");
    private final Supplier kloak = new Supplier("Sjællands Odde Kloakservice A/S", "odde-kloak.dk", "Kloakservice Planlægning",
        "planlaegning", "127.171.10.1", bank("0537", "0005519372"), "TV-inspektion og spuling af stikledninger, Havnebyen");
    private final Supplier byg = new Supplier("Asnæs Trælast A/S", "asnaes-traelast.dk", "Trælastens Erhvervsservice", "erhverv",
        "127.171.11.1", iban("DK", "53630004418826"), "byggematerialer til Ejendomscentret, rammeaftale 2027");
    private final Supplier el = new Supplier("Rørvig El-Teknik ApS", "roervig-el.dk", "Jakob Skansehage", "jakob", "127.171.12.1",
        bank("6070", "0007713284"), "lovpligtigt eftersyn af ABA-anlæg, Rørvig Børnehus og Toftehøj");
    private final Supplier koekken = new Supplier("Odsherred Madservice A/S", "ods-madservice.dk", "Madservice Kundeservice",
        "kunde", "127.171.13.1", bank("0537", "0002268840"), "kølemad til hjemmeboende og plejecentre, uge 31-32");
    private final Supplier kontor = new Supplier("Vig Kontorforsyning ApS", "vig-kontor.dk", "Vig Kontor Salg", "salg",
        "127.171.14.1", iban("DK", "06950003361042"), "kopipapir, toner og elevmapper, rammeaftale, juli");
    private final Supplier it = new Supplier("Nykøbing IT-Service ApS", "nyk-it.dk", "Nykøbing IT Bogholderi", "bogholderi",
        "127.171.15.1", bank("6070", "0006650987"), "support på skole-iPads og opsætning af 40 nye klassesæt");
    // unlisted small suppliers, one-person businesses
    private final Supplier vvs = new Supplier("Højby VVS v/ Rasmus Kjær", "hoejby-vvs.dk", "Rasmus Kjær", "rasmus",
        "127.172.1.1", bank("0537", "0004418093"), "reparation af cirkulationspumpe, Højby Hallen");
    private final Supplier yoga = new Supplier("Line Klint Bevægelse", "gmail.com", "Line Klint", "line.klint.bevaegelse",
        "127.176.1.1", bank("6070", "0009125534"), "seniordans for beboere, Plejecenter Lindegården, august");
    private final Supplier snedker = new Supplier("Egebjerg Snedkeri v/ Ole Egebjerg", "egebjerg-snedkeri.dk", "Ole Egebjerg",
        "ole", "127.172.2.1", bank("0537", "0007724415"), "nye skuffemoduler til køkkenet, Egebjerg Børnehave");
    private final Supplier tolk = new Supplier("Farah Hussein Tolkning", "outlook.com", "Farah Hussein", "farah.hussein.tolk",
        "127.176.2.1", bank("6070", "0008834211"), "tolkning arabisk-dansk, Familieafdelingen, 5 timer");
    private final Supplier skadedyr = new Supplier("Odsherred Skadedyrskontrol", "ods-skadedyr.dk", "Kim Klintebjerg", "kim",
        "127.172.3.1", bank("0537", "0009931148"), "rottespærre og opfølgning, Grevinge Skole");
    private final Supplier illustration = new Supplier("Emma Rørvig Grafisk", "icloud.com", "Emma Rørvig", "emma.roervig.grafisk",
        "127.176.5.1", bank("6070", "0001295567"), "plakater og grafik til Odsherred Kulturnat");
    private final Supplier smed = new Supplier("Lumsås Smedie v/ Torben Lumsås", "lumsaas-smedie.dk", "Torben Lumsås", "torben",
        "127.172.4.1", bank("0537", "0003356619"), "nye gelændere ved trappen, Nykøbing Sj. Havn");
    private final Supplier foto = new Supplier("Grevinge Foto", "live.dk", "Sanne Grevinge", "grevinge.foto",
        "127.176.2.1", bank("6070", "0005590031"), "portrætfotos af 38 medarbejdere til intranettet");

    private final List<Supplier> listed = List.of(vand, elnet, bus, toemrer, anlaeg, maler, avis, vognmand, rengoering, kloak, byg,
        el, koekken, kontor, it);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"ods-vand-betaling.dk", "odsvand.com", "roervig-busser.com", "nvs-elnet.com",
        "asnas-toemrer.dk", "asnaes-traelast.com", "asnaestraelast.net", "ods-ugeavis.com", "roervig-el.com", "odde-kloak.com",
        "ods-madservice.com", "faarevejle-vognmand.com", "nyk-rengoring.dk", "vig-anlag.dk", "hoejby-maler.com", "vig-kontor.com",
        idn("ods-ugeav\u0456s.dk"), idn("odsherr\u0435d.dk"), "xero-invoicing.com", "paypal-fakturaer.com", "fiken-faktura.net",
        "kreditor-inkasso-dk.com", "nordsjaelland-inkasso.dk", "digitalpost-virksomhed.net", "nemhandel-ean-service.com",
        "dk-domaenekontrol.com", "nordisk-myndighedsregister.org", "konkursbo-administration.dk", "kurator-advokat.com",
        "borgerudbetaling-dk.com", "kommunale-oekonomer-forening.dk", "kundeservice-refusion.com", "betal-qr-erhverv.com",
        "baltic-harbour-advisors.com", "dokumentvisning-sikker.com", "faktura-login-portal.net", "nyk-it.com",
        "offentlig-netvaerk-kontingent.org"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ods-vand.dk", List.of(vand.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nvs-elnet.dk", null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // Ed25519 DKIM only
        domain("roervig-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("asnaes-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("vig-anlaeg.dk", List.of(anlaeg.ip()), "~all", null, null); // SPF only
        domain("hoejby-maler.dk", null, null, null, null); // nothing published
        domain("ods-ugeavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("faarevejle-vognmand.dk", List.of("127.171.98.8"), "~all", null, "none"); // SPF names the web host only
        domain("nyk-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, null); // RSA DKIM only
        domain("odde-kloak.dk", List.of(kloak.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("asnaes-traelast.dk", List.of(byg.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("roervig-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("ods-madservice.dk", List.of(koekken.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("vig-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("nyk-it.dk", List.of(it.ip(), "127.171.15.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hoejby-vvs.dk", List.of(vvs.ip()), "-all", null, null);
        domain("egebjerg-snedkeri.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("ods-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("lumsaas-smedie.dk", List.of(smed.ip()), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("advokat-stigsnaes-inkasso.dk", List.of("127.172.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kurator-holm-advokater.dk", List.of("127.172.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("rorvigfaergen.dk", List.of("127.172.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordvest-belysning.dk", List.of("127.172.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("xero.com", List.of("127.173.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("paypal.com", List.of("127.173.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fiken.no", List.of("127.173.3.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        // banks, public bodies, neighbours, relays, ESP
        domain("sendgrid.net", List.of("127.174.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kreditorforum-nordvest.dk", List.of("127.174.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("basisbank.dk", List.of("127.174.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestsjaellands-andelskasse.dk", List.of("127.174.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("halsnaes.dk", List.of("127.174.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lejre.dk", List.of("127.174.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("roskilde.dk", List.of("127.174.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("offentlig-okonomi.dk", List.of("127.174.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("revisorhuset-nordvest.dk", List.of("127.174.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("odsherred-efterskole.dk", List.of("127.174.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("relay.vig-fiber.dk", List.of("127.177.1.1"), "-all", null, null);
        domain("srs.ods-net.dk", List.of("127.177.3.1"), "-all", null, null);
        // free mail, foreign SaaS and suppliers, shops
        domain("gmail.com", List.of("127.176.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.176.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.176.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of("127.176.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.176.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.176.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kahoot.com", List.of("127.175.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("prezi.com", List.of("127.175.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hallands-lekplatser.se", List.of("127.175.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("buerotechnik-rostock.de", List.of("127.175.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("coop.dk", List.of("127.175.4.1"), "~all", null, "none");
        domain("saxo.com", List.of("127.175.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("odsherred-byggecenter.dk", List.of("127.175.6.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "10." + (i + 1)), i % 3 == 1 ? "~all" : "-all",
                i % 4 == 3 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                switch (i % 5) {
                    case 0 -> "reject";
                    case 2 -> "none";
                    case 3 -> "quarantine";
                    default -> null;
                });
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 42_000 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (200_000 + rnd.nextInt(700_000));
    }

    /** Each supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("nr12:" + s.domain()).hashCode(), 5)) {
            case 0 -> "2027" + (1_000 + rnd.nextInt(8_000));
            case 1 -> "INV" + (31_000 + rnd.nextInt(9_000));
            case 2 -> String.valueOf(9_100 + rnd.nextInt(800)) + "-27";
            case 3 -> String.valueOf(612_000 + rnd.nextInt(80_000));
            default -> "R" + String.format("%06d", 900 + rnd.nextInt(90_000));
        };
    }

    private static final String[] TO = {"kreditor@odsherred.dk", "faktura@odsherred.dk", "oekonomi@odsherred.dk",
        "kreditor@odsherred.dk", "ejendomscenter@odsherred.dk", "dagtilbud-skole@odsherred.dk", "pleje-omsorg@odsherred.dk",
        "kultur@odsherred.dk", "indkoeb@odsherred.dk", "faktura@odsherred.dk", "vej-natur@odsherred.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf12:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(38_000_000 + Math.floorMod(sha256("cvr12:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fik12:" + domain).hashCode(), 3_999_999));
    }

    /**
     * Three layouts of this corpus: an order-referenced invoice with numbered positions; a small accounting program's
     * print ending in an FI line "+73<...>" (only with the supplier's own account); and a bilingual "Faktura / Invoice"
     * with a bank box.
     */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        int ref = 20_000 + Math.floorMod(sha256("ref12:" + s.domain()).hashCode(), 79_999);
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = s.name() + " | " + kind + " " + no;
                l.add("CVR " + cvr(s.domain()) + " | " + kind + "sdato " + dottedDay(m, 0) + " | Deres ref. " + ref);
                l.add("Køber: Odsherred Kommune, " + ADDRESS + " | GLN " + GLN);
                l.add("Pos. 1  " + s.what() + "  1  " + a.net());
                l.add("Subtotal " + a.net() + " | 25 % moms " + a.vat() + " | I alt DKK " + a.gross());
                l.addAll(extra);
                l.add("Betales senest " + dottedDay(m, 30) + " til " + account);
            }
            case 1 -> {
                title = kind.toUpperCase(DA) + " " + no;
                l.add(s.name() + " - " + writtenDay(m, 0));
                l.add("Kunde: Odsherred Kommune (GLN " + GLN + "), kundenr. " + ref);
                l.add(s.what() + ": " + a.net());
                l.add("Momsgrundlag " + a.net() + "  Moms " + a.vat() + "  Total " + a.gross() + " kr.");
                l.addAll(extra);
                l.add("Sidste rettidige betaling: " + writtenDay(m, 20) + ". Indbetales på " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("[^0-9]", "");
                    l.add("FI: +73<" + String.format("%015d", Long.parseLong(digits.isEmpty() ? "0" : digits)) + " +"
                        + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                title = kind + " / Invoice";
                l.add(s.name() + ", CVR/VAT DK" + cvr(s.domain()));
                l.add("Nr./No. " + no + "   Dato/Date " + isoDay(m, 0));
                l.add("Odsherred Kommune, att. Kreditorer, EAN " + GLN);
                l.add(s.what() + " ... " + a.net());
                l.add("Netto " + a.net() + " / moms " + a.vat() + " / brutto " + a.gross());
                l.addAll(extra);
                l.add("Bank: " + account + " - anfør " + kind.toLowerCase(DA) + "snummer");
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        String n = no.replace('/', '-');
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "Faktura-" + n + ".pdf";
            case 1 -> "faktura " + n + ".pdf";
            case 2 -> "F" + n.replaceAll("[^0-9]", "") + ".pdf";
            case 3 -> "Odsherred Kommune - " + n + ".pdf";
            case 4 -> "regning_" + n.toLowerCase(DA) + ".pdf";
            default -> n + "_faktura.pdf";
        };
    }

    private static final String[] GREET = {"Goddag", "Hej Kreditorafdelingen", "Til Odsherred Kommune", "Kære bogholderi",
        "Hej alle", "Att.: Økonomi"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(sha256("sig12:" + s.domain()).hashCode(), 3)) {
            case 0 -> "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + " - CVR " + cvr(s.domain());
            case 1 -> "\n\nMvh.\n" + s.person() + "\n" + s.name() + "\nTlf. 59 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89))
                + " " + (10 + rnd.nextInt(89));
            default -> "\n\n" + s.person() + "\n" + s.name() + "\nwww." + s.domain();
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 11_000_000 : 700_000);
        String[] subjects = {"Faktura " + n + " fra " + s.name(), "Regning nr. " + n, "Odsherred Kommune - faktura " + n,
            s.name() + ": faktura", "Fakturanr. " + n + " / GLN " + GLN, "Vedr. faktura " + n, "Ny regning " + n,
            "Faktura til betaling (" + n + ")"};
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Hermed faktura " + n + " for " + s.what() + ". Den er også indsendt via jeres GLN-nummer.";
            case 1 -> "Se vedhæftede faktura på " + a.gross() + " kr. inkl. moms. Betalingsfristen er " + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er afsluttet og afleveret til jeres kontaktperson; fakturaen følger her.";
            case 3 -> "Tak for samarbejdet. I får fakturaen som PDF, og vi har samtidig sendt den elektronisk.";
            case 4 -> "Her kommer regningen for den forløbne periode. Angiv venligst fakturanummeret ved betaling.";
            default -> "Fakturanummer: " + n + "\nAt betale: " + a.gross() + " kr.\nSeneste betalingsdag: " + writtenDay(m, 30);
        } + bodyExtra + sig(s);
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        lastAmount = a;
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(n, v), pdf(m, s, "Faktura", n, a, account, v, extra));
        return n;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        int v = 0;
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            invoiceLike.add(m.id);
            String n = invoice(m, s, s.account(), v++, List.of(), "");
            historyNo.put(s.domain(), n);
            historyAmount.put(s.domain(), lastAmount);
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            threadSubject.put(s.domain(), lastSubject);
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        for (Supplier s : List.of(kloak, byg, avis, vognmand, toemrer, maler, koekken, vand, el, anlaeg, kontor, it, bus, elnet,
            rengoering, byg, kontor)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 7 + 2, List.of(v % 2 == 1 ? "Indkøbsordre " + (4_400_000 + v * 23) : "Leveret til: "
                + to()), v % 4 == 1 ? "\n\nTimesedler underskrevet af jeres tilsyn er vedlagt som bilag." : "");
            if (v % 4 == 1) {
                m.mime.attach("application/pdf", "timesedler.pdf", Attachments.pdf(docId(m, "tim"), "Timesedler",
                    List.of("Sag: " + s.what(), "Montørtimer: " + (3 + v % 11), "Kørsel: " + (20 + v) + " km", "Godkendt på stedet")));
            } else if (v % 4 == 2) {
                m.mime.attach("image/jpeg", "IMG_" + (5200 + v) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        for (Supplier s : List.of(vand, elnet, koekken, rengoering)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 5 + 1, List.of("Afregningsperiode: august 2027"), "\n\nFakturaen dækker hele august.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        trustee();
        intermunicipal();
        ferry();
        platforms();
        xml();
        newAccount();
        smallSuppliers();
        newsletters();
        lists();
        forwarded();
        internal();
        foreign();
        remittances();
        receipts();
        other();
    }

    private void creditNotes() {
        Object[][] x = {{byg, "Kreditnota til faktura ", "Fem af de leverede spærtræer var beskadigede og er hentet retur. Beløbet "
            + "for dem krediteres."},
            {rengoering, "Kreditering - faktura ", "Jobcentret var lukket i uge 29, så der er ikke gjort rent. De fem dage "
                + "krediteres."},
            {kontor, "Kredit: fejl i antal på ", "Vi har faktureret 60 kasser kopipapir, men I modtog 45. Vi retter det hermed."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("KN");
            Amount a = amount(300_000);
            headers(m, s.person(), addr(s), "kreditor@odsherred.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v + 1] + "\n\n" + e[2] + " Kreditnota " + n + " på " + a.gross() + " kr. er vedhæftet; modregn den "
                    + "gerne i næste betaling til os." + sig(s))
                .attach("application/pdf", "kreditnota-" + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v + 1, List.of("Krediterer faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(byg, kloak)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@odsherred.dk", "Kontoudtog pr. " + dottedDay(m, 0))
                .text("Hej\n\nHalvårets kontoudtog er vedhæftet til jeres afstemning. Faktura " + historyNo.get(s.domain())
                    + " er betalt, og der står intet åbent. Giv lyd, hvis jeres bogholderi viser noget andet." + sig(s))
                .attach("application/pdf", "kontoudtog_odsherred.pdf", Attachments.pdf(docId(m, "saldo"), "Kontoudtog",
                    List.of("Odsherred Kommune", "Faktura " + historyNo.get(s.domain()) + " betalt", "Åbent i alt 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing outstanding";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, el.person(), addr(el), "kreditor@odsherred.dk", "Tak for betalingen")
            .text("Hej\n\nVi har fået pengene for faktura " + historyNo.get(el.domain()) + ". Tak for hurtig betaling.\n\nJakob\n"
                + "Rørvig El-Teknik");
        genuine(m, el.ip());
        m.description = "roervig-el.dk acknowledges payment of its earlier invoice";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Ifølge vores debitorliste mangler nedenstående faktura at blive betalt. Er den "
            + "betalt inden for de sidste dage, kan I se bort fra denne mail."},
            {maler, "Mangler betaling", "Hej, jeg har ikke fået betaling for gymnastiksalen på Højby Skole endnu. Er fakturaen "
                + "kommet rigtigt ind hos jer? Mvh Bo"},
            {toemrer, "Betalingspåmindelse", "Fakturaen er overskredet med 12 dage. Vi opkræver ikke gebyr, men ser frem til "
                + "betalingen."}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = historyAmount.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@odsherred.dk", x[1] + ": faktura " + n)
                .text(GREET[(v + 3) % 6] + "\n\n" + x[2] + "\n\nFaktura " + n + ", " + a.gross() + " kr., kontonummer som altid: "
                    + s.account() + "." + sig(s))
                .attach("application/pdf", "rykker-" + n.replace('/', '-') + ".pdf", pdf(m, s, "Påmindelse", n, a, s.account(), v + 1,
                    List.of("Gælder faktura " + n)));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real earlier invoice, usual account";
            v++;
        }
    }

    private void collection() {
        M m = mail("collection-notice", false);
        invoiceLike.add(m.id);
        String n = "2027-" + (10_000 + rnd.nextInt(89_999));
        String acct = bank("2270", "0748812291");
        headers(m, "Advokat Stigsnæs, Inkasso", "inkasso@advokat-stigsnaes-inkasso.dk", "kreditor@odsherred.dk",
            "Inkassosag " + n + " / Odsherred Skadedyrskontrol")
            .text("Odsherred Kommune\n\nPå vegne af vores klient Odsherred Skadedyrskontrol skal vi rykke for faktura 4410 af 14. juni "
                + "2027 (rottespærre, Grevinge Skole, 6.125,00 kr.). Den er ikke betalt trods påmindelse.\n\nMener I, at kravet er "
                + "betalt eller ikke skyldes, bedes I skrive til os med sagsnummeret. Ellers indbetales beløbet tillagt 100 kr. i "
                + "rykkergebyr på vores klientkonto " + acct + ".\n\nAdvokat Stigsnæs ApS, inkassoafdelingen")
            .attach("application/pdf", "Inkassomeddelelse_" + n + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + n,
                List.of("Fordringshaver: Odsherred Skadedyrskontrol", "Faktura 4410: 6.125,00", "Gebyr 100,00", "Klientkonto " + acct)));
        genuine(m, "127.172.7.1");
        m.description = "real lawyer's collection letter (DMARC pass) about a real unpaid invoice of an unlisted supplier";
    }

    /** New legitimate family: a real bankruptcy trustee (kurator) writes about a supplier's estate. */
    private void trustee() {
        M m = mail("bankruptcy-trustee-notice", false);
        invoiceLike.add(m.id);
        String acct = bank("3409", "1122987754");
        headers(m, "Holm Advokater, kurator", "konkursbo@kurator-holm-advokater.dk", "kreditor@odsherred.dk",
            "Konkursboet efter Sjællandsk Fugeteknik ApS - tilgodehavende")
            .text("Til Odsherred Kommune\n\nSjællandsk Fugeteknik ApS, CVR 40551827, blev erklæret konkurs ved Retten i Holbæk, "
                + "og undertegnede er udpeget som kurator.\n\nIfølge selskabets bogføring har kommunen en ubetalt faktura nr. 2291 "
                + "på 18.437,50 kr. for fugearbejde på Nykøbing Sj. Svømmehal. Betaling kan efter konkursdekretet ikke ske med "
                + "frigørende virkning til selskabet, men skal ske til boets konto " + acct + ".\n\nKonkursdekretet kan ses i "
                + "Statstidende. Ring gerne til kontoret på vores hovednummer, hvis I vil bekræfte oplysningerne.\n\n"
                + "Med venlig hilsen\nAdvokat Karina Holm, kurator")
            .attach("application/pdf", "Kuratorbrev_Fugeteknik.pdf", Attachments.pdf(docId(m, "kur"), "Meddelelse fra kurator",
                List.of("Konkursboet efter Sjællandsk Fugeteknik ApS", "Faktura 2291: 18.437,50", "Boets konto " + acct,
                    "Kurator: advokat Karina Holm")));
        genuine(m, "127.172.8.1");
        m.description = "real trustee of a bankrupt unlisted supplier asks payment of its open invoice to the estate's account, DMARC pass";
        m = mail("bankruptcy-trustee-notice", false);
        headers(m, "Holm Advokater, kurator", "konkursbo@kurator-holm-advokater.dk", "oekonomi@odsherred.dk",
            "Proklama: Konkursboet efter Lammefjordens Køleservice ApS")
            .text("Til kreditorerne\n\nLammefjordens Køleservice ApS er under konkursbehandling. Krav mod boet anmeldes til "
                + "kurator senest fire uger efter proklamaens offentliggørelse. Kommunen står i selskabets debitorliste uden "
                + "åbne poster, så denne meddelelse er kun til orientering.\n\nAdvokat Karina Holm");
        genuine(m, "127.172.8.1");
        m.description = "trustee's proclamation to creditors, nothing to pay";
    }

    private void intermunicipal() {
        M m = mail("intermunicipal-invoice", false);
        invoiceLike.add(m.id);
        String n = String.valueOf(550_000 + rnd.nextInt(90_000));
        String acct = bank("0216", "4069112387");
        headers(m, "Halsnæs Kommune Debitorer", "debitor@halsnaes.dk", "kreditor@odsherred.dk", "Faktura " + n
            + " - ophold på Halsnæs Krisecenter")
            .text("Hej Odsherred\n\nVedhæftet faktura for en borger med opholdskommune Odsherred på vores krisecenter i juli "
                + "(servicelovens § 109). Fakturaen er også sendt til jeres GLN. Kan I ikke modtage den elektronisk, kan beløbet "
                + "indbetales på Halsnæs Kommunes konto " + acct + ".\n\nVenlig hilsen\nHalsnæs Kommune, Debitorbogholderiet")
            .attach("application/pdf", "Halsnaes_faktura_" + n + ".pdf", Attachments.pdf(docId(m, "hal"), "Faktura " + n,
                List.of("Halsnæs Kommune", "Debitor: Odsherred Kommune, GLN " + GLN, "Krisecenterophold juli 2027, 31 døgn",
                    "32.860,00 momsfrit", "Konto " + acct)));
        genuine(m, "127.174.6.1");
        m.description = "neighbouring municipality invoices a shelter stay, its own account, DMARC pass";
    }

    /** New legitimate family: the ferry's monthly fare statement for our home-care cars. */
    private void ferry() {
        M m = mail("ferry-fare-statement", false);
        invoiceLike.add(m.id);
        String n = String.valueOf(41_000 + rnd.nextInt(9_000));
        headers(m, "Rørvigfærgen Erhverv", "erhverv@rorvigfaergen.dk", "pleje-omsorg@odsherred.dk", "Kontoopgørelse august "
            + "- erhvervskort " + n)
            .html("<html><body style=\"font-family:Verdana;font-size:10pt\"><p>Kære erhvervskunde</p><p>Her er opgørelsen over "
                + "jeres overfarter Rørvig-Hundested i august: 23 overfarter med hjemmeplejens biler. Beløbet 4.485,00 kr. "
                + "trækkes via Betalingsservice den 1. i næste måned.</p><p>Kunde nr. " + n + "</p><p>Venlig hilsen<br>"
                + "Rørvigfærgen</p></body></html>")
            .attach("application/pdf", "Opgoerelse_" + n + ".pdf", Attachments.pdf(docId(m, "fae"), "Kontoopgørelse " + n,
                List.of("Odsherred Kommune, Pleje og Omsorg", "23 overfarter bil + fører", "I alt 4.485,00 inkl. moms",
                    "Betalingsservice")));
        genuine(m, "127.172.10.1");
        m.description = "ferry company's monthly fare statement for our home-care cars, direct debit, DMARC pass";
    }

    private void platforms() {
        Object[][] p = {{"xero.com", "messaging-service@", "Xero", it}, {"xero.com", "messaging-service@", "Xero", illustration},
            {"paypal.com", "service@", "PayPal", yoga}, {"paypal.com", "service@", "PayPal", smed},
            {"fiken.no", "faktura@", "Fiken", anlaeg}, {"fiken.no", "faktura@", "Fiken", snedker},
            {"xero.com", "messaging-service@", "Xero", toemrer}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            String from = x[1] + d;
            String mailFromDomain = d;
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String n = no("F-");
            Amount a = amount(1_500_000);
            m.mailFrom = "bounces@" + mailFromDomain;
            headers(m, s.name() + " via " + x[2], from, "faktura@odsherred.dk", "Faktura " + n + " fra "
                + s.name() + " - forfald " + dottedDay(m, 14 + v))
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Arial,sans-serif;color:#1e2a33\"><table width=\"520\" style=\"border:1px solid "
                    + "#dde3e8\"><tr><td style=\"padding:18px\"><p>Kære Odsherred Kommune</p><p>" + s.name() + " har sendt jer faktura "
                    + n + " på <b>" + a.gross() + " DKK</b>, som forfalder " + writtenDay(m, 14 + v) + ".</p><p>Fakturaen er vedhæftet som "
                    + "PDF. Spørgsmål til fakturaen besvares af " + s.person() + " - svar blot på denne mail.</p><p style=\"color:#7a8a99;"
                    + "font-size:11px\">Sendt med " + x[2] + " for " + s.name() + "</p></td></tr></table></body></html>")
                .attach("application/pdf", "Faktura_" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice sent by platform " + d + ", usual account";
            v++;
        }
    }

    private String ubl(String no, Supplier s, Amount a, String account, boolean iban, String issue, String due) {
        return Ubl.oioubl(no, s.name(), cvr(s.domain()), s.what(), "Odsherred Kommune", GLN, a.ore(), account, iban, issue, due,
            "Procurement-BilSim-1.0", null);
    }

    private void xml() {
        int v = 0;
        for (Supplier s : List.of(avis, kloak, kontor)) {
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no("OIO");
            Amount a = amount(2_200_000);
            headers(m, s.name(), addr(s), "faktura@odsherred.dk", "E-faktura " + n + " sendt som fil")
                .text("Hej\n\nVores NemHandel-udbyder skifter system i denne uge, så fakturaen kan ikke sendes via GLN lige nu. "
                    + "Som aftalt med Kreditorer får I OIOUBL-filen direkte og en PDF-kopi til kontering.\n\n" + s.name())
                .attach("application/xml", n + ".xml", ubl(n, s, a, plain(s.account()), s.account().startsWith("IBAN"),
                    isoDay(m, 0), isoDay(m, 30)).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v, List.of("Original: OIOUBL")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL XML invoice with PDF copy, usual account";
            v++;
        }
    }

    private void newAccount() {
        M m = mail("supplier-new-account", false);
        String n = iban("DK", "53630009982215");
        headers(m, toemrer.person(), addr(toemrer), "kreditor@odsherred.dk", "Orientering: vi flytter bank 1. november")
            .text("Hej\n\nAsnæs Tømrerforretning flytter til Sparekassen den 1. november 2027. Fakturaer udstedt derefter får det "
                + "nye kontonummer " + n + " trykt på. Fakturaer fra før skal fortsat betales til den gamle konto.\n\nVi ved godt, "
                + "at svindlere sender den slags mails. Lav derfor ikke ændringen på baggrund af denne mail alene: ring til "
                + "Henrik på nummeret i jeres leverandørkartotek, så bekræfter han. Brevet med underskrift ligger som PDF."
                + sig(toemrer))
            .attach("application/pdf", "ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "bank"), "Ny bankforbindelse",
                List.of("Asnæs Tømrerforretning ApS, CVR " + cvr("asnaes-toemrer.dk"), "Fra 01.11.2027: " + n,
                    "Henrik Skamlebæk, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed supplier genuinely announces a bank change from November (SPF+DKIM, no DMARC), asks for a phone check";
    }

    private void smallSuppliers() {
        int v = 0;
        for (Supplier s : List.of(vvs, yoga, snedker, tolk, skadedyr, illustration, smed, foto)) {
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 5 + 3, List.of("Bestilt af: " + (v % 2 == 0 ? "institutionsleder" : "koordinator")),
                v % 3 == 1 ? "\n\nDet er min første regning til kommunen, så sig endelig til, hvis I skal bruge noget andet." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted small local supplier " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"offentlig-okonomi.dk", "Offentlig Økonomi", "nyhedsbrev@", "Kommuner strammer kontrollen med "
            + "bankskift", "Flere kommuner ringer nu altid leverandøren op på et kendt nummer, før et nyt kontonummer godkendes."},
            {"revisorhuset-nordvest.dk", "Revisorhuset Nordvest", "viden@", "Momsfradrag ved kommunale fællesarrangementer",
                "Hvornår kan en kommune løfte moms af udgifter til arrangementer med foreninger? Vi gennemgår reglerne."}};
        for (String[] x : n) {
            M m = mail("newsletter", false);
            m.mailFrom = "bounce+" + sha256("nl12:" + x[0]).substring(0, 10) + "@sendgrid.net";
            headers(m, x[1], x[2] + x[0], "oekonomi@odsherred.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><table width=\"600\"><tr><td><h1 style=\"font-size:20px\">" + x[3] + "</h1><p>" + x[4]
                    + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs mere</a></p><p style=\"font-size:10px\">Du får denne "
                    + "mail, fordi du abonnerer. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("sendgrid.net");
            m.ip = "127.174.1.1";
            m.helo = "o1.ptr4471.sendgrid.net";
            m.description = "newsletter from " + x[0] + " sent via an ESP, signed by both";
        }
    }

    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditorforum] ");
        s = s.replaceFirst("\r\n$", "\r\n_______________________________________________\r\n"
            + "Kreditorforum Nordvest - faglig liste for kommunernes kreditorbogholderier\r\n"
            + "https://kreditorforum-nordvest.dk/liste/afmelding\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"halsnaes.dk", "Birgitte Frederiksværk", "bifr@", "Falsk kurator?",
            "Hej forum\n\nVi har fået en mail fra en 'kurator', som påstår, at en af vores leverandører er gået konkurs, og at "
                + "alle åbne fakturaer skal betales til boets konto. Leverandøren var ikke konkurs. Slå altid op i Statstidende."
                + "\n\nBirgitte, Halsnæs"},
            {"lejre.dk", "Søren Hvalsø", "sohv@", "SV: Falsk kurator?",
                "Samme her. Ægte kuratorer skriver fra et advokatfirma, og vi ringer til firmaets hovednummer, før vi betaler.\n\nSøren"},
            {"roskilde.dk", "Anja Viby", "anvi@", "Ændring af udbetalingskonto for borgere",
                "Hej\n\nVi ser mails, hvor 'pårørende' eller 'advokater' beder os udbetale borgeres tilgodehavender til en anden konto "
                    + "end NemKonto. Vi udbetaler kun til NemKonto.\n\nAnja, Roskilde"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditorforum-nordvest.dk", x[3])
                .header("List-Id", "Kreditorforum Nordvest <forum.kreditorforum-nordvest.dk>").text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.174.3.1";
            m.helo = "lists.kreditorforum-nordvest.dk";
            m.afterSigning = HeldOutCorpus12::listFooter;
            m.listSigner = "kreditorforum-nordvest.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + "); footer breaks its DKIM";
        }
    }

    private void forwarded() {
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, avis, avis.account(), 19, List.of(), "");
        m.mailFrom = "SRS0=k8Tq=XB=ods-ugeavis.dk=annonce@srs.ods-net.dk";
        m.signers.add("ods-ugeavis.dk");
        m.ip = "127.177.3.1";
        m.helo = "srs.ods-net.dk";
        m.description = "ods-ugeavis.dk invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        for (Supplier s : List.of(it, el)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 28, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.177.1.1";
            m.helo = "relay.vig-fiber.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = invoiceNo(anlaeg);
        Amount a = amount(900_000);
        headers(m, "Lene Sidinge", "lesi@" + OWN, "kreditor@odsherred.dk", "VS: Regning " + n + " Vig Torv")
            .text("Hej Kreditorer\n\nDenne regning er havnet i min indbakke. Arbejdet ved Vig Torv er udført, og jeg har godkendt "
                + "den; kontering 2210-044.\n\nLene Sidinge\nVej og Natur\n\n---------- Videresendt meddelelse ----------\nFra: "
                + anlaeg.person() + " <" + addr(anlaeg) + ">\nDato: " + writtenDay(m, -1) + "\nEmne: Regning " + n + "\n\nHej Lene, "
                + "her er regningen for julis pleje af torvet.")
            .attach("application/pdf", "regning_" + n.replace('/', '-') + ".pdf", pdf(m, anlaeg, "Faktura", n, a, anlaeg.account(), 0,
                List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Dorthe Nykøbing", "dony@", "Husk: to personer på nye bankoplysninger", "Kære kolleger\n\nEt nyt "
            + "kontonummer på en leverandør oprettes kun, når en kollega har ringet leverandøren op på et nummer, vi selv har "
            + "fundet, og en anden har godkendt det i systemet.\n\nDorthe\nØkonomi"},
            {"Peter Hønsinge", "peho@", "Er Rørvig Busser betalt for juni?", "Hej\n\nVi mangler at se betalingen af specialkørslen "
                + "for juni i vores budgetopfølgning. Kan I tjekke?\n\nPeter\nDagtilbud og Skole"},
            {"Digitalisering", "digitalisering@", "Planlagt nedetid i e-fakturamodtagelsen", "Torsdag kl. 16-20 opdateres "
                + "e-fakturamodtagelsen. Fakturaer, der kommer i perioden, lægges ind fredag morgen."},
            {"Maria Starreklinte", "mast@", "Kørselsgodtgørelse og parkering", "Hej\n\nJeg har vedhæftet billede af "
                + "parkeringsbilletten fra mødet i Holbæk. Kan den komme med på næste lønkørsel?\n\nMaria"},
            {"Jens Klint", "jekl@", "Mærkelig mail fra 'kurator'", "Hej\n\nVi har i Ejendomscentret fået en mail fra en "
                + "'kurator', der vil have os til at betale Asnæs Trælasts fakturaer til et konkursbo. Asnæs Trælast kender intet "
                + "til det. Mailen er videresendt til IT-sikkerhed.\n\nJens"}};
        for (String[] i : x) {
            M m = mail("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, "kreditor@odsherred.dk", i[2]).text(i[3]);
            if (i[2].startsWith("Kørsel")) {
                mime.attach("image/jpeg", "parkering.jpg", Attachments.image(docId(m, "park"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = mail("internal", false);
        headers(m, "Kreditorer", "kreditor@" + OWN, "ledere@odsherred.dk", "Fakturaer skal godkendes inden den 20.")
            .text("Kære ledere\n\nFakturaer, der ligger til godkendelse hos jer, skal være godkendt senest den 20., ellers når vi "
                + "ikke at betale til tiden.\n\nKreditorer, Økonomi");
        genuine(m, OWN_IP);
        m.description = "internal circular about the approval deadline";
        m = mail("bank-notice", false);
        headers(m, "BasisBank Erhverv", "erhverv@basisbank.dk", "oekonomi@odsherred.dk", "Du har en ny besked i BasisBank Erhverv")
            .text("Kære Odsherred Kommune\n\nI har en ny besked i netbanken. Log på som sædvanligt via vores hjemmeside. Vi spørger "
                + "aldrig efter adgangskoder eller sender links til login.\n\nBasisBank");
        genuine(m, "127.174.4.1");
        m.description = "bank notice without link, DMARC pass";
        m = mail("bank-notice", false);
        headers(m, "Vestsjællands Andelskasse", "info@vestsjaellands-andelskasse.dk", "oekonomi@odsherred.dk",
            "Ændrede frister for udlandsbetalinger")
            .text("Fra 1. oktober skal udlandsbetalinger være godkendt inden kl. 13 for at blive gennemført samme dag. Denne mail "
                + "kan ikke besvares.");
        genuine(m, "127.174.5.1");
        m.description = "bank notice, DMARC pass";
    }

    private void foreign() {
        Object[][] f = {{"kahoot.com", "Kahoot!", "billing@", "Your Kahoot! receipt ", "Thanks for renewing Kahoot! EDU for "
            + "your schools. The annual amount was charged to your card.", "EUR 2,160.00"},
            {"prezi.com", "Prezi", "billing@", "Prezi invoice ", "Your Prezi Teams subscription has renewed. Nothing to pay: "
                + "the card on file was charged.", "EUR 708.00"}};
        for (Object[] x : f) {
            M m = mail("foreign-saas-invoice", false);
            invoiceLike.add(m.id);
            String n = String.valueOf(31_000_000 + rnd.nextInt(9_000_000));
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@odsherred.dk", x[3] + n)
                .text(x[4] + "\n\nReceipt no.: " + n + "\nAmount: " + x[5] + "\n\nKind regards,\n" + x[1])
                .attach("application/pdf", "receipt_" + n + ".pdf", Attachments.pdf(docId(m, "saas"), x[1] + " receipt " + n,
                    List.of("Customer: Odsherred Kommune, " + ADDRESS + ", Denmark", "VAT reverse charged", "Amount " + x[5],
                        "Paid by Mastercard ending 4402")));
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice (card already charged), DMARC pass";
        }
        M m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        String n = "HL" + (27_000 + rnd.nextInt(900));
        String acct = iban("SE", "50000000054910000003");
        headers(m, "Hallands Lekplatser AB", "ekonomi@hallands-lekplatser.se", "vej-natur@odsherred.dk", "Faktura " + n
            + " - Odsherred Kommune")
            .text("Hej!\n\nHär kommer fakturan för gungorna och fallskyddet till legepladsen ved Nykøbing Sj. Strand. Betalning "
                + "inom 30 dagar till " + acct + " (BIC ESSESESS).\n\nHer er fakturaen på gynger og faldunderlag. Betaling netto "
                + "30 dage.\n\nMed vänlig hälsning\nHallands Lekplatser, ekonomi")
            .attach("application/pdf", "Faktura_" + n + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + n, List.of(
                "Hallands Lekplatser AB, Halmstad", "Kund: Odsherred Kommune, GLN " + GLN, "Gungställning och fallskydd",
                "Summa EUR 7.840,00 (omvänd skattskyldighet)", "Bank: " + acct)));
        genuine(m, "127.175.3.1");
        m.description = "Swedish playground supplier from Halmstad, its own SE IBAN, DMARC pass";
        m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        n = "RE-" + (8_000 + rnd.nextInt(900));
        acct = iban("DE", "130400000123456780");
        headers(m, "Bürotechnik Rostock GmbH", "rechnung@buerotechnik-rostock.de", "indkoeb@odsherred.dk", "Rechnung " + n)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung für die Wartung der 12 Falzmaschinen in Ihrer "
                + "Druckerei. Zahlbar innerhalb 14 Tagen auf " + acct + ".\n\nMit freundlichen Grüßen\nBürotechnik Rostock")
            .attach("application/pdf", "Rechnung_" + n + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + n, List.of(
                "Bürotechnik Rostock GmbH", "Kunde: Odsherred Kommune, Dänemark", "Wartung Falzmaschinen, 12 Stück",
                "Gesamt EUR 2.316,00 (Reverse Charge)", "IBAN: " + acct)));
        genuine(m, "127.175.7.1");
        m.description = "German office-machine service from Rostock, DE IBAN in its own name, p=none but aligned DMARC pass";
    }

    private void remittances() {
        M m = mail("remittance-advice", false);
        headers(m, "Odsherred Efterskole, regnskab", "regnskab@odsherred-efterskole.dk", "oekonomi@odsherred.dk",
            "Betalingsadvisering")
            .text("Hej\n\nVi har i dag overført 22.400,00 kr. til jeres NemKonto for leje af Vig Hallen i august (jeres faktura "
                + "7700812).\n\nVenlig hilsen\nOdsherred Efterskole");
        genuine(m, "127.174.11.1");
        m.description = "remittance advice: a school paid our hall-rent invoice (nothing to pay)";
        m = mail("remittance-advice", false);
        headers(m, "Lejre Kommune Kreditorer", "kreditorer@lejre.dk", "oekonomi@odsherred.dk", "Udbetaling til Odsherred Kommune")
            .text("Til Odsherred Kommune\n\nSe vedhæftede specifikation af dagens betaling til jer.\n\nLejre Kommune")
            .attach("text/csv", "betalinger_odsherred.csv", ("bilag;tekst;beloeb\r\n7700901;Mellemkommunal refusion juli;"
                + "18310,00\r\n7700902;Kursusgebyr;2450,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.174.7.1");
        m.description = "remittance advice from a neighbour paying our invoices, CSV, DMARC pass";
    }

    private void receipts() {
        Object[][] r = {{"odsherred-byggecenter.dk", "Odsherred Byggecenter", "kvittering@", "Kvittering for køb", "Skruer, "
            + "fugemasse og kantlister, 1.318,00 kr. Betalt med firmakort."},
            {"coop.dk", "Coop", "kvittering@", "Din digitale kvittering", "Kage og saft til dagplejens legestue, 268,50 kr., betalt "
                + "med kort."},
            {"saxo.com", "Saxo", "ordre@", "Kvittering på ordre 55812093", "18 bøger til Nykøbing Sj. Bibliotek, 3.104,00 kr. "
                + "Betalt ved bestilling."}};
        for (Object[] x : r) {
            M m = mail("receipt", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@odsherred.dk", (String) x[3]).text(x[4] + "\n\nTak for "
                + "handlen\n" + x[1]);
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = mail("order-confirmation", false);
        headers(m, "Nordvest Belysning", "ordre@nordvest-belysning.dk", "indkoeb@odsherred.dk", "Ordre 40218 bekræftet")
            .text("Vi har modtaget jeres ordre på 30 udendørsarmaturer til Rørvig Havn. Faktura sendes via NemHandel til GLN "
                + GLN + ", når varerne er leveret.\n\nNordvest Belysning");
        genuine(m, "127.172.5.1");
        m.description = "order confirmation, to be invoiced by e-invoice";
    }

    private void other() {
        M m = mail("quote", false);
        headers(m, smed.person(), addr(smed), "ejendomscenter@odsherred.dk", "Tilbud: nyt gelænder ved slæbestedet")
            .text("Hej\n\nJeg kan lave gelænderet i varmgalvaniseret stål for 24.800 kr. ekskl. moms inkl. montering. Tilbuddet "
                + "står i 45 dage." + sig(smed))
            .attach("application/pdf", "tilbud_gelaender.pdf", Attachments.pdf(docId(m, "tilb"), "Tilbud",
                List.of("Gelænder, varmgalvaniseret, 14 m", "24.800,00 ekskl. moms")));
        genuine(m, smed.ip());
        m.description = "quote from unlisted small supplier, nothing to pay";
        m = mail("quote", false);
        headers(m, vvs.person(), addr(vvs), "ejendomscenter@odsherred.dk", "Pris på nye blandingsbatterier, Højby Hallen")
            .text("Hej\n\nUdskiftning af 14 blandingsbatterier i omklædningsrummene: 19.600 kr. + moms. Jeg kan starte i uge 40."
                + sig(vvs));
        genuine(m, vvs.ip());
        m.description = "quote in the body from an unlisted plumber, nothing to pay";
        m = mail("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "dagtilbud-skole@odsherred.dk", "Efterårsferiens kørsel")
            .text("Hej\n\nI efterårsferien kører vi kun til Odsherred Efterskole. Oktober-fakturaen bliver derfor lavere. "
                + "Ingen ændringer i betalingsoplysninger.\n\nRørvig Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment details unchanged";
        m = mail("supplier-letter", false);
        headers(m, koekken.person(), addr(koekken), "pleje-omsorg@odsherred.dk", "Efterårsmenu og nye bestillingstider")
            .text("Kære kunder\n\nFra uge 40 kommer efterårsmenuen, og bestilling skal ske senest onsdag kl. 10. Vi fakturerer "
                + "uændret via NemHandel.\n\nOdsherred Madservice");
        genuine(m, koekken.ip());
        m.description = "listed supplier's ordering notice, nothing to pay, payment unchanged";
        m = mail("supplier-letter", false);
        headers(m, avis.person(), addr(avis), "kreditor@odsherred.dk", "Deadline for annoncer i uge 42")
            .html("<html><body><p>Hej annoncør</p><p>Ugeavisen udkommer tidligere i uge 42. Annoncer skal derfor være hos os "
                + "fredag i uge 41. Fakturering som sædvanlig.</p><p>Odsherred Ugeavis</p></body></html>");
        genuine(m, avis.ip());
        m.description = "listed supplier's deadline letter, payment details unchanged";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 40;

    private void fraud() {
        forgedSupplier();
        lookalikes();
        platformFraud();
        compromised();
        hijack();
        correctedResend();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        inkasso();
        digitalPost();
        nemhandel();
        directory();
        trusteeFraud();
        payoutRedirect();
        membership();
        callback();
        qr();
        english();
        imageOnly();
        archives();
        svg();
        macro();
    }

    private static final String[] MULE = {iban("LT", "7173000010123456"), iban("DK", "89900006612045"), bank("5301", "0007712903"),
        iban("EE", "4722000022187654"), iban("PL", "271140200400003202781234"), iban("GB", "REVO00996912345678"),
        iban("IE", "BOFI90001712345678"), iban("NL", "BUNQ2206651234"), iban("DE", "500105175432109876"),
        iban("HU", "107000240000000012345678"), iban("RO", "BTRL01301202925690XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "002001950000357001234567"), bank("9070", "0001566327"), iban("MT", "VALL22013000000040012345678"),
        iban("SE", "80000810340009783242")};

    private String mule(int i) {
        return MULE[Math.floorMod(i, MULE.length)];
    }

    private void forgedSupplier() {
        Supplier[] s = {vand, byg, avis, kloak, koekken, it};
        String[] notes = {"\n\nOBS: Vi har skiftet pengeinstitut. Brug udelukkende kontonummeret på vedhæftede faktura.",
            "\n\nVores konto i den gamle bank er opsagt. Husk at rette kontonummeret i jeres kreditorkartotek.", "",
            "\n\nVi gør opmærksom på nye betalingsoplysninger gældende fra denne faktura."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], mule(i), i + 5, List.of("Ny bankforbindelse"), notes[i % notes.length]);
            if (i == 2) {
                m.mime.header("Reply-To", "<annonce@ods-ugeavis.com>");
            }
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " from a fraudster's machine, changed account"
                + (i == 2 ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"ods-vand-betaling.dk", vand}, {"asnaes-traelast.com", byg}, {"asnas-toemrer.dk", toemrer},
            {"roervig-el.com", el}, {"nyk-rengoring.dk", rengoering}};
        int i = 0;
        for (Object[] x : l) {
            Supplier s = (Supplier) x[1];
            M m = mail("lookalike-domain", true);
            invoice(m, s.posing((String) x[0], s.account()), mule(i + 3), i + 2, List.of(),
                i % 2 == 0 ? "\n\nBemærk: vores bankoplysninger er opdateret. Ret dem gerne i jeres system med det samme." : "");
            ownedBy(m, (String) x[0]);
            m.description = "look-alike " + x[0] + " of " + s.domain() + " (own DNS), new account";
            i++;
        }
        M m = mail("punycode-homoglyph", true);
        String d = idn("ods-ugeav\u0456s.dk");
        invoice(m, avis.posing(d, avis.account()), mule(6), 13, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN homoglyph " + d + " (Cyrillic i) of ods-ugeavis.dk, invoice with new account, authenticates";
        m = mail("punycode-homoglyph", true);
        d = idn("odsherr\u0435d.dk");
        headers(m, "Odsherred Kommune, Økonomi", "oekonomi@" + d, "kreditor@odsherred.dk", "Akut: betaling til entreprenør, "
            + "skybrud Nykøbing")
            .text("Hej\n\nEfter nattens skybrud i Nykøbing Sj. har beredskabet bestilt pumper og slamsugere. Entreprenøren kræver "
                + "a conto 96.300 kr. i dag, ellers trækker han folkene. Beløbet overføres til " + mule(8) + "; faktura eftersendes."
                + "\n\nVh Økonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic e) posing as our finance department, urgent advance, authenticates";
    }

    private void platformFraud() {
        String[][] p = {{"xero-invoicing.com", "Xero"}, {"paypal-fakturaer.com", "PayPal"}, {"fiken-faktura.net", "Fiken"}};
        int i = 0;
        for (String[] x : p) {
            M m = mail("lookalike-platform", true);
            String n = no("F-");
            Supplier s = listed.get(i * 4 + 2);
            headers(m, s.name() + " via " + x[1], "faktura@" + x[0], "faktura@odsherred.dk", "Betalingspåmindelse: faktura " + n)
                .html("<html><body style=\"font-family:Arial\"><p>Hej Odsherred Kommune</p><p>Vi har endnu ikke modtaget betaling for "
                    + "faktura " + n + " fra " + s.name() + ". For at undgå rykkergebyr bedes I betale online inden i morgen.</p><p>"
                    + "<a style=\"background:#13b5ea;color:#fff;padding:9px 14px\" href=\"https://" + x[0] + "/pay/"
                    + sha256(m.id).substring(0, 12) + "\">Se og betal faktura</a></p><p style=\"font-size:10px\">" + x[1]
                    + "</p></body></html>");
            ownedBy(m, x[0]);
            m.description = "look-alike of platform " + x[1] + " with pay link, HTML only";
            i++;
        }
        M m = mail("platform-account-misused", true);
        String n = no("F-");
        Amount a = amount(3_500_000);
        Supplier s = new Supplier("Nordsjællands Skilteservice", "xero.com", "Nordsjællands Skilteservice", "", "", mule(5),
            "udskiftning af vejskilte, Odsherredvej, august");
        headers(m, s.name() + " via Xero", "messaging-service@xero.com", "kreditor@odsherred.dk", "Faktura " + n + " fra " + s.name())
            .header("Reply-To", "<skilteservice.nordsj@outlook.com>")
            .html("<html><body><p>" + s.name() + " har sendt en faktura på " + a.gross() + " DKK for " + s.what() + ".</p><p>Betal "
                + "senest om 3 dage til " + mule(5) + ".</p></body></html>")
            .attach("application/pdf", "Faktura_" + n + ".pdf", pdf(m, s, "Faktura", n, a, mule(5), 0, List.of()));
        genuine(m, "127.173.1.1");
        m.description = "fraudster's own account on real platform xero.com invoices a job never ordered (authenticates)";
        m = mail("platform-account-misused", true);
        n = no("F-");
        a = amount(2_500_000);
        String acct = iban("DK", "89900007731188");
        headers(m, anlaeg.name() + " via PayPal", "service@paypal.com", "faktura@odsherred.dk", "Faktura " + n + " fra "
            + anlaeg.name())
            .header("Reply-To", "<vig.anlaeg@hotmail.com>")
            .html("<html><body><p>Hej</p><p>" + anlaeg.name() + " har sendt jer en faktura på " + a.gross() + " DKK.</p><p>Vi "
                + "har fået ny bank; betal venligst til " + acct + " i stedet for den gamle konto.</p></body></html>")
            .attach("application/pdf", "Faktura_" + n + ".pdf", pdf(m, anlaeg, "Faktura", n, a, acct, 2, List.of("Ny konto")));
        genuine(m, "127.173.2.1");
        m.description = "listed vig-anlaeg.dk's name on real platform paypal.com: new account, hotmail Reply-To (authenticates)";
    }

    private void compromised() {
        Supplier[] s = {kontor, it, byg, bus};
        String[] why = {"Efter fusionen med en anden kontorgrossist samles alle indbetalinger på koncernens konto.",
            "Vores driftskonto er midlertidigt spærret, mens banken opdaterer vores hvidvaskoplysninger.",
            "Vores tilgodehavender er overdraget til et finansieringsselskab, og indbetalinger skal derfor ske dertil.",
            "Vi er flyttet til en ny bank efter ejerskiftet, og den gamle konto lukkes om kort tid."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("compromised-supplier", true);
            String body = "\n\n" + why[i] + " Betal derfor denne og kommende fakturaer til " + mule(i + 9)
                + ". Vi er svære at få fat i på telefonen i denne uge, så skriv blot tilbage her, hvis I har spørgsmål.";
            invoice(m, s[i], mule(i + 9), i * 5 + 1, List.of("Betales til: " + mule(i + 9)), body);
            genuine(m, s[i].ip());
            m.description = "mail from " + s[i].domain() + "'s real (compromised) mailbox, changed account, authenticates";
        }
    }

    private void hijack() {
        Supplier[] s = {vand, kloak, koekken};
        String[] via = {"odsvand.com", "odde-kloak.com", "ods-madservice.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("reply-chain-hijack", true);
            Supplier fake = s[i].posing(via[i], mule(i + 4));
            String n = historyNo.get(s[i].domain());
            Mime mime = headers(m, s[i].person(), addr(fake), "kreditor@odsherred.dk", "Re: " + threadSubject.get(s[i].domain()))
                .header("In-Reply-To", threads.get(s[i].domain())).header("References", threads.get(s[i].domain()))
                .text("Hej igen\n\nTak for bekræftelsen. Faktura " + n + " står stadig som ubetalt hos os. Da vores bank er ved at "
                    + "flytte vores konti, skal de " + historyAmount.get(s[i].domain()).gross() + " kr. i stedet overføres til "
                    + mule(i + 4) + ". Send venligst en kvittering, når det er gjort.\n\nVenlig hilsen\n" + s[i].person()
                    + "\n\nDen " + writtenDay(m, -4) + " skrev Kreditorer <kreditor@odsherred.dk>:\n> Vi har modtaget fakturaen, og den er "
                    + "sendt til godkendelse.");
            if (i == 1) {
                mime.attach("application/pdf", "faktura_" + n.replace('/', '-') + "_ny_konto.pdf", pdf(m, fake, "Faktura", n,
                    historyAmount.get(s[i].domain()), mule(i + 4), 2, List.of("Ændret kontonummer")));
            }
            ownedBy(m, via[i]);
            m.description = "hijacked thread about " + s[i].domain() + "'s earlier invoice, look-alike domain, new account";
        }
    }

    private void correctedResend() {
        Supplier[] s = {vognmand, maler};
        String[] via = {"faarevejle-vognmand.com", "hoejby-maler.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("corrected-invoice-resend", true);
            String n = historyNo.get(s[i].domain());
            Supplier fake = s[i].posing(via[i], mule(i + 11));
            Amount a = historyAmount.get(s[i].domain());
            headers(m, s[i].person(), addr(fake), "kreditor@odsherred.dk", "Rettet faktura " + n + " - erstatter tidligere")
                .text("Hej\n\nDer var en fejl i bankoplysningerne på faktura " + n + ", som I fik i august. Jeg sender den rettede "
                    + "udgave her; den gamle skal annulleres i jeres system.\n\nUndskyld besværet.\n\n" + s[i].person())
                .attach("application/pdf", "faktura_" + n.replace('/', '-') + "_rettet.pdf", pdf(m, fake, "Faktura", n, a, mule(i + 11),
                    i + 1, List.of("RETTET FAKTURA - annullerer tidligere udgave")));
            ownedBy(m, via[i]);
            m.description = "'corrected' re-issue of real earlier invoice " + n + " of " + s[i].domain() + " from a look-alike, new account";
        }
    }

    private void ownDomain() {
        Object[][] x = {{"Borgmester Karin Lindegaard", "borgmester@" + OWN, "kreditor@odsherred.dk", "Fortroligt - udbetaling i dag",
            "Hej\n\nJeg sidder i forhandlinger om et grundkøb ved Nykøbing Havn og skal bruge en deponering på 385.000 kr. i dag. "
                + "Det er fortroligt, indtil byrådet er orienteret. Overfør til " + mule(1) + " og bekræft til mig.\n\nKarin"},
            {"Odsherred Kommune Opkrævning", "opkraevning@" + OWN, "oekonomi@odsherred.dk", "Intern omkontering - bogføring "
                + "skal ske i dag", "Til Økonomi\n\nEfter revisionens gennemgang skal 41.250,00 kr. omposteres og udbetales til "
                + mule(2) + " i dag, så regnskabet kan lukkes.\n\nOpkrævningen"},
            {"Kommunaldirektør Anders Vig", "adirektoer@" + OWN, "indkoeb@odsherred.dk", "Hurtig opgave",
                "Er du på kontoret? Jeg har brug for, at du klarer en betaling for mig inden frokost. Jeg er i møde og kan ikke "
                    + "tage telefonen, så svar her.\n\nAnders"}};
        for (Object[] y : x) {
            M m = mail("own-domain-forged", true);
            headers(m, (String) y[0], (String) y[1], (String) y[2], (String) y[3]).text((String) y[4]);
            forged(m, host++);
            m.description = "own domain " + OWN + " forged from outside";
        }
    }

    private void ceo() {
        Object[][] x = {{"Karin Lindegaard", "karin.lindegaard.borgmester@gmail.com", "Har du to minutter?",
            "Hej\n\nEr du ved din computer? Jeg skal have ordnet en diskret overførsel, inden jeg går ind til et møde med "
                + "regionen. Svar mig her på mailen.\n\nKarin Lindegaard\nSendt fra min iPhone"},
            {"Anders Vig", "anders.vig.direktion@outlook.com", "Venskabsby - forudbetaling",
                "Hej\n\nVores venskabsby i Estland har brug for, at vi betaler vores andel af ungdomsudvekslingen nu: 58.000 kr. til "
                    + mule(3) + ". Jeg godkender bagefter.\n\nAnders"},
            {"Karin Lindegaard", "k.lindegaard@icloud.com", "Gavekort til frivillige",
                "Hej\n\nKan du købe 15 gavekort a 500 kr. til vores frivillige i Ældrerådet? Skrab koderne fri og send mig et "
                    + "billede af dem. Det skal være en overraskelse.\n\nKarin"},
            {"Økonomichef Hanne Sidinge", "hanne.sidinge@yahoo.com", "Betaling til advokat",
                "Hej\n\nAdvokaten i ekspropriationssagen ved Vig skal have et forskud på 124.000 kr. i dag til " + mule(13)
                    + ". Jeg er på kursus, så det må gå via mail.\n\nHanne"}};
        for (Object[] y : x) {
            M m = mail("ceo-fraud", true);
            headers(m, (String) y[0], (String) y[1], "oekonomi@odsherred.dk", (String) y[2]).text((String) y[3]);
            genuine(m, dns.get(domainOf((String) y[1])).spfIps().get(0));
            m.description = "CEO fraud from free mail in a leader's name";
        }
    }

    private void payroll() {
        M m = mail("payroll-account-change", true);
        headers(m, "Signe Høve", "signe.hoeve.paedagog@gmail.com", "loen@odsherred.dk", "Ændring af lønkonto")
            .text("Hej Løn\n\nJeg har skiftet bank og vil gerne have min løn fra næste måned på " + bank("9070", "0001566327")
                + ". Jeg er pædagog i Børnehuset Regnbuen. Jeg har ikke adgang til mit arbejdsmail lige nu.\n\nSigne");
        genuine(m, "127.176.1.1");
        m.description = "'employee' on gmail asks to move her salary to a new account";
        m = mail("payroll-account-change", true);
        headers(m, "Thomas Nørre Asmindrup", "t.asmindrup@hotmail.com", "loen@odsherred.dk", "Feriepenge ved fratrædelse")
            .text("Hej\n\nJeg fratrådte som vejmand i juli. Mine feriepenge skal udbetales til min konto i Litauen: " + mule(0)
                + ", da jeg er flyttet.\n\nMvh Thomas");
        genuine(m, "127.176.2.1");
        m.description = "'former employee' on hotmail asks for holiday pay to a foreign account";
    }

    private void bodyOnly() {
        M m = mail("bank-change-body-only", true);
        headers(m, koekken.person(), "kunde@ods-madservice.com", "kreditor@odsherred.dk", "Nye bankoplysninger")
            .text("Kære kunde\n\nVi har skiftet bank. Alle åbne og fremtidige fakturaer fra Odsherred Madservice betales til "
                + mule(7) + ".\n\nVenlig hilsen\nOdsherred Madservice");
        ownedBy(m, "ods-madservice.com");
        m.description = "bank change in the body only, look-alike of ods-madservice.dk";
        m = mail("bank-change-body-only", true);
        headers(m, "Bo Lindholm", "bo.lindholm.maler@gmail.com", "kreditor@odsherred.dk", "Min firmamail virker ikke")
            .text("Hej\n\nMin mail på firmadomænet er nede, så jeg skriver herfra. Min regning for Højby Skole skal betales til "
                + bank("5301", "0007712903") + ", da den gamle konto er lukket.\n\nBo, Højby Malerfirma");
        genuine(m, "127.176.1.1");
        m.description = "supplier's name on gmail: 'company mail down', new account";
        m = mail("bank-change-body-only", true);
        headers(m, el.person(), "jakob@roervig-el.com", "kreditor@odsherred.dk", "Opdatering af kontonummer")
            .text("Hej\n\nVil I opdatere vores konto i jeres system til " + mule(14) + "? Det gælder fra i dag.\n\nJakob");
        ownedBy(m, "roervig-el.com");
        m.description = "bank change in the body only, look-alike of roervig-el.dk";
    }

    private void inkasso() {
        Supplier[] s = {bus, elnet, anlaeg};
        String[] via = {"kreditor-inkasso-dk.com", "nordsjaelland-inkasso.dk", "kreditor-inkasso-dk.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("fake-reminder-inkasso", true);
            String n = historyNo.get(s[i].domain());
            headers(m, "Inkassoafdelingen", "sag@" + via[i], "kreditor@odsherred.dk", "Sidste varsel før retslige skridt - faktura " + n)
                .text("Odsherred Kommune\n\nVores klient " + s[i].name() + " har overdraget faktura " + n + " til inkasso. Beløbet "
                    + historyAmount.get(s[i].domain()).gross() + " kr. med tillæg af 710 kr. i gebyrer skal være indbetalt på "
                    + mule(i + 1) + " inden 3 hverdage. Derefter indgives stævning uden yderligere varsel.\n\nInkassoafdelingen")
                .attach("application/pdf", "inkassovarsel_" + n.replace('/', '-') + ".pdf", Attachments.pdf(docId(m, "ink"),
                    "Inkassovarsel", List.of("Kreditor: " + s[i].name(), "Faktura " + n, "Gebyr 710,00", "Betal til " + mule(i + 1))));
            ownedBy(m, via[i]);
            m.description = "fake collection letter citing " + s[i].domain() + "'s real invoice " + n;
        }
    }

    private void digitalPost() {
        String[][] x = {{"Digital Post for virksomheder", "Ny post fra Skattestyrelsen", "Der ligger et brev til "
            + "Odsherred Kommune fra Skattestyrelsen, som kun kan åbnes med MitID Erhverv inden 48 timer."},
            {"MitID Erhverv", "Jeres organisation skal bekræftes", "Organisationens MitID Erhverv lukkes fredag, hvis "
                + "administratoren ikke bekræfter sine oplysninger."}};
        for (String[] y : x) {
            M m = mail("fake-digital-post", true);
            headers(m, y[0], "besked@digitalpost-virksomhed.net", "oekonomi@odsherred.dk", y[1])
                .html("<html><body style=\"font-family:Arial\"><p>" + y[2] + "</p><p><a href=\"https://digitalpost-virksomhed.net/"
                    + sha256(m.id).substring(0, 10) + "\">Log ind med MitID</a></p></body></html>");
            ownedBy(m, "digitalpost-virksomhed.net");
            m.description = "fake Digital Post / MitID Erhverv notice with login link";
        }
    }

    private void nemhandel() {
        String[] s = {"Jeres GLN-nummer spærres for modtagelse", "9 e-fakturaer kunne ikke leveres"};
        for (int i = 0; i < 2; i++) {
            M m = mail("fake-nemhandel-notice", true);
            headers(m, "NemHandel Support", "drift@nemhandel-ean-service.com", "faktura@odsherred.dk", s[i])
                .html("<html><body><p>" + (i == 0 ? "GLN " + GLN + " mangler fornyet certifikat og spærres om 24 timer." : "Der "
                    + "ligger afviste e-fakturaer til GLN " + GLN + ". Log ind for at frigive dem.") + "</p><p><a href=\"https://"
                    + "nemhandel-ean-service.com/login\">Gå til NemHandel</a></p></body></html>");
            ownedBy(m, "nemhandel-ean-service.com");
            m.description = "fake NemHandel notice with login link";
        }
    }

    private void directory() {
        M m = mail("domain-directory-scam", true);
        headers(m, "DK Domænekontrol", "fornyelse@dk-domaenekontrol.com", "oekonomi@odsherred.dk", "odsherred.dk - registrering "
            + "udløber")
            .text("Registreringen af odsherred.dk og tilknyttede søgeord udløber om 5 dage. Betal fornyelsen på 4.890 kr. til "
                + mule(10) + " for at undgå, at domænet frigives.")
            .attach("application/pdf", "Fornyelse_odsherred.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse",
                List.of("odsherred.dk", "Søgeordsregistrering 1 år", "4.890,00", "Konto " + mule(10))));
        ownedBy(m, "dk-domaenekontrol.com");
        m.description = "domain renewal trap with PDF and mule account";
        m = mail("domain-directory-scam", true);
        headers(m, "Nordisk Myndighedsregister", "data@nordisk-myndighedsregister.org", "indkoeb@odsherred.dk", "Kontrol af "
            + "oplysninger om Odsherred Kommune")
            .html("<html><body><p>Bekræft venligst jeres oplysninger i registeret ved at underskrive og returnere formularen.</p>"
                + "<p style=\"font-size:8px\">Ved underskrift indgås en 3-årig aftale om annoncering a 9.450 EUR pr. år.</p></body></html>");
        ownedBy(m, "nordisk-myndighedsregister.org");
        m.description = "directory 'confirm your data' form that is a 3-year advert contract";
    }

    /** New family: a fake bankruptcy trustee claims a listed supplier's open invoices belong to its estate. */
    private void trusteeFraud() {
        Supplier[] s = {byg, toemrer, vognmand};
        String[] via = {"konkursbo-administration.dk", "kurator-advokat.com", "konkursbo-administration.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("fake-bankruptcy-trustee", true);
            String n = historyNo.get(s[i].domain());
            String body = "Til Odsherred Kommune, kreditorbogholderiet\n\n" + s[i].name() + " er ved Sø- og Handelsretten taget under "
                + "konkursbehandling, og undertegnede er beskikket som kurator. Selskabets konti er spærret.\n\nEfter vores "
                + "gennemgang har kommunen en åben post: faktura " + n + " på " + historyAmount.get(s[i].domain()).gross() + " kr. "
                + "Beløbet skal med frigørende virkning betales til boets konto " + mule(i + 12) + " inden 5 dage. Betaling til "
                + "selskabet selv anses ikke for gyldig.\n\nHenvendelse bedes ske på denne mail, da kontoret har stor travlhed."
                + "\n\nMed venlig hilsen\nAdvokat " + (i == 1 ? "Mikkel Brandt" : "Susanne Kragh") + ", kurator";
            Mime mime = headers(m, "Kurator - konkursboet efter " + s[i].name(), "kurator@" + via[i], "kreditor@odsherred.dk",
                "Konkursbo: " + s[i].name() + " - betaling af åbne poster").text(body);
            if (i != 1) {
                mime.attach("application/pdf", "Kuratorbrev_" + n.replace('/', '-') + ".pdf", Attachments.pdf(docId(m, "kur"),
                    "Meddelelse om konkurs", List.of("Konkursboet efter " + s[i].name(), "Åben post: faktura " + n,
                        "Boets konto " + mule(i + 12))));
            }
            ownedBy(m, via[i]);
            m.description = "fake trustee says listed " + s[i].domain() + " is bankrupt; its real invoice " + n + " to a mule 'estate' account";
        }
    }

    /** New family: someone asks us to pay a citizen's refund or benefit to an account that is not the citizen's NemKonto. */
    private void payoutRedirect() {
        M m = mail("citizen-payout-redirect", true);
        headers(m, "Advokatfirmaet Borup & Co", "udbetaling@borgerudbetaling-dk.com", "oekonomi@odsherred.dk",
            "Udbetaling af tilbagebetalt ejendomsskat - dødsbo")
            .text("Til Odsherred Kommune\n\nVi repræsenterer dødsboet efter en borger i Rørvig, som har betalt ejendomsskat for "
                + "to rater for meget (11.870,00 kr.). Boets NemKonto er lukket, så beløbet bedes udbetalt til boets klientkonto "
                + mule(15) + ". Skifteretsattest er vedhæftet.\n\nVenlig hilsen\nAdvokatfirmaet Borup & Co")
            .attach("application/pdf", "skifteretsattest.pdf", Attachments.scannedPdf(docId(m, "skifte")));
        ownedBy(m, "borgerudbetaling-dk.com");
        m.description = "fake lawyer asks a deceased citizen's tax refund paid to a mule 'client account', not NemKonto";
        m = mail("citizen-payout-redirect", true);
        headers(m, "Lone Fårevejle", "lone.faarevejle@gmail.com", "borgerservice@odsherred.dk", "Min fars boligstøtte")
            .text("Hej\n\nMin far bor på Plejecenter Lindegården og er blevet dement. Jeg har fuldmagt og vil gerne have hans "
                + "boligstøtte og efterbetaling sat ind på min konto " + bank("9070", "0001566327") + " fremover, så jeg kan betale "
                + "hans regninger.\n\nMvh Lone");
        genuine(m, "127.176.1.1");
        m.description = "'relative' on gmail asks to have a citizen's benefit paid to her own account";
        m = mail("citizen-payout-redirect", true);
        headers(m, "Borgerudbetaling", "refusion@borgerudbetaling-dk.com", "borgerservice@odsherred.dk",
            "Ændring af modtagerkonto for 14 borgere")
            .text("Hej Borgerservice\n\nFølgende borgere på Fårevejle Bosted har skiftet til en fælles administrationskonto hos "
                + "vores forvaltningsselskab. Deres udbetalinger fra næste måned skal ske til " + mule(3) + ". Listen er vedhæftet."
                + "\n\nBorgerudbetaling, administration")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "modtagere.xlsx", Attachments.excel(
                List.of("CPR (maskeret);Navn;Ny konto", "xxxxxx-xx12;A.H.;" + plain(mule(3)), "xxxxxx-xx47;K.J.;" + plain(mule(3))),
                false));
        ownedBy(m, "borgerudbetaling-dk.com");
        m.description = "'administration company' redirects many residents' payouts to one mule account, spreadsheet";
    }

    /** New family: a membership or network fee demanded by an association that does not exist. */
    private void membership() {
        M m = mail("fake-membership-fee", true);
        headers(m, "Foreningen af Kommunale Økonomer", "kontingent@kommunale-oekonomer-forening.dk", "oekonomi@odsherred.dk",
            "Kontingent 2027/28 - Odsherred Kommune")
            .text("Kære medlem\n\nHermed opkrævning af årskontingent for kommunens 6 medlemmer af foreningen, i alt 14.400,00 kr. "
                + "Kontingentet dækker netværksmøder og adgang til vores vidensbank.\n\nBetales senest " + writtenDay(m, 10) + " til "
                + mule(4) + ".\n\nForeningen af Kommunale Økonomer, sekretariatet")
            .attach("application/pdf", "Kontingent_2027.pdf", Attachments.pdf(docId(m, "kont"), "Kontingentopkrævning",
                List.of("Medlem: Odsherred Kommune", "6 medlemmer x 2.400,00", "I alt 14.400,00", "Konto " + mule(4))));
        ownedBy(m, "kommunale-oekonomer-forening.dk");
        m.description = "membership fee for an association never joined, mule account";
        m = mail("fake-membership-fee", true);
        headers(m, "Public Sector Network Nordic", "renewals@offentlig-netvaerk-kontingent.org", "indkoeb@odsherred.dk",
            "Membership renewal - Odsherred Municipality")
            .html("<html><body><p>Dear member,</p><p>Your organisation's annual membership (EUR 1,950) renews automatically on "
                + writtenDay(m, 7) + ". Pay by card to keep your listing and event access:</p><p><a href=\"https://offentlig-netvaerk-"
                + "kontingent.org/renew/" + sha256(m.id).substring(0, 8) + "\">Renew membership</a></p></body></html>");
        ownedBy(m, "offentlig-netvaerk-kontingent.org");
        m.description = "English 'membership renewal' of a network never joined, card link";
    }

    private void callback() {
        M m = mail("callback-phone-invoice", true);
        headers(m, "Ordreafdelingen", "ordre@kundeservice-refusion.com", "indkoeb@odsherred.dk", "Ordrebekræftelse: 12 x iPad Pro")
            .text("Tak for jeres bestilling. 12 x iPad Pro, i alt 178.440,00 kr., faktureres ved afsendelse i morgen.\n\nHar I ikke "
                + "bestilt dette? Ring straks på +45 89 87 21 30, så annullerer vi ordren.\n\nOrdreafdelingen");
        ownedBy(m, "kundeservice-refusion.com");
        m.description = "callback scam: fake order confirmation urging a call to cancel";
        m = mail("callback-phone-invoice", true);
        headers(m, "McAfee Fornyelse", "ordre@kundeservice-refusion.com", "oekonomi@odsherred.dk", "Abonnement fornyet: 6.295 kr.")
            .text("Jeres abonnement er fornyet for 2 år. Se vedhæftede faktura. Ønsker I refusion, skal I ringe på +45 89 87 21 30 "
                + "inden 24 timer.")
            .attach("application/pdf", "Faktura_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Faktura",
                List.of("McAfee Total Protection, 2 år", "6.295,00 kr.", "Refusion: ring +45 89 87 21 30")));
        ownedBy(m, "kundeservice-refusion.com");
        m.description = "callback scam: auto-renewal 'invoice' with only a phone number";
    }

    private void qr() {
        for (int i = 0; i < 2; i++) {
            M m = mail("qr-code-payment", true);
            String d = i == 0 ? "betal-qr-erhverv.com" : "roervig-busser.com";
            headers(m, i == 0 ? "MobilePay Erhverv" : bus.person(), (i == 0 ? "betaling@" : "kontor@") + d,
                "kreditor@odsherred.dk", i == 0 ? "Afvist betaling - afslut med QR-kode" : "Specialkørsel august - betal med QR")
                .html("<html><body><p>" + (i == 0 ? "En betaling på 12.340,00 kr. fra jer blev afvist." : "Fakturaen for august "
                    + "kan betales med det samme.") + " Scan koden med din telefon for at gennemføre betalingen.</p><img src=\"cid:kode\" "
                    + "width=\"180\" alt=\"QR\"></body></html>")
                .attach("image/png", "betaling.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, d);
            m.description = "QR code to pay, no account in text";
        }
    }

    private void english() {
        M m = mail("english-international", true);
        headers(m, "Baltic Harbour Advisors", "accounts@baltic-harbour-advisors.com", "kreditor@odsherred.dk",
            "Invoice BHA-2291 - marina feasibility study")
            .text("Dear Accounts Payable,\n\nAttached is our invoice for the feasibility study on the Nykøbing Sj. marina. "
                + "EUR 14,750.00 is payable within 7 days to " + mule(4) + ".\n\nKind regards,\nBaltic Harbour Advisors")
            .attach("application/pdf", "BHA-2291.pdf", Attachments.pdf(docId(m, "en"), "Invoice BHA-2291",
                List.of("Client: Odsherred Municipality", "Marina feasibility study", "EUR 14,750.00", "Bank: " + mule(4))));
        ownedBy(m, "baltic-harbour-advisors.com");
        m.description = "English invoice for a study never ordered, PL IBAN";
        m = mail("english-international", true);
        headers(m, "Baltic Harbour Advisors - Accounts", "accounts@baltic-harbour-advisors.com", "oekonomi@odsherred.dk",
            "Change of bank details - action required")
            .text("Hello,\n\nWe have moved our banking to a new provider. Kindly update your records and direct every open "
                + "payment to " + mule(14) + ". Please confirm by return email.\n\nAccounts");
        ownedBy(m, "baltic-harbour-advisors.com");
        m.description = "English 'change of bank details', MT IBAN";
    }

    private void imageOnly() {
        Supplier[] s = {maler, vognmand};
        String[] via = {"hoejby-maler.com", "faarevejle-vognmand.com"};
        for (int i = 0; i < 2; i++) {
            M m = mail("image-only-invoice", true);
            headers(m, s[i].person(), s[i].box() + "@" + via[i], "kreditor@odsherred.dk", i == 0 ? "Faktura (foto)" : "Faktura scannet")
                .text("Hej\n\nPrinteren driller, så fakturaen kommer som billede denne gang. Husk, at vi har fået nyt "
                    + "kontonummer.\n\n" + s[i].person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20270912_0814.jpg" : "Scan_0913.pdf",
                    i == 0 ? Attachments.image(docId(m, "sc"), "jpg") : Attachments.scannedPdf(docId(m, "sc")));
            ownedBy(m, via[i]);
            m.description = "invoice only as image/scan from look-alike of " + s[i].domain();
        }
    }

    private void archives() {
        for (int i = 0; i < 2; i++) {
            M m = mail("archive-invoice", true);
            Supplier s = i == 0 ? kloak : elnet;
            String d = i == 0 ? "odde-kloak.com" : "nvs-elnet.com";
            String n = invoiceNo(s);
            byte[] inner = pdf(m, s.posing(d, mule(i + 7)), "Faktura", n, amount(1_800_000), mule(i + 7), i, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@odsherred.dk", "Faktura " + n + " og dokumentation")
                .text("Hej\n\nFaktura og inspektionsrapport er pakket i én fil, så den kan komme igennem jeres mailfilter.\n\n"
                    + s.person())
                .attach("application/zip", i == 0 ? "faktura_og_rapport.zip" : "NVS_" + n.replace('/', '-') + ".zip",
                    i == 0 ? Attachments.zip("Faktura_" + n.replace('/', '-') + ".pdf", inner, "rapport.txt", "TV-rapport eftersendes")
                        : Attachments.zip(n.replace('/', '-') + ".pdf", inner));
            ownedBy(m, d);
            m.description = "invoice inside an archive from a look-alike of " + s.domain();
        }
    }

    private void svg() {
        String[][] x = {{"dokumentvisning-sikker.com", "Asnæs Trælast Erhverv", "Åbne poster pr. september",
            "aabne_poster.svg", "image/svg+xml"}, {"faktura-login-portal.net", "Vig Kontorforsyning", "Ny faktura fra Vig Kontor",
                "Faktura_september.htm", "text/html"}};
        for (String[] y : x) {
            M m = mail("svg-html-attachment", true);
            String page = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=https://" + y[0] + "/f/" + sha256(m.id).substring(0, 8)
                    + "\"></head><body>Åbner dokument ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"150\"><text x=\"12\" y=\"28\">Kontoudtog: "
                    + "klik for at se</text><a href=\"https://" + y[0] + "/s/" + sha256(m.id).substring(0, 8) + "\"><rect x=\"12\" "
                    + "y=\"48\" width=\"190\" height=\"32\" fill=\"#c33\"/></a></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@odsherred.dk", y[2])
                .text("Hej\n\nÅbn den vedhæftede fil i din browser for at se dokumentet.\n\n" + y[1])
                .attach(y[4], y[3], page.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, supplier's name";
        }
    }

    private void macro() {
        M m = mail("office-macro", true);
        headers(m, kontor.person(), "salg@vig-kontor.com", "indkoeb@odsherred.dk", "Faktura og pakkeliste september")
            .text("Hej\n\nFaktura og pakkeliste er vedhæftet. Dokumentet er beskyttet: klik 'Aktivér redigering' og 'Aktivér "
                + "indhold' for at se det.\n\nVig Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_september.docm", Attachments.word(
                "Faktura\nOdsherred Kommune\nAktivér indhold for at se beløb", true));
        ownedBy(m, "vig-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of vig-kontor.dk";
        m = mail("office-macro", true);
        headers(m, it.person(), "bogholderi@nyk-it.com", "dagtilbud-skole@odsherred.dk", "Timeopgørelse august")
            .text("Hej\n\nTimeopgørelsen for august og vores nye bankoplysninger ligger i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nNykøbing IT-Service")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_august.xlsm", Attachments.excel(
                List.of("Timeopgørelse august 2027", "I alt DKK 84.250,00", "Konto: " + mule(11)), true));
        ownedBy(m, "nyk-it.com");
        m.description = "macro-enabled Excel statement from a look-alike of nyk-it.dk";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus12().generate(), List.of(
            "# Odsherred Kommune, Økonomi: invoice checks (twelfth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=ods-vand.dk nvs-elnet.dk roervig-busser.dk asnaes-toemrer.dk vig-anlaeg.dk hoejby-maler.dk "
                + "ods-ugeavis.dk faarevejle-vognmand.dk nyk-rengoering.dk odde-kloak.dk asnaes-traelast.dk roervig-el.dk "
                + "ods-madservice.dk vig-kontor.dk nyk-it.dk",
            "invoice.domains.platforms=xero.com paypal.com fiken.no",
            "invoice.names.protected=Odsherred Kommune"));
    }
}
