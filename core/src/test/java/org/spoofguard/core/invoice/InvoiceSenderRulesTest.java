package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Rules added after the first corpus evaluation (docs/invoice.md, "Second round"): invoicing platforms, short
 * brand names, Danish letters in display names, free-mail mailbox names, free mail asking to be paid, confidential
 * transfers, and unknown Danish senders billing into foreign accounts. Each on its own mails, none from the corpus.
 */
class InvoiceSenderRulesTest {
    private static final InvoiceConfig CFG = InvoiceConfig.parse(Map.of("domains.suppliers",
            "kmd.dk, atea.dk, ramboll.dk, danfoss.dk", "domains.own", "horsens.dk", "names.protected",
            "Horsens Kommune"));
    private static final String DANISH = "DK5000400440116243";

    private static InvoiceVerdict inspect(byte[] mail, SenderVerdict v, BankMemory memory) {
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), v, Set.of(), memory);
    }

    /** The From domain authenticated itself (DMARC pass, aligned DKIM), sent from its own server. */
    private static SenderVerdict authenticated(String domain) {
        return Verdicts.of("ip=192.0.2.50;mailfrom=bounce@" + domain + ";spf=pass;dkim=pass:" + domain
                + ";dmarc=pass:" + domain + ":none");
    }

    private static byte[] invoice(String from, String accountLine) {
        return TestMail.create().from(from).subject("Faktura 5521")
                .text("Hermed faktura 5521. Beløbet bedes betalt til " + accountLine + " senest om 8 dage.")
                .attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("FAKTURA 5521",
                        "Betales til " + accountLine)))
                .bytes();
    }

    // ------------------------------------------------------------------ invoicing platforms

    @Test
    void aPlatformInvoiceForAnotherCustomerIsNotABankChange() {
        BankMemory memory = new BankMemory(null);
        memory.learn("e-conomic.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = inspect(invoice("Cykelsmeden ApS <noreply@e-conomic.dk>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("e-conomic.dk"), memory);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(v.lesson()).as("a platform's mail teaches no account history").isNull();
    }

    @Test
    void aKnownSuppliersNameOnAPlatformInvoiceStillKeepsItFromPassingUntouched() {
        // a fraudster can open a platform account in a supplier's name: the platform exemption covers only the
        // account history, never the name
        InvoiceVerdict v = inspect(invoice("Rambøll Danmark A/S via e-conomic <noreply@e-conomic.dk>",
                "IBAN DK95 2000 0123 4567 89"), authenticated("e-conomic.dk"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void anOrdinarySupplierStillHasItsHistoryCompared() {
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = inspect(invoice("Danfoss <faktura@danfoss.dk>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("danfoss.dk"), memory);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
    }

    @Test
    void platformsCanBeAddedAndTheBuiltInListDropped() {
        assertThat(InvoiceConfig.defaults().isPlatform("mail.e-conomic.dk")).isTrue();
        assertThat(InvoiceConfig.parse(Map.of("domains.platforms", "faktura-system.example")).isPlatform(
                "faktura-system.example")).isTrue();
        InvoiceConfig none = InvoiceConfig.parse(Map.of("domains.platforms", "none"));
        assertThat(none.isPlatform("e-conomic.dk")).isFalse();
    }

    // ------------------------------------------------------------------ short brand names, Danish letters

    @Test
    void aShortBrandPlusAWordIsALookalike() {
        InvoiceVerdict v = inspect(invoice("Atea Økonomi <faktura@atea-faktura.dk>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("atea-faktura.dk"), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void threeLettersInsideAnotherWordAreNoLookalike() {
        InvoiceVerdict v = inspect(invoice("Kmdesign <faktura@kmdesign-studio.dk>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("kmdesign-studio.dk"), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isFalse();
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).isFalse();
    }

    @Test
    void aShortBrandInAFreeMailDisplayNameIsImpersonation() {
        InvoiceVerdict v = inspect(invoice("KMD Faktura <kreditor.dk1@hotmail.com>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("hotmail.com"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void danishLettersAreComparedAsDomainsSpellThem() {
        InvoiceVerdict v = inspect(invoice("Rambøll Danmark <r.dk.2026@outlook.com>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("outlook.com"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(SpoofSignals.foldings("søborg å")).contains("soborg aa", "soeborg a");
    }

    @Test
    void anAuthenticatedOutsiderNeedsFourLettersForTheOrganisationSignal() {
        // "KMD" as a word in an authenticated company's own display name: too short to count there
        InvoiceVerdict kmd = inspect(invoice("Bo KMD Jensen ApS <faktura@jensen-vvs.dk>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("jensen-vvs.dk"), null);
        assertThat(kmd.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(kmd.summary()).isFalse();
        assertThat(kmd.action()).as(kmd.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a four-letter brand is one: "Atea Danmark" from an unrelated authenticated domain
        InvoiceVerdict atea = inspect(invoice("Atea Danmark <faktura@jensen-vvs.dk>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("jensen-vvs.dk"), null);
        assertThat(atea.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(atea.summary()).isTrue();
        assertThat(atea.action()).as(atea.summary()).isEqualTo(InvoiceAction.TAG);
    }

    // ------------------------------------------------------------------ free mail

    @Test
    void aFreeMailMailboxNamedAfterASupplierIsImpersonation() {
        InvoiceVerdict v = inspect(invoice("Debitor <atea.debitor@outlook.com>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("outlook.com"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.reasons()).anyMatch(r -> r.evidence().contains("free-mail address atea.debitor@outlook.com"));
    }

    @Test
    void aFreeMailMailboxWithOurTownsNameIsOnlyImpersonationBesideAnOfficialWord() {
        // our domain is our town's name, which its photographers and bike shops carry in their mailbox names
        // (the sixteenth held-out corpus: "toender.foto@hotmail.com", a genuine first invoice, was quarantined)
        for (String local : List.of("horsens.foto", "ry.horsens.cykler", "horsens1999", "kim.horsens")) {
            SpoofSignals s = SpoofSignals.evaluate(authenticated("hotmail.com"), "Foto <" + local + "@hotmail.com>",
                    "", "", CFG);
            assertThat(s.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(local).isFalse();
        }
        for (String local : List.of("horsens.kommune", "horsenskommune", "kommune-horsens", "horsens.kreditor",
                "oekonomi.horsens", "horsens.dk", "horsensfaktura")) {
            SpoofSignals s = SpoofSignals.evaluate(authenticated("gmail.com"), "Kim <" + local + "@gmail.com>",
                    "", "", CFG);
            assertThat(s.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(local).isTrue();
        }
    }

    @Test
    void ourTownsNameInAFreeMailDisplayNameIsImpersonationOnlyBesideAWordOfOurAdministration() {
        // the town's name is its yoga teacher's and carpenter's too (the eighty-fourth held-out corpus: "Yoga i
        // Brøndby v/ Nadia Rahimi" on gmail, a genuine invoice, was quarantined); the municipality is claimed by
        // its departments' words
        SenderVerdict unauthenticated = Verdicts.of("ip=203.0.113.9;mailfrom=x@horsens-byg.example;spf=none;"
                + "dkim=none;dmarc=none");
        for (String name : List.of("Yoga i Horsens v/ Nadia Rahimi", "Horsens Tømrer", "Foto Horsens",
                "Horsens Vinduespolering ApS")) {
            for (SenderVerdict sender : List.of(authenticated("gmail.com"), unauthenticated)) {
                SpoofSignals s = SpoofSignals.evaluate(sender, name + " <studio.nadia@gmail.com>", "", "", CFG);
                assertThat(s.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(name).isFalse();
            }
        }
        for (String name : List.of("Horsens Økonomi", "Horsens Lønafdeling", "Horsens Kreditor", "Horsens IT",
                "Borgerservice Horsens", "Horsens Forvaltning", "Jobcenter Horsens", "Horsens Betaling",
                "Horsens Rådhus", "Horsens Kommune", "horsens.dk")) {
            for (SenderVerdict sender : List.of(authenticated("gmail.com"), unauthenticated)) {
                SpoofSignals s = SpoofSignals.evaluate(sender, name + " <studio.nadia@gmail.com>", "", "", CFG);
                assertThat(s.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(name).isTrue();
            }
        }
        // without names.protected the bare name is all the admin gave us: it still counts
        InvoiceConfig bare = InvoiceConfig.parse(Map.of("domains.own", "horsens.dk"));
        assertThat(SpoofSignals.evaluate(authenticated("gmail.com"), "Horsens Tømrer <studio.nadia@gmail.com>", "",
                "", bare).has(SignalNames.DISPLAY_NAME_IMPERSONATION)).isTrue();
    }

    @Test
    void aFreeMailMailboxOnlyMatchesWholeWords() {
        SpoofSignals s = SpoofSignals.evaluate(authenticated("gmail.com"), "Per <kmdesigner@gmail.com>", "", "",
                CFG);
        assertThat(s.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).isFalse();
    }

    @Test
    void freeMailAskingToBePaidIsNeverAnAuthenticatedSupplier() {
        InvoiceVerdict v = inspect(note("Jens Hansen <jens.h.1970@gmail.com>", "Faktura 5521",
                "Beløbet for faktura 5521 bedes betalt til reg. 0040 konto 0440116243 senest om 8 dage."),
                authenticated("gmail.com"), null);
        assertThat(v.has(SignalNames.FREEMAIL_SENDER)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.AUTHENTICATED_SENDER)).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        assertThat(v.lesson()).isNull();
    }

    @Test
    void aCitizensQuestionFromFreeMailIsLeftAlone() {
        byte[] mail = TestMail.create().from("Karen Lund <karen.lund@gmail.com>").subject("Spørgsmål om rykker")
                .text("Hej. Jeg har fået en rykker for daginstitution, men jeg mener at have betalt. Kan I se på det?")
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("gmail.com"), null);
        assertThat(v.has(SignalNames.FREEMAIL_SENDER)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ confidential transfers (CEO fraud)

    @Test
    void aConfidentialTransferFromFreeMailIsTagged() {
        byte[] mail = TestMail.create().from("Peter Sørensen <p.sorensen.mobil@gmail.com>").subject("Hurtig opgave")
                .text("Hej. Jeg skal bruge en fortrolig overførsel i dag på DKK 48.200 til IBAN "
                        + "LT12 1000 0111 0100 1000. Det må ikke omtales endnu. Svar kun her.")
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("gmail.com"), null);
        assertThat(v.has(SignalNames.CONFIDENTIAL_TRANSFER)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FREEMAIL_SENDER)).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void keepThisConfidentialWithAWireTransfer() {
        Vocabulary.Hits h = Vocabulary.scan("Are you free? I need an urgent wire transfer processed today. "
                + "Keep this confidential until the deal is announced.", 10_000);
        assertThat(h.confidential).isNotEmpty();
    }

    @Test
    void aLegalFooterIsNoConfidentialTransfer() {
        Vocabulary.Hits h = Vocabulary.scan("Please find attached invoice 1182. Payment within 30 days to our usual "
                + "account.\n\nThis e-mail and any attachments are confidential and intended solely for the "
                + "addressee. If you have received it in error, please notify the sender and delete it.", 10_000);
        assertThat(h.confidential).isEmpty();
        Vocabulary.Hits da = Vocabulary.scan("Vedlagt faktura. Betaling til sædvanlig konto.\n\nDenne e-mail kan "
                + "indeholde fortrolige oplysninger og er kun beregnet for modtageren.", 10_000);
        assertThat(da.confidential).isEmpty();
    }

    @Test
    void anAuthenticatedOrganisationsConfidentialPaymentIsNotARisk() {
        byte[] mail = TestMail.create().from("Økonomi <okonomi@danfoss.dk>").subject("Faktura 881")
                .text("Vedlagt faktura 881. Fortrolig betaling af fratrædelsesgodtgørelse, jf. aftale.").bytes();
        InvoiceVerdict v = inspect(mail, authenticated("danfoss.dk"), null);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ unknown Danish payee abroad

    @Test
    void anUnknownDanishSenderBillingIntoAForeignAccountIsARisk() {
        InvoiceVerdict v = inspect(invoice("Erhvervsregistret DK <faktura@erhvervs-registret.dk>",
                "IBAN PL61 1090 1014 0000 0712 1981 2874"), authenticated("erhvervs-registret.dk"), null);
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    // ------------------------------------------------------------------ nineteenth round: a made-up invoice from abroad

    private static byte[] englishInvoice(String from, String terms, String pdfExtra) {
        return TestMail.create().from(from).subject("Invoice BHE-2281 - quay inspection")
                .text("Dear Accounts Payable,\n\nAttached is our invoice for the quay inspection agreed with your "
                        + "harbour department. EUR 14,750.00 is payable " + terms
                        + " to IBAN PL61 1090 1014 0000 0712 1981 2874.\n\nRegards")
                .attach("application/pdf", "BHE-2281.pdf", TestFiles.pdf(List.of("INVOICE BHE-2281",
                        "Quay inspection EUR 14,750.00", pdfExtra, "IBAN PL61 1090 1014 0000 0712 1981 2874")))
                .bytes();
    }

    @Test
    void aStrangersInvoiceIntoAnAccountAbroadWithoutVatAndDaysToPayIsTagged() {
        InvoiceVerdict v = inspect(englishInvoice("Baltic Harbour Engineering <billing@baltic-harbour.example>",
                "within 5 days", "Thank you"), authenticated("baltic-harbour.example"), null);
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isTrue();
        assertThat(v.reasons()).anyMatch(r -> r.evidence().contains("names no VAT") && r.evidence().contains("within 5 days"));
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict receipt = inspect(englishInvoice("Baltic Harbour Engineering <billing@baltic-harbour.example>",
                "on receipt", "Thank you"), authenticated("baltic-harbour.example"), null);
        assertThat(receipt.action()).as(receipt.summary()).isEqualTo(InvoiceAction.TAG);
        // goods held until paid: the customs and parcel scam's term
        InvoiceVerdict held = inspect(englishInvoice("Harbour Freight Services <billing@harbour-freight.example>",
                "in full; the goods will be released once payment has been received", "Thank you"),
                authenticated("harbour-freight.example"), null);
        assertThat(held.has(SignalNames.SHORT_PAYMENT_TERM)).as(held.summary()).isTrue();
        assertThat(held.action()).as(held.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aBillingSystemsInvoiceFromAbroadIsNot() {
        // a billing system names the VAT numbers and the reverse charge (EU VAT Directive art. 226)
        InvoiceVerdict vat = inspect(englishInvoice("HubSpot <billing@hubspot.example>", "within 5 days",
                "VAT reg. IE9849471F. Reverse charge: customer to account for VAT"), authenticated("hubspot.example"), null);
        assertThat(vat.has(SignalNames.TAX_REFERENCE)).as(vat.summary()).isTrue();
        assertThat(vat.action()).as(vat.summary()).isEqualTo(InvoiceAction.DELIVER);
        // the usual 30 days
        InvoiceVerdict net30 = inspect(englishInvoice("HubSpot <billing@hubspot.example>", "within 30 days",
                "Thank you"), authenticated("hubspot.example"), null);
        assertThat(net30.has(SignalNames.SHORT_PAYMENT_TERM)).as(net30.summary()).isFalse();
        assertThat(net30.action()).as(net30.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a Polish company paid in Poland is a foreign supplier, not a payee abroad
        InvoiceVerdict home = inspect(englishInvoice("Port Serwis <faktury@port-serwis.pl>", "within 7 days",
                "Thank you"), authenticated("port-serwis.pl"), null);
        assertThat(home.has(SignalNames.BANK_COUNTRY_NEW)).as(home.summary()).isFalse();
        assertThat(home.action()).as(home.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void anAccountSaidToBeClosedOrFrozenIsABankChange() {
        for (String text : List.of("Min regning skal betales til Reg.nr. 5301 Kontonr. 0007712903, da den gamle konto er lukket.",
                "Our account has been frozen during an audit; please pay to IBAN GB33 BUKB 2020 1555 5555 55.",
                "Unser Konto ist gesperrt.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isNotEmpty();
        }
        assertThat(Vocabulary.scan("Kontoen er ikke lukket, betal som sædvanlig.", 1_000).bankChange).isEmpty();
        assertThat(Vocabulary.scan("Butikken er lukket i uge 42.", 1_000).bankChange).isEmpty();
        // the sole trader's "business mail is down" story with a closed account: a stranger's change, tagged
        InvoiceVerdict v = inspect(note("Bo Lindholm <bo.lindholm.maler@gmail.com>", "Min firmamail virker ikke",
                "Min mail på firmadomænet er nede, så jeg skriver herfra. Min regning for Højby Skole skal betales til "
                        + "Reg.nr. 5301 Kontonr. 0007712903, da den gamle konto er lukket."), authenticated("gmail.com"), null);
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aStrangersLoginLinkIsTaggedWhateverThePretext() {
        byte[] voicemail = TestMail.create().from("Teams Voicemail <noreply@voicemail-besked.example>")
                .subject("Du har 1 ny talebesked fra kommunaldirektøren")
                .html("<p>Mette Galten har lagt en talebesked til dig (0:31).</p><p>Beskeden er markeret som fortrolig "
                        + "og kan kun afspilles efter log-on: <a href=\"https://voicemail-besked.example/t/289a\">Afspil</a></p>")
                .bytes();
        InvoiceVerdict v = inspect(voicemail, authenticated("voicemail-besked.example"), null);
        assertThat(v.has(SignalNames.LINK_ACTION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // the same button from a listed supplier is its portal
        InvoiceVerdict known = inspect(new String(voicemail, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("voicemail-besked.example", "kmd.dk").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                authenticated("kmd.dk"), null);
        assertThat(known.action()).as(known.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a newsletter's "Læs mere" is no login
        InvoiceVerdict news = inspect(TestMail.create().from("Nyhedsbrev <nyt@udbud.example>").subject("Ugens udbud")
                .html("<p>Tre nye udbud i Region Midt. <a href=\"https://udbud.example/uge42\">Læs mere</a></p>").bytes(),
                authenticated("udbud.example"), null);
        assertThat(news.action()).as(news.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void anAmountSentToAnAccountIsAnOrderToPayAndATemporaryAccountIsANewOne() {
        assertThat(Vocabulary.scan("Modpartens advokat skal have 162.000 kr. i dag til IBAN GB95 MONZ 0400 0412 9833 44.",
                1_000).instruction).isNotEmpty();
        assertThat(Vocabulary.scan("Vi har overført 12.000 kr. til jeres konto.", 1_000).instruction).isEmpty();
        InvoiceVerdict ceo = inspect(note("Ole Hørning <ole.hoerning@icloud.com>", "Fortroligt - forlig",
                "Vi har indgået forlig i en personalesag. Modpartens advokat skal have 162.000 kr. i dag til IBAN GB95 "
                        + "MONZ 0400 0412 9833 44. Jeg godkender bilaget, når jeg er tilbage."), authenticated("icloud.com"), null);
        assertThat(ceo.has(SignalNames.FREEMAIL_SENDER)).as(ceo.summary()).isTrue();
        assertThat(ceo.action()).as(ceo.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        assertThat(Vocabulary.scan("skal restancen overføres i dag til vores midlertidige konto Reg.nr. 8117", 1_000)
                .newAccount).isNotEmpty();
        assertThat(Vocabulary.scan("Med underskrift bestilles 3 års markedsføring à 1.290 EUR", 1_000).offer).isNotEmpty();
        // what signing orders is years of something, whatever the form calls it
        assertThat(Vocabulary.scan("Ved underskrift bestilles 3 års opslag à 1.190 EUR", 1_000).offer).isNotEmpty();
        assertThat(Vocabulary.scan("Ved underskrift bekræftes modtagelsen af varerne.", 1_000).offer).isEmpty();
    }

    @Test
    void anAccountInsteadOfNemKontoIsABankChange() {
        // public bodies pay businesses and citizens to their NemKonto (lov om offentlige betalinger)
        assertThat(Vocabulary.scan("Beløbet bedes sat ind på vores firmakonto Reg.nr. 6695 Kontonr. 0008841173, da "
                + "NemKonto ikke er oprettet endnu.", 1_000).bankChange).isNotEmpty();
        assertThat(Vocabulary.scan("Betal uden om NemKonto til Reg.nr. 6695 Kontonr. 0008841173.", 1_000).bankChange)
                .isNotEmpty();
        assertThat(Vocabulary.scan("Tilskuddet udbetales som altid til jeres NemKonto.", 1_000).bankChange).isEmpty();
    }

    @Test
    void germanAndDutchInvoiceWordsCount() {
        assertThat(Vocabulary.scan("Anbei die Rechnung R9015 für die Ersatzteile.", 1_000).invoice).isNotEmpty();
        assertThat(Vocabulary.scan("Hierbij de factuur voor de levering.", 1_000).invoice).isNotEmpty();
        assertThat(Vocabulary.scan("Mit freundlichen Grüßen, Förde Elektro, Rechnungswesen", 1_000).invoice).isEmpty();
    }

    @Test
    void termsTaxWordsAndTheEnglishBedesBetalt() {
        Vocabulary.Hits h = Vocabulary.scan("The share is to be paid to the project account IBAN MT93 VALL. "
                + "Betaling inden 3 dage.", 1_000);
        assertThat(h.instruction).isNotEmpty();
        assertThat(h.shortTerm).isEqualTo("within 3 dage".replace("within", "inden"));
        assertThat(h.tax).isNull();
        assertThat(Vocabulary.scan("Zahlbar innerhalb von 7 Tagen. USt-IdNr. DE123456789", 1_000).shortTerm)
                .isEqualTo("innerhalb 7 tagen");
        assertThat(Vocabulary.scan("Zahlbar innerhalb von 7 Tagen. USt-IdNr. DE123456789", 1_000).tax).isEqualTo("ust");
        assertThat(Vocabulary.scan("Netto 8 dage. Moms 25 %", 1_000).shortTerm).isNull();
        assertThat(Vocabulary.scan("within 14 days", 1_000).shortTerm).isNull();
        assertThat(Vocabulary.scan("Reverse charge", 1_000).tax).isEqualTo("reverse charge");
        assertThat(Vocabulary.scan("It has been paid to your account already", 1_000).instruction).isEmpty();
        // the window counts words, not the pieces of an amount
        assertThat(Vocabulary.scan("Indbetal venligst garantibeløbet på 59.211,00 kr. (5 %) til programmets "
                + "escrow-konto IBAN DE44 5001 0517 5407 3249 31", 1_000).instruction).isNotEmpty();
    }

    @Test
    void theFirstContactAbroadIsTaggedOnceThenTheAccountIsKnown() {
        BankMemory memory = new BankMemory(null);
        byte[] first = invoice("Nordisk Kontor <faktura@nordisk-kontor.dk>", "IBAN SE45 5000 0000 0583 9825 7466");
        InvoiceVerdict v1 = inspect(first, authenticated("nordisk-kontor.dk"), memory);
        assertThat(v1.action()).as(v1.summary()).isEqualTo(InvoiceAction.TAG);
        assertThat(v1.lesson()).as("an authenticated first contact teaches its account").isNotNull();
        assertThat(v1.lesson().provisional()).as("a tagged first contact vouches for no name").isTrue();
        memory.learn(v1.lesson().orgDomain(), v1.lesson().ids(), Instant.parse("2026-10-01T10:00:00Z"),
                v1.lesson().provisional());
        assertThat(memory.domains()).as("no remembered supplier yet").isEmpty();
        InvoiceVerdict v2 = inspect(first, authenticated("nordisk-kontor.dk"), memory);
        assertThat(v2.action()).as(v2.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(v2.lesson().provisional()).as("its clean second invoice vouches").isFalse();
        memory.learn(v2.lesson().orgDomain(), v2.lesson().ids(), Instant.parse("2026-10-02T10:00:00Z"),
                v2.lesson().provisional());
        assertThat(memory.domains()).containsExactly("nordisk-kontor.dk");
        InvoiceVerdict changed = inspect(invoice("Nordisk Kontor <faktura@nordisk-kontor.dk>",
                "IBAN PL61 1090 1014 0000 0712 1981 2874"), authenticated("nordisk-kontor.dk"), memory);
        assertThat(changed.has(SignalNames.BANK_ACCOUNT_NEW)).as(changed.summary()).isTrue();
    }

    @Test
    void aTaggedFirstContactDoesNotMakeTheGenuinePartnerALookAlike() {
        // seen in the sixteenth held-out corpus: a forger's authenticated amt-suedtondern.com invoice (German IBAN)
        // was decided first and tagged; its account was learned, its domain became a "remembered supplier", and the
        // genuine Amt Südtondern's own call for the agreed share then looked like a look-alike of the forger
        BankMemory memory = new BankMemory(null);
        InvoiceVerdict forged = inspect(invoice("Amt Südtondern <projekt@amt-suedtondern.com>",
                "IBAN DE89 3704 0044 0532 0130 00"), authenticated("amt-suedtondern.com"), memory);
        assertThat(forged.action()).as(forged.summary()).isEqualTo(InvoiceAction.TAG);
        memory.learn(forged.lesson().orgDomain(), forged.lesson().ids(), Instant.parse("2026-10-01T10:00:00Z"),
                forged.lesson().provisional());
        InvoiceVerdict genuine = inspect(invoice("Amt Südtondern <kasse@amt-suedtondern.de>",
                "IBAN DE02 1203 0000 0000 2020 51"), authenticated("amt-suedtondern.de"), memory);
        assertThat(genuine.reasons()).as(genuine.summary()).noneMatch(r -> r.evidence().contains("amt-suedtondern.com"));
    }

    @Test
    void aFirstContactAbroadWithAnotherRiskTeachesNothing() {
        byte[] mail = TestMail.create().from("Nordisk Kontor <faktura@nordisk-kontor.dk>").subject("Faktura 77")
                .text("Faktura 77. Bemærk vores nye bankoplysninger: IBAN PL61 1090 1014 0000 0712 1981 2874.")
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("nordisk-kontor.dk"), new BankMemory(null));
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.lesson()).isNull();
    }

    @Test
    void aConfiguredSupplierWithAForeignAccountIsNot() {
        InvoiceVerdict supplier = inspect(invoice("Atea <faktura@atea.dk>", "IBAN SE45 5000 0000 0583 9825 7466"),
                authenticated("atea.dk"), null);
        assertThat(supplier.has(SignalNames.BANK_COUNTRY_NEW)).as(supplier.summary()).isFalse();
        assertThat(supplier.action()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aKnownSupplierKeepsItsOwnForeignAccount() {
        BankMemory memory = new BankMemory(null);
        memory.learn("nordisk-el.dk", List.of("SE4550000000058398257466"), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = inspect(invoice("Nordisk El <faktura@nordisk-el.dk>", "IBAN SE45 5000 0000 0583 9825 7466"),
                authenticated("nordisk-el.dk"), memory);
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ third round (held-out corpus as tuning data)

    private static final InvoiceConfig SHORT = InvoiceConfig.parse(Map.of("domains.suppliers", "eg.dk gk.dk ncc.dk",
            "domains.own", "horsens.dk", "names.protected", "Horsens Kommune"));

    private static InvoiceVerdict inspectShort(byte[] mail, SenderVerdict v) {
        return new InvoiceInspector(SHORT).inspect(new ByteArrayInputStream(mail), v, Set.of(), null);
    }

    @Test
    void aPlatformInvoiceInAShortListedSuppliersNameIsNotUntouched() {
        for (String name : List.of("EG A/S", "NCC Danmark A/S")) {
            InvoiceVerdict v = inspectShort(invoice(name + " <noreply@visma.net>", "IBAN DK95 2000 0123 4567 89"),
                    authenticated("visma.net"));
            assertThat(v.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // the same two letters in an ordinary authenticated company's name are nothing
        InvoiceVerdict other = inspectShort(invoice("Eg og Bøg Snedkeri <faktura@egogbog.dk>",
                "IBAN DK95 2000 0123 4567 89"), authenticated("egogbog.dk"));
        assertThat(other.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(other.summary()).isFalse();
    }

    @Test
    void aTwoLetterBrandPlusAWordIsALookalike() {
        SpoofSignals s = SpoofSignals.evaluate(authenticated("gk-danmark.com"), "GK <debitor@gk-danmark.com>", "", "",
                SHORT);
        assertThat(s.has(SignalNames.EMBEDDED_DOMAIN)).as(s.signals().toString()).isTrue();
        SpoofSignals inside = SpoofSignals.evaluate(authenticated("gkrafik-studio.dk"), "x@gkrafik-studio.dk", "", "",
                SHORT);
        assertThat(inside.has(SignalNames.EMBEDDED_DOMAIN)).isFalse();
    }

    @Test
    void aDanishWrittenFirstInvoiceFromADotComIntoAForeignAccountIsTagged() {
        InvoiceVerdict v = inspect(invoice("Firmakatalog <billing@eu-firmakatalog.com>",
                "IBAN LT12 1000 0111 0100 1000"), authenticated("eu-firmakatalog.com"), null);
        assertThat(v.has(SignalNames.FOREIGN_IBAN)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aForeignCompanyBillingInEnglishIntoItsOwnCountrysAccountIsNot() {
        byte[] mail = TestMail.create().from("Billing <billing@saas.example.com>").subject("Your invoice INV-2211")
                .text("Dear customer, please find attached your invoice for the annual plan. The amount will be "
                        + "paid to our account IBAN NL91 ABNA 0417 1643 00 within 14 days. Thank you for your "
                        + "business. Kind regards, the billing team")
                .attach("application/pdf", "INV-2211.pdf", TestFiles.pdf(List.of("INVOICE INV-2211",
                        "IBAN NL91 ABNA 0417 1643 00")))
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("saas.example.com"), null);
        assertThat(v.has(SignalNames.FOREIGN_IBAN)).as(v.summary()).isFalse();
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aDkWordInTheDomainIsDanishLooking() {
        assertThat(MimeScan.danishLooking("erhvervsregister-dk.com", new Vocabulary.Hits())).isNotEmpty();
        assertThat(MimeScan.danishLooking("kontor.dk", new Vocabulary.Hits())).isNotEmpty();
        assertThat(MimeScan.danishLooking("dkmail.com", new Vocabulary.Hits())).isEmpty();
    }

    @Test
    void aListedSupplierMayZipItsInvoice() {
        byte[] mail = TestMail.create().from("Atea <faktura@atea.dk>").subject("Faktura 311 og servicerapport")
                .text("Vedlagt faktura 311 og servicerapport i en samlet fil.")
                .attach("application/zip", "faktura-311.zip", InvoiceTuningTest.zip("faktura-311.pdf",
                        TestFiles.pdf(List.of("FAKTURA 311", "Betales til reg. 0040 konto 0440116243"))))
                .bytes();
        InvoiceVerdict supplier = inspect(mail, authenticated("atea.dk"), null);
        assertThat(supplier.has(SignalNames.ARCHIVED_INVOICE)).as(supplier.summary()).isTrue();
        assertThat(supplier.action()).as(supplier.summary()).isEqualTo(InvoiceAction.DELIVER);
        byte[] stranger = new String(mail, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("Atea <faktura@atea.dk>", "Faktura <faktura@fakturacenter.example>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        InvoiceVerdict unknown = inspect(stranger, authenticated("fakturacenter.example"), null);
        assertThat(unknown.action()).as(unknown.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aForgedMailThatOnlyTalksAboutInvoicesIsTaggedNotHeld() {
        SenderVerdict forged = Verdicts.of("ip=203.0.113.9;mailfrom=bounce@esp.example;spf=pass;dkim=pass:esp.example;"
                + "dmarc=fail:branche.example.dk:quarantine");
        byte[] talk = TestMail.create().from("Nyhedsbrev <nyt@branche.example.dk>").subject("Nyt om e-faktura og "
                + "fakturering i 2027").text("Læs om de nye regler for faktura til det offentlige.").bytes();
        InvoiceVerdict v = inspect(talk, forged, null);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict withInvoice = inspect(invoice("Nyhedsbrev <nyt@branche.example.dk>",
                "IBAN DK95 2000 0123 4567 89"), forged, null);
        assertThat(withInvoice.action()).as(withInvoice.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    // ------------------------------------------------------------------ fourth round (second held-out as tuning data)

    private static SenderVerdict silentDomain(String domain) {
        return Verdicts.of("ip=198.51.100.7;mailfrom=post@" + domain + ";spf=none;dkim=none;dmarc=none");
    }

    @Test
    void aListedSupplierThatPublishesNothingIsNotCountedAsForgedForItsOrdinaryInvoice() {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "smedie-vest.dk"));
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(invoice(
                "Smedie Vest <post@smedie-vest.dk>", "reg. 0040 konto 0440116243")), silentDomain("smedie-vest.dk"),
                Set.of(), null);
        assertThat(v.has(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void butWhenItAsksForChangedBankDetailsItIs() {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "smedie-vest.dk"));
        byte[] mail = TestMail.create().from("Smedie Vest <post@smedie-vest.dk>").subject("Faktura 902")
                .text("Faktura 902 vedlagt. Bemærk vores nye bankoplysninger: reg. 0040 konto 0440116243.")
                .attach("application/pdf", "Faktura_902.pdf", TestFiles.pdf(List.of("FAKTURA 902")))
                .bytes();
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(mail),
                silentDomain("smedie-vest.dk"), Set.of(), null);
        assertThat(v.has(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void aSupplierWithAuthenticatedHistoryIsExpectedToAuthenticate() {
        BankMemory memory = new BankMemory(null);
        memory.learn("smedie-vest.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = new InvoiceInspector(InvoiceConfig.defaults()).inspect(new ByteArrayInputStream(invoice(
                "Smedie Vest <post@smedie-vest.dk>", "reg. 0040 konto 0440116243")), silentDomain("smedie-vest.dk"),
                Set.of(), memory);
        assertThat(v.has(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED)).as(v.summary()).isTrue();
    }

    @Test
    void anUnauthenticatedAuthorsForeignIbanIsNoFirstContact() {
        SenderVerdict forged = Verdicts.of("ip=203.0.113.9;mailfrom=x@elsewhere.example;spf=pass;dkim=none;"
                + "dmarc=fail:nabokommune.dk:reject");
        InvoiceVerdict v = inspect(invoice("Kollega <k@nabokommune.dk>", "IBAN LT12 1000 0111 0100 1000"), forged,
                null);
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isFalse();
    }

    @Test
    void talkAboutChangedBankDetailsWithoutAnAccountIsNoWayToPay() {
        SenderVerdict forged = Verdicts.of("ip=203.0.113.9;mailfrom=bounce@esp.example;spf=pass;dkim=pass:esp.example;"
                + "dmarc=fail:forening.example.dk:none");
        byte[] warning = TestMail.create().from("Foreningen <nyt@forening.example.dk>").subject("Advarsel: falske "
                + "fakturaer").text("Svindlere sender fakturaer med ændrede bankoplysninger. Ring altid og bekræft.")
                .bytes();
        InvoiceVerdict v = inspect(warning, forged, null);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    // ------------------------------------------------------------------ fifth round (third held-out as tuning data)

    @Test
    void aPlatformInvoiceInASuppliersNamePayingItsKnownAccountIsUntouched() {
        BankMemory memory = new BankMemory(null);
        memory.learn("ramboll.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = inspect(invoice("Rambøll Danmark A/S via e-conomic <noreply@e-conomic.dk>",
                "IBAN DK50 0040 0440 1162 43"), authenticated("e-conomic.dk"), memory);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(v.has(SignalNames.AUTHENTICATED_SENDER)).as(v.summary()).isTrue();
        assertThat(v.lesson()).as("a platform account confirms, never teaches").isNull();
    }

    @Test
    void aPlatformInvoiceInASuppliersNameIntoAnotherAccountIsABankChange() {
        BankMemory memory = new BankMemory(null);
        memory.learn("ramboll.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = inspect(invoice("Rambøll Danmark A/S via e-conomic <noreply@e-conomic.dk>",
                "IBAN DK95 2000 0123 4567 89"), authenticated("e-conomic.dk"), memory);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.reasons().stream().filter(r -> r.name().equals(SignalNames.BANK_ACCOUNT_NEW)).findFirst()
                .orElseThrow().evidence()).contains("DK50", "DK95", "ramboll.dk");
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void ourOwnOrganisationsNameFromAnAuthenticatedOutsiderIsImpersonation() {
        byte[] mail = TestMail.create().from("Horsens Kommune - Økonomi <okonomi@betalings-besked.example>")
                .subject("Opdatering af leverandørbetaling")
                .text("Hej. Vi beder jer registrere følgende konto til kommende betalinger: IBAN DK95 2000 0123 4567 89.")
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("betalings-besked.example"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_CHANGE)).as("redirecting future payments").as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aLocalBusinessCarryingTheTownsNameIsNotOurOrganisation() {
        InvoiceVerdict v = inspect(invoice("Horsens Rengøring ApS <faktura@horsensrengoering.example>",
                "IBAN DK95 2000 0123 4567 89"), authenticated("horsensrengoering.example"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aPublicDigitalServicesNameFromElsewhereIsImpersonation() {
        byte[] mail = TestMail.create().from("e-Boks <besked@eboks-besked.example>")
                .subject("Du har modtaget en faktura i Digital Post")
                .html("<p>Du har en ulæst faktura. Log på med MitID for at betale den.</p>"
                        + "<a href=\"https://eboks-besked.example/login\">Log på</a>").bytes();
        InvoiceVerdict v = inspect(mail, authenticated("eboks-besked.example"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict real = inspect(TestMail.create().from("e-Boks <noreply@e-boks.dk>").subject("Ny post")
                .text("Du har modtaget ny post.").bytes(), authenticated("e-boks.dk"), null);
        assertThat(real.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(real.summary()).isFalse();
    }

    @Test
    void anOfferThatSigningAcceptsIsAnInvoiceTrap() {
        byte[] da = TestMail.create().from("Erhvervsregistret <info@erhvervsregistret.example>")
                .subject("Bekræftelse af oplysninger")
                .text("Jeres oplysninger skal bekræftes. Ved underskrift accepteres optagelse i registret i 3 år "
                        + "á 7.900 kr. pr. år.")
                .attach("application/pdf", "formular.pdf", TestFiles.pdf(List.of("Faktura / registreringsformular",
                        "Pris 7.900 kr. pr. år")))
                .bytes();
        InvoiceVerdict v = inspect(da, authenticated("erhvervsregistret.example"), null);
        assertThat(v.has(SignalNames.UNORDERED_OFFER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        byte[] en = TestMail.create().from("Directory <info@directory.example>").subject("Update your entry")
                .text("Signing the form constitutes an order of 995 EUR per year. Pay to IBAN "
                        + "MT84 MALT 0110 0001 2345 MTLC AST0 01S.").bytes();
        assertThat(inspect(en, authenticated("directory.example"), null).has(SignalNames.UNORDERED_OFFER)).isTrue();
    }

    @Test
    void aGenuineInvoicesTermsFooterIsNoTrap() {
        byte[] mail = TestMail.create().from("Tømrer Hansen <faktura@toemrerhansen.example>").subject("Faktura 88")
                .text("Hermed faktura 88 for ordre 4411. Ved betaling accepteres vores salgs- og "
                        + "leveringsbetingelser. Betaling for ordren til IBAN DK95 2000 0123 4567 89.")
                .attach("application/pdf", "Faktura_88.pdf", TestFiles.pdf(List.of("FAKTURA 88")))
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("toemrerhansen.example"), null);
        assertThat(v.has(SignalNames.UNORDERED_OFFER)).as(v.summary()).isFalse();
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aStrangerCollectingForASupplierIntoItsOwnAccountIsNotUntouched() {
        byte[] mail = TestMail.create().from("Inkasso Syd <sag@inkasso-syd.example>").subject("Inkassovarsel 4471")
                .text("Vi er anmodet af Danfoss A/S om at inddrive ubetalt faktura 4471. Betales inden 3 dage til "
                        + "IBAN DK95 2000 0123 4567 89.")
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("inkasso-syd.example"), null);
        assertThat(v.has(SignalNames.PAYEE_FOR_SUPPLIER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aThirdPartySendingTheSuppliersOwnKnownAccountIsHarmless() {
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        byte[] mail = TestMail.create().from("Bogholderiet <bogholder@regnskab.example>").subject("Faktura 77")
                .text("På vegne af Danfoss A/S fremsendes faktura 77. Betales til IBAN DK50 0040 0440 1162 43.")
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("regnskab.example"), memory);
        assertThat(v.has(SignalNames.PAYEE_FOR_SUPPLIER)).as(v.summary()).isFalse();
    }

    @Test
    void aBareBrandWordIsNoCompanyName() {
        assertThat(SupplierNames.find("Faktura for solar paneler og montering, Danfoss pumpe leveret",
                Set.of("solar.dk", "danfoss.dk"))).isEmpty();
        assertThat(SupplierNames.find("Elis Danmark A/S og SK Tag ApS samt jndata.dk", Set.of("elis.dk",
                "sk-tag.dk", "jndata.dk"))).containsExactlyInAnyOrder("elis.dk", "sk-tag.dk", "jndata.dk");
        assertThat(SupplierNames.find("Nøhr & Sønner ApS, Nøhr ApS", Set.of("noehr.dk"))).containsExactly("noehr.dk");
    }

    /** A fake collector "for" a supplier writes its registered name, longer than the domain's trade word. */
    @Test
    void aRegisteredNameExtendingTheDomainsTradeWordNamesTheSupplier() {
        Set<String> suppliers = Set.of("baaring-vognmand.dk", "strib-entreprenoer.dk", "sk-tag.dk");
        assertThat(SupplierNames.find("Båring Vognmandsforretning ApS har overdraget kravet til os", suppliers))
                .containsExactly("baaring-vognmand.dk");
        assertThat(SupplierNames.find("Strib Entreprenørforretning A/S", suppliers)).containsExactly("strib-entreprenoer.dk");
        // the trade word must be extended, by a word, and a company word must follow; short trade words never extend
        assertThat(SupplierNames.find("Båring Vognmandsforretning har ringet", suppliers)).isEmpty();
        assertThat(SupplierNames.find("Vognmandsforretning ApS i Båring", suppliers)).isEmpty();
        assertThat(SupplierNames.find("SK Tagdækning ApS", suppliers)).isEmpty();
    }

    @Test
    void aStrangerCollectingForASupplierByItsRegisteredNameIsFlagged() throws Exception {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "baaring-vognmand.dk",
                "domains.own", "middelfart.dk"));
        BankMemory memory = new BankMemory(null);
        memory.learn("baaring-vognmand.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        byte[] mail = TestMail.create().from("Middelfart Inkasso <sag@mf-inkasso.example>")
                .subject("Sidste varsel før retslige skridt - sag MI-1")
                .text("Båring Vognmandsforretning ApS har overdraget kravet for faktura FA13840 på 2.583,83 kr. til os. "
                        + "Betales beløbet ikke inden tre hverdage til Reg.nr. 8990 Kontonr. 0006612378, sendes sagen "
                        + "til fogedretten.")
                .bytes();
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(mail),
                authenticated("mf-inkasso.example"), Set.of(), memory);
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.name()).isEqualTo(SignalNames.PAYEE_FOR_SUPPLIER));
        assertThat(v.action()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ sixth round (fourth held-out as tuning data)

    private static final InvoiceConfig HYPHENATED = InvoiceConfig.parse(Map.of("domains.suppliers",
            "kemp-lauritzen.dk, tvis-toemrer.dk", "domains.own", "horsens.dk", "domains.platforms", "faktura-hub.example"));

    @Test
    void aHyphenatedSupplierDomainMatchesItsNameWrittenInWords() {
        BankMemory memory = new BankMemory(null);
        memory.learn("kemp-lauritzen.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        byte[] mail = TestMail.create().from("\"Kemp & Lauritzen A/S (via Hub)\" <documents@faktura-hub.example>")
                .subject("Faktura E38").html("<p>Kemp &amp; Lauritzen A/S har sendt jer faktura E38. Vi har skiftet "
                        + "bank - brug venligst kontoen på fakturaen.</p>")
                .attach("application/pdf", "E38.pdf", TestFiles.pdf(List.of("FAKTURA E38",
                        "Betales til IBAN DK95 2000 0123 4567 89"))).bytes();
        InvoiceVerdict v = new InvoiceInspector(HYPHENATED).inspect(new ByteArrayInputStream(mail),
                authenticated("faktura-hub.example"), Set.of(), memory);
        assertThat(v.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_CHANGE)).as("\"skiftet bank\"").as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void aFreeMailUblInvoiceGetsNoCredit() {
        SenderVerdict gmail = Verdicts.of("ip=192.0.2.80;mailfrom=x@gmail.com;spf=pass;dkim=pass:gmail.com;"
                + "dmarc=pass:gmail.com:none");
        byte[] mail = TestMail.create().from("Danfoss A/S <danfoss.finance@gmail.com>").subject("Peppol invoice 9")
                .text("Elektronisk faktura. Bemærk opdateret betalingskonto.")
                .attach("application/xml", "X9.xml", ("<?xml version=\"1.0\"?><Invoice xmlns=\"urn:oasis:names:"
                        + "specification:ubl:schema:xsd:Invoice-2\"><ID>9</ID></Invoice>").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))
                .bytes();
        InvoiceVerdict v = inspect(mail, gmail, null);
        assertThat(v.reasons().stream().filter(r -> r.name().equals(SignalNames.E_INVOICE)).findFirst()
                .orElseThrow().weight()).as(v.summary()).isZero();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aSoleTradersTextInvoiceFromFreeMailWithItsCvrNumberIsUntouched() {
        SenderVerdict gmail = Verdicts.of("ip=192.0.2.80;mailfrom=kims.have@gmail.com;spf=pass;dkim=pass:gmail.com;"
                + "dmarc=pass:gmail.com:none");
        byte[] withCvr = invoiceFrom("Kims Have- og Anlægsservice <kims.have@gmail.com>",
                "Kims Have- og Anlægsservice, CVR-nr. 3350 9406");
        InvoiceVerdict v = inspect(withCvr, gmail, null);
        assertThat(v.has(SignalNames.BUSINESS_REGISTRATION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FREEMAIL_SENDER)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(v.lesson()).as("free mail never teaches the memory").isNull();
        // nineteenth round: a PDF invoice into a Danish account names a business as well (the interpreter's, the
        // musician's first invoice); a few lines asking for money, or a PDF paid abroad, do not
        InvoiceVerdict pdf = inspect(invoiceFrom("Kim <kims.have@gmail.com>", "Kim"), gmail, null);
        assertThat(pdf.has(SignalNames.FREEMAIL_SENDER)).as(pdf.summary()).isFalse();
        assertThat(pdf.action()).as(pdf.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(pdf.lesson()).as("free mail never teaches the memory").isNull();
        InvoiceVerdict lines = inspect(note("Kim <kims.have@gmail.com>", "Regning",
                "Hej, regningen for havearbejdet bedes betalt til reg. 1234 konto 1234567890. Kim"), gmail, null);
        assertThat(lines.has(SignalNames.FREEMAIL_SENDER)).as(lines.summary()).isTrue();
        InvoiceVerdict abroad = inspect(TestMail.create().from("Kim <kims.have@gmail.com>").subject("Faktura 12")
                .text("Hermed faktura 12 for havearbejde. Beløbet bedes betalt til IBAN PL61 1090 1014 0000 0712 1981 2874.")
                .attach("application/pdf", "Faktura_12.pdf", TestFiles.pdf(List.of("FAKTURA 12", "I alt 5.400,00 kr.")))
                .bytes(), gmail, null);
        assertThat(abroad.has(SignalNames.FREEMAIL_SENDER)).as(abroad.summary()).isTrue();
    }

    @Test
    void aFreeMailInvoiceThatSaysItsCompanyMailboxIsDownKeepsNoSoleTradersExemption() {
        // the eighty-fourth held-out corpus: a listed hedge firm's name on outlook.com, "Vores firmamail er nede, så
        // fakturaen kommer herfra", pay to the account on the PDF (a Danish one, which alone exempts a sole trader)
        SenderVerdict gmail = Verdicts.of("ip=192.0.2.80;mailfrom=kims.have@gmail.com;spf=pass;dkim=pass:gmail.com;"
                + "dmarc=pass:gmail.com:none");
        for (String excuse : List.of("Vores firmamail er nede, så fakturaen kommer herfra.",
                "Min arbejdsmail virker ikke i øjeblikket.", "Jeg skriver fra min private mail i dag.",
                "Our company e-mail is down, so I am sending this from my personal email.")) {
            InvoiceVerdict v = inspect(invoiceFrom("Kim <kims.have@gmail.com>", excuse + "\nKim"), gmail, null);
            assertThat(v.has(SignalNames.MAILBOX_EXCUSE)).as(excuse + ": " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.FREEMAIL_SENDER)).as(v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        }
        // the same sole trader without the excuse, and a note that only mentions mail, keep the exemption
        for (String plain : List.of("Kim", "Send gerne en mail, hvis noget er uklart.\nKim")) {
            InvoiceVerdict v = inspect(invoiceFrom("Kim <kims.have@gmail.com>", plain), gmail, null);
            assertThat(v.has(SignalNames.MAILBOX_EXCUSE)).as(v.summary()).isFalse();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        }
    }

    private static byte[] invoiceFrom(String from, String signature) {
        return TestMail.create().from(from).subject("Faktura 12")
                .text("Hermed faktura 12 for havearbejde. Beløbet bedes betalt til reg. 1234 konto 1234567890.\n"
                        + signature)
                .attach("application/pdf", "Faktura_12.pdf", TestFiles.pdf(List.of("FAKTURA 12",
                        "Havearbejde uge 45, 12 timer a 450 kr.", "I alt 5.400,00 kr.")))
                .bytes();
    }

    @Test
    void anExecutivesTitleOnAFreeMailAccountIsImpersonation() {
        SenderVerdict gmail = Verdicts.of("ip=192.0.2.80;mailfrom=am.skov@gmail.com;spf=pass;dkim=pass:gmail.com;"
                + "dmarc=pass:gmail.com:none");
        byte[] mail = TestMail.create().from("Kommunaldirektør Anne-Mette Skov <am.skov@gmail.com>")
                .subject("Fortrolig opgave").text("Vi skal i dag betale et depositum. Overfør til IBAN "
                        + "GB33 BUKB 2020 1555 5555 55 og bekræft når det er gjort.").bytes();
        InvoiceVerdict v = inspect(mail, gmail, null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        byte[] owner = TestMail.create().from("Direktør Hans Jensen <hans.jensen@gmail.com>").subject("Spørgsmål")
                .text("Hej, hvornår er genbrugspladsen åben?").bytes();
        assertThat(inspect(owner, gmail, null).has(SignalNames.DISPLAY_NAME_IMPERSONATION)).isFalse();
    }

    @Test
    void aYearlyPriceBoundForYearsFromAStrangerIsAnOffer() {
        byte[] mail = TestMail.create().from("Kommunal Vejviser <kundeservice@vejviser.example>")
                .subject("Korrektur af jeres opslag")
                .text("Venligst kontroller jeres opslag. Ved returnering af korrekturen bestilles opslaget til "
                        + "6.800 kr. ekskl. moms årligt (bindende 2 år).")
                .attach("application/pdf", "korrektur.pdf", TestFiles.pdf(List.of("Faktura / korrektur 2027")))
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("vejviser.example"), null);
        assertThat(v.has(SignalNames.UNORDERED_OFFER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // the same terms from a listed supplier are a contract
        byte[] contract = TestMail.create().from("KMD <faktura@kmd.dk>").subject("Faktura 2027")
                .text("Faktura for licens 6.800 kr. årligt, bindende 2 år. Betales til IBAN DK50 0040 0440 1162 43.")
                .attach("application/pdf", "Faktura.pdf", TestFiles.pdf(List.of("FAKTURA"))).bytes();
        InvoiceVerdict c = inspect(contract, authenticated("kmd.dk"), null);
        assertThat(c.action()).as(c.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aPublicServiceNameInsideAStrangersDomainIsAnEmbeddedName() {
        byte[] mail = TestMail.create().from("MitID Erhverv <noreply@mitid-erhverv-fornyelse.example>")
                .subject("Jeres MitID Erhverv udløber")
                .html("<p>Administratoren skal forny aftalen inden 48 timer.</p>"
                        + "<a href=\"https://mitid-erhverv-fornyelse.example/forny\">Forny nu</a>").bytes();
        InvoiceVerdict v = inspect(mail, authenticated("mitid-erhverv-fornyelse.example"), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict real = inspect(TestMail.create().from("MitID <noreply@mitid.dk>").subject("MitID")
                .html("<a href=\"https://www.mitid.dk/\">mitid.dk</a>").bytes(), authenticated("mitid.dk"), null);
        assertThat(real.has(SignalNames.EMBEDDED_DOMAIN)).as(real.summary()).isFalse();
    }

    @Test
    void anUnauthenticatedInvoiceIntoTheSuppliersKnownAccountIsTaggedNotHeld() {
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        SenderVerdict relayed = Verdicts.of("ip=198.51.100.7;mailfrom=faktura@danfoss.dk;spf=fail;dkim=none;"
                + "dmarc=none");
        InvoiceVerdict v = inspect(invoice("Danfoss <faktura@danfoss.dk>", "IBAN DK50 0040 0440 1162 43"), relayed,
                memory);
        assertThat(v.has(SignalNames.KNOWN_ACCOUNT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // into another account it is the fraud
        InvoiceVerdict fraud = inspect(invoice("Danfoss <faktura@danfoss.dk>", "IBAN DK95 2000 0123 4567 89"),
                relayed, memory);
        assertThat(fraud.action()).as(fraud.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    /**
     * A listed supplier's invoice from its other domain (danfoss.com for the listed danfoss.dk), authenticated, into
     * the account danfoss.dk's own mail taught: the firm, not its imitator, who wants its own account. Tagged (the
     * domain is not the one listed), not held; into a new account, or with a link to a look-alike, it stays held,
     * and an unauthenticated one gains nothing from the rule.
     */
    @Test
    void aSuppliersOtherTopLevelDomainPayingItsKnownAccountIsTaggedNotHeld() {
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = inspect(invoice("Danfoss A/S <faktura@danfoss.com>", "IBAN DK50 0040 0440 1162 43"),
                authenticated("danfoss.com"), memory);
        assertThat(v.has(SignalNames.LOOKALIKE_TLD)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.KNOWN_ACCOUNT)).extracting(Reason::evidence)
                .containsExactly("pays only danfoss.dk's known account DK50…6243, but from danfoss.com, the same name "
                        + "under another top-level domain, not the domain we know: tagged, not held");
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict fraud = inspect(invoice("Danfoss A/S <faktura@danfoss.com>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("danfoss.com"), memory);
        assertThat(fraud.action()).as(fraud.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        byte[] lure = TestMail.create().from("Danfoss A/S <faktura@danfoss.com>").subject("Faktura 5521")
                .text("Betal til IBAN DK50 0040 0440 1162 43 eller via https://danfoss-betaling.dk/5521")
                .attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("FAKTURA 5521"))).bytes();
        InvoiceVerdict linked = inspect(lure, authenticated("danfoss.com"), memory);
        assertThat(linked.action()).as(linked.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // another way to the money or a login, or answers going elsewhere, keeps it held (an imitator can quote the
        // firm's account, which every invoice of the firm prints)
        for (TestMail extra : List.of(
                TestMail.create().from("Danfoss A/S <faktura@danfoss.com>").header("Reply-To", "danfoss.ap@gmail.com"),
                TestMail.create().from("Danfoss A/S <faktura@danfoss.com>").header("Reply-To", "ap@ledger-desk.net"))) {
            byte[] m = extra.subject("Faktura 5521").text("Hermed faktura 5521. Beløbet bedes betalt til IBAN DK50 0040 "
                    + "0440 1162 43 senest om 8 dage.").attach("application/pdf", "Faktura_5521.pdf",
                    TestFiles.pdf(List.of("FAKTURA 5521", "Betales til IBAN DK50 0040 0440 1162 43"))).bytes();
            InvoiceVerdict held = inspect(m, authenticated("danfoss.com"), memory);
            assertThat(held.action()).as(held.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        }
        byte[] payLink = TestMail.create().from("Danfoss A/S <faktura@danfoss.com>").subject("Faktura 5521")
                .html("<p>Faktura 5521, IBAN DK50 0040 0440 1162 43. <a href=\"https://pay.cardgate.example/5521\">"
                        + "Betal med kort</a></p>").attach("application/pdf", "Faktura_5521.pdf",
                        TestFiles.pdf(List.of("FAKTURA 5521", "Betales til IBAN DK50 0040 0440 1162 43"))).bytes();
        InvoiceVerdict card = inspect(payLink, authenticated("danfoss.com"), memory);
        assertThat(card.action()).as(card.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        SenderVerdict unproven = Verdicts.of("ip=203.0.113.9;mailfrom=faktura@danfoss.com;spf=none;dkim=none;"
                + "dmarc=none");
        InvoiceVerdict forged = inspect(invoice("Danfoss A/S <faktura@danfoss.com>", "IBAN DK50 0040 0440 1162 43"),
                unproven, memory);
        assertThat(forged.action()).as(forged.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // our own name under another top-level domain is never the firm's sibling
        assertThat(SpoofSignals.tldSibling("horsens.com", CFG)).isEmpty();
        assertThat(SpoofSignals.tldSibling("mail.danfoss.com", CFG)).isEqualTo("danfoss.dk");
        assertThat(SpoofSignals.tldSibling("danfoss.dk", CFG)).isEmpty();
    }

    /**
     * A firm's website under another top-level domain in its own mail or in a document: danfoss.dk's invoice whose
     * PDF footer prints www.danfoss.com, a reseller's PDF naming the maker's danfoss.com. Neither imitates anyone.
     */
    @Test
    void aFirmsOwnWebsiteUnderAnotherTopLevelDomainIsNoLookAlikeLink() {
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        byte[] footer = TestMail.create().from("Danfoss A/S <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Hermed faktura 5521. Se også https://www.danfoss.com/da-dk/").attach("application/pdf",
                        "Faktura_5521.pdf", TestFiles.pdf(List.of("FAKTURA 5521", "Betales til IBAN DK50 0040 0440 "
                                + "1162 43", "www.danfoss.com/da-dk/ https://www.danfoss.com/da-dk/"),
                                new TestFiles.PdfOptions(null, null, "https://www.danfoss.com/da-dk/", null, 1)))
                .bytes();
        InvoiceVerdict own = inspect(footer, authenticated("danfoss.dk"), memory);
        assertThat(own.has(SignalNames.LOOKALIKE_LINK)).as(own.summary()).isFalse();
        assertThat(own.action()).as(own.summary()).isEqualTo(InvoiceAction.DELIVER);
        byte[] reseller = TestMail.create().from("KMD <faktura@kmd.dk>").subject("Faktura 77").text("Hermed faktura 77.")
                .attach("application/pdf", "Faktura_77.pdf", TestFiles.pdf(List.of("FAKTURA 77", "Termostater fra "
                        + "Danfoss, se https://www.danfoss.com/", "Betales til IBAN DK50 0040 0440 1162 43"))).bytes();
        InvoiceVerdict kmd = inspect(reseller, authenticated("kmd.dk"), null);
        assertThat(kmd.has(SignalNames.LOOKALIKE_LINK)).as(kmd.summary()).isFalse();
        // a name built to deceive still counts in a document
        byte[] lure = TestMail.create().from("KMD <faktura@kmd.dk>").subject("Faktura 77").text("Hermed faktura 77.")
                .attach("application/pdf", "Faktura_77.pdf", TestFiles.pdf(List.of("FAKTURA 77",
                        "Betal på https://danfoss-faktura.dk/77"))).bytes();
        assertThat(inspect(lure, authenticated("kmd.dk"), null).has(SignalNames.LOOKALIKE_LINK)).isTrue();
    }

    @Test
    void aShortBrandWithACompanyWordIsTheCompanyAndBankskifteIsABankChange() {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "gk.dk", "domains.own", "horsens.dk"));
        SenderVerdict yahoo = Verdicts.of("ip=192.0.2.80;mailfrom=gk.debitor@yahoo.com;spf=pass;dkim=pass:yahoo.com;"
                + "dmarc=pass:yahoo.com:none");
        byte[] mail = TestMail.create().from("GK Danmark - Debitor <gk.debitor@yahoo.com>").subject("Faktura G54")
                .text("På grund af bankskifte bedes I anvende den konto, der står på fakturaen. CVR 12345678")
                .attach("application/pdf", "Faktura-G54.pdf", TestFiles.pdf(List.of("FAKTURA G54",
                        "Service på ventilationsanlæg", "Betales til IBAN DK95 2000 0123 4567 89"))).bytes();
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(mail), yahoo, Set.of(), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // "GK" alone is two letters of anything
        byte[] plain = TestMail.create().from("GK <gk.debitor@yahoo.com>").subject("Hej").text("Hej").bytes();
        assertThat(new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(plain), yahoo, Set.of(), null)
                .has(SignalNames.DISPLAY_NAME_IMPERSONATION)).isFalse();
    }

    // ------------------------------------------------------------------ seventh round (fifth held-out as tuning data)

    @Test
    void aHyphenatedDomainShortensTheCompanysName() {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "sydfyns-kloak.dk", "domains.own",
                "horsens.dk", "domains.platforms", "faktura-hub.example"));
        BankMemory memory = new BankMemory(null);
        memory.learn("sydfyns-kloak.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(invoice(
                "Sydfyns Kloakservice A/S via Hub <invoices@faktura-hub.example>", "IBAN DK95 2000 0123 4567 89")),
                authenticated("faktura-hub.example"), Set.of(), memory);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        InvoiceConfig one = InvoiceConfig.parse(Map.of("domains.suppliers", "elis.dk", "domains.own", "horsens.dk"));
        InvoiceVerdict name = new InvoiceInspector(one).inspect(new ByteArrayInputStream(invoice(
                "Elisabeth Hansen <eh@frisoer.example>", "IBAN DK95 2000 0123 4567 89")),
                authenticated("frisoer.example"), Set.of(), null);
        assertThat(name.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(name.summary()).isFalse();
    }

    @Test
    void aBorrowedTitleAndAnAccountIsWorthAWarningWithoutInvoiceWords() {
        SenderVerdict icloud = Verdicts.of("ip=192.0.2.80;mailfrom=okdir@icloud.com;spf=pass;dkim=pass:icloud.com;"
                + "dmarc=pass:icloud.com:none");
        byte[] mail = TestMail.create().from("Økonomidirektør <okdir@icloud.com>").subject("Betaling inden kl. 14")
                .text("Jeg skal have en betaling afsted inden kl. 14 til en ny samarbejdspartner: 96.400 kr. til "
                        + "Reg.nr. 5301 Kontonr. 0009914627. Send kvittering når det er gjort.").bytes();
        InvoiceVerdict v = inspect(mail, icloud, null);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void giftCardsKeptSecretAreAConfidentialTransfer() {
        SenderVerdict outlook = Verdicts.of("ip=192.0.2.80;mailfrom=kd@outlook.com;spf=pass;dkim=pass:outlook.com;"
                + "dmarc=pass:outlook.com:none");
        byte[] mail = TestMail.create().from("Kommunaldirektør <kd@outlook.com>").subject("Julegaver")
                .text("Køb 20 gavekort à 500 kr. og send mig koderne. Det skal være en overraskelse, så sig det "
                        + "ikke til nogen.").bytes();
        InvoiceVerdict v = inspect(mail, outlook, null);
        assertThat(v.has(SignalNames.CONFIDENTIAL_TRANSFER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void didNotOrderThisCallUsIsCallbackFraud() {
        byte[] da = TestMail.create().from("Ordrebekræftelse <kundeservice@ordre.example>")
                .subject("Ordre 4657 er bekræftet").text("Tak for din bestilling. Beløb: 14.995,00 kr. trækkes "
                        + "automatisk. Har du ikke bestilt denne ordre, ring straks til os på +45 78 79 41 20.").bytes();
        InvoiceVerdict v = inspect(da, authenticated("ordre.example"), null);
        assertThat(v.has(SignalNames.CALLBACK_REQUEST)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        byte[] en = TestMail.create().from("Billing <billing@shop.example>").subject("Payment received")
                .text("Your payment of 6,499.00 DKK is complete. Did not make this purchase? Call our support "
                        + "team on +45 89 88 72 11 within 24 hours.").bytes();
        assertThat(inspect(en, authenticated("shop.example"), null).has(SignalNames.CALLBACK_REQUEST)).isTrue();
        byte[] ordinary = TestMail.create().from("Shop <ordre@shop.example>").subject("Ordrebekræftelse")
                .text("Tak for din bestilling. Spørgsmål? Ring på 70 20 30 40.").bytes();
        assertThat(inspect(ordinary, authenticated("shop.example"), null).has(SignalNames.CALLBACK_REQUEST)).isFalse();
    }

    @Test
    void aThreeYearRegistrationOrderedBySigningIsAnOffer() {
        byte[] mail = TestMail.create().from("Kommune Registret <service@registret.example>")
                .subject("Bekræft jeres oplysninger").text("Ved underskrift bestilles en 3-årig registrering til "
                        + "995 EUR pr. år.").bytes();
        assertThat(inspect(mail, authenticated("registret.example"), null).has(SignalNames.UNORDERED_OFFER)).isTrue();
    }

    @Test
    void aNewRemittanceAccountIsABankChange() {
        byte[] mail = TestMail.create().from("Receivables <billing@receivables.example>")
                .subject("Invoice 5700 - new remittance account").text("Please settle the attached invoice to our "
                        + "collection account and update your vendor master file.").bytes();
        assertThat(inspect(mail, authenticated("receivables.example"), null).has(SignalNames.BANK_CHANGE)).isTrue();
    }

    // ------------------------------------------------------------------ eighth round (sixth held-out as tuning data)

    @Test
    void aListedSupplierStillMonitoringWithPNoneIsNotHeldForItsOwnFailingInvoice() {
        SenderVerdict monitoring = Verdicts.of("ip=198.51.100.7;mailfrom=kim@danfoss.dk;spf=softfail;dkim=none;"
                + "dmarc=fail:danfoss.dk:none");
        InvoiceVerdict v = inspect(invoice("Danfoss <kim@danfoss.dk>", "IBAN DK50 0040 0440 1162 43"), monitoring,
                null);
        assertThat(v.has(SignalNames.DMARC_FAIL_NONE)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // an enforcing policy is the owner's word that its mail authenticates
        SenderVerdict enforcing = Verdicts.of("ip=198.51.100.7;mailfrom=kim@danfoss.dk;spf=softfail;dkim=none;"
                + "dmarc=fail:danfoss.dk:reject");
        InvoiceVerdict forged = inspect(invoice("Danfoss <kim@danfoss.dk>", "IBAN DK50 0040 0440 1162 43"), enforcing,
                null);
        assertThat(forged.action()).as(forged.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void ourOwnColleaguesPassingOnABankChangeAreNotTagged() {
        byte[] mail = TestMail.create().from("Kreditor <kreditor@horsens.dk>").subject("Advarsel")
                .text("Vi har modtaget en falsk faktura med ændrede bankoplysninger. Betal ikke.").bytes();
        InvoiceVerdict v = inspect(mail, authenticated("horsens.dk"), null);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void anInvoicingPlatformsNameExtendedWithAWordIsALookalike() {
        byte[] mail = TestMail.create().from("SumUp Fakturaer <noreply@sumup-faktura.example>")
                .subject("Faktura 4410 forfalder").html("<p>Se og betal fakturaen.</p>"
                        + "<a href=\"https://sumup-faktura.example/pay\">Betal</a>").bytes();
        InvoiceVerdict v = inspect(mail, authenticated("sumup-faktura.example"), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // a platform whose name is an ordinary word imitates nobody
        InvoiceVerdict design = inspect(invoice("Stripe Design <faktura@stripe-design.example>",
                "IBAN DK95 2000 0123 4567 89"), authenticated("stripe-design.example"), null);
        assertThat(design.has(SignalNames.EMBEDDED_DOMAIN)).as(design.summary()).isFalse();
    }

    // ------------------------------------------------------------------ ninth round (seventh held-out as tuning data)

    @Test
    void aLocalBusinessNamedAfterOurTownImitatesNobodyButOurNamePlusAnOfficialWordDoes() {
        InvoiceVerdict local = inspect(invoice("Trekantens Skadedyrsservice <faktura@horsens-skadedyr.example>",
                "IBAN DK95 2000 0123 4567 89"), authenticated("horsens-skadedyr.example"), null);
        assertThat(local.has(SignalNames.EMBEDDED_DOMAIN)).as(local.summary()).isFalse();
        assertThat(local.action()).as(local.summary()).isEqualTo(InvoiceAction.DELIVER);
        for (String forged : List.of("horsens-kommune.example", "horsens-faktura.example", "betaling-horsens.example",
                "horsens-it.example")) {
            InvoiceVerdict v = inspect(invoice("Horsens <a@" + forged + ">", "IBAN DK95 2000 0123 4567 89"),
                    authenticated(forged), null);
            assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(forged + ": " + v.summary()).isTrue();
        }
        // a supplier's brand plus any word stays a look-alike
        InvoiceVerdict brand = inspect(invoice("Danfoss <a@danfoss-vaerksted.example>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("danfoss-vaerksted.example"), null);
        assertThat(brand.has(SignalNames.EMBEDDED_DOMAIN)).as(brand.summary()).isTrue();
    }

    // ------------------------------------------------------------------ tenth round (all eight corpora as tuning data)

    private static byte[] note(String from, String subject, String text) {
        return TestMail.create().from(from).subject(subject).text(text).bytes();
    }

    @Test
    void theCeoFraudsOpenerFromAnImpersonatorIsTaggedFromAColleagueItIsNot() {
        // "Har du 5 minutter?" asks for nothing yet; with our executive's title on free mail it is the fraud's
        // first move
        for (String from : List.of("Økonomidirektør <oekonomi.dir.h@live.dk>", "Ole Hansen <borgmester.horsens@gmail.com>",
                "Kommunaldirektør <direktion@horsens-kommune.example>")) {
            InvoiceVerdict v = inspect(note(from, "Et øjeblik", "Hej. Har du 5 minutter? Jeg har en lille opgave, "
                    + "som skal holdes fortroligt. Skriv til mig her, jeg sidder i møde."),
                    authenticated(from.substring(from.indexOf('@') + 1, from.length() - 1)), null);
            assertThat(v.has(SignalNames.COVERT_REQUEST)).as(v.summary()).isTrue();
            assertThat(v.action()).as(from + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // the same words from someone who claims to be nobody in particular
        InvoiceVerdict friend = inspect(note("Mette Jensen <mette.j@gmail.com>", "Et øjeblik",
                "Hej. Har du 5 minutter? Jeg har en lille opgave til dig."), authenticated("gmail.com"), null);
        assertThat(friend.action()).as(friend.summary()).isEqualTo(InvoiceAction.DELIVER);
        // an impersonator's mail with a legal footer's "confidential information" is no opener
        InvoiceVerdict footer = inspect(note("Økonomidirektør <oekonomi.dir.h@live.dk>", "Nyhedsbrev",
                "Læs vores nyhedsbrev. This e-mail may contain confidential information."), authenticated("live.dk"), null);
        assertThat(footer.has(SignalNames.COVERT_REQUEST)).as(footer.summary()).isFalse();
    }

    @Test
    void aStrangerRenewingOurOwnDomainForMoneyIsTheTrapOurRegistrarIsNot() {
        String text = "Domænet horsens.dk og tilhørende SSL-certifikat udløber snart. Fornyelse for 2 år: 5.640,00 kr. "
                + "Betales til IBAN LT66 1273 0000 4418 7723.";
        InvoiceVerdict trap = inspect(TestMail.create().from("Domæneservice <billing@domaene-service.example>")
                .subject("horsens.dk - fornyelse").text(text).bytes(), authenticated("domaene-service.example"), null);
        assertThat(trap.has(SignalNames.UNORDERED_OFFER)).as(trap.summary()).isTrue();
        assertThat(trap.action()).as(trap.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // our name inside another top-level domain: the "a Chinese company applied for your name" trap
        InvoiceVerdict mark = inspect(note("Nordic IP <office@ip-office.example>", "Registrierung",
                "A company applied for horsenskommune.eu and horsenskommune.de. Confirm your trademark protection: "
                + "EUR 488. IBAN LT66 1273 0000 4418 7723"), authenticated("ip-office.example"), null);
        assertThat(mark.has(SignalNames.UNORDERED_OFFER)).as(mark.summary()).isTrue();
        // our registrar, remembered from earlier authenticated invoices: a contract
        BankMemory memory = new BankMemory(null);
        memory.learn("registrar.example", List.of("LT661273000044187723"), Instant.parse("2026-01-10T10:00:00Z"));
        InvoiceVerdict registrar = inspect(TestMail.create().from("Registrar <billing@registrar.example>")
                .subject("horsens.dk - fornyelse").text(text).bytes(), authenticated("registrar.example"), memory);
        assertThat(registrar.action()).as(registrar.summary()).isEqualTo(InvoiceAction.DELIVER);
        // an invoice whose text only gives our address (efaktura@horsens.dk) and speaks of a registration is no trap
        InvoiceVerdict plain = inspect(note("Byens Skadedyr <faktura@byens-skadedyr.example>", "Faktura 88",
                "Faktura 88 for registrering af rottefælder. Fakturaen er sendt til efaktura@horsens.dk i går, og "
                + "beløbet betales til reg.nr. 1234 kontonr. 1234567890."), authenticated("byens-skadedyr.example"), null);
        assertThat(plain.has(SignalNames.UNORDERED_OFFER)).as(plain.summary()).isFalse();
    }

    @Test
    void aCollectionLetterAsDanishLawShapesItIsOrdinaryTheHurriedOneIsNot() {
        // inkassoloven § 10: at least ten days; a Danish client account; a way to dispute the claim
        String lawful = "Vi er af Idestrup Haveservice bedt om at inddrive faktura 118 på 4.812,50 kr., som ikke er "
                + "betalt trods påmindelse. Er kravet betalt eller bestridt, så skriv til os. Ellers bedes beløbet "
                + "indbetalt inden 10 dage på vores klientkonto Reg.nr. 9570 Kontonr. 0012284417.";
        InvoiceVerdict genuine = inspect(note("Advokathuset - Inkasso <inkasso@advokathuset.example>",
                "Sag INK-81410", lawful), authenticated("advokathuset.example"), null);
        assertThat(genuine.has(SignalNames.OVERDUE_NOTICE)).as(genuine.summary()).isTrue();
        assertThat(genuine.has(SignalNames.NO_EARLIER_INVOICE)).as(genuine.summary()).isFalse();
        assertThat(genuine.action()).as(genuine.summary()).isEqualTo(InvoiceAction.DELIVER);
        for (String hurried : List.of("inden 48 timer", "senest om 3 hverdage", "inden 5 dage")) {
            InvoiceVerdict fake = inspect(note("Nordic Claims Inkasso <sag@inkasso-claims.example>", "Inkassovarsel",
                    lawful.replace("inden 10 dage", hurried)), authenticated("inkasso-claims.example"), null);
            assertThat(fake.has(SignalNames.NO_EARLIER_INVOICE)).as(hurried + ": " + fake.summary()).isTrue();
            assertThat(fake.action()).as(fake.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        }
        // a stranger's claim that someone else owes it collects for nobody ("the main contractor has not paid us")
        InvoiceVerdict direct = inspect(note("Hirtshals Stillads <kontor@stillads.example>", "Ubetalt stillads",
                "Vi har leveret stillads til Hirtshals El-Service ApS i 6 uger uden at få betaling, og fakturaen er "
                        + "ikke betalt. Betal lejen på 27.600,00 kr. direkte til os på Reg.nr. 5301 Kontonr. 0004127760."),
                authenticated("stillads.example"), null);
        assertThat(direct.has(SignalNames.COLLECTION_LETTER)).as(direct.summary()).isFalse();
        assertThat(direct.has(SignalNames.NO_EARLIER_INVOICE)).as(direct.summary()).isTrue();
        InvoiceVerdict abroad = inspect(note("Nordic Claims Inkasso <sag@inkasso-claims.example>", "Inkassovarsel",
                lawful.replace("vores klientkonto Reg.nr. 9570 Kontonr. 0012284417",
                        "IBAN PL61 1090 1014 0000 0712 1981 2874")), authenticated("inkasso-claims.example"), null);
        assertThat(abroad.has(SignalNames.NO_EARLIER_INVOICE)).as(abroad.summary()).isTrue();
    }

    @Test
    void aReminderFromASenderWeHoldNoInvoiceOfIsTaggedFromAKnownSupplierItIsNot() {
        String text = "Our invoice 3318 for the feasibility study remains unpaid. Please transfer EUR 6,240.00 to "
                + "IBAN GB33 BUKB 2020 1555 5555 55 within 48 hours to avoid late fees.";
        InvoiceVerdict stranger = inspect(TestMail.create().from("Consulting <ar@euro-consult.example>")
                .subject("Overdue: invoice 3318").text(text).bytes(), authenticated("euro-consult.example"), null);
        assertThat(stranger.has(SignalNames.NO_EARLIER_INVOICE)).as(stranger.summary()).isTrue();
        assertThat(stranger.action()).as(stranger.summary()).isEqualTo(InvoiceAction.TAG);
        // the supplier whose account we know reminds us: untouched
        BankMemory memory = new BankMemory(null);
        memory.learn("euro-consult.example", List.of("GB33BUKB20201555555555"), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict known = inspect(TestMail.create().from("Consulting <ar@euro-consult.example>")
                .subject("Overdue: invoice 3318").text(text).bytes(), authenticated("euro-consult.example"), memory);
        assertThat(known.has(SignalNames.NO_EARLIER_INVOICE)).as(known.summary()).isFalse();
        assertThat(known.action()).as(known.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a listed supplier's reminder
        InvoiceVerdict listed = inspect(TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("Rykker: faktura 88")
                .text("Faktura 88 er ikke betalt. Betal venligst til IBAN DK50 0040 0440 1162 43.").bytes(),
                authenticated("danfoss.dk"), null);
        assertThat(listed.has(SignalNames.NO_EARLIER_INVOICE)).as(listed.summary()).isFalse();
        // unproven: judged by its spoof signals, not held for the claim (an unlisted supplier's own reminder
        // from a server its SPF does not name)
        InvoiceVerdict unproven = inspect(TestMail.create().from("Consulting <ar@euro-consult.example>")
                .subject("Overdue: invoice 3318").text(text).bytes(), Verdicts.of("ip=198.51.100.7;"
                        + "mailfrom=ar@euro-consult.example;spf=softfail;dkim=none;dmarc=none"), null);
        assertThat(unproven.has(SignalNames.NO_EARLIER_INVOICE)).as(unproven.summary()).isFalse();
        // a due date on a first invoice is no reminder
        InvoiceVerdict first = inspect(invoice("Byens VVS <faktura@byens-vvs.example>", "IBAN DK95 2000 0123 4567 89"),
                authenticated("byens-vvs.example"), null);
        assertThat(first.has(SignalNames.OVERDUE_NOTICE)).as(first.summary()).isFalse();
    }

    // ------------------------------------------------------------------ eleventh round (eighth held-out as tuning data)

    @Test
    void anFiLineBesideTheKnownAccountIsAnotherWayToPayTheSameSupplierANewAccountBesideAKnownFiLineIsNot() {
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        // the usual account, and now also the FI line the supplier's new invoice layout prints
        InvoiceVerdict both = inspect(invoice("Danfoss <faktura@danfoss.dk>",
                "IBAN DK50 0040 0440 1162 43. FI-indbetaling: +71<000000000703942 +81979388<"),
                authenticated("danfoss.dk"), memory);
        assertThat(both.has(SignalNames.BANK_ACCOUNT_NEW)).as(both.summary()).isFalse();
        assertThat(both.action()).as(both.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(both.lesson()).isNotNull();
        assertThat(both.lesson().ids()).contains("FI+71:81979388");
        // only a new FI creditor: nothing we know is paid
        InvoiceVerdict fiOnly = inspect(invoice("Danfoss <faktura@danfoss.dk>",
                "FI-indbetaling: +71<000000000703942 +81979388<"), authenticated("danfoss.dk"), memory);
        assertThat(fiOnly.has(SignalNames.BANK_ACCOUNT_NEW)).as(fiOnly.summary()).isTrue();
        // a known FI creditor left in the template, a new account typed in: the compromised mailbox
        BankMemory fiMemory = new BankMemory(null);
        fiMemory.learn("danfoss.dk", List.of("FI+71:81979388", DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict swapped = inspect(invoice("Danfoss <faktura@danfoss.dk>",
                "IBAN DK95 2000 0123 4567 89. FI-indbetaling: +71<000000000703942 +81979388<"),
                authenticated("danfoss.dk"), fiMemory);
        assertThat(swapped.has(SignalNames.BANK_ACCOUNT_NEW)).as(swapped.summary()).isTrue();
    }

    @Test
    void aPlatformInvoiceInASuppliersNameWithTheKnownAccountAndAnFiLineIsUntouched() {
        BankMemory memory = new BankMemory(null);
        memory.learn("ramboll.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict v = inspect(invoice("Rambøll Danmark A/S via e-conomic <noreply@e-conomic.dk>",
                "IBAN DK50 0040 0440 1162 43 eller FI +71<000000000703942 +81979388<"), authenticated("e-conomic.dk"), memory);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void anOfficeInAFreeMailMailboxIsATitleAndADottedCompanyNameIsTheCompany() {
        InvoiceVerdict mayor = inspect(note("Henrik Mølholm <borgmester.molholm@gmail.com>", "Er du der?",
                "Er du ved skrivebordet? Jeg har brug for hjælp til en hurtig og diskret opgave. Svar her."),
                authenticated("gmail.com"), null);
        assertThat(mayor.action()).as(mayor.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict board = inspect(note("Birthe Vestergaard <b.vestergaard.direktion@icloud.com>", "I dag",
                "Kan du lave en overførsel på 74.300 kr. til Reg.nr. 5301 Kontonr. 0004417729 i dag?"),
                authenticated("icloud.com"), null);
        assertThat(board.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(board.summary()).isTrue();
        assertThat(board.action()).as(board.summary()).isEqualTo(InvoiceAction.TAG);
        // an ordinary private mailbox
        InvoiceVerdict ordinary = inspect(note("Henrik Mølholm <henrik.molholm@gmail.com>", "Er du der?",
                "Er du ved skrivebordet?"), authenticated("gmail.com"), null);
        assertThat(ordinary.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(ordinary.summary()).isFalse();
        // a hyphenated supplier's name written with dots in a free-mail mailbox
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "vodskov-vognmand.example",
                "domains.own", "horsens.dk"));
        InvoiceVerdict supplier = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(note(
                "Ole Vodskov <ole.vodskov.vognmand@gmail.com>", "Ny mailadresse til fakturaer",
                "Send fremover alt vedrørende fakturaer og betalinger til denne adresse.")),
                authenticated("gmail.com"), Set.of(), null);
        assertThat(supplier.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(supplier.summary()).isTrue();
        assertThat(supplier.action()).as(supplier.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aBorrowedAuthorityDemandingALateDebtIsTaggedWithoutAnAccount() {
        InvoiceVerdict v = inspect(TestMail.create().from("Gældsstyrelsen <opkraevning@gaeld-opkraevning.example>")
                .subject("Varsel om udlæg").html("<p>Der er registreret en restance på 12.400 kr. Betal via "
                        + "<a href=\"https://gaeld-opkraevning.example/betal\">linket</a> inden 5 dage.</p>")
                .bytes(), authenticated("gaeld-opkraevning.example"), null);
        assertThat(v.has(SignalNames.OVERDUE_NOTICE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void payingSomewhereInsteadIsABankChangeAndAStrangersChangeOfBankDetailsIsTagged() {
        InvoiceVerdict instead = inspect(note("Poul Kjær <poul.kjaer.maler@live.dk>", "Betaling til anden konto",
                "Min firmamail virker ikke. Regningen skal betales til Reg.nr. 5301 Kontonr. 0004417729 i stedet."),
                authenticated("live.dk"), null);
        assertThat(instead.has(SignalNames.BANK_CHANGE)).as(instead.summary()).isTrue();
        assertThat(instead.action()).as(instead.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict stranger = inspect(note("Accounts <accounts@advisory-group.example>", "Change of bank details",
                "Please note that our bank details have changed. Kindly update your records and remit all "
                + "payments to IBAN MT84 MALT 0110 0001 2345 MTLC AST0 01S."), authenticated("advisory-group.example"), null);
        assertThat(stranger.has(SignalNames.NO_EARLIER_INVOICE)).as(stranger.summary()).isTrue();
        assertThat(stranger.action()).as(stranger.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void theGermanTrapsSmallPrintConfirmsTheEntry() {
        InvoiceVerdict v = inspect(note("Verzeichnis <service@verzeichnis.example>", "Eintragung Horsens Kommune",
                "Mit Unterschrift bestätigen Sie den Eintrag für 3 Jahre zu je EUR 1.190,00. "
                + "Zahlung an IBAN HU42 1177 3016 1111 1018 0000 0000."), authenticated("verzeichnis.example"), null);
        assertThat(v.has(SignalNames.UNORDERED_OFFER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void ourExecutivesNamesFromOutsideAreImpersonationTheirOwnMailIsNot() {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.own", "horsens.dk", "names.protected", "Horsens Kommune",
                "names.executives", "Henrik Mølholm, Birthe Vestergaard"));
        InvoiceInspector inspector = new InvoiceInspector(cfg);
        byte[] giftCards = note("Henrik Molholm <h.molholm@hotmail.com>", "Diskret opgave i dag",
                "Køb venligst 8 gavekort à 2.000 kr. i dag og send mig koderne. Det skal holdes fortroligt.");
        InvoiceVerdict v = inspector.inspect(new ByteArrayInputStream(giftCards), authenticated("hotmail.com"), Set.of(), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // the mayor from our own domain, and a namesake whose name only begins the same
        InvoiceVerdict own = inspector.inspect(new ByteArrayInputStream(note("Henrik Mølholm <hm@horsens.dk>", "Møde",
                "Har du 5 minutter?")), authenticated("horsens.dk"), Set.of(), null);
        assertThat(own.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(own.summary()).isFalse();
        InvoiceVerdict namesake = inspector.inspect(new ByteArrayInputStream(note("Henrik Mølholmsen <hm@gmail.com>",
                "Møde", "Har du 5 minutter?")), authenticated("gmail.com"), Set.of(), null);
        assertThat(namesake.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(namesake.summary()).isFalse();
        // a first name alone would match half our mail: refused at start-up, naming the key
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InvoiceConfig.parse(Map.of("names.executives", "Henrik")))
                .hasMessageContaining("names.executives");
    }

    // ------------------------------------------------------------------ twelfth round (ninth held-out as tuning data)

    @Test
    void aRepaymentDemandIsAPaymentRequestWithoutTheWordInvoice() {
        InvoiceVerdict v = inspect(TestMail.create().from("Tilskudskontrol <kontrol@tilskud-kontrol.example>")
                .subject("Krav om tilbagebetaling, j.nr. 2026-1187")
                .text("Ved kontrol er der konstateret et for meget udbetalt beløb på 98.400,00 kr. Beløbet skal "
                        + "tilbagebetales inden 10 dage til IBAN DE89 3704 0044 0532 0130 00, ellers oversendes kravet.")
                .bytes(), authenticated("tilskud-kontrol.example"), null);
        assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // money coming to us is no order to pay: a refund into "jeres konto", a payment advice
        for (String text : List.of("Det overskydende beløb tilbagebetales til jeres konto 1551 0001234567.",
                "Vi har i dag overført 12.000 kr. til jeres konto reg. 1551 konto 0001234567.",
                "We will pay the balance to your account IBAN DE89 3704 0044 0532 0130 00.")) {
            InvoiceVerdict refund = inspect(note("Afregning <afregning@forsyning.example>", "Slutopgørelse", text),
                    authenticated("forsyning.example"), null);
            assertThat(refund.has(SignalNames.PAYMENT_INSTRUCTION)).as(text + " " + refund.summary()).isFalse();
        }
    }

    @Test
    void aFirstPaymentAbroadIsCheckedButNeverHeldOnThatAlone() {
        InvoiceVerdict v = inspect(note("Reservations <reservations@hotel-service.example>", "Cancellation fee",
                "As the group booking for 12 rooms was not confirmed, a cancellation fee of EUR 2,640.00 applies. "
                + "Please pay to IBAN IE29 AIBK 9311 5212 3456 78 within 7 days."), authenticated("hotel-service.example"), null);
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // a stranger's reminder into a foreign account is tagged, not quarantined: its invoice may have come by post
        InvoiceVerdict reminder = inspect(TestMail.create().from("Consulting <ar@euro-consult.example>")
                .subject("Overdue: invoice 3318").text("Our invoice 3318 remains unpaid. Please transfer EUR 6,240.00 "
                        + "to IBAN GB33 BUKB 2020 1555 5555 55 within 48 hours.").bytes(),
                authenticated("euro-consult.example"), null);
        assertThat(reminder.action()).as(reminder.summary()).isEqualTo(InvoiceAction.TAG);
        // a list post discussing such a demand is no payment request of the list's
        InvoiceVerdict list = inspect(TestMail.create().from("Kasper <kasper@ikast.example>")
                .header("List-Id", "Okonomi-net <okonomi-net.lists.example.dk>")
                .subject("Krav om hotelgebyr?").text("Har andre faaet et krav om at betale til IBAN IE29 AIBK 9311 5212 "
                        + "3456 78? Vi har ikke bestilt noget.").bytes(), InvoiceTuningTest.viaList("ikast.example", "none"), null);
        assertThat(list.has(SignalNames.MAILING_LIST)).as(list.summary()).isTrue();
        assertThat(list.has(SignalNames.BANK_COUNTRY_NEW)).as(list.summary()).isFalse();
    }

    @Test
    void aPlatformAccountOfACompanyWeDoNotKnowPayingAbroadIsTagged() {
        InvoiceVerdict v = inspect(invoice("Vestkyst Facility ApS (via e-conomic) <noreply@e-conomic.dk>",
                "IBAN EE38 2200 2210 2014 5685"), authenticated("e-conomic.dk"), null);
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        assertThat(v.lesson()).as("a platform teaches no account history").isNull();
        InvoiceVerdict home = inspect(invoice("Vestkyst Facility ApS (via e-conomic) <noreply@e-conomic.dk>",
                "IBAN DK95 2000 0123 4567 89"), authenticated("e-conomic.dk"), null);
        assertThat(home.action()).as(home.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a German firm (Reply-To its own .de domain) paid in Germany is a foreign supplier, not a payee abroad;
        // the same account behind a free-mail Reply-To proves nothing
        byte[] kiel = TestMail.create().from("Hafentechnik Kiel (via e-conomic) <noreply@e-conomic.dk>")
                .header("Reply-To", "rechnung@hafentechnik-kiel.de").subject("Faktura 5521")
                .text("Hermed faktura 5521. Beløbet bedes betalt til IBAN DE89 3704 0044 0532 0130 00 senest om 14 dage.")
                .attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("FAKTURA 5521",
                        "IBAN DE89 3704 0044 0532 0130 00")))
                .bytes();
        InvoiceVerdict german = inspect(kiel, authenticated("e-conomic.dk"), null);
        assertThat(german.has(SignalNames.BANK_COUNTRY_NEW)).as(german.summary()).isFalse();
        InvoiceVerdict gmail = inspect(new String(kiel, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("rechnung@hafentechnik-kiel.de", "hafentechnik.kiel@gmail.com")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), authenticated("e-conomic.dk"), null);
        assertThat(gmail.has(SignalNames.BANK_COUNTRY_NEW)).as(gmail.summary()).isTrue();
    }

    /** Round 31: the platform's own invoice document shows no company; a free-mail Reply-To shows none either. */
    @Test
    void aPlatformInvoiceInEnglishForACompanyAnsweringOnFreeMailPayingAbroadIsTagged() {
        byte[] index = TestMail.create().from("\"Nordic Procurement Index (via Bonsai)\" <invoices@hellobonsai.example>")
                .header("Reply-To", "npi.listings@outlook.com").subject("Invoice B-2033038 from Nordic Procurement Index")
                .text("Invoice B-2033038\nAmount: DKK 21,875.00\nAccount: IBAN BG96 UNCR 7000 1522 8844 71")
                .attach("application/pdf", "Invoice_B-2033038.pdf", TestFiles.pdf(List.of("Invoice B-2033038",
                        "Listing 2033-2034", "Account IBAN BG96 UNCR 7000 1522 8844 71")))
                .bytes();
        InvoiceConfig platform = InvoiceConfig.parse(Map.of("domains.own", "nyborg.dk", "domains.platforms",
                "hellobonsai.example"));
        InvoiceVerdict v = new InvoiceInspector(platform).inspect(new ByteArrayInputStream(index),
                authenticated("hellobonsai.example"), Set.of(), null);
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // a company that answers on its own domain has an identity behind the account
        byte[] canoe = new String(index, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("npi.listings@outlook.com", "accounts@nordic-procurement.example")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        InvoiceVerdict company = new InvoiceInspector(platform).inspect(new ByteArrayInputStream(canoe),
                authenticated("hellobonsai.example"), Set.of(), null);
        assertThat(company.has(SignalNames.BANK_COUNTRY_NEW)).as(company.summary()).isFalse();
    }

    @Test
    void aFreeMailTransferOrderWithoutABusinessIsTagged() {
        for (String[] m : List.of(
                new String[] {"Anne Klit <anne.klit.dir@outlook.com>", "Skal ordnes i dag", "Vil du overføre 68.900 kr. "
                        + "til IBAN DK50 0040 0440 1162 43 i dag? Jeg sender fakturaen bagefter."},
                new String[] {"Jens Bak <jens.bak.maler@hotmail.com>", "Ny konto", "Min mail på firmaet driller. "
                        + "Regningen bedes betalt til Reg.nr. 5470 Kontonr. 0003318842."})) {
            InvoiceVerdict v = inspect(note(m[0], m[1], m[2]), authenticated(m[0].replaceAll(".*@|>", "")), null);
            assertThat(v.has(SignalNames.FREEMAIL_SENDER)).as(v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // a sole trader's text invoice giving its CVR number is a business a clerk can look up
        InvoiceVerdict registered = inspect(invoice("Karen Vang <karen.vang.kursus@gmail.com>",
                "reg. 5470 konto 0003318842. CVR-nr. 3350 9406"), authenticated("gmail.com"), null);
        assertThat(registered.has(SignalNames.FREEMAIL_SENDER)).as(registered.summary()).isFalse();
        assertThat(registered.action()).as(registered.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void giftCardCodesAndAPhoneNumberRequestAreTheCeoFraudsOpeners() {
        InvoiceVerdict gift = inspect(note("Anne Klit <a.klit@yahoo.com>", "Skal ordnes i dag",
                "Kan du købe 10 gavekort à 1.000 kr. til en personalegave og sende mig koderne som foto?"),
                authenticated("yahoo.com"), null);
        assertThat(gift.has(SignalNames.COVERT_REQUEST)).as(gift.summary()).isTrue();
        assertThat(gift.action()).as(gift.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict phone = inspect(note("Økonomichef Per Thorsen <per.thorsen@icloud.com>", "Fortrolig sag",
                "Advokaten skal have et deponeringsbeløb i dag. Skriv dit mobilnummer, så ringer advokaten til dig."),
                authenticated("icloud.com"), null);
        assertThat(phone.has(SignalNames.COVERT_REQUEST)).as(phone.summary()).isTrue();
        assertThat(phone.action()).as(phone.summary()).isEqualTo(InvoiceAction.TAG);
        // an organisation's gift-card order confirmation, and a colleague, are neither
        InvoiceVerdict shop = inspect(note("Gavekort.dk <ordre@gavekort-shop.example>", "Ordrebekræftelse",
                "Tak for din bestilling af 10 gavekort. Koderne sendes til modtagerne."), authenticated("gavekort-shop.example"), null);
        assertThat(shop.action()).as(shop.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aCallForARefundOrAnOrderNotPlacedIsACallBack() {
        for (String text : List.of("Tak for din ordre. Dit kort belastes 38.600,00 kr. Har du ikke afgivet ordren? "
                        + "Ring straks til os på +45 78 79 41 22 for at stoppe betalingen.",
                "Dit abonnement er fornyet automatisk. Ring på +45 78 79 41 22 for refusion.")) {
            InvoiceVerdict v = inspect(note("Support <support@licens-support.example>", "Ordre bekræftet", text),
                    authenticated("licens-support.example"), null);
            assertThat(v.has(SignalNames.CALLBACK_REQUEST)).as(v.summary()).isTrue();
        }
        InvoiceVerdict service = inspect(note("Kundeservice <service@forsyning.example>", "Din aftale",
                "Har du spørgsmål til aftalen, så ring på 70 12 34 56 på hverdage."), authenticated("forsyning.example"), null);
        assertThat(service.has(SignalNames.CALLBACK_REQUEST)).as(service.summary()).isFalse();
    }

    @Test
    void anAutoRenewalThatOnlyATelephoneCallCancelsIsACallBack() {
        // the sixteenth held-out corpus's "licence renewed automatically for 2 years; to cancel, call within 24 hours"
        InvoiceVerdict v = inspect(note("McAfee Fornyelse <ordre@kundeservice.example>", "Faktura - automatisk fornyelse",
                "Jeres licens er fornyet automatisk for 2 år (6.890 kr.). Ønsker I at fortryde, skal I ringe "
                        + "+45 78 75 20 41 inden 24 timer."), authenticated("kundeservice.example"), null);
        assertThat(v.has(SignalNames.CANCEL_BY_PHONE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict fornyet = inspect(note("Norton Fornyelse <ordre@ordrecenter.example>", "Faktura: abonnement fornyet",
                "Jeres abonnement er fornyet automatisk i 3 år (7.480 kr.). Vil I fortryde, skal I ringe +45 32 71 40 98 "
                        + "inden 24 timer."), authenticated("ordrecenter.example"), null);
        assertThat(fornyet.has(SignalNames.CANCEL_BY_PHONE)).as(fornyet.summary()).isTrue();
        InvoiceVerdict newspaper = inspect(note("Kundeservice <service@avis.example>", "Dit abonnement",
                "Ønsker du at opsige dit abonnement, kan du ringe til kundeservice på 70 15 01 00."),
                authenticated("avis.example"), null);
        assertThat(newspaper.has(SignalNames.CALLBACK_REQUEST) || newspaper.has(SignalNames.CANCEL_BY_PHONE))
                .as(newspaper.summary()).isFalse();
        // cancelling by telephone without any renewal is a customer service's ordinary offer
        InvoiceVerdict cancel = inspect(note("Kundeservice <service@avis.example>", "Din bestilling",
                "Tak for din bestilling. Ønsker du at annullere, kan du ringe på 70 12 34 56."),
                authenticated("avis.example"), null);
        assertThat(cancel.has(SignalNames.CALLBACK_REQUEST) || cancel.has(SignalNames.CANCEL_BY_PHONE))
                .as(cancel.summary()).isFalse();
    }

    @Test
    void aStrangersScanTheQrCodeToPayIsTaggedAKnownSuppliersIsNot() {
        byte[] qr = TestMail.create().from("Betalingsservice <opkraevning@betaling-qr.example>")
                .subject("Betaling kunne ikke gennemføres")
                .html("<p>Jeres betaling af 9.870,00 kr. er returneret. Scan QR-koden med mobilen for at gennemføre "
                        + "betalingen.</p><img src=\"cid:qr\" width=\"180\">")
                .attach("image/png", "qr.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .bytes();
        InvoiceVerdict v = inspect(qr, authenticated("betaling-qr.example"), null);
        assertThat(v.has(SignalNames.QR_PAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        byte[] supplier = new String(qr, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("opkraevning@betaling-qr.example", "faktura@atea.dk")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        InvoiceVerdict listed = inspect(supplier, authenticated("atea.dk"), null);
        assertThat(listed.action()).as(listed.summary()).isEqualTo(InvoiceAction.DELIVER);
        // "QR" in a signature or a product name beside no payment is nothing
        InvoiceVerdict word = inspect(note("Info <info@qr-shop.example>", "Nyhed", "Vores nye QR-scanner er på lager. "
                + "Se kataloget."), authenticated("qr-shop.example"), null);
        assertThat(word.has(SignalNames.QR_PAYMENT)).as(word.summary()).isFalse();
        // a text-only warning about QR invoices carries no code to scan
        InvoiceVerdict warning = inspect(note("Sikker Digital <nyhedsbrev@sikker-digital.example>", "Advarsel: falske "
                + "fakturaer med QR-kode", "Svindlere sender fakturaer, hvor betalingen sker ved at scanne en QR-kode. "
                + "Betal aldrig via en QR-kode i en uventet mail."), authenticated("sikker-digital.example"), null);
        assertThat(warning.has(SignalNames.QR_PAYMENT)).as(warning.summary()).isFalse();
        assertThat(warning.action()).as(warning.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ thirteenth round (tenth and eleventh held-out)

    @Test
    void moneyThatShouldGoOrBeSentToAnAccountIsAPaymentRequest() {
        for (String[] m : List.of(
                new String[] {"Poul Tjæreby <poul.tjaereby@hotmail.com>", "Feriepenge", "Da jeg er flyttet til Irland, "
                        + "skal pengene sendes til IBAN IE29 AIBK 9311 5212 3456 78."},
                new String[] {"Jens Halsskov <jens.halsskov.udlejning@gmail.com>", "Husleje", "Fra denne måned skal "
                        + "huslejen på 7.950 kr. gå til Reg.nr. 5301 Kontonr. 0004471826."},
                new String[] {"Mette K <mette.k.kd@outlook.com>", "Betaling i dag", "Vil du lave en overførsel på "
                        + "48.600 kr. til IBAN DK56 8990 0004 4177 30 inden kl. 13? Bilag kommer bagefter."})) {
            InvoiceVerdict v = inspect(note(m[0], m[1], m[2]), authenticated(m[0].replaceAll(".*@|>", "")), null);
            assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        InvoiceVerdict refund = inspect(note("Afregning <afregning@forsyning.example>", "Slutopgørelse",
                "Tilgodehavendet udbetales til jeres NemKonto inden 14 dage."), authenticated("forsyning.example"), null);
        assertThat(refund.has(SignalNames.PAYMENT_INSTRUCTION)).as(refund.summary()).isFalse();
    }

    @Test
    void theDanishVatNumberIsABusinessRegistration() {
        InvoiceVerdict v = inspect(invoice("Yusuf Demir Tolkning <ydemir.tolk@outlook.com>",
                "Reg.nr. 9570 Kontonr. 0018859913. Momsnr. DK36874977"), authenticated("outlook.com"), null);
        assertThat(v.has(SignalNames.BUSINESS_REGISTRATION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FREEMAIL_SENDER)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a foreign VAT number names no Danish business
        InvoiceVerdict foreign = inspect(invoice("Hans Weber <h.weber.handel@gmail.com>",
                "IBAN DE89 3704 0044 0532 0130 00. VAT DE123456789"), authenticated("gmail.com"), null);
        assertThat(foreign.has(SignalNames.BUSINESS_REGISTRATION)).as(foreign.summary()).isFalse();
    }

    @Test
    void aHyphenatedSuppliersNameWithAWordAndAShortPlatformsNameAreLookAlikes() {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "vestsj-vand.dk", "domains.own", "slagelse.dk",
                "domains.platforms", "zoho.eu"));
        InvoiceInspector inspector = new InvoiceInspector(cfg);
        InvoiceVerdict supplier = inspector.inspect(new ByteArrayInputStream(invoice("Vestsjællands Vand "
                + "<faktura@vestsj-vand-betaling.dk>", "IBAN DK95 2000 0123 4567 89")),
                authenticated("vestsj-vand-betaling.dk"), Set.of(), null);
        assertThat(supplier.has(SignalNames.EMBEDDED_DOMAIN)).as(supplier.summary()).isTrue();
        InvoiceVerdict platform = inspector.inspect(new ByteArrayInputStream(note("Lokalavis <invoices@zoho-billing.eu>",
                "Forfalden faktura INV-7277", "Faktura INV-7277 er over forfald. Betal online.")),
                authenticated("zoho-billing.eu"), Set.of(), null);
        assertThat(platform.has(SignalNames.EMBEDDED_DOMAIN)).as(platform.summary()).isTrue();
        assertThat(platform.action()).as(platform.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // the other half of a hyphenated name, or the name inside a longer word, is not the name
        InvoiceVerdict other = inspector.inspect(new ByteArrayInputStream(invoice("Vand og Varme <f@vand-service.dk>",
                "IBAN DK95 2000 0123 4567 89")), authenticated("vand-service.dk"), Set.of(), null);
        assertThat(other.has(SignalNames.EMBEDDED_DOMAIN)).as(other.summary()).isFalse();
    }

    @Test
    void aBorrowedAuthorityWithALinkIsTaggedAndTheCallBackAndQrVariantsAreSeen() {
        InvoiceVerdict tax = inspect(TestMail.create().from("Skattestyrelsen <refusion@skat-refusion.example>")
                .subject("Momsrefusion klar til udbetaling").html("<p>Der er opgjort et tilgodehavende på 84.312 kr. "
                        + "Udbetalingen kan ikke ske, før NemKontoen er bekræftet.</p><p><a href=\"https://skat-refusion"
                        + ".example/nemkonto\">Bekræft NemKonto med MitID</a></p>").bytes(),
                authenticated("skat-refusion.example"), null);
        assertThat(tax.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(tax.summary()).isTrue();
        assertThat(tax.action()).as(tax.summary()).isEqualTo(InvoiceAction.TAG);
        for (String text : List.of("Licensen er forlænget automatisk. Kontakt os på +45 89 88 14 70 for at få pengene retur.",
                "Har du ikke afgivet ordren? Kontakt straks vores kundeservice på +45 78 77 30 21 for at annullere.")) {
            InvoiceVerdict v = inspect(note("Ordre <ordre@kundeservice.example>", "Din ordre", text),
                    authenticated("kundeservice.example"), null);
            assertThat(v.has(SignalNames.CALLBACK_REQUEST)).as(v.summary()).isTrue();
        }
        InvoiceVerdict returns = inspect(note("Webshop <ordre@webshop.example>", "Ordrebekræftelse", "Varer kan sendes "
                + "retur inden 30 dage. Kontakt os på 70 12 34 56 ved spørgsmål."), authenticated("webshop.example"), null);
        assertThat(returns.has(SignalNames.CALLBACK_REQUEST)).as(returns.summary()).isFalse();
        byte[] qr = TestMail.create().from("Betalingsoverblik <besked@betal-med-qr.example>").subject("Overførsel afvist")
                .html("<p>Jeres overførsel på 12.340,00 kr. blev afvist. Brug mobilen og scan koden herunder for at "
                        + "betale.</p><img src=\"cid:qr\" alt=\"QR\">")
                .attach("image/png", "betal.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).bytes();
        InvoiceVerdict code = inspect(qr, authenticated("betal-med-qr.example"), null);
        assertThat(code.has(SignalNames.QR_PAYMENT)).as(code.summary()).isTrue();
        assertThat(code.action()).as(code.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void theCeoFraudsLongerGiftCardOrderAndDirectNumberRequestAreCovert() {
        InvoiceVerdict gift = inspect(note("Susanne K <s.k@live.dk>", "Haster i dag", "Vil du købe 8 gavekort til 1.500 "
                + "kr. stykket til en overraskelse for direktionssekretariatet og sende mig koderne?"),
                authenticated("live.dk"), null);
        assertThat(gift.has(SignalNames.COVERT_REQUEST)).as(gift.summary()).isTrue();
        assertThat(gift.action()).as(gift.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict phone = inspect(note("\"Henrik L, økonomichef\" <h.l@icloud.com>", "Et hurtigt spørgsmål",
                "Vi har en fortrolig opkøbssag. Send mig dit direkte nummer, så kontakter advokaten dig."),
                authenticated("icloud.com"), null);
        assertThat(phone.has(SignalNames.COVERT_REQUEST)).as(phone.summary()).isTrue();
        assertThat(phone.action()).as(phone.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aStrangersSvgStatementIsTaggedWithoutAnyInvoiceWords() {
        byte[] svg = TestMail.create().from("Debitorafdeling <dokumenter@filoverfoersel.example>").subject("Saldo og åbne poster")
                .text("Dokumentet er vedhæftet. Det åbnes bedst i en browser.")
                .attach("image/svg+xml", "saldo.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"https://"
                        + "login.filoverfoersel.example\"><text>Åbn</text></a></svg>").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .bytes();
        InvoiceVerdict v = inspect(svg, authenticated("filoverfoersel.example"), null);
        assertThat(v.has(SignalNames.SVG_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    // ------------------------------------------------------------------ fourteenth round (twelfth held-out)

    @Test
    void sayingThatNothingChangesIsNoBankChange() {
        for (String text : List.of("Oktober-fakturaen bliver lavere. Ingen ændringer i betalingsoplysninger.",
                "Our bank details have not changed.", "Vores kontonummer er ikke ændret.")) {
            InvoiceVerdict v = inspect(note("Busser <kontor@danfoss.dk>", "Efterårsferiens kørsel", text),
                    authenticated("danfoss.dk"), null);
            assertThat(v.has(SignalNames.BANK_CHANGE)).as(text + " " + v.summary()).isFalse();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        }
        // a new account is still a change, whatever else the text denies
        InvoiceVerdict v = inspect(note("Busser <kontor@danfoss.dk>", "Betaling", "Vores bank er ikke ændret, men "
                + "brug venligst vores nye kontonummer 5301 0004471826."), authenticated("danfoss.dk"), null);
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
    }

    // ------------------------------------------------------------------ fifteenth round (all thirteen corpora)

    @Test
    void aStrangersMoneyMailWhoseOnlyWayForwardIsAButtonIsTagged() {
        for (String html : List.of(
                "<p>3 betalinger (i alt 612.040,00 kr.) afventer din godkendelse.</p><p><a href=\"https://netbank-godkend.example/login\">Godkend med MitID</a></p>",
                "<p>Tømrerfirmaet har delt en faktura med dig.</p><p><a class=\"b\" href=\"https://docs-view.example/d/1\"><b>Åbn dokument</b></a></p>",
                "<p>Your subscription payment failed. Update your payment details within 24 hours.</p><a href=\"https://billing.example/account\">Update payment method</a>",
                "<p>Et køretøj har passeret uden gyldig betaling. Betal 385,00 kr. inden 3 dage.</p><p><a href=\"https://toll.example/betal\">Betal nu</a></p>")) {
            InvoiceVerdict v = inspect(TestMail.create().from("Service <no-reply@docs-view.example>").subject("Besked")
                    .html(html).bytes(), authenticated("docs-view.example"), null);
            assertThat(v.has(SignalNames.LINK_ACTION)).as(v.summary()).isTrue();
            assertThat(v.action()).as(html + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // plain text and a calendar invitation: the words before the bare URL on its line
        InvoiceVerdict text = inspect(note("Debitor <invite@kalender.example>", "Forfalden faktura",
                "Du er inviteret.\nForfalden faktura: betal udestående via https://kalender.example/pay i dag."),
                authenticated("kalender.example"), null);
        assertThat(text.action()).as(text.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aButtonIsNoRiskFromANewsletterAListAKnownSupplierOrBesideTheInvoiceItself() {
        // a newsletter's links read "Læs mere", whatever the article says about payments
        InvoiceVerdict news = inspect(TestMail.create().from("Nyhedsbrev <nyt@kommunal-okonomi.example>")
                .subject("Nyt om betaling af fakturaer").html("<p>Sådan betaler kommuner fakturaer hurtigere.</p>"
                        + "<a href=\"https://kommunal-okonomi.example/artikel\">Læs mere</a>").bytes(),
                authenticated("kommunal-okonomi.example"), null);
        assertThat(news.has(SignalNames.LINK_ACTION)).as(news.summary()).isFalse();
        assertThat(news.action()).as(news.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a known supplier's pay link is its own portal
        InvoiceVerdict supplier = inspect(TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("Faktura 88")
                .html("<p>Faktura 88 er klar.</p><a href=\"https://danfoss.dk/pay\">Betal nu</a>").bytes(),
                authenticated("danfoss.dk"), null);
        assertThat(supplier.action()).as(supplier.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a new supplier's invoice with its PDF and a pay link: the invoice can be read without the button
        InvoiceVerdict pdf = inspect(TestMail.create().from("Nyt Firma <faktura@nytfirma.example>").subject("Faktura 5521")
                .html("<p>Hermed faktura 5521.</p><a href=\"https://nytfirma.example/betal\">Betal online</a>")
                .attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("FAKTURA 5521", "CVR 12345678")))
                .bytes(), authenticated("nytfirma.example"), null);
        assertThat(pdf.has(SignalNames.LINK_ACTION)).as(pdf.summary()).isTrue();
        assertThat(pdf.action()).as(pdf.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a button about nothing to do with money
        InvoiceVerdict meeting = inspect(TestMail.create().from("Kursus <info@kursus.example>").subject("Tilmelding")
                .html("<p>Tak for din tilmelding til kurset.</p><a href=\"https://kursus.example/x\">Bekræft</a>").bytes(),
                authenticated("kursus.example"), null);
        assertThat(meeting.action()).as(meeting.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void onlyTheFirstSixtyFourLinksAreRead() {
        StringBuilder html = new StringBuilder("<p>Faktura</p>");
        for (int i = 0; i < 64; i++) {
            html.append("<a href=\"https://n.example/").append(i).append("\">Læs mere</a> ");
        }
        html.append("<a href=\"https://n.example/pay\">Betal nu</a>");
        assertThat(Links.callToAction(html, html.length())).isNull();
        assertThat(Links.callToAction(html.substring(html.indexOf("<a href=\"https://n.example/63")), html.length())).isEqualTo("betal");
        assertThat(Links.callToAction("<a href=\"https://x.example\">Log ind</a>", 100)).isEqualTo("log ind");
        assertThat(Links.callToAction("se faktura: https://x.example/f", 100)).isEqualTo("se faktura");
        assertThat(Links.callToAction("<a href=\"https://x.example\"", 100)).isNull();
        // a lone "Åbn" under a shared file's name; "Gå til indbakken" of a fake approval workflow
        assertThat(Links.callToAction("<p>X har delt en fil</p><a href=\"https://x.example/s\"> <b>Åbn</b></a>", 200)).isEqualTo("åbn");
        assertThat(Links.callToAction("<a href=\"https://x.example/sso\">Gå til indbakken</a>", 200)).isEqualTo("til indbakken");
        // hostile markup: a megabyte of unclosed anchors and tags is read in bounded windows, and the answer is null
        String hostile = "<a href=\"https://x.example\">" + "<span style=\"x\">".repeat(60_000);
        assertThat(Links.callToAction(hostile + "Betal", hostile.length() + 5)).isNull();
        assertThat(Links.callToAction("<a href=\"https://x.example/login\">Vis dokument</a>", 200)).isEqualTo("vis dokument");
        assertThat(Links.callToAction("<a href=\"https://x.example/f\">Frigiv betalinger</a>", 200)).isEqualTo("frigiv betalinger");
        // the anchor is read as a browser shows it: entities decoded, markup dropped
        assertThat(Links.callToAction("<a href=\"https://x.example/d\"><span>&Aring;bn</span>&nbsp;dokument</a>", 200))
                .isEqualTo("åbn dokument");
        // one scan gives the hosts and the first call to action together
        java.util.Set<String> hosts = new java.util.TreeSet<>();
        assertThat(Links.scan("<a href=\"https://a.example/x\">Læs mere</a> <a href=\"https://b.example/y\">Betal nu</a>"
                + " https://c.example/", 500, hosts, 200, true)).isEqualTo("betal");
        assertThat(hosts).containsExactly("a.example", "b.example", "c.example");
        // words that lead nowhere harmful
        assertThat(Links.callToAction("<a href=\"https://x.example\">Læs mere</a> <a href=\"https://x.example/a\">Afmeld</a>"
                + " Se mere på https://x.example/b", 300)).isNull();
    }

    @Test
    void theNewNumberOpenerFromFreeMailAboutMoneyIsTaggedFromAColleagueItIsNot() {
        // the CEO fraud moves to a phone: "jeg har ny mobil, skriv til mig på +45 …, det drejer sig om en betaling"
        InvoiceVerdict v = inspect(note("Anne-Mette Skov <anne-mette.skov@icloud.com>", "Ring mig", "Hej, jeg har ny "
                + "mobil. Skriv til mig på +45 91 88 20 47 hurtigst muligt, det drejer sig om en betaling."),
                authenticated("icloud.com"), null);
        assertThat(v.has(SignalNames.COVERT_REQUEST)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict colleague = inspect(note("Anne-Mette Skov <ams@horsens.dk>", "Nyt nummer", "Hej, jeg har nyt "
                + "nummer: +45 91 88 20 47. Betalingen til Danfoss er godkendt."), authenticated("horsens.dk"), null);
        assertThat(colleague.action()).as(colleague.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aStrangersRedirectOfOurPayoutsAbroadIsTaggedAPayoutToTheCitizensOwnAccountIsNot() {
        for (String text : List.of("Boets NemKonto er lukket, så beløbet bedes udbetalt til boets klientkonto IBAN "
                + "SE72 8000 0810 3400 0978 3242.", "Følgende borgere har skiftet til en fælles administrationskonto. "
                + "Deres udbetalinger fra næste måned skal ske til IBAN EE77 4722 0000 2218 7654.")) {
            InvoiceVerdict v = inspect(note("Borgerudbetaling <refusion@udbetaling-admin.example>", "Udbetaling", text),
                    authenticated("udbetaling-admin.example"), null);
            assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isTrue();
            assertThat(v.action()).as(text + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // money coming to us or to the citizen's own account is no order to pay
        InvoiceVerdict advice = inspect(note("Bank <besked@bank.example>", "Udbetaling", "Udbetaling til jeres konto "
                + "IBAN SE72 8000 0810 3400 0978 3242 er gennemført."), authenticated("bank.example"), null);
        assertThat(advice.has(SignalNames.PAYMENT_INSTRUCTION)).as(advice.summary()).isFalse();
    }

    @Test
    void aForeignSuppliersAccountInItsOwnDomainsCountryIsItsHomeAccount() {
        // a Swedish playground supplier on .se writes Danish and banks in Sweden: no Danish-looking sender abroad
        InvoiceVerdict home = inspect(invoice("Hallands Lekplatser AB <faktura@lekplatser.se>",
                "IBAN SE72 8000 0810 3400 0978 3242"), authenticated("lekplatser.se"), null);
        assertThat(home.has(SignalNames.FOREIGN_IBAN)).as(home.summary()).isFalse();
        assertThat(home.action()).as(home.summary()).isEqualTo(InvoiceAction.DELIVER);
        // the same Danish words and Swedish account from a .com or a .dk sender are still a Danish-looking sender abroad
        for (String domain : List.of("lekplatser-norden.com", "lekplatser.dk")) {
            InvoiceVerdict v = inspect(invoice("Lekplatser <faktura@" + domain + ">", "IBAN SE72 8000 0810 3400 0978 3242"),
                    authenticated(domain), null);
            assertThat(v.has(SignalNames.FOREIGN_IBAN)).as(v.summary()).isTrue();
        }
        assertThat(MimeScan.ownCountry("shop.co.uk", "GB")).isTrue();
        assertThat(MimeScan.ownCountry("shop.de", "AT")).isFalse();
    }

    // ------------------------------------------------------------------ sixteenth round (thirteenth and fourteenth held-out)

    @Test
    void payoutsAndGrantsRedirectedByAPrivateMailboxAreTagged() {
        for (String text : List.of("Jeg er flyttet til Irland. Send venligst mine feriepenge og sidste løn til IBAN "
                + "IE65 AIBK 9311 5212 3456 12.", "Jeg er ny kasserer i klubben. Lokaletilskud skal fremover sættes ind "
                + "på IBAN DK50 0040 0440 1162 43.", "Indtil det er ordnet, bedes aktivitetstilskuddet for 2. halvår "
                + "(38.600 kr.) udbetalt til Reg.nr. 5479 Kontonr. 0007719355.")) {
            InvoiceVerdict v = inspect(note("Kasseren <klub.kasserer@gmail.com>", "Udbetaling", text),
                    authenticated("gmail.com"), null);
            assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(text + ": " + v.summary()).isTrue();
            // the wages abroad are also a payroll diversion (round 37) and held; the grants are tagged
            assertThat(v.action()).as(text + ": " + v.summary())
                    .isEqualTo(text.contains("løn") ? InvoiceAction.QUARANTINE : InvoiceAction.TAG);
        }
        // sending an invoice is no order to pay, and a "bedes" long before a "betalt" is another sentence
        InvoiceVerdict v = inspect(note("Kunde <k@gmail.com>", "Faktura", "Send venligst fakturaen til os. Vi bedes "
                + "ofte om meget, men alt er nu i orden, og det hele blev i sidste uge endelig betalt til jer."),
                authenticated("gmail.com"), null);
        assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isFalse();
    }

    // ------------------------------------------------------------------ seventeenth round (all fifteen corpora)

    @Test
    void aNewKontoBesideAccountDetailsIsABankChangeALoginIsNot() {
        InvoiceVerdict v = inspect(note("Kasserer <kasserer@roklub.example>", "Ny konto", "Hej. Klubben har fået ny "
                + "kasserer, og lokaletilskuddet bedes fremadrettet sendt til vores nye konto: Reg.nr. 5479 Kontonr. "
                + "0007719355."), authenticated("roklub.example"), null);
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // a web shop's "opret ny konto" carries no account details; "ingen ny konto" is no change
        InvoiceVerdict login = inspect(invoice("Shop <faktura@shop.example>", "Opret ny konto på shop.example for at se "
                + "dine ordrer."), authenticated("shop.example"), null);
        assertThat(login.has(SignalNames.BANK_CHANGE)).as(login.summary()).isFalse();
        InvoiceVerdict same = inspect(note("Kasserer <kasserer@roklub.example>", "Tilskud", "Der er ingen ny konto: "
                + "tilskuddet går som altid til Reg.nr. 5479 Kontonr. 0007719355."), authenticated("roklub.example"), null);
        assertThat(same.has(SignalNames.BANK_CHANGE)).as(same.summary()).isFalse();
    }

    // ------------------------------------------------------------------ eighteenth round (fifteenth and sixteenth held-out)

    @Test
    void payFromNowOnIntoThisAccountIsABankChangeAPaymentToUsIsNot() {
        InvoiceVerdict v = inspect(note("Jan B <jan.b.dk@hotmail.com>", "Løn til tysk konto", "Jeg bor nu i Süderlügum. "
                + "Min løn og feriepenge skal fremover til min tyske konto IBAN DE73 5001 0517 5418 8220 13."),
                authenticated("hotmail.com"), null);
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // money coming to us from now on, and an upcoming invoice to the usual account, change nothing
        for (String text : List.of("Tilskuddet udbetales fremover til jeres NemKonto.", "Fremover kan I også betale "
                + "med MobilePay. Den kommende faktura betales som altid til konto Reg.nr. 5479 Kontonr. 0007719355.")) {
            InvoiceVerdict same = inspect(note("Kasserer <kasserer@roklub.example>", "Tilskud", text),
                    authenticated("roklub.example"), null);
            assertThat(same.has(SignalNames.BANK_CHANGE)).as(text + ": " + same.summary()).isFalse();
        }
    }

    @Test
    void aStrangersFormThatSigningOrdersIsTaggedEvenWithoutAnAccount() {
        byte[] form = TestMail.create().from("Skandinavisk Firmaregister <opdatering@firmaregister.example>")
                .subject("Bekræft jeres oplysninger").text("Kontrollér de forudfyldte oplysninger og returnér formularen "
                        + "underskrevet. Optagelsen er gratis.")
                .attach("application/pdf", "Formular.pdf", TestFiles.pdf(List.of("Opdateringsformular",
                        "Med underskrift bestilles 3 års annonce à 1.190 EUR")))
                .bytes();
        InvoiceVerdict v = inspect(form, authenticated("firmaregister.example"), null);
        assertThat(v.has(SignalNames.UNORDERED_OFFER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void scanTheCodeAndApproveIsAQrPayment() {
        byte[] mail = TestMail.create().from("MobilePay Erhverv <betaling@mobil-qr.example>").subject("Betaling mislykkedes")
                .html("<p>Jeres betaling på 12.480,00 kr. blev afvist af banken. Scan koden med din telefon og godkend.</p>"
                        + "<p><img src=\"cid:qr\" alt=\"QR\"></p>")
                .attach("image/png", "betal_qr.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("mobil-qr.example"), null);
        assertThat(v.has(SignalNames.QR_PAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aChangedPaymentAccountInADanishCompoundIsABankChange() {
        InvoiceVerdict v = inspect(note("Pension <arbejdsgiver@pension.example>", "Ændret indbetalingskonto for "
                + "pensionsbidrag", "Fra lønkørslen i januar skal pensionsbidrag indbetales til vores nye "
                + "indbetalingskonto Reg.nr. 6695 Kontonr. 2004719933."), authenticated("pension.example"), null);
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void anAuthoritysNameOffItsCountrysDomainsIsTheLieOnItsOwnDomainIsNothing() {
        // a fee demand "from the register" on a .com: authenticated, a PDF, a Danish account, nothing else wrong
        byte[] fee = TestMail.create().from("Affaldsregistret <gebyr@affaldsregistret-nord.example>")
                .subject("Opkrævning af registreringsgebyr 2027")
                .text("Kommunen er registreret som indsamler. Gebyret for 2027 udgør 3.420,00 kr. og betales til "
                        + "reg.nr. 5301 kontonr. 0242480 senest om 8 dage.")
                .attach("application/pdf", "Opkraevning_2027.pdf", TestFiles.pdf(List.of("OPKRÆVNING 2027",
                        "Registreringsgebyr 3.420,00 kr.", "Betales til reg.nr. 5301 kontonr. 0242480")))
                .bytes();
        InvoiceVerdict v = inspect(fee, authenticated("affaldsregistret-nord.example"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // the same words in the domain alone
        InvoiceVerdict domain = inspect(note("Opkrævning <gebyr@miljoestyrelsen-gebyr.example>", "Gebyr",
                "Gebyret betales til reg.nr. 5301 kontonr. 0242480."), authenticated("miljoestyrelsen-gebyr.example"), null);
        assertThat(domain.has(SignalNames.EMBEDDED_DOMAIN)).as(domain.summary()).isTrue();
        InvoiceVerdict court = inspect(note("Retten i Holbæk <fogedsag@domstol-sag.example>", "Udlæg",
                "Beløbet indbetales til reg.nr. 5301 kontonr. 0242480."), authenticated("domstol-sag.example"), null);
        assertThat(court.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(court.summary()).isTrue();
        // the authorities themselves, a Norwegian one on .no, a board on free mail, an English newsletter
        for (String[] real : new String[][] {{"Tinglysningsretten <noreply@tinglysning.dk>", "tinglysning.dk"},
                {"Enhetsregisteret <noreply@brreg.no>", "brreg.no"},
                {"Bestyrelsen, Grundejerforeningen Søhusene <sohusene.bestyrelse@gmail.com>", "gmail.com"},
                {"The Register <news@theregister.example>", "theregister.example"},
                {"Dansk Kasseregister <salg@kasseregister-danmark.example>", "kasseregister-danmark.example"},
                {"Hovedretten Catering <ordre@hovedretten.example>", "hovedretten.example"}}) {
            InvoiceVerdict r = inspect(note(real[0], "Kvittering", "Tak for jeres registrering. Gebyret er betalt."),
                    authenticated(real[1]), null);
            assertThat(r.has(SignalNames.DISPLAY_NAME_IMPERSONATION) || r.has(SignalNames.EMBEDDED_DOMAIN))
                    .as(real[0] + ": " + r.summary()).isFalse();
        }
    }

    @Test
    void anAccountThenAnAmountIsAnOrderToPayOnFreeMailItIsTagged() {
        // the "voice message" CEO fraud's one line: no pay verb, the account first, then the amount
        InvoiceVerdict v = inspect(note("Anders Holm <anders.holm.hk@gmail.com>", "Lydbesked - vigtigt i dag",
                "Hør beskeden og sørg for, at det bliver klaret i dag. Kontoen er IBAN GB33 BUKB 2020 1555 5555 55, "
                        + "beløb 148.000 kr."), Verdicts.of("ip=192.0.2.60;mailfrom=anders.holm.hk@gmail.com;spf=pass;"
                        + "dkim=pass:gmail.com;dmarc=pass:gmail.com:none"), null);
        assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // our own account credited is no order
        InvoiceVerdict advice = inspect(note("Bank <besked@bank.example>", "Indbetaling", "Jeres konto 1551 "
                + "0001234567 er krediteret 12.000 kr."), authenticated("bank.example"), null);
        assertThat(advice.has(SignalNames.PAYMENT_INSTRUCTION)).as(advice.summary()).isFalse();
    }

    @Test
    void anAuthorityOrALevyNamedAfterOurTownIsALookAlikeALocalTradeIsNot() {
        for (String domain : List.of("webtilsyn-horsens.example", "nis2-register-horsens.example",
                "horsens-afgift.example")) {
            InvoiceVerdict v = inspect(note("Tilsynet <sag@" + domain + ">", "Afgørelse", "Gebyret indbetales på "
                    + "reg.nr. 5301 kontonr. 0242480."), authenticated(domain), null);
            assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(domain + ": " + v.summary()).isTrue();
        }
        InvoiceVerdict trade = inspect(note("Horsens VVS <faktura@horsens-vvs.example>", "Faktura", "Beløbet "
                + "indbetales på reg.nr. 5301 kontonr. 0242480."), authenticated("horsens-vvs.example"), null);
        assertThat(trade.has(SignalNames.EMBEDDED_DOMAIN)).as(trade.summary()).isFalse();
    }

    @Test
    void moneyAskedBackOrSettledAbroadByAStrangerIsTaggedMoneyReturnedToUsIsNot() {
        for (String text : List.of("Due to a processing error the settlement was paid twice (DKK 38,420.00). Please "
                        + "return the duplicate amount to our settlement account IBAN GB33 BUKB 2020 1555 5555 55 within 3 days.",
                "To avoid a compliance notice, please settle the certification fee of EUR 3,950.00 to IBAN LT12 1000 "
                        + "0111 0100 1000 within 14 days.")) {
            InvoiceVerdict v = inspect(note("Settlement Team <settlement@acquirer-desk.example>", "Action required", text),
                    authenticated("acquirer-desk.example"), null);
            assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(text + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        InvoiceVerdict ours = inspect(note("Settlement <settlement@acquirer.example>", "Refund", "We will return the "
                + "duplicate amount of EUR 3,950.00 to your account IBAN LT12 1000 0111 0100 1000."),
                authenticated("acquirer.example"), null);
        assertThat(ours.has(SignalNames.PAYMENT_INSTRUCTION)).as(ours.summary()).isFalse();
    }

    @Test
    void bankDetailsSaidToStayTheSameAfterAMoveAreNoBankChange() {
        for (String text : List.of("Vi er flyttet til nyt værksted i Børkop. Bankforbindelse og kontonummer er uændret.",
                "Vi har fået nyt telefonnummer - bank og kontonummer er uændrede.",
                "We have a new address from May. Our bank details remain unchanged.")) {
            InvoiceVerdict v = inspect(note("Danfoss <faktura@danfoss.dk>", "Faktura 602", "Fakturaen er vedhæftet. "
                    + text), authenticated("danfoss.dk"), null);
            assertThat(v.has(SignalNames.BANK_CHANGE)).as(text + ": " + v.summary()).isFalse();
        }
        InvoiceVerdict changed = inspect(note("Danfoss <faktura@danfoss.dk>", "Faktura 602", "Vi har fået ny "
                + "bankforbindelse. Kontonummeret er nu 5301 0242480."), authenticated("danfoss.dk"), null);
        assertThat(changed.has(SignalNames.BANK_CHANGE)).as(changed.summary()).isTrue();
    }

    @Test
    void anotherFiCreditorBesideTheUsualAccountIsANewPayeeOnceTheSuppliersCreditorIsKnown() {
        String fiLine = "Reg.nr. 0040 Kontonr. 0440116243. Betaling via netbank: +71<000000000047200+89226170<";
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH, "FI+71:85778996"), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict swapped = inspect(invoice("Danfoss <faktura@danfoss.dk>", fiLine), authenticated("danfoss.dk"),
                memory);
        assertThat(swapped.has(SignalNames.BANK_ACCOUNT_NEW)).as(swapped.summary()).isTrue();
        assertThat(swapped.action()).as(swapped.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // the usual creditor, and a first FI line from a supplier whose history holds only its account
        InvoiceVerdict usual = inspect(invoice("Danfoss <faktura@danfoss.dk>", fiLine.replace("89226170", "85778996")),
                authenticated("danfoss.dk"), memory);
        assertThat(usual.has(SignalNames.BANK_ACCOUNT_NEW)).as(usual.summary()).isFalse();
        BankMemory accountOnly = new BankMemory(null);
        accountOnly.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict first = inspect(invoice("Danfoss <faktura@danfoss.dk>", fiLine), authenticated("danfoss.dk"),
                accountOnly);
        assertThat(first.has(SignalNames.BANK_ACCOUNT_NEW)).as(first.summary()).isFalse();
    }

    @Test
    void aColleaguesForwardOfAKnownSuppliersInvoiceToANewAccountIsHeldToItsKnownAccountItPasses() {
        // a taken-over colleague mailbox forwards the supplier's "invoice" with a mule account: our DMARC pass says
        // nothing about the account, the supplier's history does
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        String forward = "Fakturaen herunder er godkendt af mig. Kan den komme med i dagens betalingskørsel?\n\n"
                + "-------- Videresendt meddelelse --------\nFra: Danfoss <faktura@danfoss.dk>\nEmne: Faktura 5521\n";
        byte[] mule = TestMail.create().from("Rasmus Kjeldsen <rakj@horsens.dk>").subject("VS: Faktura 5521")
                .text("Danfoss har fået ny bank, kontoen står på fakturaen. " + forward).attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("Danfoss A/S",
                        "www.danfoss.dk", "FAKTURA 5521", "Betales til IBAN DK95 2000 0123 4567 89"))).bytes();
        InvoiceVerdict v = inspect(mule, authenticated("horsens.dk"), memory);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_ACCOUNT_NEW)).singleElement()
                .satisfies(r -> assertThat(r.evidence()).contains("DK50").contains("DK95").contains("danfoss.dk"));
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(v.lesson()).as("a colleague's mail teaches nothing").isNull();
        byte[] usual = TestMail.create().from("Rasmus Kjeldsen <rakj@horsens.dk>").subject("VS: Faktura 5521")
                .text(forward).attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("Danfoss A/S",
                        "www.danfoss.dk", "FAKTURA 5521", "Betales til IBAN DK50 0040 0440 1162 43"))).bytes();
        InvoiceVerdict ok = inspect(usual, authenticated("horsens.dk"), memory);
        assertThat(ok.action()).as(ok.summary()).isEqualTo(InvoiceAction.DELIVER);
        // the same mule account without a bank change claimed: perhaps a subcontractor's, so tagged, not held
        byte[] quiet = TestMail.create().from("Rasmus Kjeldsen <rakj@horsens.dk>").subject("VS: Faktura 5521")
                .text(forward).attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("Danfoss A/S",
                        "www.danfoss.dk", "FAKTURA 5521", "Betales til IBAN DK95 2000 0123 4567 89"))).bytes();
        InvoiceVerdict warned = inspect(quiet, authenticated("horsens.dk"), memory);
        assertThat(warned.has(SignalNames.PAYEE_FOR_SUPPLIER)).as(warned.summary()).isTrue();
        assertThat(warned.action()).as(warned.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aColleagueGivingASuppliersNewAccountIsTaggedTalkingAboutABankChangeIsNot() {
        InvoiceVerdict relayed = inspect(note("Birgitte Skov <bisk@horsens.dk>", "Ny konto - rengøring",
                "Rengøringsfirmaet ringede i morges - de har fået ny bank. Den nye konto er Reg.nr. 9860 Kontonr. "
                        + "0000662418. Vil I rette det, inden fakturaen betales?"), authenticated("horsens.dk"), null);
        assertThat(relayed.action()).as(relayed.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict talk = inspect(note("Birgitte Skov <bisk@horsens.dk>", "Svindel", "Pas på: der går falske "
                + "mails om ny bank og ændrede bankoplysninger fra leverandører. Ring altid til leverandøren."),
                authenticated("horsens.dk"), null);
        assertThat(talk.action()).as(talk.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aBorrowedTitleTalkingMoneyOrHandingOutAPaymentCodeIsTagged() {
        InvoiceVerdict mayor = inspect(note("Lene Skovgaard <lene.skovgaard.borgmester@gmail.com>",
                "Er du ved dit skrivebord?", "Jeg har brug for, at du klarer en overførsel for mig, før banken "
                        + "lukker. Skriv tilbage, så sender jeg oplysningerne."),
                authenticated("gmail.com"), null);
        assertThat(mayor.action()).as(mayor.summary()).isEqualTo(InvoiceAction.TAG);
        byte[] qr = TestMail.create().from("Horsens Kommune Udbetaling <noreply@udbetal-service.example>")
                .subject("Udbetaling tilbageholdt").text("En udbetaling på 12.380,00 kr. er tilbageholdt, fordi "
                        + "jeres oplysninger skal bekræftes. Scan koden med din telefon for at fortsætte.")
                .attach("image/png", "qr.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).bytes();
        InvoiceVerdict code = inspect(qr, authenticated("udbetal-service.example"), null);
        assertThat(code.has(SignalNames.QR_PAYMENT)).as(code.summary()).isTrue();
        assertThat(code.action()).as(code.summary()).isEqualTo(InvoiceAction.TAG);
        // the same name on a plain greeting asks for nothing
        InvoiceVerdict hello = inspect(note("Lene Skovgaard <lene.skovgaard.borgmester@gmail.com>", "Tak for i dag",
                "Tak for et godt møde i dag. Vi ses til julefrokosten."), authenticated("gmail.com"), null);
        assertThat(hello.action()).as(hello.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aLoginSecretAskedForIsACredentialRequestAWarningIsNot() {
        for (String text : List.of("Udfyld venligst den vedhæftede formular med navn, CPR-nummer og MitID-brugernavn "
                        + "for hver bruger, og returnér den inden 5 hverdage.",
                "To keep your account open, reply with your username and password.",
                "Indtast jeres pinkode og engangskoden fra nøglekortet på siden.")) {
            InvoiceVerdict v = inspect(note("Compliance <kyc@andelskasse-review.example>", "Kundekendskab", text),
                    authenticated("andelskasse-review.example"), null);
            assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(text + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        for (String text : List.of("I har en ny besked i netbanken. Vi spørger aldrig efter adgangskoder eller sender "
                        + "links til login.", "Angiv brugernavn for de nye brugere, så opretter vi dem i systemet.",
                "Your 1Password Business subscription has been renewed.",
                "Welcome! We will send you a temporary password in a separate mail.")) {
            InvoiceVerdict v = inspect(note("Banken <info@bank-notice.example>", "Ny besked", text),
                    authenticated("bank-notice.example"), null);
            assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(text + ": " + v.summary()).isFalse();
        }
    }

    /** Round 30: a payee we never paid wants its deposit within hours; a supplier's first invoice gives days. */
    @Test
    void aStrangersPaymentWithinHoursIsTaggedDaysAreNot() {
        String hours = "En arrangør har aflyst, så bandet har en ledig dato. For at holde datoen skal et depositum på "
                + "69.375 kr. indbetales på IBAN DK50 0040 0440 1162 43 inden 24 timer.";
        InvoiceVerdict v = inspect(note("Artist Booking <booking@artist-booking.example>", "Ledig dato", hours),
                authenticated("artist-booking.example"), null);
        assertThat(v.has(SignalNames.FIRST_PAYMENT_IN_HOURS)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        String days = hours.replace("inden 24 timer", "inden 14 dage");
        InvoiceVerdict d = inspect(note("Artist Booking <booking@artist-booking.example>", "Ledig dato", days),
                authenticated("artist-booking.example"), null);
        assertThat(d.has(SignalNames.FIRST_PAYMENT_IN_HOURS)).as(d.summary()).isFalse();
        // a payee whose account we know is judged by its history, not by its haste
        BankMemory memory = new BankMemory(null);
        memory.learn("artist-booking.example", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict known = inspect(note("Artist Booking <booking@artist-booking.example>", "Ledig dato", hours),
                authenticated("artist-booking.example"), memory);
        assertThat(known.has(SignalNames.FIRST_PAYMENT_IN_HOURS)).as(known.summary()).isFalse();
    }

    /**
     * Round 33: a payee we never paid bills an order it says was phoned in; the same invoice citing an order number,
     * or from a payee we know, is not asked about.
     */
    @Test
    void aStrangersInvoiceForAPhonedInOrderIsTagged() {
        String phoned = "Efter telefonisk bestilling fra jeres vejafdeling kørte vi togbusser i weekenden. Faktura "
                + "HT-1311 på 73.125,00 kr. forfalder om 8 dage. Betaling til IBAN DK50 0040 0440 1162 43.";
        InvoiceVerdict v = inspect(note("Togbusser ApS <faktura@togbusser.example>", "Faktura HT-1311", phoned),
                authenticated("togbusser.example"), null);
        assertThat(v.has(SignalNames.FIRST_ORDER_BY_PHONE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        String ordered = phoned.replace("Efter telefonisk bestilling fra jeres vejafdeling",
                "Efter jeres ordre 4500123 fra vejafdelingen");
        InvoiceVerdict o = inspect(note("Togbusser ApS <faktura@togbusser.example>", "Faktura HT-1311", ordered),
                authenticated("togbusser.example"), null);
        assertThat(o.has(SignalNames.ORDER_BY_PHONE)).as(o.summary()).isFalse();
        assertThat(o.action()).as(o.summary()).isEqualTo(InvoiceAction.DELIVER);
        BankMemory memory = new BankMemory(null);
        memory.learn("togbusser.example", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict known = inspect(note("Togbusser ApS <faktura@togbusser.example>", "Faktura HT-1311", phoned),
                authenticated("togbusser.example"), memory);
        assertThat(known.has(SignalNames.FIRST_ORDER_BY_PHONE)).as(known.summary()).isFalse();
        assertThat(known.action()).as(known.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    /**
     * Round 35: a payee we never paid wants money before it delivers (a price lock against prepayment). Tagged once;
     * its account is then remembered, so its next demand into another account is a new account, not a first contact.
     */
    @Test
    void aStrangersDemandForPrepaymentIsTaggedOnceAndTeachesItsAccount() {
        String lock = "Vi kan låse prisen på 40.000 liter gasolie til 9,85 kr./l hele vinteren. Prisgarantien kræver "
                + "forudbetaling af 25 % (98.500 kr.) inden fredag til IBAN DK50 0040 0440 1162 43.";
        BankMemory memory = new BankMemory(null);
        InvoiceVerdict v = inspect(note("Fjordens Brændstof ApS <salg@fjordens-braendstof.example>", "Prisgaranti",
                lock), authenticated("fjordens-braendstof.example"), memory);
        assertThat(v.has(SignalNames.FIRST_PREPAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        assertThat(v.lesson()).as("a tagged first contact teaches its account").isNotNull();
        assertThat(v.lesson().provisional()).isTrue();
        memory.learn(v.lesson().orgDomain(), v.lesson().ids(), Instant.parse("2026-10-01T10:00:00Z"),
                v.lesson().provisional());
        InvoiceVerdict again = inspect(note("Fjordens Brændstof ApS <salg@fjordens-braendstof.example>",
                "Prisgaranti", lock.replace("DK50 0040 0440 1162 43", "DK95 2000 0123 4567 89")),
                authenticated("fjordens-braendstof.example"), memory);
        assertThat(again.has(SignalNames.BANK_ACCOUNT_NEW)).as(again.summary()).isTrue();
        assertThat(again.has(SignalNames.FIRST_PREPAYMENT)).as("no first contact any more").isFalse();
        assertThat(again.action()).as(again.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // a payee we have paid may ask for a deposit; the same text is judged by its history
        BankMemory paid = new BankMemory(null);
        paid.learn("fjordens-braendstof.example", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict known = inspect(note("Fjordens Brændstof ApS <salg@fjordens-braendstof.example>", "Prisgaranti",
                lock), authenticated("fjordens-braendstof.example"), paid);
        assertThat(known.has(SignalNames.FIRST_PREPAYMENT)).as(known.summary()).isFalse();
        assertThat(known.action()).as(known.summary()).isEqualTo(InvoiceAction.DELIVER);
        // no account asked for: a warning about prepayment fraud pays nobody
        InvoiceVerdict warning = inspect(note("Indkøbsnetværket <nyt@indkoebsnet.example>", "Pas på",
                "Flere kommuner har fået tilbud på brændstof mod forudbetaling. Betal aldrig forud til en ny "
                        + "leverandør."), authenticated("indkoebsnet.example"), null);
        assertThat(warning.has(SignalNames.FIRST_PREPAYMENT)).as(warning.summary()).isFalse();
        assertThat(Vocabulary.scan("Full payment in advance is required to IBAN GB63 …", 1_000).prepayment)
                .isEqualTo("payment in advance");
        assertThat(Vocabulary.scan("Beløbet betales forud til konto …", 1_000).prepayment).isEqualTo("betales forud");
        assertThat(Vocabulary.scan("Beløbet betales senest den 30. til konto …", 1_000).prepayment).isNull();
    }

    /**
     * Round 36: an account being left is a change ("den gamle konto tager ikke imod mere", "our old account"): a taken
     * over mailbox of a supplier whose earlier mail never authenticated names no "new" account, only the old one.
     */
    @Test
    void theOldAccountBeingLeftIsABankChange() {
        assertThat(Vocabulary.scan("Vores bank har flyttet os, så beløbet skal over på IBAN MT70 … - den gamle konto "
                + "tager ikke imod mere.", 1_000).bankChange).isNotEmpty();
        assertThat(Vocabulary.scan("Please do not pay to our old account any more.", 1_000).bankChange).isNotEmpty();
        assertThat(Vocabulary.scan("Vi takker vores gamle kunder for mange gode år. Kontoret holder lukket i uge 29.",
                1_000).bankChange).isEmpty();
    }

    /**
     * Round 36: the callback window counts words, not a phone number's digit groups, and "quietly" asks for secrecy.
     */
    @Test
    void aRefundByPhoneAfterALongNumberAndAQuietTransferAreSeen() {
        assertThat(Vocabulary.scan("Jeres licens er fornyet: 24.700,00 kr. Er der tale om en fejl, skal I ringe til "
                + "kundeservice på +45 78 79 12 60 inden kl. 16 i dag for at få beløbet retur.", 1_000).callback)
                .isNotEmpty();
        assertThat(Vocabulary.scan("Ring til os på 70 20 30 40, hvis I har spørgsmål. Vores åbningstider er 8-16. "
                + "Beløbet trækkes automatisk.", 1_000).callback).isEmpty();
        assertThat(Vocabulary.scan("The mayor's office asked me to sort it out quietly. Push the deposit of EUR "
                + "22,600 to IBAN DE53 1001 1001 2620 0457 81 before lunch.", 1_000).covert).contains("quietly");
    }

    /**
     * Round 36: a supplier's two-word name with its glued word dropped imitates it (lem-maler.dk for
     * lem-malerfirma.dk), and "ny konto" on an invoice that is only an image is a bank change though no account can
     * be read.
     */
    @Test
    void aSuppliersNameWithItsGluedWordDroppedAndANewAccountOnlyInAPicture() {
        assertThat(SpoofSignals.gluedOn("lem-malerfirma", "lem-maler")).isTrue();
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "lem-malerfirma.dk", "domains.own",
                "rksk.dk"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        byte[] picture = TestMail.create().from("Jens Kjær <jens@lem-maler.dk>").subject("Faktura - ny konto")
                .text("Hej\n\nFaktura som billede. OBS ny konto står på den.").attach("image/jpeg", "faktura.jpg", png)
                .bytes();
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(picture),
                authenticated("lem-maler.dk"), Set.of(), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // the supplier itself, with its usual wording and no "new account", is not a look-alike of anything
        InvoiceVerdict own = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(TestMail.create()
                .from("Jens Kjær <jens@lem-malerfirma.dk>").subject("Faktura").text("Faktura som billede.")
                .attach("image/jpeg", "faktura.jpg", png).bytes()), authenticated("lem-malerfirma.dk"), Set.of(), null);
        assertThat(own.has(SignalNames.EMBEDDED_DOMAIN)).as(own.summary()).isFalse();
        assertThat(own.has(SignalNames.BANK_CHANGE)).as(own.summary()).isFalse();
        // a payment order with the VAT and the deadline between the amount and the account
        assertThat(Vocabulary.scan("Derfor beder vi om 40 % af ordren, 48.000 kr. ekskl. moms, inden fredag til IBAN "
                + "LT88 9121 4009 9030 0440.", 1_000).instruction).isNotEmpty();
        assertThat(Vocabulary.scan("Der er indgået en betaling på DKK 125.400,00 fra Aarhus Kommune til Reg.nr. 3000 "
                + "Kontonr. 4471120398.", 1_000).instruction).isEmpty();
    }

    /**
     * Round 36: a signing or file-sharing service's name in a domain that is not the service's, and a document kept
     * behind the work mailbox's login or an identity check.
     */
    @Test
    void aSigningServicesNameOutsideItsDomainsAndADocumentBehindALogin() {
        byte[] lure = TestMail.create().from("Marinbyg via HelloSign <noreply@hellosign-ringkobing.com>")
                .subject("Tillægsaftale - underskrift").html("<p>Marinbyg har sendt en tillægsaftale til underskrift."
                        + "</p><p><a href=\"https://hellosign-ringkobing.com/s/5ce9\">Åbn og underskriv</a></p>").bytes();
        InvoiceVerdict v = inspect(lure, authenticated("hellosign-ringkobing.com"), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        byte[] real = TestMail.create().from("Marinbyg via Dropbox Sign <noreply@mail.hellosign.com>")
                .subject("Tillægsaftale - underskrift").html("<p>Marinbyg har sendt en tillægsaftale til underskrift."
                        + "</p><p><a href=\"https://app.hellosign.com/s/5ce9\">Åbn og underskriv</a></p>").bytes();
        InvoiceVerdict r = inspect(real, authenticated("hellosign.com"), null);
        assertThat(r.has(SignalNames.EMBEDDED_DOMAIN)).as(r.summary()).isFalse();
        assertThat(Vocabulary.scan("Log ind med din arbejdsmail for at åbne dokumentet.", 1_000).credential).isNotEmpty();
        assertThat(Vocabulary.scan("Bekræft din identitet for at åbne dokumentet.", 1_000).credential).isNotEmpty();
        // an address asked for, and MitID to sign, are no login to a document
        assertThat(Vocabulary.scan("Angiv din arbejdsmail, så opretter vi din bruger.", 1_000).credential).isEmpty();
        assertThat(Vocabulary.scan("Bekræft din identitet med MitID for at underskrive aftalen.", 1_000).credential)
                .isEmpty();
    }

    /**
     * Round 36: an auto-renewal to stop by phone, in either order and as "forlænget"; an account "lukker", and our
     * payout asked elsewhere with "udbetale".
     */
    @Test
    void aRenewalStoppedOnlyByPhoneAndASalaryAccountBeingClosed() {
        assertThat(Vocabulary.scan("Jeres abonnement er automatisk fornyet for 12 måneder: 61.320 kr. Kontakt "
                + "kundeservice på 78 74 10 56 inden 24 timer, hvis fornyelsen skal stoppes.", 1_000).cancelCall)
                .isNotEmpty();
        Vocabulary.Hits extended = Vocabulary.scan("Abonnementet er automatisk forlænget med tre år. Skete fornyelsen "
                + "ved en fejl, kan den kun standses telefonisk via supportcentret på 78 74 12 10.", 1_000);
        assertThat(extended.renewed).isTrue();
        assertThat(extended.cancelCall).isNotEmpty();
        Vocabulary.Hits salary = Vocabulary.scan("Min danske bankkonto lukker jeg ved månedens udgang. Vær så venlige "
                + "at udbetale min løn til IBAN NL05 INGB 0008 7654 32 fra næste udbetaling.", 1_000);
        assertThat(salary.bankChange).isNotEmpty();
        assertThat(salary.instruction).isNotEmpty();
        // a newspaper's ordinary offer to stop by phone renews nothing
        Vocabulary.Hits paper = Vocabulary.scan("Vil du stoppe dit abonnement, kan du ringe på 70 15 50 50.", 1_000);
        assertThat(paper.renewed).isFalse();
    }

    /**
     * Round 36: an e-invoice from a look-alike, or in a supplier's borrowed name with a changed account, earns no
     * credit; a supplier's name alone (a Peppol access point sending for it) still does. "Senest i morgen" is a term
     * of a day.
     */
    @Test
    void anEInvoiceFromABorrowedNameEarnsNoCreditAndTomorrowIsADayTerm() {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "limfjord-itdrift.dk", "domains.own",
                "struer.dk"));
        byte[] xml = ("<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
                + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"><cbc:CustomizationID>"
                + "OIOUBL-2.02</cbc:CustomizationID><cbc:ID>83810</cbc:ID></Invoice>").getBytes(StandardCharsets.UTF_8);
        byte[] lookalike = TestMail.create().from("Limfjord IT-Drift ApS <faktura@limfjord-itdrift-faktura.net>")
                .subject("OIOUBL 83810").text("OIOUBL-fil vedhæftet. Kontoen er opdateret i forbindelse med vores "
                        + "bankskifte.").attach("application/xml", "OIOUBL_83810.xml", xml).bytes();
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(lookalike),
                authenticated("limfjord-itdrift-faktura.net"), Set.of(), null);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.E_INVOICE))
                .allSatisfy(r -> assertThat(r.weight()).isZero());
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        byte[] accessPoint = TestMail.create().from("Limfjord IT-Drift ApS <noreply@peppol-ap.example>")
                .subject("OIOUBL 83810").text("OIOUBL-fil vedhæftet.").attach("application/xml", "OIOUBL_83810.xml", xml)
                .bytes();
        InvoiceVerdict ap = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(accessPoint),
                authenticated("peppol-ap.example"), Set.of(), null);
        assertThat(ap.reasons()).filteredOn(r -> r.name().equals(SignalNames.E_INVOICE))
                .allSatisfy(r -> assertThat(r.weight()).isNegative());
        assertThat(ap.action()).as(ap.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(Vocabulary.scan("Frikøbet skal betales senest i morgen til Reg.nr. 8117 Kontonr. 0002294471.", 1_000)
                .hoursTerm).isEqualTo("senest i morgen");
        assertThat(Vocabulary.scan("Vi har i dag sendt fakturaen; den forfalder om 30 dage.", 1_000).hoursTerm).isNull();
    }

    /**
     * Round 36: "til deres NemKonto - de går ikke gennem os" denies the detour, not the NemKonto; a platform's "Vis
     * faktura" into the platform itself is how it delivers an invoice.
     */
    @Test
    void aNemKontoAffirmedAndAPlatformsOwnInvoiceLink() {
        assertThat(Vocabulary.scan("Erstatningerne udbetales af jer til deres NemKonto - de går ikke gennem os.", 1_000)
                .bankChange).isEmpty();
        assertThat(Vocabulary.scan("Da min NemKonto ikke er oprettet endnu, bedes beløbet sendt til IBAN …", 1_000)
                .bankChange).isNotEmpty();
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.platforms", "invoicera.com", "domains.own", "rksk.dk"));
        String html = "<p>Lem Lyd har sendt faktura <b>INV-6050</b> på <b>1.279,70 kr.</b>, forfald 04.04.2036.</p>"
                + "<p><a href=\"https://%s/view/2a69\">Vis faktura</a></p>";
        byte[] own = TestMail.create().from("Lem Lyd via Invoicera <noreply@invoicera.com>").subject("Faktura INV-6050")
                .html(html.formatted("app.invoicera.com")).bytes();
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(own),
                authenticated("invoicera.com"), Set.of(), null);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        byte[] away = TestMail.create().from("Lem Lyd via Invoicera <noreply@invoicera.com>").subject("Faktura INV-6050")
                .html(html.formatted("invoicera-betaling.example")).bytes();
        InvoiceVerdict w = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(away),
                authenticated("invoicera.com"), Set.of(), null);
        assertThat(w.action()).as(w.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    /**
     * After the forty-fourth corpus: a service name counts where it begins a word of the domain, not where a word
     * happens to end in its letters ("tilgodeboks.dk" is a receivables platform, not e-Boks).
     */
    @Test
    void aServiceNameCountsOnlyWhereItBeginsAWord() {
        for (String lure : List.of("e-boks-notifikation.example", "login-mitid.example", "mitiderhverv.example",
                "docusign-dokument.example")) {
            List<Signal> out = new ArrayList<>();
            SpoofSignals.lookalike(lure, "From", CFG, out);
            assertThat(out).as(lure).extracting(Signal::name).contains(SignalNames.EMBEDDED_DOMAIN);
        }
        for (String word : List.of("tilgodeboks.example", "describe-it.example")) {
            List<Signal> out = new ArrayList<>();
            SpoofSignals.lookalike(word, "From", CFG, out);
            assertThat(out).as(word).isEmpty();
        }
    }

    /** Round 30: the fake share or signing request that wants a mailbox provider's login to open a document. */
    @Test
    void aMailboxProvidersLoginAskedToOpenADocumentIsACredentialRequest() {
        for (String text : List.of("Du er blevet bedt om at underskrive Byggemodningsaftale. Bekræft din identitet med "
                        + "din Microsoft 365-konto for at åbne dokumentet.",
                "Log ind med din Microsoft 365-konto for at se dokumentet.",
                "A file has been shared with you. Sign in with your Google account to view it.")) {
            InvoiceVerdict v = inspect(note("E-signering <signer@esign-review.example>", "Dokument til underskrift",
                    text), authenticated("esign-review.example"), null);
            assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(text + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // a genuine signing service's MitID signature, and an account named without a login asked for
        for (String text : List.of("Bygholm Revision har sendt dig en ledelseserklæring til underskrift. Åbn og "
                        + "underskriv med MitID.", "Jeres Microsoft 365-konto fornyes den 1. januar; fakturaen følger.",
                "Vi har flyttet jeres mail til Microsoft 365. Log ind som før.")) {
            InvoiceVerdict v = inspect(note("Signering <noreply@sign-service.example>", "Underskrift", text),
                    authenticated("sign-service.example"), null);
            assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(text + ": " + v.summary()).isFalse();
        }
    }

    @Test
    void aStrangersDeviceCodeLoginLinkIsACredentialRequest() {
        // RFC 8628 §5.4: the provider's page is genuine; the code logs the sender's device into our mailbox
        InvoiceVerdict v = inspect(note("Rikke <rikke@el-teknik.example>", "Faktura delt via Microsoft 365",
                "Sådan åbner du fakturaen:\n1. Gå til https://microsoft.com/devicelogin\n2. Indtast koden FQ7K-M2XR"),
                authenticated("el-teknik.example"), null);
        assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        assertThat(Links.deviceLogin("se https://www.google.com/search?q=google.com/device", 200)).isNull();
        assertThat(Links.deviceLogin("<a href=\"https://login.microsoftonline.com/common/oauth2/deviceauth\">", 200))
                .isEqualTo("login.microsoftonline.com/common/oauth2/deviceauth");
        // our own IT department's warning that names the page is no request
        InvoiceVerdict ours = inspect(note("IT <it@horsens.dk>", "Advarsel", "Indtast aldrig koder fra mails på "
                + "https://microsoft.com/devicelogin"), authenticated("horsens.dk"), null);
        assertThat(ours.action()).as(ours.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aKnowYourCustomerUpdateButtonFromAStrangerAboutPaymentsIsTagged() {
        byte[] kyc = TestMail.create().from("Sparekasse Erhverv <kundekendskab@sparekasse-erhverv.example>")
                .subject("Frist: opdatering af kundekendskab").html("<p>Efter hvidvaskloven skal vi opdatere vores "
                        + "kendskab til jer. Herefter vil betalinger fra jeres konti blive begrænset.</p><p><a "
                        + "href=\"https://sparekasse-erhverv.example/kyc/1\">Opdater kundekendskab</a></p>").bytes();
        InvoiceVerdict v = inspect(kyc, authenticated("sparekasse-erhverv.example"), null);
        assertThat(v.has(SignalNames.LINK_ACTION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aCodeToScanBesideASumOfMoneyIsAQrPaymentASumWithoutACodeIsNot() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        byte[] fine = TestMail.create().from("P-kontrol <afgift@p-kontrol-service.example>").subject("Kontrolafgift")
                .html("<p>En af kommunens biler er registreret uden gyldig P-billet. Afgiften er 795 kr. Scan "
                        + "QR-koden med din telefon for at fortsætte.</p><p><img src=\"cid:kode\" alt=\"QR\"></p>")
                .attach("image/png", "kode.png", png).bytes();
        InvoiceVerdict v = inspect(fine, authenticated("p-kontrol-service.example"), null);
        assertThat(v.has(SignalNames.QR_PAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        byte[] ticket = TestMail.create().from("Billetter <info@teater.example>").subject("Dine billetter")
                .html("<p>Tak for dit køb af 2 billetter til 450 kr.</p><p>Vi glæder os til at se dig i teatret.</p>")
                .attach("image/png", "logo.png", png).bytes();
        InvoiceVerdict t = inspect(ticket, authenticated("teater.example"), null);
        assertThat(t.has(SignalNames.QR_PAYMENT)).as(t.summary()).isFalse();
    }

    @Test
    void aListedSuppliersTwoWordNameWithAWordGluedOnIsAnEmbeddedDomain() {
        assertThat(SpoofSignals.gluedOn("bredstrup-malerservice", "bredstrup-maler")).isTrue();
        assertThat(SpoofSignals.gluedOn("nybredstrup-maler", "bredstrup-maler")).isTrue();
        // a short last word is another trade as often as an imitation; a hyphen is the extended-name rule's
        assertThat(SpoofSignals.gluedOn("roskilde-elservice", "roskilde-el")).isFalse();
        assertThat(SpoofSignals.gluedOn("bredstrup-maler", "bredstrup-maler")).isFalse();
        assertThat(SpoofSignals.gluedOn("bredstrup-maler2", "bredstrup-maler")).isFalse();
        // a word glued on at a hyphen inside the name
        assertThat(SpoofSignals.gluedOn("gislev-turistbusser", "gislev-busser")).isTrue();
        assertThat(SpoofSignals.gluedOn("gislevby-busser", "gislev-busser")).isTrue();
        assertThat(SpoofSignals.gluedOn("gislev-turist-busser", "gislev-busser")).isFalse();
        assertThat(SpoofSignals.gluedOn("roskildeby-el", "roskilde-el")).isTrue();
        assertThat(SpoofSignals.gluedOn("ry-byelservice", "ry-el")).isFalse();
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "bredstrup-maler.dk", "domains.own",
                "horsens.dk"));
        InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(note("Kasper Holm "
                + "<kasper@bredstrup-malerservice.dk>", "Konto", "Mit kontonummer er nu Reg.nr. 9860 Kontonr. "
                + "0000937751. Brug det fremover.")), authenticated("bredstrup-malerservice.dk"), Set.of(), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isTrue();
    }

    @Test
    void writingFromAPrivateMailboxIsTheCeoFraudsExcuseAMitIdCodeToReadOutIsALoginSecret() {
        InvoiceVerdict ceo = inspect(note("Marianne Holm <marianne.holm@outlook.com>", "Oversigt til i morgen",
                "Kan du inden kl. 15 sende mig en liste over de leverandører, vi betaler i morgen, med beløb og "
                        + "kontonumre? Jeg sidder på min private mail, fordi VPN'en driller."),
                authenticated("outlook.com"), null);
        assertThat(ceo.has(SignalNames.COVERT_REQUEST)).as(ceo.summary()).isTrue();
        assertThat(ceo.action()).as(ceo.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict code = inspect(note("Erhvervssupport <support@andelskasse-netbank.example>", "Betalinger i bero",
                "Betalingerne er sat i bero. For at frigive dem skal en tegningsberettiget ringe til os på "
                        + "+45 46 37 82 10 og bekræfte betalingerne med MitID-koden, som vi sender under samtalen."),
                authenticated("andelskasse-netbank.example"), null);
        assertThat(code.has(SignalNames.CREDENTIAL_REQUEST)).as(code.summary()).isTrue();
        assertThat(code.action()).as(code.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aStrangersUploadThePaymentFileButtonIsALinkAction() {
        byte[] mail = TestMail.create().from("Sparekasse Erhverv <betalinger@sparekasse-erhverv.example>")
                .subject("Betalingsfil afvist").html("<p>Jeres betalingsfil er afvist. Betalingerne er ikke "
                        + "gennemført.</p><p><a href=\"https://sparekasse-erhverv.example/b/1\">Upload betalingsfil</a></p>")
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("sparekasse-erhverv.example"), null);
        assertThat(v.has(SignalNames.LINK_ACTION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aStrangersFirstCleanMailProtectsNoNameSoTheGenuineFirmIsNotItsImitation() {
        // the look-alike .com wrote first and passed clean; the genuine .dk's invoice must not become "a look-alike
        // of a remembered supplier"
        BankMemory memory = new BankMemory(null);
        InvoiceVerdict fake = inspect(invoice("Mads Bay <mads@skov-naturpleje.com>", "IBAN DK04 9860 0001 7734 29"),
                authenticated("skov-naturpleje.com"), memory);
        assertThat(fake.lesson()).as(fake.summary()).isNotNull();
        memory.learn(fake.lesson().orgDomain(), fake.lesson().ids(), Instant.parse("2026-10-01T10:00:00Z"),
                fake.lesson().provisional());
        InvoiceVerdict genuine = inspect(invoice("Mads Bay <mads@skov-naturpleje.dk>", "IBAN DK50 0040 0440 1162 43"),
                authenticated("skov-naturpleje.dk"), memory);
        assertThat(genuine.has(SignalNames.EMBEDDED_DOMAIN)).as(genuine.summary()).isFalse();
        assertThat(genuine.action()).as(genuine.summary()).isEqualTo(InvoiceAction.DELIVER);
        // seen twice, the name is protected
        memory.learn("skov-naturpleje.com", List.of("DK0498600001773429"), Instant.parse("2026-10-08T10:00:00Z"));
        InvoiceVerdict now = inspect(invoice("Mads Bay <mads@skov-naturpleje.dk>", "IBAN DK50 0040 0440 1162 43"),
                authenticated("skov-naturpleje.dk"), memory);
        assertThat(now.has(SignalNames.EMBEDDED_DOMAIN)).as(now.summary()).isTrue();
    }

    @Test
    void anAccountSaidToBeClosedInEitherWordOrderIsABankChangeNotClosedIsNot() {
        for (String text : List.of("Jeg har lukket min konto i Lån & Spar. Betal venligst fakturaen til IBAN DK04 9860 "
                + "0001 7734 29 i stedet.", "Kontoen er lukket. Betal til reg.nr. 9860 kontonr. 0001773429.",
                "We have closed our account with Danske Bank; please pay to IBAN DK04 9860 0001 7734 29.")) {
            InvoiceVerdict v = inspect(note("Mads <mads@naturpleje-eksempel.dk>", "Konto", text),
                    authenticated("naturpleje-eksempel.dk"), null);
            assertThat(v.has(SignalNames.BANK_CHANGE)).as(text + ": " + v.summary()).isTrue();
        }
        InvoiceVerdict kept = inspect(note("Mads <mads@naturpleje-eksempel.dk>", "Faktura", "Vi har ikke lukket "
                + "kontoen. Betal som sædvanlig til IBAN DK04 9860 0001 7734 29."),
                authenticated("naturpleje-eksempel.dk"), null);
        assertThat(kept.has(SignalNames.BANK_CHANGE)).as(kept.summary()).isFalse();
    }

    // ------------------------------------------------------------------ thirty-seventh round

    @Test
    void anAccountWrittenForAnEmployeesPayIsABankChangeAnInvoiceNamingWagesIsNot() {
        for (String text : List.of("Hej lønkontoret. Fra næste måned vil jeg gerne have lønnen sat ind på reg.nr. "
                + "9860 kontonr. 0001773429, min gamle bank er for dyr.", "Hi, please pay my salary into IBAN DK04 9860 "
                + "0001 7734 29 from the next pay run. Thanks, Lars")) {
            InvoiceVerdict v = inspect(note("Lars Holm <lars.holm.77@gmail.com>", "Konto", text),
                    authenticated("gmail.com"), null);
            assertThat(v.has(SignalNames.BANK_CHANGE)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        }
        // a temp agency bills wages it paid: an invoice, whose account is compared with the memory as always
        InvoiceVerdict agency = inspect(note("Vikarservice <faktura@vikarservice-eksempel.dk>", "Faktura 881",
                "Faktura 881 for vikartimer i uge 12: løn og tillæg 12.400 kr. Betales til reg.nr. 9860 kontonr. "
                        + "0001773429 senest om 14 dage."), authenticated("vikarservice-eksempel.dk"), null);
        assertThat(agency.has(SignalNames.BANK_CHANGE)).as(agency.summary()).isFalse();
    }

    @Test
    void theOfficesTitleInItsDefiniteFormOnFreeMailIsImpersonationAndSkippingTheUsualApprovalIsCovert() {
        InvoiceVerdict v = inspect(note("Borgmesteren <b.kontoret.h@outlook.com>", "Kort spørgsmål",
                "Er du til at fange? Der skal sendes en betaling i dag uden om den normale gang. Svar her."),
                authenticated("outlook.com"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.COVERT_REQUEST)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aStrangersCodeToScanForAnEnrolmentIsTaggedLikeOneToPay() {
        byte[] qr = TestMail.create().from("Aftaleservice <info@aftaler-eksempel.example>")
                .subject("Jeres aftale er stoppet")
                .html("<p>Jeres faste aftale er stoppet. Scan koden med telefonen og tilmeld jer igen.</p>"
                        + "<img src=\"cid:k\" width=\"160\">")
                .attach("image/png", "kode.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .bytes();
        InvoiceVerdict v = inspect(qr, authenticated("aftaler-eksempel.example"), null);
        assertThat(v.has(SignalNames.QR_PAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void cancellingARenewalOnlyByACallNamedAsANounIsACallbackRequest() {
        InvoiceVerdict v = inspect(note("Licenscenter <ordre@licenscenter-eksempel.example>", "Licens fornyet",
                "Jeres licens til 80 pc'er er fornyet for tre år, 41.000 kr. ekskl. moms. Fornyelsen kan kun "
                        + "annulleres ved opkald til kundeservice på 70 20 31 44 inden fredag."),
                authenticated("licenscenter-eksempel.example"), null);
        assertThat(v.has(SignalNames.CANCEL_BY_PHONE)).as(v.summary()).isTrue();
    }

    @Test
    void decliningARenewalOnlyByACallIsCancellingByPhone() {
        // the sixty-second held-out corpus: "Ønsker I ikke fornyelsen, skal I ringe …" names no cancelling
        for (String text : List.of("Jeres serviceaftale på kopimaskiner fornyes automatisk for 12 måneder til 18.990 kr. "
                        + "Ønsker I ikke fornyelsen, skal I ringe til vores afdeling på +45 78 74 12 90 inden 48 timer.",
                "Your support plan renews automatically for 24 months at EUR 2,480. If you do not wish to renew, "
                        + "call our service desk on +45 78 74 12 90 within 48 hours.")) {
            InvoiceVerdict v = inspect(note("Serviceaftaler <aftale@aftaleservice-eksempel.example>", "Serviceaftale",
                    text), authenticated("aftaleservice-eksempel.example"), null);
            assertThat(v.has(SignalNames.CANCEL_BY_PHONE)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        }
        // a renewal that is not declined, and a number for questions, is the ordinary renewal notice
        InvoiceVerdict notice = inspect(note("Serviceaftaler <aftale@aftaleservice-eksempel.example>", "Serviceaftale",
                "Jeres serviceaftale fornyes den 1. januar. Har I spørgsmål, er I velkomne til at ringe på 70 12 34 56."),
                authenticated("aftaleservice-eksempel.example"), null);
        assertThat(notice.has(SignalNames.CANCEL_BY_PHONE)).as(notice.summary()).isFalse();
    }

    @Test
    void updatedBankDetailsAndANewPengeinstitutAreABankChangeTellingTheReaderToUpdateTheirsIsNot() {
        for (String text : List.of("Vores bankoplysninger er opdateret: betal fremover til IBAN DK04 9860 0001 7734 29.",
                "Vi har skiftet pengeinstitut. Fakturaen betales til IBAN DK04 9860 0001 7734 29.")) {
            InvoiceVerdict v = inspect(note("Mads <mads@naturpleje-eksempel.dk>", "Faktura 77", text),
                    authenticated("naturpleje-eksempel.dk"), null);
            assertThat(v.has(SignalNames.BANK_CHANGE)).as(text + ": " + v.summary()).isTrue();
        }
        InvoiceVerdict news = inspect(note("Regnskabsprogram <nyt@regnskab-eksempel.example>", "Nyt i programmet",
                "Send faktura og rykker med et klik. Opdater dine bankoplysninger under Indstillinger."),
                authenticated("regnskab-eksempel.example"), null);
        assertThat(news.has(SignalNames.BANK_CHANGE)).as(news.summary()).isFalse();
    }

    @Test
    void aStrangersDocumentLinkThatExpiresWithinHoursIsTaggedOneGivenDaysIsNot() {
        String html = "<p>Du er bedt om at underskrive 'Tillæg til lejeaftale'. Dokumentet udløber %s.</p>"
                + "<p><a href=\"https://signer-eksempel.example/d/81\">Gennemse og underskriv</a></p>";
        InvoiceVerdict soon = inspect(TestMail.create().from("Signer <noreply@signer-eksempel.example>")
                .subject("Dokument til underskrift").html(String.format(html, "om 6 timer")).bytes(),
                authenticated("signer-eksempel.example"), null);
        assertThat(soon.has(SignalNames.LINK_EXPIRES_SOON)).as(soon.summary()).isTrue();
        assertThat(soon.action()).as(soon.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict days = inspect(TestMail.create().from("Signer <noreply@signer-eksempel.example>")
                .subject("Dokument til underskrift").html(String.format(html, "om 30 dage")).bytes(),
                authenticated("signer-eksempel.example"), null);
        assertThat(days.has(SignalNames.LINK_EXPIRES_SOON)).as(days.summary()).isFalse();
        assertThat(days.action()).as(days.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void confirmingYourIdentityWithAWorkAccountToOpenItIsACredentialRequest() {
        InvoiceVerdict v = inspect(note("Dokumentdeling <del@dokumentdeling-eksempel.example>", "Kontrakt",
                "En kontrakt er delt med dig. Bekræft din identitet med din Google-arbejdskonto for at se den."),
                authenticated("dokumentdeling-eksempel.example"), null);
        assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(v.summary()).isTrue();
    }

    @Test
    void aRegisteredNameWithAWordTheDomainLeavesOutStillNamesTheSupplier() {
        assertThat(SupplierNames.find("Faktura fra Klinte Kontor & Print ApS er ikke betalt.",
                Set.of("klinte-kontor.dk"))).containsExactly("klinte-kontor.dk");
        assertThat(SupplierNames.find("Klinte Kontor sendte os et tilbud.", Set.of("klinte-kontor.dk"))).isEmpty();
    }

    // ------------------------------------------------------------------ thirty-eighth round (forty-fifth and forty-sixth)

    @Test
    void aDomainOrDisplayNameCarryingNemHandelOutsideItsOperatorsIsTheServicesName() {
        InvoiceVerdict v = inspect(note("NemHandelsregistret <drift@nemhandel-opdatering.example>", "EAN-nummer",
                "Jeres EAN-nummer mangler opdaterede oplysninger. Opdater registreringen på "
                        + "https://nemhandel-opdatering.example/ean inden mandag."),
                authenticated("nemhandel-opdatering.example"), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.LINK_ACTION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aCodeToScanForARefundIsAQrPayment() {
        byte[] qr = TestMail.create().from("Billetservice <retur@billetservice-eksempel.example>")
                .subject("Refusion").html("<p>I har ret til refusion for to billetter. Scan QR-koden, så kommer "
                        + "pengene retur.</p><img src=\"cid:r\">")
                .attach("image/png", "r.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).bytes();
        InvoiceVerdict v = inspect(qr, authenticated("billetservice-eksempel.example"), null);
        assertThat(v.has(SignalNames.QR_PAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aDocumentOpenedAfterLoginWithAProviderAccountIsACredentialRequest() {
        InvoiceVerdict v = inspect(note("Deling <del@deling-eksempel.example>", "Kontrakt",
                "Kontrakten kan ses efter login med din Microsoft-konto."), authenticated("deling-eksempel.example"),
                null);
        assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(v.summary()).isTrue();
    }

    @Test
    void aReportReleasedOnlyOncePaidIsPrepaymentAndAFirstContactsIsTagged() {
        InvoiceVerdict v = inspect(note("Bygningsmåling <rapport@maaling-eksempel.example>", "Registrering",
                "Vi har målt revner i jeres bygninger. Rapporten frigives, når vores faktura på 12.500,00 kr. "
                        + "er indbetalt på reg.nr. 9860 kontonr. 0001773429."),
                authenticated("maaling-eksempel.example"), null);
        assertThat(v.has(SignalNames.PREPAYMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FIRST_PREPAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict plain = inspect(note("Bygningsmåling <rapport@maaling-eksempel.example>", "Rapport",
                "Rapporten frigives til jeres arkiv i morgen."), authenticated("maaling-eksempel.example"), null);
        assertThat(plain.has(SignalNames.PREPAYMENT)).as(plain.summary()).isFalse();
    }

    // ------------------------------------------------------------------ thirty-ninth round (forty-seventh and forty-eighth)

    @Test
    void signingInWithAMicrosoft365WorkAccountToReviewIsACredentialRequestAndReviewAndSignIsAnAction() {
        byte[] mail = TestMail.create().from("Document Center <share@dokument-eksempel.example>")
                .subject("Agreement awaiting your signature")
                .html("<p>An agreement has been shared with you. Sign in with your Microsoft 365 work account to "
                        + "review the document.</p><p><a href=\"https://dokument-eksempel.example/l\">Review and sign</a></p>")
                .bytes();
        InvoiceVerdict v = inspect(mail, authenticated("dokument-eksempel.example"), null);
        assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.LINK_ACTION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void anAmountToBeDepositedIntoAnAccountIsAPaymentInstruction() {
        InvoiceVerdict v = inspect(note("Strandservice <regnskab@strandservice-eksempel.dk>", "Afregning juni",
                "Efter aftalen er det i alt 14.950,00 kr. Beløbet bedes indsat på IBAN RO49 AAAA 1B31 0075 9384 0000 "
                        + "inden ti dage."), authenticated("strandservice-eksempel.dk"), null);
        assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void anOrderPlacedInErrorThatOnlyAPhoneCallWithdrawsIsACallbackRequest() {
        for (String text : List.of("Bekræftelse af jeres bestilling af 6 bærbare, 48.000 kr. Er bestillingen sket ved "
                + "en fejl, kan den kun trækkes tilbage ved at ringe til os på 53 71 22 90 i dag.",
                "We confirm your order of 6 laptops, DKK 48,000. If the order was placed by mistake, call us on "
                        + "+45 53 71 22 90 today.", "Order 5512 confirmed. Was this order placed in error? Call "
                        + "+45 53 71 22 90 before noon.",
                // the order in error as one Danish word (seventy-first round, the eighty-fifth corpus's miss)
                "Ti bærbare til rådhuset køres ud i morgen, hvorefter 98.700 kr. faktureres. Er det en "
                        + "fejlbestilling, så ring til lagerchefen direkte på 32 98 40 17 før kl. 16.")) {
            InvoiceVerdict v = inspect(note("Ordrekontor <ordre@ordrekontor-eksempel.example>", "Ordre 5512", text),
                    authenticated("ordrekontor-eksempel.example"), null);
            assertThat(v.has(SignalNames.CALLBACK_REQUEST)).as(text + ": " + v.summary()).isTrue();
        }
        InvoiceVerdict shop = inspect(note("Webshop <ordre@webshop-eksempel.example>", "Ordre 5512",
                "Tak for din bestilling. Har du spørgsmål, kan du ringe på 70 12 34 56."),
                authenticated("webshop-eksempel.example"), null);
        assertThat(shop.has(SignalNames.CALLBACK_REQUEST)).as(shop.summary()).isFalse();
        // a supplier's own word for what it took back is no call to make
        InvoiceVerdict credit = inspect(note("Kontor <ordre@kontor-eksempel.example>", "Kreditnota",
                "Tonerpatronerne var fejlbestilt og er sendt retur. Kreditnota KN845 er vedlagt."),
                authenticated("kontor-eksempel.example"), null);
        assertThat(credit.has(SignalNames.CALLBACK_REQUEST)).as(credit.summary()).isFalse();
    }

    // ------------------------------------------------------------------ fortieth round (forty-ninth and fiftieth)

    @Test
    void aCodeBelowTheTextToPayWithIsAQrPaymentAndAStrangersIsTagged() {
        for (String text : List.of("Gebyret på 450 kr. skal betales via koden nedenfor senest fredag.",
                "Please pay the fine of EUR 60 using the code below.", "Brug nedenstående kode til at betale 300 kr.")) {
            byte[] mail = TestMail.create().from("Parkeringskontrol <p@parkering-eksempel.example>").subject("Afgift")
                    .html("<p>" + text + "</p><img src=\"cid:k\">")
                    .attach("image/png", "k.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).bytes();
            InvoiceVerdict v = inspect(mail, authenticated("parkering-eksempel.example"), null);
            assertThat(v.has(SignalNames.QR_PAYMENT)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(text + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // a login code typed in, no picture of it below: no QR
        InvoiceVerdict login = inspect(note("Portal <p@portal-eksempel.example>", "Log ind",
                "Bekræft dit login med koden 483920."), authenticated("portal-eksempel.example"), null);
        assertThat(login.has(SignalNames.QR_PAYMENT)).as(login.summary()).isFalse();
    }

    @Test
    void aBookingConfirmedOnlyByPaymentIsPrepaymentAndAFirstContactsIsTagged() {
        for (String text : List.of("Vi har holdt tre busser til jer i juli. Aftalen bekræftes ved indbetaling af "
                        + "9.800 kr. til reg.nr. 9860 kontonr. 0001773429.",
                "Two guides are reserved for your summer tours. The booking is confirmed once payment of EUR 1,400 "
                        + "reaches IBAN DK50 0040 0440 1162 43.")) {
            InvoiceVerdict v = inspect(note("Turservice <book@turservice-eksempel.example>", "Reservation", text),
                    authenticated("turservice-eksempel.example"), null);
            assertThat(v.has(SignalNames.PREPAYMENT)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.FIRST_PREPAYMENT)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(text + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // confirmed by mail, paid later as usual: no condition on the money
        InvoiceVerdict plain = inspect(note("Turservice <book@turservice-eksempel.example>", "Reservation",
                "Your booking is confirmed by e-mail. Our invoice follows after the tours."),
                authenticated("turservice-eksempel.example"), null);
        assertThat(plain.has(SignalNames.PREPAYMENT)).as(plain.summary()).isFalse();
    }

    @Test
    void workOrderedByAnUnnamedRoleOfOursAndSettledToABankIsAFirstOrderByPhone() {
        InvoiceVerdict v = inspect(note("Telt og Scene <info@teltscene-eksempel.example>", "Stage hire",
                "At the request of your culture team we put up a stage and two tents for the market day. DKK 31.000 "
                        + "must be settled before we take everything down on Monday. Bank details: IBAN DK50 0040 "
                        + "0440 1162 43."), authenticated("teltscene-eksempel.example"), null);
        assertThat(v.has(SignalNames.ORDER_BY_PHONE)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FIRST_ORDER_BY_PHONE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // an order by a named person is shown, not only said
        InvoiceVerdict named = inspect(note("Telt og Scene <info@teltscene-eksempel.example>", "Stage hire",
                "At the request of Hanne Berg we put up a stage."), authenticated("teltscene-eksempel.example"), null);
        assertThat(named.has(SignalNames.ORDER_BY_PHONE)).as(named.summary()).isFalse();
    }

    // ------------------------------------------------------------------ forty-first round (fifty-first and fifty-second)

    @Test
    void aDeadlineSpelledOutInWordsIsAShortTerm() {
        for (String text : List.of("Beløbet skal være indbetalt inden fire hverdage.", "Please pay within three days.",
                "Zahlbar innerhalb von fünf Tagen.")) {
            assertThat(Vocabulary.scan(text, 1_000).shortTerm).as(text).isNotNull();
        }
        assertThat(Vocabulary.scan("Betales inden fjorten dage.", 1_000).shortTerm).isNull();
        assertThat(Vocabulary.scan("Betales inden 30 dage.", 1_000).shortTerm).isNull();
    }

    @Test
    void aFirstContactsInvoiceOnlyAsAPictureIsTaggedAListedSuppliersIsNot() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        InvoiceVerdict v = inspect(TestMail.create().from("Kran og Løft <kontor@kranloeft-eksempel.example>")
                .subject("Faktura kranløft").text("Fakturaen er vedhæftet som foto. Kontonummer står på billedet.")
                .attach("image/jpeg", "faktura.jpg", jpeg).bytes(), authenticated("kranloeft-eksempel.example"), null);
        assertThat(v.has(SignalNames.IMAGE_INVOICE)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FIRST_IMAGE_INVOICE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "kranloeft-eksempel.example"));
        InvoiceVerdict listed = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(TestMail.create()
                .from("Kran og Løft <kontor@kranloeft-eksempel.example>").subject("Faktura kranløft")
                .text("Fakturaen er vedhæftet som foto.").attach("image/jpeg", "faktura.jpg", jpeg).bytes()),
                authenticated("kranloeft-eksempel.example"), Set.of(), null);
        assertThat(listed.has(SignalNames.FIRST_IMAGE_INVOICE)).as(listed.summary()).isFalse();
    }

    @Test
    void aPlainTextLineThatOnlySaysOpenBeforeTheUrlIsALinkActionAndItsShortLifeTagsAStranger() {
        for (String text : List.of("Et dokument er delt med jer til underskrift. Åbn: https://deledok-eksempel.example/d/81\n"
                + "Linket virker i 12 timer.", "A file was shared with you.\nView: https://deledok-eksempel.example/d/81\n"
                + "The link expires in 12 hours.")) {
            InvoiceVerdict v = inspect(note("Deledok <del@deledok-eksempel.example>", "Dokument", text),
                    authenticated("deledok-eksempel.example"), null);
            assertThat(v.has(SignalNames.LINK_ACTION)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.LINK_EXPIRES_SOON)).as(text + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(text + ": " + v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // a newsletter's "Læs mere: https://…" is no button, and a link living for weeks is no haste
        assertThat(Links.callToAction("Nyt fra foreningen. Læs mere: https://forening-eksempel.example/nyt", 1_000))
                .isNull();
        InvoiceVerdict slow = inspect(note("Deledok <del@deledok-eksempel.example>", "Dokument",
                "Åbn: https://deledok-eksempel.example/d/81\nLinket virker i 30 dage."),
                authenticated("deledok-eksempel.example"), null);
        assertThat(slow.has(SignalNames.LINK_EXPIRES_SOON)).as(slow.summary()).isFalse();
        assertThat(slow.action()).as(slow.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void experienceVouchersWhoseNumbersAreToBeMailedAreGiftCards() {
        InvoiceVerdict v = inspect(note("Direktøren <direktoer.eksempel@gmail.com>", "Hurtig opgave",
                "Kan du købe ti gavebeviser til personalet på 500 kr. hver og sende mig numrene i en mail? Jeg sidder "
                        + "i møde."), authenticated("gmail.com"), null);
        assertThat(v.has(SignalNames.CONFIDENTIAL_TRANSFER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void anApprovalOnlySaidAloudIsAnOrderNobodyCanShow() {
        InvoiceVerdict v = inspect(note("Slæb og Bugser <drift@slaeb-eksempel.example>", "Assistance",
                "Vi trak pramme fri ved kajen i går; jeres driftsleder gav telefonisk godkendelse. 18.900 kr. betales "
                        + "til IBAN DK50 0040 0440 1162 43."), authenticated("slaeb-eksempel.example"), null);
        assertThat(v.has(SignalNames.ORDER_BY_PHONE)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FIRST_ORDER_BY_PHONE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict denied = inspect(note("Slæb og Bugser <drift@slaeb-eksempel.example>", "Assistance",
                "Arbejdet er ikke mundtligt godkendt; vi venter på jeres skriftlige ordre."),
                authenticated("slaeb-eksempel.example"), null);
        assertThat(denied.has(SignalNames.ORDER_BY_PHONE)).as(denied.summary()).isFalse();
    }

    // ------------------------------------------------------------------ forty-second round (fifty-third and fifty-fourth)

    @Test
    void aSuppliersRegisteredNameWrittenOutAroundItsDomainNamesIt() {
        Set<String> suppliers = Set.of("sj-vinduespolering.dk", "borup-grus.dk");
        assertThat(SupplierNames.find("Vi inddriver for Sjællands Vinduespolering ApS et krav.", suppliers))
                .containsExactly("sj-vinduespolering.dk");
        assertThat(SupplierNames.find("Kravet tilhører Borup Sten & Grus ApS.", suppliers)).containsExactly("borup-grus.dk");
        // an abbreviation needs a long second part, and the company word after it
        assertThat(SupplierNames.find("Sjællands vinduespolering er bedst om foråret.", suppliers)).isEmpty();
        assertThat(SupplierNames.find("Borup har grus til salg.", suppliers)).isEmpty();
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "sj-vinduespolering.dk", "domains.own",
                "horsens.dk"));
        InvoiceVerdict collector = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(note(
                "Inkassokontoret <sag@inkasso-eksempel.example>", "Inkassovarsel", "Vi er bedt om at inddrive en "
                        + "regning fra Sjællands Vinduespolering ApS på 4.120,00 kr. Betal senest om 10 dage til IBAN "
                        + "DK50 0040 0440 1162 43.")), authenticated("inkasso-eksempel.example"), Set.of(), null);
        assertThat(collector.has(SignalNames.PAYEE_FOR_SUPPLIER)).as(collector.summary()).isTrue();
        assertThat(collector.action()).as(collector.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict name = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(note(
                "Sjællands Vinduespolering ApS <salg@vinduer-eksempel.example>", "Faktura", "Faktura vedhæftet.")),
                authenticated("vinduer-eksempel.example"), Set.of(), null);
        assertThat(name.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(name.summary()).isTrue();
    }

    @Test
    void bankDetailsThatAreOurNewOnesAreABankChangeAWarningAboutNewAccountsIsNot() {
        for (String text : List.of("Betalingsoplysningerne i den vedhæftede fil er de opdaterede.",
                "Kontoen på fakturaen er vores nye.", "The account on the invoice is our new one.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isNotEmpty();
        }
        for (String text : List.of("Stop betalingen, især når kontoen er ny eller udenlandsk.",
                "Foreningen skriver, at kontoen er skiftet, fordi kassereren er ny.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isEmpty();
        }
    }

    @Test
    void moneyThatThisTimeGoesInOnAnotherAccountIsABankChangeAndAPaymentOrder() {
        Vocabulary.Hits h = Vocabulary.scan("Beløbet skal denne gang ind på Reg.nr. 9037 Kontonr. 0004418290.", 1_000);
        assertThat(h.bankChange).isNotEmpty();
        assertThat(h.instruction).isNotEmpty();
        assertThat(Vocabulary.scan("Denne gang sender vi fakturaen som PDF; betaling til konto som altid.", 1_000)
                .bankChange).isEmpty();
        assertThat(Vocabulary.scan("Regningerne skal fremover betales direkte til os på IBAN DK50 0040 0440 1162 43.",
                1_000).bankChange).isNotEmpty();
        assertThat(Vocabulary.scan("Skriv direkte til os, hvis I har spørgsmål.", 1_000).bankChange).isEmpty();
    }

    @Test
    void anAdvanceAndAnOrderAfterYourCallAreFirstContactMarks() {
        InvoiceVerdict advance = inspect(note("Tårnure <b@taarnure-eksempel.example>", "Tårnuret",
                "Uret står. Hjulet kan komme i morgen, hvis der lægges et forskud på 12.400 kr. ind på IBAN DK50 0040 "
                        + "0440 1162 43."), authenticated("taarnure-eksempel.example"), null);
        assertThat(advance.has(SignalNames.FIRST_PREPAYMENT)).as(advance.summary()).isTrue();
        assertThat(advance.action()).as(advance.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict called = inspect(note("Storskrald <k@storskrald-eksempel.example>", "Ekstra tur",
                "Efter jeres opringning har vi kørt en ekstra tur. 9.600 kr. bedes overført til Reg.nr. 8117 "
                        + "Kontonr. 0002298841."), authenticated("storskrald-eksempel.example"), null);
        assertThat(called.has(SignalNames.FIRST_ORDER_BY_PHONE)).as(called.summary()).isTrue();
    }

    @Test
    void theCeoOpenerAndACallbackToBeReachedAreCaught() {
        for (String text : List.of("Er du ved din computer? Der er en betaling, jeg vil holde uden for det almindelige "
                + "flow.", "Are you at your desk? I need a quick favour.")) {
            assertThat(Vocabulary.scan(text, 1_000).covert).as(text).isNotEmpty();
        }
        // a title of ours from free mail with the opener is tagged
        InvoiceVerdict opener = inspect(note("Kommunaldirektøren <k.direktoer.eksempel@gmail.com>", "Et øjeblik",
                "Hej. Er du ved din computer? Så sender jeg detaljerne."), authenticated("gmail.com"), null);
        assertThat(opener.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(opener.summary()).isTrue();
        assertThat(opener.action()).as(opener.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict callback = inspect(note("Ordrekontor <o@ordre-eksempel.example>", "Ordrebekræftelse",
                "Vi sender 8 skærme i morgen. Kender du ikke ordren, skal kundeservice nås på 78 74 12 09 inden da."),
                authenticated("ordre-eksempel.example"), null);
        assertThat(callback.has(SignalNames.CALLBACK_REQUEST)).as(callback.summary()).isTrue();
    }

    @Test
    void ourMayorsTitleBesideOurNameInADomainImitatesUs() {
        InvoiceVerdict v = inspect(note("Borgmesteren <b@borgmester-horsens.dk>", "Hurtigt spørgsmål",
                "Har du et øjeblik? Jeg skal bruge hjælp til en betaling."), authenticated("borgmester-horsens.dk"), null);
        assertThat(v.has(SignalNames.EMBEDDED_DOMAIN)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void anEInvoicesPayeeIbanIsComparedWithTheSuppliersKnownAccount() {
        String ubl = "<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
                + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
                + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"><cbc:ID>77</cbc:ID>"
                + "<cac:PaymentMeans><cbc:PaymentMeansCode>31</cbc:PaymentMeansCode><cac:PayeeFinancialAccount>"
                + "<cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans></Invoice>";
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict same = inspect(TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("E-faktura 77")
                .text("E-faktura vedhæftet.").attach("application/xml", "77.xml", String.format(ubl, DANISH)
                        .getBytes(StandardCharsets.UTF_8)).bytes(), authenticated("danfoss.dk"), memory);
        assertThat(same.action()).as(same.summary()).isEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict swapped = inspect(TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("E-faktura 77")
                .text("E-faktura vedhæftet.").attach("application/xml", "77.xml", String.format(ubl,
                        "CY02005001210000001200339001").getBytes(StandardCharsets.UTF_8)).bytes(),
                authenticated("danfoss.dk"), memory);
        assertThat(swapped.has(SignalNames.BANK_ACCOUNT_NEW)).as(swapped.summary()).isTrue();
        assertThat(swapped.action()).as(swapped.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // no valid IBAN and no branch, no payee: a wrong check digit or a bare kontonr. is not read
        assertThat(Ubl.payees(String.format(ubl, "CY02005001210000001200339002"))).isEmpty();
        assertThat(Ubl.payees(String.format(ubl, "0440116243"))).isEmpty();
        assertThat(Ubl.payees(String.format(ubl, DANISH))).containsExactly(DANISH);
        // character references for invisible characters do not hide the payee the receiving system reads
        assertThat(Ubl.payees(String.format(ubl, "CY02&#x200B;0050&#8203;0121&#x200b;0000&#x200B;0012&#x200B;0033"
                + "&#x200B;9001"))).containsExactly("CY02005001210000001200339001");
    }

    /** OIOUBL's domestic transfer: kontonr. in the account's ID, reg.nr. in its FinancialInstitutionBranch. */
    private static String oioublDomestic(String konto, String reg) {
        return "<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
                + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
                + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"><cbc:ID>78</cbc:ID>"
                + "<cac:PaymentMeans><cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>"
                + "<cbc:PaymentChannelCode>DK:BANK</cbc:PaymentChannelCode><cac:PayeeFinancialAccount>\n"
                + "  <cbc:ID>" + konto + "</cbc:ID>\n  <cac:FinancialInstitutionBranch>\n    <cbc:ID>" + reg
                + "</cbc:ID>\n  </cac:FinancialInstitutionBranch>\n</cac:PayeeFinancialAccount></cac:PaymentMeans></Invoice>";
    }

    @Test
    void anEInvoicesDomesticPayeeInTwoElementsIsTheDanishAccountItNames() {
        // reg. 0040 + konto 0440116243 is DANISH: the same account however it is written
        assertThat(Ubl.payees(oioublDomestic("440116243", "0040"))).containsExactly(DANISH);
        assertThat(Ubl.payees(oioublDomestic("0440116243", "0040"))).containsExactly(DANISH);
        // a branch that is not four digits, or one outside the account element, names no account
        assertThat(Ubl.payees(oioublDomestic("0440116243", "00401"))).isEmpty();
        assertThat(Ubl.payees(oioublDomestic("0440116243", "0040").replace("\n  <cac:FinancialInstitutionBranch>",
                "</cac:PayeeFinancialAccount><cac:FinancialInstitutionBranch>"))).isEmpty();
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        InvoiceVerdict same = inspect(TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("E-faktura 78")
                .text("E-faktura vedhæftet.").attach("application/xml", "78.xml", oioublDomestic("0440116243", "0040")
                        .getBytes(StandardCharsets.UTF_8)).bytes(), authenticated("danfoss.dk"), memory);
        assertThat(same.action()).as(same.summary()).isEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict swapped = inspect(TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("E-faktura 78")
                .text("E-faktura vedhæftet.").attach("application/xml", "78.xml", oioublDomestic("9876543210", "9570")
                        .getBytes(StandardCharsets.UTF_8)).bytes(), authenticated("danfoss.dk"), memory);
        assertThat(swapped.has(SignalNames.BANK_ACCOUNT_NEW)).as(swapped.summary()).isTrue();
        assertThat(swapped.action()).as(swapped.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // the reason names both accounts, masked, as the quarantine notice shows them
        assertThat(swapped.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_ACCOUNT_NEW)).singleElement()
                .extracting(Reason::evidence).asString().contains(BankDetails.mask(DANISH),
                        BankDetails.mask(BankDetails.danishIban("9570", "9876543210")));
    }

    @Test
    void aSigningButtonFromAServiceNamedAfterUsIsTaggedALocalFirmsNewsletterIsNot() {
        byte[] lure = TestMail.create().from("Signaro <noreply@signaro-horsens.dk>").subject("Dokument til underskrift")
                .html("<p>Lejeaftalen for lageret er klar.</p><p><a href=\"https://signaro-horsens.dk/s/9\">Gennemse og "
                        + "underskriv</a></p>").bytes();
        InvoiceVerdict v = inspect(lure, authenticated("signaro-horsens.dk"), null);
        assertThat(v.has(SignalNames.LINK_ACTION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // the same button from a service with a name of its own is what signing services send every customer
        byte[] service = TestMail.create().from("Signaro <noreply@signaro.example>").subject("Dokument til underskrift")
                .html("<p>Lejeaftalen for lageret er klar.</p><p><a href=\"https://signaro.example/s/9\">Gennemse og "
                        + "underskriv</a></p>").bytes();
        assertThat(inspect(service, authenticated("signaro.example"), null).action()).isEqualTo(InvoiceAction.DELIVER);
        // a town firm's newsletter button is no signing lure
        byte[] news = TestMail.create().from("Horsens Revision <nyt@horsens-revision.dk>").subject("Nyhedsbrev")
                .html("<p>Nye regler for moms.</p><p><a href=\"https://horsens-revision.dk/tilmeld\">Tilmeld dig "
                        + "webinaret</a></p>").bytes();
        assertThat(inspect(news, authenticated("horsens-revision.dk"), null).action()).isEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ forty-fourth round (fifty-fifth and fifty-sixth)

    @Test
    void giftCardCodesAskedForFromADomainNamedAfterUsAreTaggedFromAColleagueNot() {
        String text = "Vil du købe otte gavekort på 400 kr. til holdet og sende mig koderne i aften? Jeg lægger ud.";
        InvoiceVerdict outsider = inspect(note("Teknisk Direktør <direktion@horsens-ordrekontor.dk>", "Gavekort",
                text), authenticated("horsens-ordrekontor.dk"), null);
        assertThat(outsider.has(SignalNames.CONFIDENTIAL_TRANSFER)).as(outsider.summary()).isTrue();
        assertThat(outsider.action()).as(outsider.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict colleague = inspect(note("Kollega <kollega@horsens.dk>", "Gavekort", text),
                authenticated("horsens.dk"), null);
        assertThat(colleague.action()).as(colleague.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aTitleWhoseRepliesGoToFreeMailIsImpersonation() {
        byte[] mail = TestMail.create().from("Borgmester <kontor@regnskab-eksempel.example>")
                .header("Reply-To", "borgmester.privat@gmail.com").subject("Hurtigt")
                .text("Er du ved skrivebordet? Jeg skal bruge en overførsel i dag.").bytes();
        InvoiceVerdict v = inspect(mail, authenticated("regnskab-eksempel.example"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        byte[] sameOrg = TestMail.create().from("Borgmester <kontor@regnskab-eksempel.example>")
                .header("Reply-To", "sekretariat@regnskab-eksempel.example").subject("Møde")
                .text("Tak for mødet i går.").bytes();
        assertThat(inspect(sameOrg, authenticated("regnskab-eksempel.example"), null)
                .has(SignalNames.DISPLAY_NAME_IMPERSONATION)).isFalse();
    }

    @Test
    void aCollectorsCreditorLineAndAFormalDemandNameTheSupplierAndTheDebt() {
        assertThat(SupplierNames.find("Skyldner: Horsens Kommune. Kreditor: Borup Grus. Hovedstol 4.000 kr.",
                Set.of("borup-grus.dk"))).containsExactly("borup-grus.dk");
        assertThat(Vocabulary.scan("SIDSTE PÅKRAV før retslige skridt.", 1_000).overdue).isNotEmpty();
        assertThat(Vocabulary.scan("Påkrav om kommunal garanti for et bådelaug?", 1_000).pressure).isEmpty();
    }

    @Test
    void anOrderYouKnowNothingOfWithANumberToRingIsACallback() {
        assertThat(Vocabulary.scan("Ordren sendes i morgen. Kender I ikke noget til bestillingen, så ring til os på "
                + "71 99 20 48 inden kl. 12.", 1_000).callback).isNotEmpty();
    }

    @Test
    void staffBankDetailsToBeConfirmedOnAFormAreACredentialRequest() {
        InvoiceVerdict v = inspect(note("Lønservice <support@loen-eksempel.example>", "Medarbejderkonti",
                "Vi skal have bekræftet bankoplysningerne for vikarerne i hjemmeplejen. Udfyld skemaet på "
                        + "https://loen-eksempel.example/skema senest fredag."), authenticated("loen-eksempel.example"),
                null);
        assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // an invoice's own bank line is not a request for anyone's details
        assertThat(Vocabulary.scan("Bankoplysninger: Reg.nr. 1234 Kontonr. 0001234567. Udfyld gerne jeres "
                + "ordrenummer ved betaling.", 1_000).credential).isEmpty();
    }

    // ------------------------------------------------------------------ forty-fifth round (fifty-seventh and fifty-eighth)

    @Test
    void nobodyKnowingAnythingOfTheOrderWithANumberNamedIsACallback() {
        assertThat(Vocabulary.scan("Fakturaen for 14 kontorstole trækkes på fredag. Hvis ingen hos jer ved noget til "
                + "denne bestilling, stopper vi den, når I ringer til kundeservice på 69 91 30 27.", 1_000).callback)
                .isNotEmpty();
        assertThat(Vocabulary.scan("Beløbet trækkes i morgen. Kender ingen i afdelingen noget til den ordre, kan vi "
                + "stoppe den, hvis I når at tale med os i aften; telefonnummeret er 69 91 30 27.", 1_000).callback)
                .isNotEmpty();
        // an order someone does know about, with the shop's number in the signature, is no callback
        assertThat(Vocabulary.scan("Tak for ordren, som vi kender fra jeres indkøber. Spørgsmål? Tlf. 69 91 30 27.",
                1_000).callback).isEmpty();
    }

    @Test
    void aDocumentOpenedOnlyAfterConfirmingTheWorkAccountsAccessIsACredentialRequest() {
        InvoiceVerdict v = inspect(TestMail.create().from("Filbox <deling@filbox-eksempel.example>")
                .subject("Lejekontrakt til gennemsyn").html("<p>Lejekontrakten for depotet er delt med jer. Filerne "
                        + "vises efter bekræftelse med jeres Microsoft 365-adgang.</p><p><a href=\"https://"
                        + "filbox-eksempel.example/auth\">Fortsæt</a></p>").bytes(),
                authenticated("filbox-eksempel.example"), null);
        assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // telling users that they now have access asks for nothing
        assertThat(Vocabulary.scan("Fra mandag har alle medarbejdere adgang til Office 365 på de nye bærbare.",
                1_000).credential).isEmpty();
    }

    @Test
    void giftCardsNamedAsACompoundAreGiftCards() {
        InvoiceVerdict v = inspect(note("Kommunaldirektøren <direktoer.horsens@outlook.com>", "Lille opgave",
                "Køb venligst tyve julegavekort á 500 kr. til praktikanterne og send mig koderne som fotos i dag."),
                authenticated("outlook.com"), null);
        assertThat(v.has(SignalNames.CONFIDENTIAL_TRANSFER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // a shop's word for its cards asks for no codes
        assertThat(Vocabulary.scan("Se vores julegavekort i butikken; de kan bruges i alle afdelinger.", 1_000)
                .confidential).isEmpty();
    }

    @Test
    void aCameraAimedAtAPictureToPayIsAQrCode() {
        assertThat(Vocabulary.scan("Gebyret er 495 kr. Hold telefonens kamera over figuren i billedet for at betale.",
                1_000).qr).isNotEmpty();
        assertThat(Vocabulary.scan("Afgiften udgør 600 kr. Peg mobilkameraet mod symbolet og gennemfør betalingen.",
                1_000).qr).isNotEmpty();
        // a camera that photographed something asks nobody to scan anything
        assertThat(Vocabulary.scan("Kameraet ved indkørslen registrerede bilen kl. 14. Betal 300 kr. via netbank.",
                1_000).qr).isEmpty();
    }

    @Test
    void nobodyRecognisingTheOrderOrKnowingOfItAndOnlyAVoiceToStopItIsACallback() {
        assertThat(Vocabulary.scan("Kan ingen i afdelingen genkende bestillingen, stoppes den kun ved at ringe til "
                + "ordreafdelingen 70203040 i dag.", 1_000).callback).isNotEmpty();
        assertThat(Vocabulary.scan("Kender ingen i administrationen til denne ordre, skal I kontakte os telefonisk på "
                + "70 20 30 40 inden kl. 16.", 1_000).callback).isNotEmpty();
        InvoiceVerdict renewed = inspect(note("Licenskontoret <salg@licens-eksempel.example>", "Licens fornyet",
                "Licensen er fornyet for to år. Fortrydelsesfristen udløber fredag, og den klares kun mundtligt hos "
                        + "vores salgsteam på 70 20 30 41."), authenticated("licens-eksempel.example"), null);
        assertThat(renewed.has(SignalNames.CANCEL_BY_PHONE)).as(renewed.summary()).isTrue();
        // knowing the order is no denial
        assertThat(Vocabulary.scan("Kender I til denne ordre fra sidste år? Ring til os på 70 20 30 40.", 1_000)
                .callback).isEmpty();
    }

    @Test
    void aBookingForfeitedUnlessPaidFirstIsAPrepayment() {
        assertThat(Vocabulary.scan("Vi frigiver standpladsen igen, hvis depositummet ikke er modtaget senest i "
                + "morgen.", 1_000).prepayment).isNotNull();
        assertThat(Vocabulary.scan("The stand is released unless the fee has been received by Friday.", 1_000)
                .prepayment).isNotNull();
        // a release that waits for nothing is no condition
        assertThat(Vocabulary.scan("Vi frigiver pladserne igen i marts, hvis vejret tillader det.", 1_000).prepayment)
                .isNull();
    }

    // ------------------------------------------------------------------ forty-seventh round (sixty-first and sixty-second)

    @Test
    void aSigningServicesNameOnAStrangersSigningButtonIsTaggedTheServiceItselfIsNot() {
        byte[] lure = TestMail.create().from("Penneo Signing <sign@kontraktkontoret-eksempel.example>")
                .subject("Aftale klar til underskrift").html("<p>Et dokument venter på din underskrift.</p><p><a "
                        + "href=\"https://kontraktkontoret-eksempel.example/d/4\">Gennemse og underskriv</a></p>").bytes();
        InvoiceVerdict v = inspect(lure, authenticated("kontraktkontoret-eksempel.example"), null);
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        byte[] real = TestMail.create().from("Penneo <noreply@penneo.com>").subject("Aftale klar til underskrift")
                .html("<p>Et dokument venter på din underskrift.</p><p><a href=\"https://app.penneo.com/d/4\">Gennemse "
                        + "og underskriv</a></p>").bytes();
        InvoiceVerdict r = inspect(real, authenticated("penneo.com"), null);
        assertThat(r.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(r.summary()).isFalse();
        assertThat(r.action()).as(r.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void scanAndPayNamesTheCode() {
        assertThat(Vocabulary.scan("Vognen holdt uden billet. Scan og betal afgiften på 450 kr. i dag.", 1_000).qr)
                .isNotEmpty();
        // scanning and mailing a document pays nothing
        assertThat(Vocabulary.scan("Scan og send bilagene til bogholderiet inden fredag.", 1_000).qr).isEmpty();
    }

    // ------------------------------------------------------------------ forty-eighth round (sixty-third and sixty-fourth)

    @Test
    void aTelephoneLineNamedAsACompoundIsTheCallAnInvoiceLineIsNot() {
        assertThat(Vocabulary.scan("Har I ikke bestilt de seks skærme, kan leverancen alene standses gennem vores "
                + "spærrelinje 70 30 20 10 inden fyraften.", 1_000).callback).isNotEmpty();
        assertThat(Vocabulary.scan("If you did not order the toner, our cancellation hotline +45 70 30 20 11 stops "
                + "it today.", 1_000).callback).isNotEmpty();
        // an order line of an invoice names no number to ring, and no order is denied
        assertThat(Vocabulary.scan("Ordrelinje 4: kabeltromle, 2 stk. Bestilt af Jens via indkøbssystemet.", 1_000)
                .callback).isEmpty();
    }

    @Test
    void aStrangersSigningLinkAliveOnlyTodayIsTaggedOneAliveForAMonthIsNot() {
        String html = "<p>Et tillæg til forpagtningsaftalen venter på din underskrift. Linket er aktivt %s.</p>"
                + "<p><a href=\"https://aftaler-eksempel.example/s/77\">Læs og underskriv</a></p>";
        InvoiceVerdict today = inspect(TestMail.create().from("Aftaler <post@aftaler-eksempel.example>")
                .subject("Tillæg afventer").html(String.format(html, "til midnat i dag")).bytes(),
                authenticated("aftaler-eksempel.example"), null);
        assertThat(today.has(SignalNames.LINK_EXPIRES_SOON)).as(today.summary()).isTrue();
        assertThat(today.action()).as(today.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict month = inspect(TestMail.create().from("Aftaler <post@aftaler-eksempel.example>")
                .subject("Tillæg afventer").html(String.format(html, "i 30 dage")).bytes(),
                authenticated("aftaler-eksempel.example"), null);
        assertThat(month.has(SignalNames.LINK_EXPIRES_SOON)).as(month.summary()).isFalse();
        assertThat(month.action()).as(month.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ forty-ninth round (sixty-fifth and sixty-sixth)

    @Test
    void oneCleanMailWithAnAccountDoesNotMakeAStrangersSigningButtonASuppliersTwoDo() {
        BankMemory memory = new BankMemory(InvoiceConfig.BankLimits.defaults());
        memory.learn("haveservice-eksempel.example", List.of(DANISH), Instant.now(), false);
        byte[] lure = TestMail.create().from("Aftaleportal <portal@haveservice-eksempel.example>")
                .subject("Ny betalingsplan til underskrift").text("Betalingsplanen for jeres serviceaftale er ændret, "
                        + "og beløbet opkræves nu kvartalsvis. Underskriv ændringen: "
                        + "https://haveservice-eksempel.example/underskriv").bytes();
        InvoiceVerdict once = inspect(lure, authenticated("haveservice-eksempel.example"), memory);
        assertThat(once.action()).as(once.summary()).isEqualTo(InvoiceAction.TAG);
        memory.learn("haveservice-eksempel.example", List.of(DANISH), Instant.now(), false);
        InvoiceVerdict twice = inspect(lure, authenticated("haveservice-eksempel.example"), memory);
        assertThat(twice.action()).as(twice.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void moneyToBePaidSoThatTheWorkCanBeginIsAPrepayment() {
        assertThat(Vocabulary.scan("Depositum på 8.000 kr. indbetales inden torsdag, så vi kan gå i gang med "
                + "beskæringen.", 1_000).prepayment).isNotNull();
        assertThat(Vocabulary.scan("Half of the fee has to be paid up front before we can start the survey.", 1_000)
                .prepayment).isNotNull();
        // work begun first and billed after; thanks for a payment that closes a case
        assertThat(Vocabulary.scan("Vi går i gang i uge 12, og regningen sendes, når arbejdet er udført.", 1_000)
                .prepayment).isNull();
        assertThat(Vocabulary.scan("Tak for betalingen, så vi kan lukke sagen.", 1_000).prepayment).isNull();
    }

    // ------------------------------------------------------------------ fiftieth round (sixty-seventh and sixty-eighth)

    @Test
    void aCodeScannedInThePresentTenseOrPaidThroughIsAQrPayment() {
        assertThat(Vocabulary.scan("Gebyret halveres, hvis I skanner koden med mobilen og betaler inden søndag.", 1_000)
                .qr).isNotEmpty();
        assertThat(Vocabulary.scan("Betal bøden på 400 kr. via koden senest i morgen.", 1_000).qr).isNotEmpty();
        // a scanner that files paid invoices, a door code: nothing to pay through
        assertThat(Vocabulary.scan("Vi scanner bilagene ind, når de er betalt.", 1_000).qr).isEmpty();
        assertThat(Vocabulary.scan("Porten åbnes med koden 4411 fra i morgen.", 1_000).qr).isEmpty();
    }

    @Test
    void theReadersConfirmedPasswordAsAConditionIsACredentialRequestTheSendersConfirmationIsNot() {
        assertThat(Vocabulary.scan("Mappen låses op, når du har bekræftet dit brugernavn og din adgangskode på "
                + "portalen.", 1_000).credential).isNotEmpty();
        assertThat(Vocabulary.scan("Vi har bekræftet ordren. En adgangskode til portalen vælger du selv ved første "
                + "besøg.", 1_000).credential).isEmpty();
    }

    @Test
    void aStrangersRenewalOrVoicemailButtonAboutMoneyIsTagged() {
        InvoiceVerdict renewal = inspect(TestMail.create().from("Registrar <drift@domaenedrift-eksempel.example>")
                .subject("Jeres domæne udløber").html("<p>horsens.dk skal fornyes for 3 år; beløbet på 2.950 kr. "
                        + "opkræves ved fornyelsen, ellers lukker hjemmesiden.</p><p><a href=\"https://domaenedrift-eksempel.example/f\">Forny nu</a></p>")
                .bytes(), authenticated("domaenedrift-eksempel.example"), null);
        assertThat(renewal.has(SignalNames.LINK_ACTION)).as(renewal.summary()).isTrue();
        assertThat(renewal.action()).as(renewal.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict voicemail = inspect(TestMail.create().from("Omstilling <besked@omstilling-eksempel.example>")
                .subject("Ny talebesked").html("<p>En kreditor har lagt en talebesked om en forfalden regning.</p>"
                        + "<p><a href=\"https://omstilling-eksempel.example/b\">Hør beskeden</a></p>").bytes(),
                authenticated("omstilling-eksempel.example"), null);
        assertThat(voicemail.has(SignalNames.LINK_ACTION)).as(voicemail.summary()).isTrue();
        assertThat(voicemail.action()).as(voicemail.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void moneyToBeSentBackOntoAnAccountIsAPaymentInstruction() {
        assertThat(Vocabulary.scan("Vores kunde ramte jeres konto ved en fejl. Ret det ved at sende beløbet retur "
                + "til IBAN LT12 1000 0111 0100 1000 snarest.", 1_000).instruction).isNotEmpty();
        // money that came back to us names no account to pay
        assertThat(Vocabulary.scan("Beløbet kom retur fra banken i går.", 1_000).instruction).isEmpty();
    }

    // ------------------------------------------------------------------ fifty-first round (a probe, not a corpus)

    @Test
    void anAuthenticatedWarningAboutBankChangeFraudIsDeliveredTheFraudItselfIsNot() {
        InvoiceVerdict warning = inspect(TestMail.create().from("Sparekassen Erhverv <sikkerhed@sparekasse-eksempel.example>")
                .subject("Sikkerhed: svindlere sender fakturaer i leverandørers navn")
                .text("Svindlere udgiver sig i øjeblikket for kendte leverandører og oplyser, at bankforbindelsen er "
                        + "skiftet. Ring altid til leverandøren på det nummer, I kender, før I betaler til en ny konto.")
                .bytes(), authenticated("sparekasse-eksempel.example"), null);
        assertThat(warning.has(SignalNames.FRAUD_WARNING)).as(warning.summary()).isTrue();
        assertThat(warning.action()).as(warning.summary()).isEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict english = inspect(TestMail.create().from("Audit Update <news@audit-eksempel.example>")
                .subject("Invoice fraud on the rise").text("Scammers e-mail fake invoices that give a new bank account "
                        + "for a supplier you know. Confirm changed bank details by phone before paying.")
                .bytes(), authenticated("audit-eksempel.example"), null);
        assertThat(english.action()).as(english.summary()).isEqualTo(InvoiceAction.DELIVER);
        // the pretext in a real change: the warning words with the account to pay
        InvoiceVerdict pretext = inspect(TestMail.create().from("Sparekassen Erhverv <sikkerhed@sparekasse-eksempel.example>")
                .subject("Ny bankforbindelse efter svindelforsøg").text("Efter et svindelforsøg har vi skiftet bank. "
                        + "Betal fremover til reg. 2000 konto 0123456789.")
                .bytes(), authenticated("sparekasse-eksempel.example"), null);
        assertThat(pretext.action()).as(pretext.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // nor does a warning word vouch for an unauthenticated sender
        InvoiceVerdict forged = inspect(TestMail.create().from("Sparekassen Erhverv <sikkerhed@sparekasse-eksempel.example>")
                .subject("Sikkerhed: svindlere sender fakturaer i leverandørers navn")
                .text("Svindlere udgiver sig i øjeblikket for kendte leverandører og oplyser, at bankforbindelsen er "
                        + "skiftet. Ring altid til leverandøren på det nummer, I kender, før I betaler til en ny konto.")
                .bytes(), Verdicts.of("ip=203.0.113.9;mailfrom=x@sparekasse-eksempel.example;spf=fail;dkim=none;"
                        + "dmarc=fail:sparekasse-eksempel.example:reject"), null);
        assertThat(forged.action()).as(forged.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aGermanSuppliersChangeOfBankIsABankChange() {
        for (String text : List.of("Bitte beachten Sie: Wir haben unsere Bankverbindung geändert. Überweisen Sie künftig "
                        + "auf IBAN DE44 5001 0517 5407 3249 31.",
                "Ab sofort gilt unsere neue Bankverbindung: IBAN DE44 5001 0517 5407 3249 31.",
                "Kontoänderung: Zahlungen bitte nur noch auf IBAN DE44 5001 0517 5407 3249 31.",
                "Das alte Konto ist geschlossen, zahlen Sie auf IBAN DE44 5001 0517 5407 3249 31.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isNotEmpty();
        }
        assertThat(Vocabulary.scan("Rechnung 4410 anbei. Zahlbar innerhalb von 30 Tagen auf IBAN DE44 5001 0517 5407 "
                + "3249 31.", 1_000).bankChange).isEmpty();
        // an authenticated stranger that says so without any history of its own is worth a check
        InvoiceVerdict v = inspect(TestMail.create().from("Buchhaltung <buchhaltung@zaehlerbau-eksempel.de>")
                .subject("Neue Bankverbindung").text("Sehr geehrte Damen und Herren, ab sofort gilt unsere neue "
                        + "Bankverbindung: IBAN DE44 5001 0517 5407 3249 31.").bytes(),
                authenticated("zaehlerbau-eksempel.de"), null);
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void swedishNorwegianAndBankingPartnerChangesAreBankChanges() {
        for (String text : List.of("Vi har fått nya bankuppgifter från och med december: IBAN SE45 5000 0000 0583 9825 7466.",
                "Vårt kontonummer har ändrats, betala till IBAN SE45 5000 0000 0583 9825 7466.",
                "Vi har byttet bank, så beløpet går nå til konto 1503.12.34567.",
                "Vi har byttet bank; beløbet bedes indsat på reg. 6695 konto 2000123456.",
                "With effect from 1 March our banking partner has changed: remit to IBAN GB33 BUKB 2020 1555 5555 55.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isNotEmpty();
        }
        // exchanged goods and a Swedish invoice without any change are not
        assertThat(Vocabulary.scan("Varen er byttet til en større model; fakturaen er uændret. Reg. 6695 konto "
                + "2000123456.", 1_000).bankChange).isEmpty();
        assertThat(Vocabulary.scan("Faktura 311 bifogas. Betala till bankgiro 5050-1055 inom 30 dagar.", 1_000)
                .bankChange).isEmpty();
    }

    @Test
    void anAccountSaidToBeEndedOrWrongIsABankChange() {
        for (String text : List.of("Vores konto i Sydbank er ophørt; indbetal i stedet på reg. 6695 konto 2000123456.",
                "Kontoen hos Nordea er opsagt. Brug reg. 6695 konto 2000123456.",
                "Kontoen i Jyske Bank er lukket for indbetalinger, brug reg. 6695 konto 2000123456.",
                "The account printed on our statement is no longer in use; remit to IBAN GB33 BUKB 2020 1555 5555 55.",
                "Den konto, der står på girokortet, kan ikke længere modtage penge: reg. 6695 konto 2000123456.",
                "Kontonummeret på rykkeren er forkert. Korrekt er reg. 6695 konto 2000123456.",
                "Our bank details on the statement are incorrect. Use IBAN GB33 BUKB 2020 1555 5555 55.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isNotEmpty();
        }
        // giving up a way to pay, and a warning not to pay a wrong account, are not
        for (String text : List.of("Vi modtager ikke længere checks; betal til reg. 6695 konto 2000123456.",
                "Tjek modtagerens navn, så I ikke betaler til en forkert konto. Faktura 77 betales til reg. 6695 konto "
                        + "2000123456.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isEmpty();
        }
    }

    // ------------------------------------------------------------------ fifty-second round (69th and 70th corpora)

    @Test
    void aShareOfThePricePaidBeforeTheWorkIsAPrepayment() {
        for (String text : List.of("Ordren er noteret. Der betales en tredjedel, 9.400 kr., forud til reg. 6695 konto "
                        + "2000123456.", "To book the crane, please pay 40 % of the quoted price in advance to IBAN "
                        + "GB33 BUKB 2020 1555 5555 55.")) {
            assertThat(Vocabulary.scan(text, 1_000).prepayment).as(text).isNotNull();
        }
        assertThat(Vocabulary.scan("Betalingsbetingelser: netto 30 dage. Vi glæder os til at komme forud for "
                + "sæsonen.", 1_000).prepayment).isNull();
        InvoiceVerdict v = inspect(TestMail.create().from("Kranudlejning <booking@kranudlejning-eksempel.example>")
                .subject("Reservation af kran").text("Tak for henvendelsen. Kranen er reserveret i uge 4. Der betales "
                        + "en tredjedel, 9.400 kr., forud til reg. 6695 konto 2000123456.").bytes(),
                authenticated("kranudlejning-eksempel.example"), null);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aSharedDocumentThatOpensOnlyAfterTheRecipientsMicrosoftLoginAsksForTheSecret() {
        for (String text : List.of("Filen kan først ses, når modtageren har bekræftet sit login med sin konto hos "
                        + "Microsoft.", "The folder opens once the recipient has confirmed the sign-in with the "
                        + "account with Google.")) {
            assertThat(Vocabulary.scan(text, 1_000).credential).as(text).isNotEmpty();
        }
        // the sender's own confirmation, and an account at a bank, are not
        assertThat(Vocabulary.scan("Vi har bekræftet modtagelsen; beløbet står på jeres konto i Sydbank.", 1_000)
                .credential).isEmpty();
    }

    @Test
    void fromNowOnInSeveralWordsAndAnAccountThatTakesNoMoneyForNowAreBankChanges() {
        for (String text : List.of("Fra nu af går alle indbetalinger til reg. 6695 konto 2000123456.",
                "From now on kindly settle to IBAN GB33 BUKB 2020 1555 5555 55.",
                "Going forward, settle to IBAN GB33 BUKB 2020 1555 5555 55.",
                "Henceforth our remittances go to IBAN GB33 BUKB 2020 1555 5555 55.",
                "While the books are audited we cannot receive transfers on the regular account; use IBAN GB33 BUKB 2020 "
                        + "1555 5555 55.",
                "Indtil revisionen er færdig, kan vi ikke modtage penge på den faste konto. Brug reg. 6695 konto "
                        + "2000123456.",
                "The company account is on hold until the year-end review; remit to IBAN GB33 BUKB 2020 1555 5555 55.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isNotEmpty();
        }
        // what we cannot receive is no account, and money coming to the reader is no redirect
        for (String text : List.of("Vi kan ikke modtage checks. Faktura 12 betales til reg. 6695 konto 2000123456.",
                "From now on the refund is paid to your NemKonto.")) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange).as(text).isEmpty();
        }
    }

    // ------------------------------------------------------------------ fifty-third round (a probe, no corpus)

    @Test
    void aSuppliersAntiFraudFooterIsNoBankChange() {
        assertBankChange(false, "Bemærk: Vi ændrer aldrig vores bankoplysninger via e-mail. Modtager du en mail om "
                        + "ændrede kontooplysninger, så ring til os.",
                "Vi skifter aldrig kontonummer pr. mail. Får du besked om nyt kontonummer, er det svindel.",
                "Hvis I modtager en henvendelse om ny bankforbindelse fra os, så kontakt os på telefon.",
                "If you get an e-mail about changed bank details from us, call us before paying.");
        // the announcement itself still is one, and so is a change after the footer's words
        assertBankChange(true, "Vi har ændret vores bankoplysninger: reg. 6695 konto 2000123456.",
                "Modtager du en mail om ændrede kontooplysninger, så ring til os. Vi har fået nyt kontonummer: reg. "
                        + "6695 konto 2000123456 fra 1. december.");
        BankMemory memory = danfossUsualAccount();
        InvoiceVerdict v = inspect(TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Hermed faktura 5521. Beløbet betales til reg. 6695 konto 2000123456 senest om 8 dage.\n\n"
                        + "Bemærk: Vi ændrer aldrig vores bankoplysninger via e-mail. Modtager du en mail om ændrede "
                        + "kontooplysninger, så ring til os.")
                .attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("FAKTURA 5521",
                        "Betales til reg. 6695 konto 2000123456")))
                .bytes(), authenticated("danfoss.dk"), memory);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void theUsualAccountDeniedAndTheChangePointedAtAreBankChanges() {
        assertBankChange(true, "Beløbet bedes indbetalt på reg. 5301 konto 0244123456, og ikke som tidligere på "
                        + "vores konto i Danske Bank.",
                "Please remit to IBAN GB33 BUKB 2020 1555 5555 55 and not as before to our account at Barclays.",
                "Betaling til reg. 5301 konto 0244123456. Bemærk venligst ændringen.",
                "Payment to IBAN GB33 BUKB 2020 1555 5555 55. Please note the change.");
        // a change of something else, and a note far from any account, are not
        assertBankChange(false, "Betaling til reg. 5301 konto 0244123456. Bemærk ændringen i åbningstiderne.",
                "Bemærk venligst ændringen af mødetidspunktet til kl. 10.",
                "Vi leverer ikke som tidligere om mandagen, men om tirsdagen. Betal til reg. 5301 konto 0244123456.");
    }

    @Test
    void theReadersOwnAccountInACreditNoteIsNoPayee() {
        for (String text : List.of("Vi overfører beløbet, 2.400 kr., til jeres konto reg. 2191 konto 8888123456.",
                "Beløbet trækkes fra din konto 2191 8888123456 den 1. i måneden.",
                "The amount has been refunded to your account IBAN GB33 BUKB 2020 1555 5555 55.",
                "Tilgodehavendet udbetales til jeres bankkonto 2191-8888123456.")) {
            assertThat(BankDetails.identifiers(BankDetails.scan(text, 1_000))).as(text).isEmpty();
        }
        // ours, and the reader's payment to an account, are payees
        for (String text : List.of("Betal til vores konto reg. 2191 konto 8888123456.",
                "Please remit your payment to IBAN GB33 BUKB 2020 1555 5555 55.",
                "Indbetal på din konto hos os, reg. 2191 konto 8888123456.")) {
            assertThat(BankDetails.identifiers(BankDetails.scan(text, 1_000))).as(text).hasSize(1);
        }
        BankMemory memory = danfossUsualAccount();
        InvoiceVerdict v = inspect(TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Kreditnota 9912")
                .text("Hermed kreditnota 9912 for faktura 5521. Vi overfører beløbet, 2.400 kr., til jeres konto "
                        + "reg. 2191 konto 8888123456 inden 5 dage.")
                .attach("application/pdf", "Kreditnota_9912.pdf", TestFiles.pdf(List.of("KREDITNOTA 9912",
                        "Danfoss A/S, reg. 6695 konto 2000123456")))
                .bytes(), authenticated("danfoss.dk"), memory);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aStrangersReceiptForABillAlreadyChargedLinksToACopyNotToAPaymentPage() {
        for (String text : List.of("Beløbet er trukket på dit kort.", "Regningen trækkes via Betalingsservice.",
                "USD 149.90 has been charged to your Visa ending 4242.", "Thank you for your payment.")) {
            assertThat(Vocabulary.scan(text, 1_000).settled).as(text).isNotEmpty();
        }
        assertThat(Vocabulary.scan("Betal regningen senest fredag.", 1_000).settled).isEmpty();
        SenderVerdict zoom = authenticated("zoom-eksempel.example");
        InvoiceVerdict receipt = inspect(TestMail.create().from("Zoom <billing@zoom-eksempel.example>")
                .subject("Your invoice INV-2231").text("Thank you for your payment. Invoice INV-2231 for USD 149.90 has "
                        + "been charged to your Visa ending 4242. View invoice: https://zoom-eksempel.example/billing/2231")
                .bytes(), zoom, null);
        assertThat(receipt.action()).as(receipt.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a link elsewhere, a login button, or money still asked for: the stranger's button again
        for (String text : List.of("Invoice INV-2231 has been charged to your Visa. View invoice: https://billing-"
                        + "portal.example/2231",
                "Invoice INV-2231 has been charged to your Visa. Log in to view it: https://zoom-eksempel.example/login",
                "Your card was declined; invoice INV-2231 of USD 149.90 is overdue. No action required if paid. Pay "
                        + "now: https://zoom-eksempel.example/pay/2231")) {
            InvoiceVerdict v = inspect(TestMail.create().from("Zoom <billing@zoom-eksempel.example>")
                    .subject("Your invoice INV-2231").text(text).bytes(), zoom, null);
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        }
    }

    /** Each text is (or, with {@code expected} false, is not) a bank change. */
    private static void assertBankChange(boolean expected, String... texts) {
        for (String text : texts) {
            assertThat(Vocabulary.scan(text, 1_000).bankChange.isEmpty()).as(text).isNotEqualTo(expected);
        }
    }

    /** danfoss.dk has paid into reg. 6695 konto 2000123456, seen twice. */
    private static BankMemory danfossUsualAccount() {
        return TestFiles.usualAccount("danfoss.dk", "6695 2000123456");
    }

    // ------------------------------------------------------------------ fifty-eighth round (corpora 71 and 72)

    /**
     * A listed supplier's name as the display name of an unrelated domain ("Ramboll - Fakturering
     * <faktura@ny-fakturaportal.example>") that asks to be paid into an account that supplier never used: the money is
     * for the supplier, the account is not. With the supplier's known account it is a bookkeeper sending for it.
     */
    @Test
    void aSuppliersNameInAStrangersDisplayNamePayingElsewhereIsPayeeForSupplier() {
        String text = "Vi har flyttet afregningen til et nyt faktureringssystem. Beløbet, 18.400,00 kr., skal betales "
                + "til Reg.nr. 9070 Kontonr. 0002217745 inden fredag.";
        InvoiceVerdict v = inspect(TestMail.create().from("Rambøll - Fakturering <faktura@ny-fakturaportal.example>")
                .subject("Afregning november").text(text).bytes(), authenticated("ny-fakturaportal.example"),
                TestFiles.usualAccount("ramboll.dk", "6695 2000123456"));
        assertThat(v.has(SignalNames.PAYEE_FOR_SUPPLIER)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict backed = inspect(TestMail.create().from("Rambøll - Fakturering <faktura@ny-fakturaportal.example>")
                .subject("Afregning november").text(text.replace("Reg.nr. 9070 Kontonr. 0002217745",
                        "Reg.nr. 6695 Kontonr. 2000123456")).bytes(), authenticated("ny-fakturaportal.example"),
                TestFiles.usualAccount("ramboll.dk", "6695 2000123456"));
        assertThat(backed.has(SignalNames.PAYEE_FOR_SUPPLIER)).as(backed.summary()).isFalse();
    }

    /**
     * The domain trap with the name people know rather than our domain's abbreviation: "we registered lystrup-by.dk
     * for the municipality; the fee is due" to Lystrup Kommune, whose domain is lyskom.dk (seventieth round).
     */
    @Test
    void aStrangerRegisteringADomainWithOurNameAndAskingToBePaidIsAnUnorderedOffer() {
        String text = "Da vi så, at den nye bydel ikke havde sit eget webnavn, har vi sikret lystrup-by.dk til kommunen. "
                + "Gebyret for fem års ejerskab er 7.450 kr. og forfalder om otte dage til Reg.nr. 5470 Kontonr. "
                + "0003318409.";
        byte[] mail = TestMail.create().from("DNS-service <regning@dns-eksempel.example>")
                .subject("Faktura: registrering af lystrup-by.dk").text(text).bytes();
        InvoiceVerdict named = new InvoiceInspector(InvoiceConfig.parse(Map.of("domains.own", "lyskom.dk",
                "names.protected", "Lystrup Kommune"))).inspect(new ByteArrayInputStream(mail),
                authenticated("dns-eksempel.example"), Set.of(), null);
        assertThat(named.reasons()).filteredOn(r -> r.name().equals(SignalNames.UNORDERED_OFFER))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("names lystrup-by.dk, our name lystrup"));
        assertThat(named.action()).as(named.summary()).isEqualTo(InvoiceAction.TAG);
        // another town's name is no claim on ours
        InvoiceVerdict other = new InvoiceInspector(InvoiceConfig.parse(Map.of("domains.own", "lyskom.dk",
                "names.protected", "Solbjerg Kommune"))).inspect(new ByteArrayInputStream(mail),
                authenticated("dns-eksempel.example"), Set.of(), null);
        assertThat(other.has(SignalNames.UNORDERED_OFFER)).as(other.summary()).isFalse();
        // our registrar renewing one of our hyphenated sites on the card it holds asks nothing of us
        InvoiceConfig ours = InvoiceConfig.parse(Map.of("domains.own", "lystrup.dk"));
        InvoiceVerdict renewal = new InvoiceInspector(ours).inspect(new ByteArrayInputStream(TestMail.create()
                .from("Registrar Eksempel <faktura@registrar-eksempel.example>")
                .subject("Faktura 7725 - fornyelse af lystrup-kulturnat.dk")
                .text("Domænet lystrup-kulturnat.dk fornyes for et år. Beløbet trækkes automatisk på det betalingskort, "
                        + "der er tilknyttet jeres konto hos os - I skal ikke foretage jer noget.").bytes()),
                authenticated("registrar-eksempel.example"), Set.of(), null);
        assertThat(renewal.has(SignalNames.UNORDERED_OFFER)).as(renewal.summary()).isFalse();
        // words are no domain: "Lystrup de seneste år" is not lystrup.de
        InvoiceVerdict words = new InvoiceInspector(InvoiceConfig.parse(Map.of("domains.own", "lyskom.dk",
                "names.protected", "Lystrup Kommune"))).inspect(new ByteArrayInputStream(TestMail.create()
                .from("Forening <kasserer@forening-eksempel.example>").subject("Kontingent")
                .text("Vi har i Lystrup de seneste år haft mange nye medlemmer. Registrering af holdet koster 500 kr., "
                        + "betales til Reg.nr. 5470 Kontonr. 0003318409.").bytes()),
                authenticated("forening-eksempel.example"), Set.of(), null);
        assertThat(words.has(SignalNames.UNORDERED_OFFER)).as(words.summary()).isFalse();
        assertThat(MimeScan.ownNameRenewed(Set.of("lystrupby.dk"), Set.of("lyskom.dk"), List.of("Lystrup Kommune")))
                .isNotNull();
        assertThat(MimeScan.ownNameRenewed(Set.of("lyst.dk"), Set.of("lyskom.dk"), List.of("Lystrup Kommune")))
                .isNull();
    }

    /**
     * A stranger's invoice for hosting or the certificate of a site under our own domain, with the threat to shut it:
     * the domain trap's other product. Our domain is found written out however short its name ("brk.dk").
     */
    @Test
    void aStrangersHostingInvoiceForOurOwnSiteIsAnUnorderedOffer() {
        String text = "Faktura for hosting og SSL-certifikat til kultur.%s for 2037: 6.875,00 kr. inkl. moms. Betales "
                + "til Reg.nr. 5479 Kontonr. 0004471182 senest om 7 dage, ellers lukkes siden.";
        for (String own : List.of("horsens.dk", "brk.dk")) {
            InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.own", own));
            InvoiceVerdict v = new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(TestMail.create()
                    .from("Hosting Eksempel <regning@hosting-eksempel.example>").subject("Faktura: hosting og SSL 2037")
                    .text(String.format(text, own)).bytes()), authenticated("hosting-eksempel.example"), Set.of(), null);
            assertThat(v.has(SignalNames.UNORDERED_OFFER)).as(own + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        // a short own name inside another word is not our domain
        assertThat(MimeScan.ownNameRenewed(Set.of("xbrk.dk"), Set.of("brk.dk"), List.of())).isNull();
        assertThat(MimeScan.ownNameRenewed(Set.of("brk.dk"), Set.of("brk.dk"), List.of())).isNotNull();
    }

    /**
     * A border municipality's mail in German: a stranger's "Nachberechnung" whose only way forward is a "Jetzt bezahlen"
     * button is the stranger's button, as "Betal nu" is.
     */
    @Test
    void aStrangersGermanPayButtonIsTagged() {
        InvoiceVerdict v = inspect(TestMail.create().from("Maut Service <service@maut-eksempel.example>")
                .subject("Nachberechnung Maut").html("<p>Bei einer Prüfung wurde für zwei Fahrzeuge eine falsche "
                        + "Achsklasse festgestellt. Die Nachberechnung beträgt EUR 1.840,00. Sie können den Betrag "
                        + "online mit Kreditkarte begleichen:</p><p><a href=\"https://maut-eksempel.example/z/81\">"
                        + "Jetzt bezahlen</a></p>").bytes(), authenticated("maut-eksempel.example"), null);
        assertThat(v.has(SignalNames.LINK_ACTION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.PAYMENT_WORDS)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        assertThat(Vocabulary.scan("Bitte begleichen Sie den Betrag per Überweisung.", 1_000).payment).isNotEmpty();
        assertThat(Vocabulary.scan("Die Zahlen des Quartals liegen bei.", 1_000).payment).isEmpty();
    }

    /**
     * A known supplier's own subscription, renewed on its terms with cancellation by telephone, is no call-back
     * pretext; the same words from a stranger still are.
     */
    @Test
    void aKnownSuppliersRenewalWithCancellationByPhoneIsItsOwnTerms() {
        String text = "Jeres abonnement på Teknisk Tidsskrift fornyes automatisk den 1. januar for 12 måneder, "
                + "4.200,00 kr. Ønsker I at opsige abonnementet, kan I ringe til kundeservice på 70 11 22 33.";
        InvoiceVerdict known = inspect(TestMail.create().from("Kundeservice <abonnement@danfoss.dk>")
                .subject("Fornyelse af abonnement").text(text).bytes(), authenticated("danfoss.dk"),
                TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
        assertThat(known.has(SignalNames.CANCEL_BY_PHONE)).as(known.summary()).isTrue();
        assertThat(known.action()).as(known.summary()).isEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict stranger = inspect(TestMail.create().from("Kundeservice <abonnement@tidsskrift-eksempel.example>")
                .subject("Fornyelse af abonnement").text(text).bytes(), authenticated("tidsskrift-eksempel.example"), null);
        assertThat(stranger.has(SignalNames.CANCEL_BY_PHONE)).as(stranger.summary()).isTrue();
        assertThat(stranger.action()).as(stranger.summary()).isEqualTo(InvoiceAction.TAG);
    }

    // ------------------------------------------------------------------ fifty-ninth round (corpora 73 and 74)

    @Test
    void aRecordingHandedOverOnceTheAmountStandsOnAnAccountIsPrepaymentAndAPaymentOrder() {
        InvoiceVerdict v = inspect(note("Regatta Service <faktura@regatta-eksempel.dk>", "Dykkerinspektion",
                "Dykkerhold, følgebåd og video koster samlet 27.500,00 kr. med moms. Optagelserne udleveres, når "
                        + "beløbet står på IBAN GB29 NWBK 6016 1331 9268 19."),
                authenticated("regatta-eksempel.dk"), null);
        assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.PREPAYMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FIRST_PREPAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // "står på" without an account after it is where something is written, not money arriving
        InvoiceVerdict written = inspect(note("Regatta Service <faktura@regatta-eksempel.dk>", "Optagelser",
                "Optagelserne udleveres, når I har set det, der står på tegningen."),
                authenticated("regatta-eksempel.dk"), null);
        assertThat(written.has(SignalNames.PREPAYMENT)).as(written.summary()).isFalse();
    }

    @Test
    void aBookingDeletedUnlessHalfStandsOnTheAccountIsPrepaymentALapsedDiscountIsNot() {
        InvoiceVerdict v = inspect(note("Strandservice <booking@strand-eksempel.dk>", "Ordrebekræftelse",
                "Prammen og dykkeren er booket til uge 2, men bookingen slettes, hvis ikke 18.400 kr. (halvdelen) "
                        + "står på IBAN DK50 0040 0440 1162 43 senest onsdag."),
                authenticated("strand-eksempel.dk"), null);
        assertThat(v.has(SignalNames.PREPAYMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.FIRST_PREPAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict discount = inspect(note("Strandservice <booking@strand-eksempel.dk>", "Faktura 118",
                "Faktura 118 på 18.400 kr. Kontantrabatten på 2 % bortfalder, hvis ikke beløbet står på "
                        + "IBAN DK50 0040 0440 1162 43 senest den 20."),
                authenticated("strand-eksempel.dk"), null);
        assertThat(discount.has(SignalNames.PREPAYMENT)).as(discount.summary()).isFalse();
    }

    @Test
    void oneOfOursWhoIsSaidToHaveAskedUsIsAnOrderNobodyCanShow() {
        for (String said : List.of("Jeres vagttelefon bad os i går give et bud på isbomme.",
                "Jeres driftsleder ringede i oktober og bad os se på banesystemet.",
                "Your caretaker asked us to inspect the anchor wires.")) {
            InvoiceVerdict v = inspect(note("Strandservice <booking@strand-eksempel.dk>", "Isbeskyttelse",
                    said + " Prisen er 18.400 kr., som bedes betalt til IBAN DK50 0040 0440 1162 43."),
                    authenticated("strand-eksempel.dk"), null);
            assertThat(v.has(SignalNames.ORDER_BY_PHONE)).as(said + " " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.FIRST_ORDER_BY_PHONE)).as(v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        }
        InvoiceVerdict nobody = inspect(note("Strandservice <booking@strand-eksempel.dk>", "Isbeskyttelse",
                "Ingen af jeres folk bad os om det, men vi tilbyder isbomme. Vi bad om en tegning."),
                authenticated("strand-eksempel.dk"), null);
        assertThat(nobody.has(SignalNames.ORDER_BY_PHONE)).as(nobody.summary()).isFalse();
        InvoiceVerdict named = inspect(note("Strandservice <booking@strand-eksempel.dk>", "Isbeskyttelse",
                "A firm called Nordic Freight asked us to quote for ice booms. The price is DKK 18,400, payable "
                        + "to IBAN DK50 0040 0440 1162 43."), authenticated("strand-eksempel.dk"), null);
        assertThat(named.has(SignalNames.ORDER_BY_PHONE)).as(named.summary()).isFalse();
    }

    // ------------------------------------------------------------------ sixty-fourth round (corpus 78)

    @Test
    void aStrangersButtonToSignWithMitIdIsALoginASigningServicesIsNot() {
        byte[] lure = TestMail.create().from("Strandvej eSign <dokument@strandvej-esign.dk>")
                .subject("Underskriv: tillæg til rammeaftale 4")
                .html("<p>Et dokument venter på din underskrift. <a href=\"https://strandvej-esign.dk/s/4\">Underskriv "
                        + "med MitID</a></p>").bytes();
        InvoiceVerdict v = inspect(lure, authenticated("strandvej-esign.dk"), null);
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        byte[] real = TestMail.create().from("Bygholm Revision via Signicat <no-reply@signicat.com>")
                .subject("Dokument til underskrift: Ledelseserklæring 2036")
                .html("<p>Bygholm Revision har sendt dig <b>Ledelseserklæring 2036</b> til underskrift.</p><p><a href=\""
                        + "https://id.signicat.com/sign/6bef\">Åbn og underskriv med MitID</a></p>").bytes();
        InvoiceVerdict service = inspect(real, authenticated("signicat.com"), null);
        assertThat(service.action()).as(service.summary()).isEqualTo(InvoiceAction.DELIVER);
        // without the national login the same stranger's button is a document to open, as before
        byte[] plain = TestMail.create().from("Strandvej eSign <dokument@strandvej-esign.dk>")
                .subject("Underskriv: tillæg til rammeaftale 4")
                .html("<p>Et dokument venter på din underskrift. <a href=\"https://strandvej-esign.dk/s/4\">Underskriv"
                        + "</a></p>").bytes();
        assertThat(inspect(plain, authenticated("strandvej-esign.dk"), null).action()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aCollectionLetterThatGivesAWeekdayGivesLessThanTheTenDaysTheLawRequires() {
        String letter = "På vegne af en leverandør har vi overtaget kravet for snerydning sidste vinter. Trods to "
                + "påmindelser står beløbet stadig åbent. Indbetal hovedstol og rykkergebyrer til IBAN DK50 0040 0440 "
                + "1162 43 ";
        InvoiceVerdict weekday = inspect(note("Strand Inkasso <sag@strand-inkasso-eksempel.dk>", "Inkassovarsel sag 7801",
                letter + "senest torsdag kl. 12, ellers indleveres betalingspåkrav til fogedretten."),
                authenticated("strand-inkasso-eksempel.dk"), null);
        assertThat(weekday.has(SignalNames.SHORT_PAYMENT_TERM)).as(weekday.summary()).isTrue();
        assertThat(weekday.has(SignalNames.NO_EARLIER_INVOICE)).as(weekday.summary()).isTrue();
        assertThat(weekday.action()).as(weekday.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict tenDays = inspect(note("Strand Inkasso <sag@strand-inkasso-eksempel.dk>", "Inkassovarsel sag 7801",
                letter + "inden 10 dage, ellers indleveres betalingspåkrav til fogedretten."),
                authenticated("strand-inkasso-eksempel.dk"), null);
        assertThat(tenDays.has(SignalNames.SHORT_PAYMENT_TERM)).as(tenDays.summary()).isFalse();
        assertThat(tenDays.has(SignalNames.NO_EARLIER_INVOICE)).as(tenDays.summary()).isFalse();
        InvoiceVerdict tomorrow = inspect(note("Strand Inkasso <sag@strand-inkasso-eksempel.dk>", "Inkassovarsel sag 7801",
                letter + "senest i morgen."), authenticated("strand-inkasso-eksempel.dk"), null);
        assertThat(tomorrow.has(SignalNames.SHORT_PAYMENT_TERM)).as(tomorrow.summary()).isTrue();
    }

    // ------------------------------------------------------------------ sixty-fifth round (a probe, no corpus)

    private static BankMemory remembers(String domain, String account) {
        BankMemory memory = new BankMemory(null);
        memory.learn(domain, List.of(account), Instant.parse("2026-08-01T10:00:00Z"));
        memory.learn(domain, List.of(account), Instant.parse("2026-09-01T10:00:00Z"));
        return memory;
    }

    private static byte[] withReplyTo(String from, String replyTo, String subject, String text, String accountLine) {
        TestMail m = TestMail.create().from(from).subject(subject).text(text);
        if (replyTo != null) {
            m.header("Reply-To", replyTo);
        }
        if (accountLine != null) {
            m.attach("application/pdf", "Faktura.pdf", TestFiles.pdf(List.of("FAKTURA", "Betales til " + accountLine)));
        }
        return m.bytes();
    }

    @Test
    void aKnownSuppliersAuthenticatedMailAnsweredAtAFreeMailBoxIsTaggedNotHeld() {
        BankMemory memory = remembers("vvs-hansen-eksempel.dk", DANISH);
        String from = "VVS Hansen ApS <bogholderi@vvs-hansen-eksempel.dk>";
        String text = "Hermed faktura 2240. Betales til reg.nr. 0040 konto 0440116243 senest 14 dage.";
        // its own invoice into its known account: the money goes where it always went, the answers do not
        InvoiceVerdict v = inspect(withReplyTo(from, "vvs.hansen.bogholderi@gmail.com", "Faktura 2240", text,
                "reg.nr. 0040 konto 0440116243"), authenticated("vvs-hansen-eksempel.dk"), memory);
        assertThat(v.has(SignalNames.REPLY_TO_MISMATCH)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        assertThat(v.lesson()).as("a mail with a risk teaches nothing").isNull();
        // without the Reply-To the same mail is clean
        InvoiceVerdict clean = inspect(withReplyTo(from, null, "Faktura 2240", text, "reg.nr. 0040 konto 0440116243"),
                authenticated("vvs-hansen-eksempel.dk"), memory);
        assertThat(clean.action()).as(clean.summary()).isEqualTo(InvoiceAction.DELIVER);
        // the reconnaissance: nothing to pay yet, only the open items and who approves, answered elsewhere
        InvoiceVerdict recon = inspect(withReplyTo(from, "VVS Hansen <vvshansen.bogholderi@outlook.com>",
                "Afstemning af åbne poster", "Vi afstemmer vores debitorer pr. 30/9. Send os en oversigt over de "
                        + "fakturaer fra os, I har som åbne poster, og navnet på den der godkender betalinger.", null),
                authenticated("vvs-hansen-eksempel.dk"), memory);
        assertThat(recon.action()).as(recon.summary()).isEqualTo(InvoiceAction.TAG);
        // a new account as well is the bank-change fraud itself, held as before
        InvoiceVerdict changed = inspect(withReplyTo(from, "vvs.hansen.bogholderi@gmail.com", "Faktura 2241",
                "Hermed faktura 2241. Betales til IBAN DK95 2000 0123 4567 89.", "IBAN DK95 2000 0123 4567 89"),
                authenticated("vvs-hansen-eksempel.dk"), memory);
        assertThat(changed.action()).as(changed.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void aStrangersOrAPlatformsFreeMailReplyToIsASoleTradersBookkeeping() {
        String text = "Hermed faktura 118 for arbejdet på skolen. Betales til reg.nr. 9570 konto 0001234567 netto 30 dage.";
        InvoiceVerdict stranger = inspect(withReplyTo("Tømrer Nielsen <faktura@toemrer-nielsen-eksempel.dk>",
                "toemrer.nielsen@gmail.com", "Faktura 118", text, "reg.nr. 9570 konto 0001234567"),
                authenticated("toemrer-nielsen-eksempel.dk"), null);
        assertThat(stranger.has(SignalNames.REPLY_TO_MISMATCH)).as(stranger.summary()).isFalse();
        assertThat(stranger.action()).as(stranger.summary()).isEqualTo(InvoiceAction.DELIVER);
        // a listed supplier's answers at its accountant's are its own business
        InvoiceVerdict other = inspect(withReplyTo("Danfoss <faktura@danfoss.dk>", "danfoss@revisorhuset-eksempel.dk", "Faktura 77",
                "Hermed faktura 77. Betales til IBAN DK50 0040 0440 1162 43.", "IBAN DK50 0040 0440 1162 43"),
                authenticated("danfoss.dk"), remembers("danfoss.dk", DANISH));
        assertThat(other.action()).as(other.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ sixty-sixth round (corpus 80)

    @Test
    void theAttachedCodeToScanWithThePhoneIsAQrCodeWhateverTheMailCallsIt() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        byte[] lure = TestMail.create().from("Kortservice <service@bredgade-kort-eksempel.net>")
                .subject("Jeres kortaftale skal fornyes")
                .text("Aftalen om jeres faste kortbetalinger er ophørt. Scan den vedhæftede kode med mobilen og "
                        + "godkend fornyelsen.").attach("image/png", "aftale.png", png).bytes();
        InvoiceVerdict v = inspect(lure, authenticated("bredgade-kort-eksempel.net"), null);
        assertThat(v.has(SignalNames.QR_PAYMENT)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // a code that is only a number to quote pays nothing and opens nothing
        byte[] order = TestMail.create().from("Kontorland <ordre@kontorland-eksempel.dk>").subject("Din ordre 5512")
                .text("Tak for ordren. Den vedlagte kode er jeres kundenummer, som I oplyser ved afhentning.").bytes();
        assertThat(inspect(order, authenticated("kontorland-eksempel.dk"), null).has(SignalNames.QR_PAYMENT)).isFalse();
    }

    @Test
    void theReaderToldInThePresentTenseToGiveHisPasswordIsAskedForIt() {
        InvoiceVerdict v = inspect(note("Fildeling <del@vesterbro-fildeling-eksempel.net>", "Tilbud til gennemsyn",
                "Filen er krypteret. Du angiver dit brugernavn og din adgangskode fra arbejdet for at se den."),
                authenticated("vesterbro-fildeling-eksempel.net"), null);
        assertThat(v.has(SignalNames.CREDENTIAL_REQUEST)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
        // the bank's warning says the same words with "aldrig"
        InvoiceVerdict warning = inspect(note("Netbank <info@bank-eksempel.dk>", "Pas på falske mails",
                "Husk: du angiver aldrig din adgangskode i en mail eller på et link fra os."),
                authenticated("bank-eksempel.dk"), null);
        assertThat(warning.has(SignalNames.CREDENTIAL_REQUEST)).as(warning.summary()).isFalse();
    }

    @Test
    void moneyThatMustBeOnAnAccountIsAPaymentInstruction() {
        // "skal stå på IBAN …": the demand with "skal" and the infinitive, from a Danish-looking first contact
        // into an account abroad
        InvoiceVerdict v = inspect(note("Restaureringsværkstedet <post@kirkegade-restaurering-eksempel.dk>",
                "Materialer til facaden", "Som aftalt med jeres arkitekt har vi reserveret teglsten til facaden. "
                        + "Halvdelen af prisen, 31.000 kr., der skal stå på IBAN SE35 5000 0000 0549 1000 0003 inden "
                        + "mandag, holder leveringen."),
                authenticated("kirkegade-restaurering-eksempel.dk"), null);
        assertThat(v.has(SignalNames.PAYMENT_INSTRUCTION)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
    }

    // ------------------------------------------------------------------ sixty-seventh round (corpus 79)

    @Test
    void aStrangersDocumentInvitationThatClosesTodayIsALinkThatDiesWithinHours() {
        String html = "<p>Teatret har sendt dig 'Aftale om lån af kulisser' til underskrift. %s</p>"
                + "<p><a href=\"https://signvaerk-eksempel.dk/d/77\">Åbn dokumentet</a></p>";
        InvoiceVerdict closing = inspect(TestMail.create().from("Signværk <dokument@signvaerk-eksempel.dk>")
                .subject("Et dokument venter på dig").html(String.format(html, "Invitationen lukker kl. 15 i dag."))
                .bytes(), authenticated("signvaerk-eksempel.dk"), null);
        assertThat(closing.has(SignalNames.LINK_EXPIRES_SOON)).as(closing.summary()).isTrue();
        assertThat(closing.action()).as(closing.summary()).isEqualTo(InvoiceAction.TAG);
        // a date days ahead is how signing services write
        InvoiceVerdict dated = inspect(TestMail.create().from("Signværk <dokument@signvaerk-eksempel.dk>")
                .subject("Et dokument venter på dig").html(String.format(html, "Invitationen lukker den 20. december."))
                .bytes(), authenticated("signvaerk-eksempel.dk"), null);
        assertThat(dated.action()).as(dated.summary()).isEqualTo(InvoiceAction.DELIVER);
    }
}
