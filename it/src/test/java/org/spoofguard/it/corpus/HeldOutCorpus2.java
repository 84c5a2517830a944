package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The second held-out invoice corpus (issue 11 item 5): a third, independent test set in a world nobody tuned on.
 * "Our" municipality is Esbjerg ({@value #OWN}, p=reject), with its own listed suppliers (acronyms such as ISS,
 * AO, NNIT, KONE next to long names with æ/ø), invoicing platforms that also send for listed suppliers, ESPs,
 * banks, authorities, a purchasing network's mailing list, a forwarder, free mail and fraudsters' domains.
 * Written blind: from the issue's lists of frauds and legitimate traffic and from Danish fraud warnings, without
 * reading the invoice engine, its tests, its tuning notes or any result. Labels say what a mail is, decided when
 * it was written, never from what a detector does with it.
 *
 * <p>Same machinery and files as {@link InvoiceCorpus} and {@link HeldOutCorpus} ({@link CorpusWorld}), new
 * wordings, new PDF layouts and new senders. Every mail is {@code split=test}; wave 1 holds listed suppliers'
 * earlier genuine invoices (history). Regenerate with
 * {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus2GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus2 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout2");
    public static final String OWN = "esbjerg.dk";
    static final String FRAUD_NET = "127.88.";
    private static final String BUYER = "Esbjerg Kommune, Torvegade 74, 6700 Esbjerg";
    private static final String EAN = "5798005524411";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMM yyyy", DA);
    private static final String OWN_IP = "127.12.0.1";

    private final Random rnd = new Random(20261130L);
    private final Map<String, String> history = new LinkedHashMap<>();
    private final Map<String, String> english = new LinkedHashMap<>();
    private int host;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 9, 7, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 9, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "1.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier iss = new Supplier("ISS Facility Services A/S", "issworld.com", "Pernille Dahl", "dk.invoicing",
        "127.40.1.1", bank("3409", "3409871122"), "rengøring af rådhus og borgerservice, november");
    private final Supplier ao = new Supplier("Brødrene A & O Johansen A/S", "ao.dk", "AO Debitor", "debitor", "127.40.2.1",
        iban("DK", "20001276554310"), "VVS-materialer til Grådybskolen");
    private final Supplier nnit = new Supplier("NNIT A/S", "nnit.com", "Søren Krogh", "ar", "127.40.3.1",
        iban("DK", "30004460012937"), "drift af ESDH-løsning, 4. kvartal");
    private final Supplier coor = new Supplier("Coor Service Management A/S", "coor.dk", "Louise Bech", "faktura.dk",
        "127.40.4.1", bank("2190", "0746312295"), "kantinedrift, Jobcenter Esbjerg");
    private final Supplier lemu = new Supplier("Lemvigh-Müller A/S", "lemu.dk", "Kundecenter Vest", "kundecenter",
        "127.40.5.1", bank("9570", "0011223380"), "el-materiel til Esbjerg Forsyningsdepot");
    private final Supplier hoerkram = new Supplier("Hørkram Foodservice A/S", "hoerkram.dk", "Bogholderiet", "bogholderi",
        "127.40.6.1", bank("7681", "0001456677"), "fødevarer til plejecentret Ådalen");
    private final Supplier din = new Supplier("DIN Forsyning A/S", "dinforsyning.dk", "Erhvervskunder", "erhverv",
        "127.40.7.1", iban("DK", "50000006612844"), "vand og afledning, kommunale ejendomme, 3. kvartal");
    private final Supplier toemrer = new Supplier("Sydvestjyske Tømrer- og Snedkerforretning ApS", "sydvest-toemrer.dk",
        "Bjarne Østergaard", "kontor", "127.40.8.1", bank("9682", "0004872210"), "udskiftning af vinduer, Præstegårdsskolen");
    private final Supplier wuerth = new Supplier("Würth Danmark A/S", "wuerth.dk", "Würth Kundeservice", "info",
        "127.40.9.1", iban("DK", "40000011998877"), "værktøj og beslag til Materielgården");
    private final Supplier kone = new Supplier("KONE A/S", "kone.dk", "KONE Service", "service.dk", "127.40.10.1",
        iban("DK", "82210002664312"), "serviceaftale elevatorer, Musikhuset Esbjerg");
    private final Supplier groent = new Supplier("Grønttorvet Vest ApS", "groenttorvet-vest.dk", "Lene Sønderby", "lene",
        "127.40.11.1", bank("5950", "0001776543"), "frugt og grønt til skolemadsordningen");
    // small suppliers nobody listed
    private final Supplier vvs = new Supplier("VVS-Kjær ApS", "vvs-kjaer.dk", "Torben Kjær", "torben", "127.40.20.1",
        bank("9815", "0005544311"), "reparation af cirkulationspumpe, Bakkevej 4");
    private final Supplier maler = new Supplier("Malerfirmaet Bøgh & Datter", "maler-boegh.dk", "Ida Bøgh", "ida",
        "127.40.21.1", bank("6520", "0002218890"), "maling af gange, Tjæreborg Skole");
    private final Supplier laase = new Supplier("Ribe Låseservice", "gmail.com", "Jannik Holm", "ribelaaseservice",
        "127.41.1.1", bank("9070", "1633224455"), "omkodning af cylindre, Ribe Rådhus");

    private final List<Supplier> listed = List.of(iss, ao, nnit, coor, lemu, hoerkram, din, toemrer, wuerth, kone, groent);

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("issworld.com", List.of(iss.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ao.dk", List.of(ao.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("nnit.com", List.of(nnit.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("coor.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain("lemu.dk", List.of(lemu.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // SPF + DKIM, no DMARC
        domain("hoerkram.dk", List.of(hoerkram.ip()), "-all", null, null); // SPF only
        domain("dinforsyning.dk", List.of(din.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("sydvest-toemrer.dk", List.of("127.40.99.8"), "~all", null, null); // SPF lists a retired address
        domain("wuerth.dk", List.of(wuerth.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kone.dk", List.of(kone.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("groenttorvet-vest.dk", null, null, null, null); // nothing at all
        domain("vvs-kjaer.dk", List.of(vvs.ip()), "-all", null, null);
        domain("maler-boegh.dk", null, null, null, null);
        // invoicing platforms
        domain("tradeshift.com", List.of("127.42.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("zervant.com", List.of("127.42.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("debitoor.com", List.of("127.42.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        // ESPs
        domain("sparkpostmail.com", List.of("127.43.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("cmail20.com", List.of("127.43.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommunaldirektoerforeningen.dk", null, null, null, "none");
        // banks, authorities, neighbours, a list server
        domain("al-bank.dk", List.of("127.44.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("spks.dk", List.of("127.44.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("erst.dk", List.of("127.45.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("rsyd.dk", List.of("127.45.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("varde.dk", List.of("127.45.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("fanoe.dk", List.of("127.45.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vejen.dk", List.of("127.45.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("indkoebsnetvaerket.dk", List.of("127.45.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // free mail, a forwarder, foreign SaaS, receipts
        domain("gmail.com", List.of("127.46.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.46.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.46.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of("127.46.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.46.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.46.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("videresend.dk", List.of("127.47.1.1"), "-all", null, null);
        domain("slack.com", List.of("127.48.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("atlassian.com", List.of("127.48.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("canva.com", List.of("127.48.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("adobe.com", List.of("127.48.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mobilepay.dk", List.of("127.48.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tandlaege-holm.dk", List.of("127.48.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // fraudsters' own domains, set up properly
        String[] own = {"lernu.dk", "a0.dk", "nnlt.com", "esbjreg.dk", "issworld-invoice.com", "kone-service.dk",
            "esbjerg-kommune.dk", "esbjerg.dk-faktura.com", "dinforsyning.net", "hoerkram.com", idn("k\u043Ene.dk"),
            idn("hørkram.dk"), idn("esbj\u0435rg.dk"), idn("nn\u0456t.com"), "coor-dk.com", "nordic-business-register.com",
            "eu-vat-listing.org", "dk-inkassoservice.com", "dk-domaenefornyelse.com", "betaling-online.net",
            "dokumentdeling-sikker.com", "fakturaportal-dk.com", "logistik-vest.dk"};
        for (int i = 0; i < own.length; i++) {
            domain(own[i], List.of(FRAUD_NET + "5." + (i + 1)), i % 4 == 2 ? "~all" : "-all",
                i % 3 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 0 ? "none" : i % 3 == 1 ? "reject" : null);
        }
    }

    // ------------------------------------------------------------------------------------------ money and documents

    record Amount(String net, String vat, String total) {
    }

    private Amount amount(Supplier s) {
        return amount(listed.contains(s) ? 18_000_000 : 2_600_000);
    }

    private Amount amount(int maxNetOre) {
        long netOre = 45_000 + rnd.nextInt(maxNetOre);
        long vatOre = netOre / 4;
        return new Amount(kr(netOre), kr(vatOre), kr(netOre + vatOre));
    }


    private String no(String prefix) {
        return prefix + (20_000 + rnd.nextInt(70_000));
    }

    private static final String[] TO = {"kreditorer@esbjerg.dk", "faktura@esbjerg.dk", "regnskab@esbjerg.dk",
        "indkoeb@esbjerg.dk", "teknik-miljoe@esbjerg.dk", "borger-arbejdsmarked@esbjerg.dk", "sundhed-omsorg@esbjerg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(21_000_000 + Math.floorMod(sha256("cvr2:" + domain).hashCode(), 19_000_000));
    }

    private static String day(M m, int plus) {
        return m.sent.atZone(ZoneOffset.ofHours(1)).plusDays(plus).format(DAY);
    }

    private static String plainAccount(String account) {
        return account.replaceFirst("^IBAN ", "");
    }

    /** Three new layouts: a letterhead with a specification, a compact English one, an OIO-like "regning". */
    private byte[] pdf(M m, Supplier s, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = s.name().toUpperCase(DA) + " - FAKTURA " + no;
                l.add("CVR " + cvr(s.domain()) + " | " + s.domain());
                l.add("Faktureres til: " + BUYER + " | EAN " + EAN);
                l.add("Dato " + day(m, 0) + " | Betales senest " + day(m, 30) + " | Jeres ref.: " + (1000 + rnd.nextInt(8999)));
                l.add("Specifikation: " + s.what());
                l.add("Subtotal " + a.net() + " kr. | Moms " + a.vat() + " kr. | At betale " + a.total() + " kr.");
                l.addAll(extra);
                l.add("Betaling: " + account + ". Ved for sen betaling beregnes renter efter renteloven.");
            }
            case 1 -> {
                title = "Tax invoice";
                l.add(s.name() + ", Denmark, VAT no. DK" + cvr(s.domain()));
                l.add("Customer: Esbjerg Municipality, GLN " + EAN);
                l.add("Invoice number " + no + ", issued " + day(m, 0) + ", payment terms net 14 days");
                l.add("Description: " + s.what());
                l.add("Net " + a.net() + " DKK, VAT 25% " + a.vat() + " DKK, total " + a.total() + " DKK");
                l.addAll(extra);
                l.add("Remit to " + account);
            }
            default -> {
                title = "Regning nr. " + no;
                l.add(s.name());
                l.add("Til: Esbjerg Kommune (EAN " + EAN + ")");
                l.add("Udført arbejde / leveret: " + s.what());
                l.add("Beløb " + a.net() + " + moms " + a.vat() + " = DKK " + a.total());
                l.add("Betalingsbetingelser: løbende måned + 30 dage");
                l.addAll(extra);
                l.add("Bank: " + account);
            }
        }
        return Attachments.pdf(docId(m, "regning"), title, l);
    }

    private static final String[] SUBJECTS = {"Faktura %s", "Ny faktura %s fra %s", "Fakturering - %s", "Invoice %s", "%2$s: regning %1$s",
        "Faktura nr. %s vedr. levering"};
    private static final String NO_PHONE_DA = "Vi kan desværre ikke tage telefonen i denne uge - skriv endelig.";
    private static final String NO_PHONE_EN = "We are hard to reach by phone this week - please reply by e-mail.";
    private static final String[] GREET = {"Hej", "Goddag", "Til kreditorafdelingen", "Hello", "Kære Esbjerg Kommune", "Hej igen"};

    /** A supplier's invoice mail with body written from parts; frauds reuse it with another sender or account. */
    private Mime invoice(M m, Supplier s, String display, String from, String account, int v, String extraBody, List<String> pdfExtra) {
        String no = no(s.name().substring(0, 2).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "X"));
        Amount a = amount(s);
        boolean en = v % 6 == 3;
        if (en) {
            for (Map.Entry<String, String> e : english.entrySet()) {
                extraBody = extraBody.replace(e.getKey(), e.getValue());
            }
            extraBody = extraBody.replace(NO_PHONE_DA, NO_PHONE_EN);
        }
        Mime mime = headers(m, display, from, to(), String.format(SUBJECTS[v % SUBJECTS.length], no, s.name()));
        String body = GREET[v % GREET.length] + (en ? ",\n\n" : "\n\n")
            + (en ? "Please find attached our invoice " + no + " for the services and goods delivered. Total DKK " + a.total() + "."
            : v % 2 == 0 ? "Vedhæftet finder I faktura " + no + " på i alt " + a.total() + " kr. for " + s.what() + "."
            : "Hermed faktura " + no + " (" + s.what() + "). Beløbet forfalder " + day(m, 30) + ".")
            + (extraBody.isEmpty() ? "" : "\n\n" + extraBody)
            + "\n\n" + (en ? "Kind regards" : v % 3 == 0 ? "Med venlig hilsen" : "Venlig hilsen") + "\n" + s.person() + "\n" + s.name()
            + (v % 4 == 1 ? "\nTlf. +45 " + (70_00_00_00 + Math.floorMod(s.domain().hashCode(), 9_999_999)) + " | www." + s.domain() : "");
        mime.text(body);
        String name = switch (v % 4) {
            case 0 -> "Faktura_" + no + ".pdf";
            case 1 -> no + ".PDF";
            case 2 -> "faktura " + no + " " + s.name().split(" ")[0] + ".pdf";
            default -> "INV-" + no + ".pdf";
        };
        mime.attach("application/pdf", name, pdf(m, s, no, a, account, en ? 1 : v, pdfExtra));
        return mime;
    }

    private Mime invoice(M m, Supplier s, int v) {
        return invoice(m, s, s.name(), address(s), s.account(), v, "", List.of());
    }

    private static String address(Supplier s) {
        return s.box() + "@" + s.domain();
    }

    private void forgedHost(M m) {
        forged(m, ++host);
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        List<Supplier> signed = List.of(iss, ao, nnit, coor, lemu, din, wuerth, kone);
        for (int i = 0; i < 16; i++) {
            Supplier s = signed.get(i % signed.size());
            M m = mail("supplier-invoice-dkim", false);
            m.genuine = true;
            m.wave = i < signed.size() ? 1 : 2;
            if (s == iss && m.wave == 2) {
                String no = no("IS");
                Amount a = amount(s);
                headers(m, s.name(), address(s), "kreditorer@esbjerg.dk", "Månedsfaktura november + bilag")
                    .text("Goddag\n\nVedhæftet månedsfaktura " + no + " samt timeopgørelse og kvalitetsrapport for november.\n\n"
                        + "Fakturaen er desuden sendt elektronisk til jeres EAN " + EAN + ".\n\nMed venlig hilsen\n" + s.person()
                        + "\nCredit Controller | ISS Facility Services A/S\n\nDenne e-mail kan indeholde fortrolige oplysninger. "
                        + "Er du ikke den rette modtager, bedes du slette den og give afsender besked.")
                    .attach("application/pdf", "Faktura " + no + ".pdf", pdf(m, s, no, a, s.account(), 0, List.of()))
                    .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Timeopgørelse nov.xlsx",
                        Attachments.excel(List.of("Lokation;Timer", "Rådhuset;412", "Borgerservice;188"), false))
                    .attach("application/pdf", "Kvalitetsrapport_11.pdf", Attachments.pdf(docId(m, "kval"), "Kvalitetsrapport",
                        List.of("INSTA 800 kontrol: godkendt", "Afvigelser: 2 (lukket)")));
                genuine(m, s.ip());
                m.description = "issworld.com monthly invoice with timesheet (xlsx) and quality report, signed, usual account";
                continue;
            }
            if (s == nnit && m.wave == 2) {
                String no = no("NN");
                Amount a = amount(s);
                headers(m, s.name() + " Accounts Receivable", address(s), "regnskab@esbjerg.dk", "NNIT invoice " + no)
                    .html("<html><body><p>Dear customer,</p><p>Your invoice <b>" + no + "</b> for " + s.what()
                        + " is attached (DKK " + a.total() + ").</p><p>Questions: reply to this e-mail.</p>"
                        + "<p style=\"color:#777\">NNIT A/S &middot; Østmarken 3A &middot; DK-2860 Søborg</p></body></html>")
                    .attach("application/pdf", "NNIT_" + no + ".pdf", pdf(m, s, no, a, s.account(), 1, List.of()));
                genuine(m, s.ip());
                m.description = "nnit.com HTML-only invoice mail, signed (DMARC none), usual account";
                continue;
            }
            if (s == kone && m.wave == 2) {
                String ref = history.get(s.domain());
                String no = no("KO");
                Amount a = amount(s);
                headers(m, "Thomas Brink, KONE", address(s), "teknik-miljoe@esbjerg.dk", "SV: Elevatorservice - faktura mangler PO")
                    .header("In-Reply-To", ref).header("References", ref)
                    .text("Hej Birgitte\n\nBeklager, indkøbsordrenummeret manglede. Ny faktura " + no + " med PO 4500118823 "
                        + "er vedhæftet; den gamle er krediteret.\n\nMvh Thomas Brink\nKONE A/S\n\n-----Oprindelig meddelelse-----\n"
                        + "Fra: Birgitte Lauridsen <teknik-miljoe@esbjerg.dk>\nEmne: Elevatorservice - faktura mangler PO\n\n"
                        + "Hej, vi kan ikke bogføre fakturaen uden vores PO-nummer. Kan I sende den igen?\n/Birgitte")
                    .attach("application/pdf", "KONE_" + no + ".pdf", pdf(m, s, no, a, s.account(), 2, List.of("PO: 4500118823")));
                genuine(m, s.ip());
                m.description = "kone.dk re-issued invoice in a reply to our question, signed, usual account";
                continue;
            }
            invoice(m, s, i);
            genuine(m, s.ip());
            if (m.wave == 1) {
                history.put(s.domain(), messageId(m, s.domain()));
            }
            m.description = s.domain() + " invoice, signed (DMARC " + dns.get(s.domain()).dmarc() + "), usual account"
                + (m.wave == 1 ? ", history" : "");
        }
        // SPF-only suppliers
        for (int i = 0; i < 5; i++) {
            Supplier s = i < 3 ? hoerkram : vvs;
            M m = mail("supplier-invoice-spf-only", false);
            m.genuine = true;
            m.wave = i == 0 ? 1 : 2;
            if (i == 4) {
                String no = no("");
                headers(m, "Torben Kjær", address(s), "teknik-miljoe@esbjerg.dk", "pumpe bakkevej")
                    .text("Hej\nHer er regningen. Fotokopi, printeren driller.\nTorben\nVVS-Kjær ApS  - 75 12 34 56")
                    .attach("image/png", "regning" + no + ".png", Attachments.image(docId(m, "png"), "png"));
                m.description = "PNG photo of a bill from an SPF-only small supplier (aligned SPF, no DMARC)";
            } else {
                invoice(m, s, i + 4);
                m.description = s.domain() + " invoice, aligned SPF, no DKIM, no DMARC" + (m.wave == 1 ? ", history" : "");
            }
            genuine(m, s.ip());
            if (m.wave == 1) {
                history.put(s.domain(), messageId(m, s.domain()));
            }
        }
        // unauthenticated small or listed suppliers
        for (Supplier s : List.of(toemrer, maler, groent, toemrer)) {
            M m = mail("supplier-invoice-unauthenticated", false);
            invoice(m, s, counters.get("supplier-invoice-unauthenticated") + 1);
            genuine(m, s.ip());
            m.description = s.domain() + (s == toemrer ? " invoice, SPF softfail (record names a retired address)" : " invoice, no SPF/DKIM/DMARC");
        }
        // a one-man firm billing from gmail
        M m = mail("supplier-invoice-freemail", false);
        m.genuine = true;
        String no = no("");
        headers(m, "Ribe Låseservice v/ Jannik Holm", "ribelaaseservice@gmail.com", "teknik-miljoe@esbjerg.dk", "Regning " + no)
            .text("Hej\n\nHermed regning for omkodning af cylindre på Ribe Rådhus.\nBeløb " + kr(412_500) + " kr inkl. moms.\n"
                + "Betales til " + laase.account() + ".\n\nHilsen Jannik\nRibe Låseservice, CVR " + cvr("ribelaase"))
            .attach("application/pdf", "regning_" + no + ".pdf", pdf(m, laase, no, new Amount(kr(330_000), kr(82_500), kr(412_500)),
                laase.account(), 2, List.of()));
        genuine(m, "127.46.1.1");
        m.description = "one-man locksmith bills from gmail (DMARC pass for gmail.com), account of his own";
        reminders();
        platforms();
        eInvoices();
        newsletters();
        mailingList();
        forwarded();
        bankNotices();
        internal();
        saas();
        supplierNotices();
        orders();
        other();
    }

    private void reminders() {
        Object[][] r = {
            {lemu, "Betalingspåmindelse", "Vi kan se, at faktura %s på %s kr. endnu ikke er betalt. Har I allerede betalt, kan I se bort "
                + "fra denne mail. Kontakt os gerne, hvis der er uoverensstemmelser."},
            {ao, "Saldooversigt og påmindelse", "Vedhæftet saldooversigt. Følgende post er forfalden: faktura %s, %s kr."},
            {din, "Rykker: vandregning", "Vores system viser en ubetalt regning (%s, %s kr.) for en af kommunens målere. Der "
                + "pålægges rykkergebyr på 100 kr., hvis beløbet ikke er betalt inden 8 dage, jf. renteloven."},
            {nnit, "Payment reminder", "Our records show that invoice %s (DKK %s) is overdue. If payment has been sent, please "
                + "ignore this notice."},
            {hoerkram, "2. påmindelse", "Faktura %s (%s kr.) er stadig åben. Ring gerne til bogholderiet, hvis fakturaen "
                + "er stoppet hos jer."},
            {maler, "Mangler betaling", "Jeg mangler stadig betaling for faktura %s, %s kr. Kan I kigge på det?"},
        };
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            String n = no("R");
            Amount a = amount(s);
            Mime mime = headers(m, s.name(), address(s), to(), (String) x[1])
                .text((s == nnit ? "Dear customer,\n\n" : "Hej\n\n") + String.format((String) x[2], n, a.total())
                    + (s == nnit ? "\n\nRemit to " : "\n\nBetaling til ") + s.account()
                    + "\n\n" + s.person() + "\n" + s.name());
            if (s == ao || s == din) {
                mime.attach("application/pdf", s == ao ? "Saldo_Esbjerg_Kommune.pdf" : "Rykker-" + n + ".pdf",
                    pdf(m, s, n, a, s.account(), 2, List.of(s == ao ? "KONTOUDTOG - åbne poster" : "RYKKER 1, gebyr 100,00 kr.")));
            }
            genuine(m, s.ip());
            // every reminder sender but the painter authenticates (aligned SPF or DKIM; DMARC pass where published)
            m.genuine = s != maler;
            m.description = s.domain() + " reminder" + (m.genuine ? ", authenticated" : ", unauthenticated (no SPF/DKIM/DMARC)");
        }
    }

    private void platforms() {
        // tradeshift in the name of two listed suppliers (From the platform, Reply-To the supplier)
        for (Supplier s : List.of(wuerth, kone)) {
            M m = mail("invoice-platform", false);
            m.genuine = true;
            String n = no("TS");
            Amount a = amount(s);
            headers(m, s.name() + " via Tradeshift", "no-reply@tradeshift.com", "faktura@esbjerg.dk", "Du har modtaget en faktura fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), address(s)))
                .html("<html><body><h2>Ny faktura</h2><p>" + s.name() + " har sendt dig faktura <b>" + n + "</b> på DKK " + a.total()
                    + ".</p><p>Forfald: " + day(m, 30) + "</p><p>Betaling til " + s.account() + "</p>"
                    + "<p><a href=\"https://go.tradeshift.com/documents/" + sha256(m.id).substring(0, 12)
                    + "\">Se fakturaen i Tradeshift</a></p><p><small>Tradeshift, Landgreven 10, København</small></p></body></html>")
                .attach("application/pdf", n + ".pdf", pdf(m, s, n, a, s.account(), 0, List.of()));
            genuine(m, "127.42.1.1");
            m.description = "tradeshift.com invoice in the name of listed supplier " + s.domain() + ", its usual account";
        }
        String[][] zerv = {{"Café Kunstpausen", "kunstpausen@outlook.com", "forplejning til kulturudvalgets møde", "5301", "0003214455"},
            {"Fanø Kajak & Friluft", "info@fanoekajak.dk", "kajakkursus, 10. klasse", "7044", "0001998776"}};
        for (String[] z : zerv) {
            M m = mail("invoice-platform", false);
            m.genuine = true;
            Supplier s = new Supplier(z[0], "zervant.com", z[0], "invoice", "127.42.2.1", bank(z[3], z[4]), z[2]);
            String n = no("");
            Amount a = amount(s);
            headers(m, z[0], "invoice@zervant.com", to(), "Faktura " + n + " fra " + z[0])
                .header("Reply-To", z[1])
                .text("Hej\n\n" + z[0] + " har sendt jer en faktura via Zervant.\nFakturanummer: " + n + "\nBeløb: " + a.total()
                    + " DKK\nForfaldsdato: " + day(m, 14) + "\n\nFakturaen er vedhæftet som PDF.\n\n-- \nSendt med Zervant")
                .attach("application/pdf", "Invoice_" + n + ".pdf", pdf(m, s, n, a, s.account(), 2, List.of()));
            genuine(m, "127.42.2.1");
            m.description = "zervant.com invoice for " + z[0] + " (Reply-To the firm), its own account";
        }
        // debitoor sends for a listed supplier under the supplier's own From (the supplier publishes nothing)
        M m = mail("invoice-platform", false);
        String n = no("GV");
        Amount a = amount(groent);
        m.mailFrom = "bounces+gv@debitoor.com";
        headers(m, groent.name(), address(groent), "sundhed-omsorg@esbjerg.dk", "Faktura " + n)
            .text("Kære kunde\n\nTak for handlen. Se venligst vedhæftede faktura " + n + ".\n\nMed venlig hilsen\n" + groent.name()
                + "\n\nFaktureret med Debitoor")
            .attach("application/pdf", "Faktura-" + n + ".pdf", pdf(m, groent, n, a, groent.account(), 0, List.of()));
        m.ip = "127.42.3.1";
        m.helo = "out2.debitoor.com";
        m.signers.add("debitoor.com");
        m.description = "debitoor.com sends for listed groenttorvet-vest.dk under its own From (SPF/DKIM for debitoor only, no DMARC)";
        m = mail("invoice-platform", false);
        m.genuine = true;
        Supplier s = new Supplier("Esbjerg Skadedyrsservice", "debitoor.com", "Kim", "noreply", "127.42.3.1", bank("0400", "4012556677"),
            "rottebekæmpelse, Gl. Vardevej");
        n = no("");
        a = amount(s);
        headers(m, "Esbjerg Skadedyrsservice (Debitoor)", "noreply@debitoor.com", to(), "Invoice " + n)
            .header("Reply-To", "esbjergskadedyr@gmail.com")
            .text("Hello,\n\nEsbjerg Skadedyrsservice sent you invoice " + n + " (DKK " + a.total() + ").\n\nDebitoor")
            .attach("application/pdf", "invoice-" + n + ".pdf", pdf(m, s, n, a, s.account(), 1, List.of()));
        genuine(m, "127.42.3.1");
        m.description = "debitoor.com invoice for a small firm (From the platform, Reply-To gmail)";
    }

    private void eInvoices() {
        Object[][] x = {{iss, false}, {nnit, true}, {lemu, false}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            boolean peppol = (Boolean) e[1];
            M m = mail("e-invoice-xml", false);
            m.genuine = true;
            String n = no("E");
            Amount a = amount(s);
            headers(m, s.name(), address(s), "faktura@esbjerg.dk", (peppol ? "Peppol BIS Billing 3.0 invoice " : "OIOUBL faktura ") + n)
                .text("Elektronisk faktura " + n + " vedhæftet som XML (" + (peppol ? "Peppol BIS 3" : "OIOUBL 2.1")
                    + ").\n\nAutomatisk afsendt - svar ikke på denne mail.")
                .attach("application/xml", n + ".xml", ubl(s, n, a, peppol, m));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL 2.1") + " XML invoice, signed";
        }
        M m = mail("e-invoice-xml", false);
        m.genuine = true;
        String n = no("TS");
        Amount a = amount(wuerth);
        headers(m, "Tradeshift", "documents@tradeshift.com", "faktura@esbjerg.dk", "Document " + n + " (OIOUBL)")
            .text("Attached: invoice " + n + " from Würth Danmark A/S in OIOUBL format, PDF visualisation included.")
            .attach("application/xml", "OIOUBL_" + n + ".xml", ubl(wuerth, n, a, false, m))
            .attach("application/pdf", "Visualisering_" + n + ".pdf", pdf(m, wuerth, n, a, wuerth.account(), 0, List.of()));
        genuine(m, "127.42.1.1");
        m.description = "tradeshift.com OIOUBL XML + PDF for listed wuerth.dk, usual account";
    }

    private static byte[] ubl(Supplier s, String no, Amount a, boolean peppol, M m) {
        String acct = plainAccount(s.account()).replaceAll("[^A-Z0-9]", "");
        String amt = a.total().replace(".", "").replace(',', '.');
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
            + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
            + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + (peppol ? "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
            : "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n  <cbc:CustomizationID>OIOUBL-2.1</cbc:CustomizationID>\n")
            + "  <cbc:ID>" + no + "</cbc:ID>\n  <cbc:IssueDate>" + m.sent.atZone(ZoneOffset.UTC).toLocalDate() + "</cbc:IssueDate>\n"
            + "  <cbc:DueDate>" + m.sent.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30) + "</cbc:DueDate>\n"
            + "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain())
            + "</cbc:EndpointID><cac:PartyLegalEntity><cbc:RegistrationName>" + s.name().replace("&", "&amp;")
            + "</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"0088\">" + EAN
            + "</cbc:EndpointID><cac:PartyLegalEntity><cbc:RegistrationName>Esbjerg Kommune</cbc:RegistrationName></cac:PartyLegalEntity>"
            + "</cac:Party></cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans><cbc:PaymentMeansCode>" + (acct.startsWith("DK") ? "58" : "31") + "</cbc:PaymentMeansCode>"
            + "<cac:PayeeFinancialAccount><cbc:ID>" + acct + "</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n"
            + "  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"DKK\">" + amt + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
            + "  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity><cac:Item><cbc:Name>"
            + s.what() + "</cbc:Name></cac:Item></cac:InvoiceLine>\n</Invoice>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private void newsletters() {
        M m = mail("newsletter", false);
        m.mailFrom = "bounce-kdf@cmail20.com";
        headers(m, "Kommunaldirektørforeningen", "nyhedsbrev@kommunaldirektoerforeningen.dk", "regnskab@esbjerg.dk",
            "Nyhedsbrev: e-fakturering, NemKonto og svindel")
            .html("<html><body><h1>Nyhedsbrev november</h1><p>Flere kommuner har modtaget falske fakturaer, hvor kontonummeret "
                + "er ændret. Ring altid til leverandøren på et kendt nummer, før I ændrer bankoplysninger.</p>"
                + "<p>Årsmødet: deltagerbetaling 2.450 kr. faktureres via EAN.</p><p><a href=\"https://kommunaldirektoerforeningen.dk/afmeld\">"
                + "Afmeld</a></p></body></html>");
        m.ip = "127.43.2.1";
        m.helo = "mta5.cmail20.com";
        m.signers.add("cmail20.com");
        m.description = "association newsletter via an ESP (unaligned, DMARC none) on invoice fraud and fees";
        m = mail("newsletter", false);
        m.mailFrom = "bounces@sparkpostmail.com";
        headers(m, "Lemvigh-Müller", "nyheder@lemu.dk", "indkoeb@esbjerg.dk", "Nye priser og leveringsbetingelser 2027")
            .text("Kære kunde\n\nFra 1. januar 2027 justeres vores priser. Betalingsbetingelser og kontonummer er uændrede.\n"
                + "Fakturaer sendes fortsat som OIOUBL.\n\nLemvigh-Müller\n\nAfmeld nyhedsbrevet: https://www.lemu.dk/afmeld");
        m.ip = "127.43.1.1";
        m.helo = "mta-08.sparkpostmail.com";
        m.signers.add("lemu.dk");
        m.signers.add("sparkpostmail.com");
        m.description = "supplier newsletter via SparkPost, supplier's DKIM aligned, mentions invoices and account";
        m = mail("newsletter", false);
        headers(m, "Erhvervsstyrelsen", "nyhedsbrev@erst.dk", "regnskab@esbjerg.dk", "Ny bekendtgørelse om elektronisk fakturering")
            .text("Erhvervsstyrelsen orienterer: offentlige myndigheder skal fortsat modtage fakturaer elektronisk via NemHandel "
                + "eller Peppol. Leverandører, der sender PDF-fakturaer pr. e-mail, skal henvises til NemHandelsregistret.\n\n"
                + "Læs mere på erst.dk.\n\nErhvervsstyrelsen, Langelinie Allé 17, 2100 København Ø");
        genuine(m, "127.45.1.1");
        m.description = "authority newsletter about e-invoicing rules, signed (DMARC pass), no invoice";
        m = mail("newsletter", false);
        headers(m, "Arbejdernes Landsbank Erhverv", "erhverv@al-bank.dk", "regnskab@esbjerg.dk", "Advarsel: falske betalingsanmodninger")
            .html("<html><body><p>Kære erhvervskunde</p><p>Vi ser i øjeblikket mange mails, hvor svindlere udgiver sig for at være "
                + "leverandører og oplyser et nyt kontonummer eller en udenlandsk IBAN. Arbejdernes Landsbank beder dig aldrig om at "
                + "godkende betalinger via et link.</p><p>Venlig hilsen<br>Arbejdernes Landsbank</p></body></html>");
        genuine(m, "127.44.1.1");
        m.description = "bank's fraud warning mentioning new accounts and IBANs, signed";
    }

    private void mailingList() {
        String[][] posts = {{OWN, "Anders Krog", "anders.krog@", "Erfaringer med leverandørers kontoændringer?",
            "Hej alle\n\nHvordan verificerer I, når en leverandør meddeler nyt kontonummer? Vi ringer altid op på nummeret fra "
                + "kontrakten, men det tager tid.\n\nAnders, Esbjerg Kommune"},
            {"varde.dk", "Mette Skov", "mette.skov@", "Eksempel: faktura med IBAN fra udenlandsk leverandør",
                "Hej netværk\n\nVedhæftet et eksempel (anonymiseret) på en korrekt faktura fra en tysk leverandør med IBAN. Bemærk "
                    + "at den kom via Peppol.\n\nMvh Mette, Varde Kommune"},
            {"vejen.dk", "Ole Hald", "ole.hald@", "Rykkergebyrer - hvad gør I?",
                "Hej\n\nBetaler I rykkergebyrer fra små leverandører, hvis fakturaen aldrig er modtaget?\n\nOle, Vejen Kommune"},
            {"fanoe.dk", "Karin Ebbesen", "karin.ebbesen@", "SV: Rykkergebyrer - hvad gør I?",
                "Vi betaler ikke gebyr for fakturaer, vi ikke har modtaget i NemHandel.\n\n/Karin\n\n> Betaler I rykkergebyrer fra små leverandører?"}};
        for (String[] p : posts) {
            M m = mail("mailing-list-dmarc-fail", false);
            m.mailFrom = "kreditor-bounces@indkoebsnetvaerket.dk";
            Mime mime = headers(m, p[1], p[2] + p[0], "kreditor@indkoebsnetvaerket.dk", p[3])
                .header("List-Id", "<kreditor.indkoebsnetvaerket.dk>").text(p[4]);
            if (p[0].equals("varde.dk")) {
                Supplier de = new Supplier("Hoffmann Werkzeuge GmbH", "varde.dk", "", "", "", iban("DE", "370400440532013000"),
                    "Messwerkzeuge");
                mime.attach("application/pdf", "eksempel_anonymiseret.pdf", pdf(m, de, "2026-0815", new Amount("1.200,00", "300,00",
                    "1.500,00"), de.account(), 1, List.of("EKSEMPEL - må ikke betales")));
            }
            m.signers.add(p[0]);
            m.ip = "127.45.9.1";
            m.helo = "lists.indkoebsnetvaerket.dk";
            m.afterSigning = HeldOutCorpus2::listRewrite;
            m.listSigner = "indkoebsnetvaerket.dk";
            m.description = "list post by " + p[0] + " (DMARC " + dns.get(p[0]).dmarc() + "), subject tag and footer break DKIM";
        }
    }

    /** The list server tags the Subject and adds a footer: the author's DKIM signature no longer verifies. */
    static byte[] listRewrite(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [Kreditornet] ");
        s = s.replaceFirst("\r\n$", "\r\n_______________\r\nIndkøbsnetværket, kreditorgruppen\r\nhttps://indkoebsnetvaerket.dk/lister/kreditor\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void forwarded() {
        // a citizen-run forwarding service relays without SRS; DKIM survives where there is one
        for (Supplier s : List.of(ao, hoerkram)) {
            M m = mail("forwarded", false);
            m.genuine = dns.get(s.domain()).dkim() != null;
            invoice(m, s, 2);
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.47.1.1";
            m.helo = "relay.videresend.dk";
            m.description = s.domain() + " invoice relayed by a forwarder without SRS" + (m.genuine ? " (SPF fail, DKIM pass)" : " (SPF fail, no DKIM)");
        }
        M m = mail("forwarded", false);
        m.genuine = true;
        String n = no("CO");
        Amount a = amount(coor);
        headers(m, "Rikke Mølgaard", "rikke.moelgaard@" + OWN, "kreditorer@esbjerg.dk", "VS: Faktura " + n + " kantine")
            .text("Hej\n\nDen her er landet hos mig i stedet for hos jer. Beløbet stemmer med aftalen - godkendt.\n\nHilsen Rikke\n"
                + "Jobcenter Esbjerg\n\n---------- Videresendt besked ----------\nFra: " + coor.name() + " <" + address(coor) + ">\nDato: "
                + day(m, -1) + "\nEmne: Faktura " + n + "\n\nHermed faktura for kantinedrift.")
            .attach("application/pdf", "Faktura_" + n + ".pdf", pdf(m, coor, n, a, coor.account(), 0, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's PDF invoice (own domain, signed)";
        m = mail("forwarded", false);
        m.genuine = true;
        M inner = new M();
        inner.id = m.id + "/inner";
        inner.wave = 1;
        Mime orig = new Mime(sha256("boundary:" + inner.id).substring(0, 16));
        String n2 = no("DF");
        Amount a2 = amount(din);
        orig.header("Date", date(inner)).from(din.name(), address(din)).header("To", "musikhuset@esbjerg.dk")
            .subject("Faktura vand 3. kvartal").header("Message-ID", messageId(inner, "dinforsyning.dk"))
            .text("Kære kunde\n\nHer er fakturaen for 3. kvartal.\n\nDIN Forsyning")
            .attach("application/pdf", "DIN_" + n2 + ".pdf", pdf(inner, din, n2, a2, din.account(), 2, List.of()));
        headers(m, "Musikhuset Esbjerg, administration", "musikhuset@" + OWN, "kreditorer@esbjerg.dk", "Fwd: Faktura vand 3. kvartal")
            .text("Videresender som vedhæftet mail.\n\nMvh Musikhuset").attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "colleague forwards a supplier's mail as message/rfc822 (own domain, signed)";
    }

    private void bankNotices() {
        String[][] b = {{"al-bank.dk", "Arbejdernes Landsbank", "netbank@", "Betaling gennemført",
            "Din betaling på 84.312,50 kr. til Lemvigh-Müller A/S er gennemført.\n\nDette er en automatisk besked fra Netbank Erhverv."},
            {"spks.dk", "Sparekassen Kronjylland", "erhverv@", "Ny modtager oprettet i Netbank",
                "Der er oprettet en ny betalingsmodtager i jeres aftale. Var det ikke jer, så ring straks på 89 12 25 00."},
            {"al-bank.dk", "Arbejdernes Landsbank", "netbank@", "Nyt dokument i Netbank",
                "Du har fået et nyt dokument: Kontoudskrift for konto 5301 0003214455. Log på Netbank for at læse det."}};
        for (String[] x : b) {
            M m = mail("bank-notice", false);
            headers(m, x[1], x[2] + x[0], "regnskab@esbjerg.dk", x[3]).text("Kære kunde\n\n" + x[4] + "\n\nVenlig hilsen\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = x[0] + " automatic notice (" + x[3] + "), signed";
        }
    }

    private void internal() {
        M m = mail("internal", false);
        headers(m, "Birgitte Lauridsen", "birgitte.lauridsen@" + OWN, "kreditorer@esbjerg.dk", "Godkendelse af fakturaer uge 46")
            .text("Hej\n\nListen over fakturaer til godkendelse i uge 46 er vedhæftet. Bemærk at Coor-fakturaen skal konteres på "
                + "jobcentret.\n\nBirgitte")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Godkendelse uge 46.xlsx",
                Attachments.excel(List.of("Leverandør;Fakturanr;Beløb", "Coor;CO51244;58.210,00", "ISS;IS44012;212.880,50"), false));
        genuine(m, OWN_IP);
        m.description = "internal approval list (xlsx), signed";
        m = mail("internal", false);
        headers(m, "Niels Bro", "niels.bro@" + OWN, "kreditorer@esbjerg.dk", "Ny kreditor: Ribe Låseservice")
            .text("Hej Kreditor\n\nVil I oprette Ribe Låseservice som kreditor? Jannik Holm har bekræftet kontonummeret telefonisk "
                + "i dag: " + laase.account() + ". CVR " + cvr("ribelaase") + ".\n\nTak\nNiels, Ejendomme");
        genuine(m, OWN_IP);
        m.description = "internal request to create a creditor with bank details confirmed by phone";
        m = mail("internal", false);
        headers(m, "Økonomi og Styring", "oekonomi@" + OWN, "alle-oekonomi@esbjerg.dk", "Julefrokost fredag")
            .html("<html><body><p>Kære alle</p><p>Husk julefrokosten fredag kl. 12 i kantinen. Betaling 150 kr. via MobilePay box 2261QX.</p></body></html>");
        genuine(m, OWN_IP);
        m.description = "internal HTML-only invitation, signed";
    }

    private void saas() {
        Object[][] x = {{"slack.com", "Slack Technologies Limited", "feedback@", "Your Slack receipt", iban("IE", "CITI99005112345678"),
            "Pro plan, 25 members"}, {"atlassian.com", "Atlassian", "noreply@", "Atlassian invoice", iban("NL", "INGB0006789012"),
            "Jira Software Cloud Standard, annual"}, {"canva.com", "Canva", "receipts@", "Your Canva Teams receipt", null,
            "Canva Teams, 5 seats"}, {"adobe.com", "Adobe", "message@", "Din Adobe-faktura", iban("IE", "BOFI90001712345678"),
            "Acrobat Pro, 12 licenser"}};
        for (Object[] s : x) {
            M m = mail("foreign-saas-invoice", false);
            m.genuine = true;
            String d = (String) s[0];
            Supplier sup = new Supplier((String) s[1], d, (String) s[1], "", "", s[4] == null ? "paid by card (Visa ****4417)" : (String) s[4],
                (String) s[5]);
            String n = no("INV-");
            Amount a = amount(sup);
            headers(m, (String) s[1], s[2] + d, "it-indkoeb@esbjerg.dk", (String) s[3])
                .text("Thanks for your business.\n\nInvoice " + n + "\nPlan: " + s[5] + "\nTotal: DKK " + a.total()
                    + (s[4] == null ? "\nCharged to your card ending 4417." : "\nPay by bank transfer to " + s[4] + ", reference " + n + ".")
                    + "\n\n" + s[1])
                .attach("application/pdf", "invoice_" + n + ".pdf", pdf(m, sup, n, a, sup.account(), 1, List.of("Reverse charge")));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = d + " SaaS invoice" + (s[4] == null ? " paid by card" : " with foreign IBAN") + ", signed";
        }
    }

    private void supplierNotices() {
        // a real change of bank after a merger, announced in a signed letter (no invoice), with phone verification advice
        M m = mail("supplier-notice", false);
        String newAcc = bank("9090", "0009918273");
        headers(m, "Hørkram Foodservice A/S", address(hoerkram), "kreditorer@esbjerg.dk", "Vigtigt: ny bankforbindelse fra 1. januar")
            .text("Kære kunde\n\nSom følge af fusionen med Nordic Foodservice Holding skifter Hørkram Foodservice A/S bank pr. 1. januar 2027.\n"
                + "Fakturaer udstedt fra denne dato skal betales til " + newAcc + ". Fakturaer udstedt før skal betales til den "
                + "hidtidige konto.\n\nVi anbefaler, at I bekræfter ændringen telefonisk på vores hovednummer, som står på "
                + "hoerkram.dk, før I retter kreditoroplysningerne. Vi ringer aldrig og beder om hastebetalinger.\n\nMed venlig hilsen\n"
                + "Økonomidirektør Jens Ravn\nHørkram Foodservice A/S")
            .attach("application/pdf", "Meddelelse om ny bankforbindelse.pdf", Attachments.pdf(docId(m, "letter"),
                "Meddelelse om ny bankforbindelse", List.of("Gældende fra 1. januar 2027", "Ny konto: " + newAcc, "Jens Ravn, økonomidirektør")));
        genuine(m, hoerkram.ip());
        m.description = "hoerkram.dk genuine bank change after a merger, letter without invoice (aligned SPF)";
        m = mail("supplier-notice", false);
        headers(m, "AO Kundeservice", "kundeservice@ao.dk", "indkoeb@esbjerg.dk", "Ændring af åbningstider i julen")
            .text("Kære kunde\n\nVores butikker i Esbjerg holder lukket 24.-26. december. Fakturering og betalingsbetingelser er "
                + "uændrede.\n\nAO");
        genuine(m, ao.ip());
        m.description = "ao.dk customer notice, signed, no invoice";
    }

    private void orders() {
        M m = mail("order-receipt", false);
        headers(m, "Würth Webshop", "webshop@wuerth.dk", "indkoeb@esbjerg.dk", "Ordrebekræftelse 7004418822")
            .html("<html><body><p>Tak for din ordre.</p><table><tr><td>Skruesortiment ASSY</td><td>4 stk</td><td>1.196,00</td></tr>"
                + "<tr><td>Fragt</td><td></td><td>0,00</td></tr></table><p>Fakturaen sendes elektronisk til EAN " + EAN
                + ".</p></body></html>");
        genuine(m, wuerth.ip());
        m.description = "wuerth.dk order confirmation (HTML-only, no invoice), signed";
        m = mail("order-receipt", false);
        headers(m, "MobilePay", "noreply@mobilepay.dk", "oekonomi@esbjerg.dk", "Kvittering for betaling")
            .text("Kvittering\n\nBetalt til: Esbjerg Lufthavn Café\nBeløb: 186,00 kr.\nTransaktions-ID: 6J9Q2K\n\nMobilePay");
        genuine(m, "127.48.5.1");
        m.description = "mobilepay.dk payment receipt, signed";
        m = mail("order-receipt", false);
        headers(m, "Lemvigh-Müller Ordre", "ordre@lemu.dk", "teknik-miljoe@esbjerg.dk", "Leveringsbekræftelse / følgeseddel")
            .text("Hej\n\nVarerne på ordre 3318842 er leveret til Forsyningsdepotet. Følgesedlen er vedhæftet. Faktura følger.\n\n"
                + "Lemvigh-Müller")
            .attach("application/pdf", "Foelgeseddel_3318842.pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel 3318842",
                List.of("Kabel PVIkx 3G1,5 100 m", "Stikdåser 20 stk")));
        genuine(m, lemu.ip());
        m.description = "lemu.dk delivery note (PDF, not an invoice), signed";
    }

    private void other() {
        M m = mail("other", false);
        headers(m, "Henrik Vestergaard", "h.vestergaard@icloud.com", "borger-arbejdsmarked@esbjerg.dk", "Tilbagebetaling af for meget betalt")
            .text("Hej\n\nJeg har fået brev om, at jeg har betalt for meget for SFO. Pengene kan sættes ind på min konto "
                + bank("9712", "0003345566") + " hvis NemKonto ikke virker.\n\nVenlig hilsen\nHenrik Vestergaard\n\nSendt fra min iPhone");
        genuine(m, "127.46.4.1");
        m.description = "citizen from icloud.com giving his own account for a refund (no invoice)";
        m = mail("other", false);
        headers(m, "Rasmus Lund", "rasmus.lund88@yahoo.com", "teknik-miljoe@esbjerg.dk", "Hul i vejen på Stormgade")
            .text("Hej, der er et stort hul i vejen ud for nr. 112. Billede vedhæftet.\nMvh Rasmus")
            .attach("image/jpeg", "IMG_2291.jpg", Attachments.image(docId(m, "hul"), "jpeg"));
        genuine(m, "127.46.3.1");
        m.description = "citizen (yahoo.com) reports a pothole with a JPEG photo";
        m = mail("other", false);
        headers(m, "Region Syddanmark", "kontakt@rsyd.dk", "sundhed-omsorg@esbjerg.dk", "Mellemkommunal afregning 3. kvartal")
            .text("Kære Esbjerg Kommune\n\nOpgørelse af den mellemkommunale afregning er vedhæftet. Beløbet modregnes i "
                + "bloktilskuddet; der skal ikke betales.\n\nRegion Syddanmark")
            .attach("application/pdf", "Opgoerelse_Q3.pdf", Attachments.pdf(docId(m, "rsyd"), "Opgørelse 3. kvartal",
                List.of("Mellemkommunal afregning", "Modregnes - skal ikke betales")));
        genuine(m, "127.45.2.1");
        m.description = "region's settlement statement (no payment), signed";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] NEW_DK = {bank("5470", "0001339921"), bank("9860", "0007162534"), bank("1551", "7788001122"),
        bank("8117", "0004417733")};
    private static final String[] FOREIGN = {iban("LT", "7300010199887766"), iban("PL", "109010140000071219812874"),
        iban("GB", "BARC20005512345678"), iban("BG", "STSA93000012345678"), iban("HU", "117730161111101800000000"),
        iban("RO", "BTRLRONCRT0123456789"), iban("EE", "2210221012345679"), iban("CY", "002001280000001200527600")};

    /** A Danish bank-change sentence; its English wording is kept for mails written in English. */
    private String changeLine(int i, String acc) {
        String[][] t = {
            {"Bemærk: vi har skiftet bank. Fremover skal alle betalinger ske til " + acc + ". Den gamle konto er lukket.",
                "Please note that we have changed banks. All payments must now be made to " + acc + "; the old account is closed."},
            {"Grundet en revision er vores sædvanlige konto midlertidigt spærret. Benyt venligst " + acc + " til denne betaling.",
                "Due to an audit our usual account is temporarily unavailable. Please use " + acc + " for this payment."},
            {"OBS: Ny kontoinformation - " + acc + ". Opdatér venligst jeres kreditorkartotek.",
                "NB: new account details - " + acc + ". Kindly update your vendor master data."},
            {"Betaling bedes foretaget til vores nye konto " + acc + " (ændret efter fusion).",
                "Please remit to our new account " + acc + " (changed following our merger)."}};
        String[] line = t[i % 4];
        english.put(line[0], line[1]);
        return line[0];
    }

    private void fraud() {
        // forged known supplier, enforcing DMARC
        Supplier[] enf = {iss, ao, coor, kone, wuerth};
        for (int i = 0; i < enf.length; i++) {
            Supplier s = enf[i];
            M m = mail("forged-supplier-enforcing", true);
            String acc = i % 2 == 0 ? NEW_DK[i % NEW_DK.length] : FOREIGN[i];
            invoice(m, s, s.name(), address(s), acc, i + 1, i == 2 ? "" : changeLine(i, acc), List.of());
            if (i == 3) {
                m.mailFrom = "ops@logistik-vest.dk";
                ownedBy(m, "logistik-vest.dk");
            } else {
                forgedHost(m);
            }
            m.description = "forged " + s.domain() + " (DMARC " + dns.get(s.domain()).dmarc() + ") invoice, new account"
                + (i == 2 ? " silently on the PDF" : " announced") + (i == 3 ? "; fraudster's own envelope (SPF/DKIM pass, unaligned)" : "");
        }
        // forged known supplier, lax or no DMARC
        Supplier[] lax = {nnit, lemu, hoerkram, toemrer, groent, din};
        for (int i = 0; i < lax.length; i++) {
            Supplier s = lax[i];
            M m = mail("forged-supplier-lax", true);
            String acc = i % 2 == 1 ? NEW_DK[i % NEW_DK.length] : FOREIGN[(i + 3) % FOREIGN.length];
            invoice(m, s, s.name(), address(s), acc, i + 2, changeLine(i + 1, acc), List.of());
            forgedHost(m);
            m.description = "forged " + s.domain() + " (DMARC " + dns.get(s.domain()).dmarc() + ") invoice, new account";
        }
        lookalikes();
        displayNames();
        compromised();
        hijacks();
        archives();
        images();
        links();
        macros();
        ceo();
        registrationScams();
        fakeReminders();
        bankChangeLetters();
    }

    private void lookalike(String family, Supplier s, String d, int i, String what) {
        M m = mail(family, true);
        String acc = i % 2 == 0 ? NEW_DK[(i + 1) % NEW_DK.length] : FOREIGN[(i + 5) % FOREIGN.length];
        invoice(m, s, s.name(), s.box() + "@" + d, acc, i, i % 3 == 0 ? "" : changeLine(i, acc), List.of());
        ownedBy(m, d);
        m.description = what + " " + d + " posing as " + s.domain() + ", authenticated by the fraudster, new account";
    }

    private Supplier us(String box) {
        return new Supplier("Esbjerg Kommune", OWN, "Økonomi og Styring", box, OWN_IP, "", "");
    }

    private void ourLookalike(String family, String d, int i, String what) {
        M m = mail(family, true);
        String acc = FOREIGN[(i + 2) % FOREIGN.length];
        String n = no("EK");
        Amount a = amount(1_200_000);
        String[] subj = {"Opkrævning: parkeringsafgift kommunale køretøjer", "Intern viderefakturering " + n,
            "Faktura fra Esbjerg Kommune - Borgerservice", "Betaling af depositum, lejemål"};
        headers(m, i % 2 == 0 ? "Esbjerg Kommune" : "Esbjerg Kommune Økonomi", "opkraevning@" + d, to(), subj[i % subj.length])
            .text("Til rette vedkommende\n\nVedhæftet opkrævning " + n + " på DKK " + a.total() + ". Beløbet bedes indbetalt senest "
                + day(m, 5) + " til " + acc + ".\n\nMed venlig hilsen\nEsbjerg Kommune\nØkonomi og Styring")
            .attach("application/pdf", "Opkraevning_" + n + ".pdf", pdf(m, us("x"), n, a, acc, i, List.of()));
        ownedBy(m, d);
        m.description = what + " " + d + " posing as our own " + OWN + ", authenticated by the fraudster";
    }

    private void lookalikes() {
        lookalike("lookalike-typo", lemu, "lernu.dk", 1, "rn-for-m typo");
        lookalike("lookalike-typo", ao, "a0.dk", 2, "zero-for-o typo");
        lookalike("lookalike-typo", nnit, "nnlt.com", 3, "l-for-i typo");
        ourLookalike("lookalike-typo", "esbjreg.dk", 0, "swapped letters");
        lookalike("lookalike-added-word", iss, "issworld-invoice.com", 4, "added word");
        lookalike("lookalike-added-word", kone, "kone-service.dk", 5, "added word with hyphen");
        ourLookalike("lookalike-added-word", "esbjerg-kommune.dk", 1, "added word");
        ourLookalike("lookalike-added-word", "esbjerg.dk-faktura.com", 2, "our name as a prefix of another domain");
        lookalike("lookalike-added-word", coor, "coor-dk.com", 6, "-dk added, other TLD");
        lookalike("lookalike-other-tld", din, "dinforsyning.net", 7, "same name, other TLD");
        lookalike("lookalike-other-tld", hoerkram, "hoerkram.com", 8, "same name, other TLD");
        lookalike("punycode-homoglyph", kone, idn("k\u043Ene.dk"), 9, "Cyrillic o homoglyph");
        lookalike("punycode-homoglyph", hoerkram, idn("hørkram.dk"), 10, "IDN spelling with ø of the oe-domain");
        lookalike("punycode-homoglyph", nnit, idn("nn\u0456t.com"), 11, "Ukrainian i homoglyph");
        ourLookalike("punycode-homoglyph", idn("esbj\u0435rg.dk"), 3, "Cyrillic e homoglyph");
    }

    private void displayNames() {
        Object[][] f = {{"ISS Facility Services - Debitor", "iss.debitor.dk@gmail.com", iss}, {"Esbjerg Kommune Økonomi", "esbjerg.oekonomi@outlook.com", null},
            {"Lemvigh-Müller A/S", "lemu.faktura@icloud.com", lemu}, {"faktura.dk@coor.dk", "coor.faktura@hotmail.com", coor}};
        for (int i = 0; i < f.length; i++) {
            M m = mail("display-name-freemail", true);
            String from = (String) f[i][1];
            Supplier s = (Supplier) f[i][2];
            String acc = FOREIGN[(i + 1) % FOREIGN.length];
            if (s == null) {
                String n = no("EK");
                headers(m, (String) f[i][0], from, "kreditorer@esbjerg.dk", "Hasteudbetaling - refusion")
                    .text("Hej\n\nVi mangler at udbetale refusion til en leverandør i dag. Overfør venligst DKK 96.400,00 til " + acc
                        + ", ref. " + n + ". Godkendelsen er på plads.\n\nØkonomi og Styring\nEsbjerg Kommune");
            } else {
                invoice(m, s, (String) f[i][0], from, acc, i + 1, changeLine(i + 2, acc), List.of());
            }
            genuine(m, dns.get(domainOf(from)).spfIps().get(0));
            m.description = "display name \"" + f[i][0] + "\" on " + domainOf(from) + " (DMARC pass for free mail), new account";
        }
        // authenticated non-free-mail senders using a protected name
        M m = mail("display-name-authenticated", true);
        String acc = FOREIGN[4];
        Supplier sz = new Supplier(ao.name(), "zervant.com", ao.person(), "invoice", "127.42.2.1", acc, ao.what());
        String n = no("AO");
        Amount a = amount(ao);
        headers(m, ao.name(), "invoice@zervant.com", to(), "Faktura " + n + " fra " + ao.name())
            .header("Reply-To", "ao.debitor@outlook.com")
            .text("Hej\n\n" + ao.name() + " har sendt jer en faktura via Zervant.\nFakturanummer: " + n + "\nBeløb: " + a.total()
                + " DKK\n\n" + changeLine(2, acc) + "\n\n-- \nSendt med Zervant")
            .attach("application/pdf", "Invoice_" + n + ".pdf", pdf(m, sz, n, a, acc, 2, List.of()));
        genuine(m, "127.42.2.1");
        m.description = "fraudster's zervant.com account named after listed ao.dk, Reply-To outlook, new foreign account";
        m = mail("display-name-authenticated", true);
        headers(m, "Esbjerg Kommune Lønafdelingen", "klinik@tandlaege-holm.dk", "borger-arbejdsmarked@esbjerg.dk", "Ændring af lønkonto - haster")
            .text("Hej\n\nMin løn skal fremover udbetales til " + NEW_DK[2] + ". Kan I ændre det inden lønkørslen i morgen?\n\n"
                + "Mvh\nLønafdelingen");
        genuine(m, "127.48.6.1");
        m.description = "our protected name on an authenticated (compromised) dental clinic's domain, asks to change an account";
        m = mail("display-name-authenticated", true);
        acc = FOREIGN[6];
        invoice(m, kone, "KONE Danmark Kundeservice", "kundeservice@betaling-online.net", acc, 3, changeLine(1, acc), List.of());
        ownedBy(m, "betaling-online.net");
        m.description = "listed supplier KONE's name on an authenticated unrelated domain, foreign account";
    }

    private void compromised() {
        Object[][] c = {{iss, NEW_DK[3]}, {nnit, FOREIGN[0]}, {hoerkram, iban("DK", "89240001998877")}, {ao, FOREIGN[2]}, {kone, NEW_DK[1]}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            String acc = (String) c[i][1];
            M m = mail("compromised-supplier-new-account", true);
            invoice(m, s, s.name(), address(s), acc, i + 3, changeLine(i, acc)
                + (i % 2 == 0 ? "\n" + NO_PHONE_DA : ""), List.of());
            genuine(m, s.ip());
            m.description = "real " + s.domain() + " mailbox (authenticated) asks to pay into a new account";
        }
    }

    private void hijacks() {
        Object[][] h = {{lemu, "lernu.dk", null}, {iss, null, "pernille.dahl.iss@gmail.com"}, {coor, "coor-dk.com", null},
            {kone, idn("k\u043Ene.dk"), null}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            String ref = history.get(s.domain());
            M m = mail("reply-chain-hijack", true);
            String acc = i % 2 == 0 ? FOREIGN[(i + 4) % FOREIGN.length] : NEW_DK[i % NEW_DK.length];
            String n = no("RE");
            Amount a = amount(s);
            Mime mime = headers(m, s.person(), s.box() + "@" + (d == null ? s.domain() : d), "kreditorer@esbjerg.dk",
                (i % 2 == 0 ? "SV: " : "RE: ") + "Faktura " + n)
                .header("In-Reply-To", ref).header("References", ref);
            if (h[i][2] != null) {
                mime.header("Reply-To", (String) h[i][2]);
            }
            mime.text("Hej\n\nTak for jeres svar. Som aftalt sender vi den rettede faktura. " + changeLine(i, acc)
                + "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + "\n\n> Hej, fakturaen mangler vores ordrenummer, kan I rette den?\n"
                + "> Mvh Kreditorer, Esbjerg Kommune")
                .attach("application/pdf", "Faktura_" + n + "_rettet.pdf", pdf(m, s, n, a, acc, i, List.of("Erstatter tidligere faktura")));
            if (d == null) {
                forgedHost(m);
            } else {
                ownedBy(m, d);
            }
            m.description = "reply to our thread (wave-1 Message-ID) " + (d == null ? "forged " + s.domain() + ", Reply-To gmail" : "from " + d)
                + ", corrected invoice with new account";
        }
    }

    private void archives() {
        for (int i = 0; i < 5; i++) {
            M m = mail("archive-wrapped-pdf", true);
            Supplier s = i % 2 == 0 ? din : nnit;
            String acc = FOREIGN[(i + 3) % FOREIGN.length];
            String n = no("Z");
            Amount a = amount(s);
            String[] from = {address(din), "nnit.invoicing@gmail.com", "faktura@fakturaportal-dk.com", address(nnit),
                "faktura@fakturaportal-dk.com"};
            Mime mime = headers(m, s.name(), from[i], to(), i == 1 ? "Invoice documents - " + n : "Faktura " + n + " (komprimeret)")
                .text(i == 1 ? "Hello,\n\nThe invoice is compressed because of size limits. Please process today.\n\n" + s.name()
                    : "Hej\n\n" + (i == 4 ? "Fakturaen er komprimeret med 7-Zip. " : "Fakturaen er pakket i en zip-fil. ") + changeLine(i, acc) + "\n\n" + s.name());
            byte[] inv = pdf(m, s, n, a, acc, i, List.of());
            byte[] zip = switch (i) {
                case 0 -> Attachments.zip("Faktura_" + n + ".pdf", inv);
                case 1 -> Attachments.zip("documents/2026/november/invoice_" + n + ".pdf", inv, "documents/readme.txt", "Password: none");
                case 2 -> Attachments.zip("pakke.zip", Attachments.zip("Faktura_" + n + ".pdf", inv));
                case 4 -> Attachments.sevenZip("Faktura " + n + ".pdf", inv);
                default -> Attachments.zip("Faktura_" + n + ".pdf", inv, "Bilag_1.pdf", Attachments.pdf(docId(m, "bilag"), "Bilag", List.of("Timeliste")));
            };
            if (i == 4) {
                mime.attach("application/x-7z-compressed", "Faktura_" + n + ".7z", zip);
            } else {
                mime.attach("application/zip", i == 2 ? "Faktura_" + n + ".pdf.zip" : "faktura-" + n + ".zip", zip);
            }
            switch (i) {
                case 1 -> genuine(m, "127.46.1.1");
                case 2, 4 -> ownedBy(m, "fakturaportal-dk.com");
                default -> forgedHost(m);
            }
            m.description = "invoice PDF in a " + (i == 4 ? "7z" : i == 2 ? "ZIP in a ZIP" : "ZIP") + " from " + domainOf(from[i])
                + ", new account";
        }
    }

    private void images() {
        for (int i = 0; i < 4; i++) {
            M m = mail("image-only-invoice", true);
            Supplier s = new Supplier[] {lemu, wuerth, toemrer, iss}[i];
            String acc = i % 2 == 0 ? NEW_DK[i % NEW_DK.length] : FOREIGN[(i + 6) % FOREIGN.length];
            String[] from = {address(lemu), "wuerth.dk.faktura@hotmail.com", address(toemrer), "dk.invoicing@issworld-invoice.com"};
            Mime mime = headers(m, s.name(), from[i], to(), i == 1 ? "Scannet faktura" : "Faktura " + no("S"));
            String text = "Hej\n\nFakturaen er vedhæftet som scanning. Betal venligst til den konto, der står på fakturaen: " + acc
                + ".\n\n" + s.name();
            switch (i) {
                case 0 -> mime.text(text).attach("application/pdf", "Scan_" + docId(m, "n") % 10000 + ".pdf", Attachments.scannedPdf(docId(m, "scan")));
                case 1 -> mime.text(text).attach("image/png", "faktura.png", Attachments.image(docId(m, "png"), "png"));
                case 2 -> mime.text(text).attach("image/jpeg", "faktura_nov.jpeg", Attachments.image(docId(m, "jpg"), "jpeg"));
                default -> mime.html("<html><body><p>Dear customer,</p><p>Invoice attached as image. Remit to " + acc
                    + ".</p></body></html>").attach("image/jpeg", "INV_scan.jpg", Attachments.image(docId(m, "jpg2"), "jpeg"));
            }
            switch (i) {
                case 1 -> genuine(m, "127.46.2.1");
                case 3 -> ownedBy(m, "issworld-invoice.com");
                default -> forgedHost(m);
            }
            m.description = "image-only invoice (" + new String[] {"scanned PDF", "PNG", "JPEG", "JPEG, HTML body"}[i] + ") from "
                + domainOf(from[i]) + ", new account";
        }
    }

    private void links() {
        String[][] l = {{OWN, "https://esbjerg-betaling.dk/faktura/", "Se og betal din opkrævning"},
            {"dinforsyning.dk", "https://dinforsyning.dk-betal.com/login?ref=", "Betal din regning"},
            {"kone.dk", "https://kone.dk.kundeportal.net/invoice/", "View invoice"},
            {"issworld.com", "https://" + idn("\u0456ssworld.com") + "/pay/", "Åbn dokument"}};
        String[] senders = {"noreply@dokumentdeling-sikker.com", address(din), "service.dk@kone-service.dk", "noreply@dokumentdeling-sikker.com"};
        for (int i = 0; i < l.length; i++) {
            M m = mail("html-link-lookalike", true);
            String real = l[i][0];
            String href = l[i][1] + sha256(m.id).substring(0, 10);
            headers(m, real.equals(OWN) ? "Esbjerg Kommune Digital Post" : real.equals("kone.dk") ? "KONE A/S" : "Dokumentdeling", senders[i], to(),
                i == 2 ? "Invoice available" : "Du har et nyt dokument")
                .html("<html><body><p>Hej</p><p>Der ligger et nyt dokument (faktura) til jer fra " + real + ". Beløbet skal betales i dag "
                    + "for at undgå gebyr.</p><p><a href=\"" + href + "\" style=\"background:#0a5;color:#fff;padding:8px\">" + l[i][2]
                    + " på " + real + "</a></p><p>Venlig hilsen<br>" + real + "</p></body></html>");
            switch (i) {
                case 1 -> forgedHost(m);
                default -> ownedBy(m, domainOf(senders[i]));
            }
            m.description = "HTML button naming " + real + " but linking to " + href.replaceAll("https://([^/]+)/.*", "$1");
        }
    }

    private void macros() {
        Object[][] x = {{address(coor), "Faktura-specifikation.docm", true}, {"kone.service@outlook.com", "Invoice_2026_11.xlsm", false},
            {"faktura@fakturaportal-dk.com", "betalingsoversigt.xlsm", false}};
        for (int i = 0; i < x.length; i++) {
            M m = mail("office-macro", true);
            String from = (String) x[i][0];
            boolean word = (Boolean) x[i][2];
            headers(m, i == 1 ? "KONE A/S" : i == 0 ? coor.name() : "Fakturaportal", from, to(), i == 1 ? "Invoice - enable editing" : "Faktura til godkendelse")
                .text("Hej\n\nDokumentet er beskyttet. Klik på \"Aktivér indhold\" for at se fakturaen og betalingsoplysningerne.\n\nMvh")
                .attach(word ? "application/vnd.ms-word.document.macroEnabled.12" : "application/vnd.ms-excel.sheet.macroEnabled.12",
                    (String) x[i][1], word ? Attachments.word("Faktura\nAktivér indhold for at se beløbet", true)
                        : Attachments.excel(List.of("Faktura", "Aktivér makroer for at se indholdet"), true));
            switch (i) {
                case 0 -> forgedHost(m);
                case 1 -> genuine(m, "127.46.2.1");
                default -> ownedBy(m, "fakturaportal-dk.com");
            }
            m.description = "macro-enabled Office invoice (" + x[i][1] + ") from " + domainOf(from);
        }
    }

    private void ceo() {
        Object[][] c = {{"Borgmester Jesper Frost Rasmussen", "borgmester.esbjerg@gmail.com", null, 0},
            {"Kommunaldirektør", "kommunaldirektoer@" + OWN, "k.direktoer@icloud.com", 1},
            {"Esbjerg Kommune - Direktionen", "direktion@esbjerg-kommune.dk", null, 2},
            {"Økonomichef", "oekonomichef.esbjerg@live.dk", null, 3}};
        for (Object[] x : c) {
            M m = mail("ceo-urgent-payment", true);
            int i = (Integer) x[3];
            String acc = FOREIGN[(i + 1) % FOREIGN.length];
            Mime mime = headers(m, (String) x[0], (String) x[1], "regnskab@esbjerg.dk",
                new String[] {"Fortroligt", "Hurtig opgave", "Betaling skal ske i dag", "Er du ved din pc?"}[i]);
            if (x[2] != null) {
                mime.header("Reply-To", (String) x[2]);
            }
            mime.text(new String[] {
                "Hej\n\nJeg sidder i møde resten af dagen. Vi skal betale depositum for et fortroligt opkøb af en grund i dag: "
                    + "EUR 48.500 til " + acc + ". Tal ikke med andre om det før det er offentligt.\n\nJesper\nSendt fra min iPhone",
                "Kan du klare en overførsel for mig inden kl. 14? 212.000 kr. til " + acc + ". Jeg forklarer senere.\n\nVh",
                "Til regnskab\n\nDirektionen har godkendt en hastebetaling til advokat vedr. forlig: DKK 375.000 til " + acc
                    + ". Bekræft når det er sket.\n\nDirektionen",
                "Hej, har du et øjeblik? Jeg har brug for at du betaler en faktura for mig i dag. Jeg sender kontonummeret: " + acc + "\n\nMvh"}[i]);
            switch (i) {
                case 0 -> genuine(m, "127.46.1.1");
                case 1 -> forgedHost(m);
                case 2 -> ownedBy(m, "esbjerg-kommune.dk");
                default -> genuine(m, "127.46.2.1");
            }
            m.description = "CEO/urgent payment from " + domainOf((String) x[1]) + (x[2] != null ? " with Reply-To icloud" : "")
                + ", foreign account";
        }
    }

    private void registrationScams() {
        Object[][] x = {{"nordic-business-register.com", "Nordic Business Register", "Registrering i Nordic Business Register 2027",
            iban("CY", "002001950000357001234567")}, {"eu-vat-listing.org", "EU VAT Listing Office", "VAT number listing - confirmation",
            iban("MT", "MALT011000012345MTLCAST001S")}, {"nordic-business-register.com", "Nordic Business Register", "Påmindelse: annonce i Erhvervskataloget",
            iban("BG", "BNBG96611020345678")}};
        for (int i = 0; i < x.length; i++) {
            M m = mail("registration-directory-scam", true);
            String d = (String) x[i][0];
            String n = no("REG");
            String acc = (String) x[i][3];
            Supplier s = new Supplier((String) x[i][1], d, "", "", "", acc, i == 1 ? "VAT number publication, 36 months" : "erhvervsregistrering, 12 mdr.");
            headers(m, (String) x[i][1], "office@" + d, to(), (String) x[i][2])
                .text(i == 1 ? "Dear Sir/Madam,\n\nYour entry has been updated. Please pay the registration fee of EUR 1.395 within 8 days to "
                    + acc + " quoting " + n + ". Terms apply.\n\nEU VAT Listing Office"
                    : "Kære kunde\n\nJeres registrering er fornyet jf. telefonisk aftale. Betal gebyret 9.870 kr. til " + acc
                    + " senest om 8 dage.\n\n" + x[i][1])
                .attach("application/pdf", "Invoice_" + n + ".pdf", pdf(m, s, n, new Amount("7.896,00", "1.974,00", "9.870,00"), acc, 1,
                    List.of("Nothing was ordered - small print: contract 3 years")));
            ownedBy(m, d);
            m.description = "unordered registration/directory invoice from " + d + ", " + acc.substring(5, 7) + " IBAN";
        }
    }

    private void fakeReminders() {
        M m = mail("fake-reminder-inkasso", true);
        String acc = FOREIGN[1];
        headers(m, "DK Inkassoservice", "sag@dk-inkassoservice.com", "regnskab@esbjerg.dk", "INKASSOVARSEL - sag 4471-2026")
            .text("Esbjerg Kommune\n\nVores klient har overdraget et ubetalt krav til inkasso. Hovedstol 14.300 kr. + gebyr 1.200 kr.\n"
                + "Betal senest inden 48 timer til " + acc + " for at undgå retslige skridt.\n\nDK Inkassoservice");
        ownedBy(m, "dk-inkassoservice.com");
        m.description = "fake debt-collection warning, 48 hours, foreign account";
        m = mail("fake-reminder-inkasso", true);
        acc = NEW_DK[0];
        headers(m, "DK Domænefornyelse", "fornyelse@dk-domaenefornyelse.com", "it-indkoeb@esbjerg.dk", "Sidste rykker: fornyelse af esbjerg.dk")
            .text("Domænet esbjerg.dk udløber om 3 dage. Betal fornyelsesgebyret 2.450 kr. til " + acc + " for at undgå at domænet lukkes.");
        ownedBy(m, "dk-domaenefornyelse.com");
        m.description = "fake domain-renewal reminder for our own domain, new DK account";
        m = mail("fake-reminder-inkasso", true);
        acc = FOREIGN[5];
        headers(m, nnit.name(), address(nnit), "regnskab@esbjerg.dk", "FINAL NOTICE - overdue invoice")
            .text("Dear customer,\n\nInvoice NN" + (20_000 + rnd.nextInt(70_000)) + " is 45 days overdue. Pay today to " + acc
                + " or the matter will go to debt collection.\n\nNNIT Accounts Receivable");
        forgedHost(m);
        m.description = "forged nnit.com (DMARC none) final notice, foreign account";
        m = mail("fake-reminder-inkasso", true);
        acc = NEW_DK[3];
        headers(m, "Hørkram Foodservice - Rykker", "hoerkram.rykker@gmail.com", "sundhed-omsorg@esbjerg.dk", "3. rykker + gebyr")
            .text("Hej\n\nFaktura fra september er ikke betalt. Vi har lagt 3 x 100 kr. i gebyr. Betal samlet 18.612,50 kr. til " + acc
                + " i dag.\n\nHørkram");
        genuine(m, "127.46.1.1");
        m.description = "fake reminder in a listed supplier's name from gmail, new DK account";
    }

    private void bankChangeLetters() {
        M m = mail("bank-change-letter", true);
        String acc = FOREIGN[7];
        headers(m, ao.name(), "debitor@a0.dk", "kreditorer@esbjerg.dk", "Ændring af bankoplysninger")
            .text("Kære samarbejdspartner\n\nVi skifter bank. Fremtidige betalinger skal ske til " + acc + ". Bekræft venligst "
                + "ændringen pr. mail - vi er svært tilgængelige på telefon i denne periode.\n\nBrødrene A & O Johansen A/S")
            .attach("application/pdf", "Bankskifte.pdf", Attachments.pdf(docId(m, "brev"), "Ændring af bankoplysninger", List.of("Ny konto: " + acc)));
        ownedBy(m, "a0.dk");
        m.description = "bank-change letter (no invoice) from look-alike a0.dk of listed ao.dk";
        m = mail("bank-change-letter", true);
        acc = NEW_DK[1];
        headers(m, lemu.name(), address(lemu), "kreditorer@esbjerg.dk", "Ny bankforbindelse")
            .text("Hej\n\nLemvigh-Müller har ny bankforbindelse: " + acc + ". Venligst opdater jeres system inden næste betalingskørsel.\n\n"
                + "Kundecenter Vest");
        forgedHost(m);
        m.description = "forged lemu.dk (no DMARC) bank-change letter, new DK account";
        m = mail("bank-change-letter", true);
        acc = iban("DK", "71390009988776");
        headers(m, "Coor Service Management", "coor.servicemanagement@outlook.com", "kreditorer@esbjerg.dk", "Updated remittance details")
            .text("Dear partner,\n\nPlease note our new remittance details with immediate effect: " + acc
                + ". Kindly confirm once updated.\n\nCoor Finance");
        genuine(m, "127.46.2.1");
        m.description = "bank-change letter in a listed supplier's name from outlook.com, new DK IBAN";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return output(allTest());
    }

    /** Writes the corpus under {@code dir} (mails/, zones/, labels.tsv, config.properties). */
    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus2().generate(), List.of(
            "# Esbjerg Kommune, Økonomi og Styring: invoice checks (second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list's largest mail senders; platforms we receive invoices through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=issworld.com ao.dk nnit.com coor.dk lemu.dk hoerkram.dk dinforsyning.dk "
                + "sydvest-toemrer.dk wuerth.dk kone.dk groenttorvet-vest.dk",
            "invoice.domains.platforms=tradeshift.com zervant.com debitoor.com",
            "invoice.names.protected=Esbjerg Kommune"));
    }
}
