package org.spoofguard.it.corpus;

import static org.spoofguard.it.corpus.CorpusWorld.iban;
import static org.spoofguard.it.corpus.CorpusWorld.kontoOf;
import static org.spoofguard.it.corpus.CorpusWorld.plain;
import static org.spoofguard.it.corpus.CorpusWorld.regOf;

import java.util.Locale;

/**
 * The e-invoice XML the corpora attach: OIOUBL 2.02 as NemHandel carries it and Peppol BIS Billing 3.0. Each corpus
 * wrote its own writer, and the committed corpora keep every difference between them (element order, indentation,
 * optional elements), so what lives here is one writer per family of identical copies; a corpus names the parties.
 */
final class Ubl {
    private Ubl() {
    }

    /** An amount in øre as UBL writes it: 12345.67, no grouping. */
    static String decimal(long ore) {
        return String.format(Locale.ROOT, "%.2f", ore / 100.0);
    }

    /**
     * The short one-line-per-element invoice of the twentieth to twenty-sixth corpora, 25 % VAT on {@code ore}:
     * OIOUBL pays to a Danish reg./account number (payment means 42), Peppol to an IBAN (58, a Danish account turned into
     * its IBAN). An empty {@code note} writes no Note.
     */
    static String compact(String no, String seller, String sellerCvr, String account, String what, String buyer, String buyerEan,
                          long ore, String issue, String due, boolean peppol, String note) {
        String net = decimal(ore);
        String vat = decimal(ore / 4);
        String total = decimal(ore + ore / 4);
        String name = seller.replace("&", "&amp;");
        String head = peppol
            ? "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
                + "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"
            : "  <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n"
                + "  <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n"
                + "  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">Procurement-BilSim-1.0</cbc:ProfileID>\n";
        String payee = peppol
            ? "    <cac:PayeeFinancialAccount><cbc:ID>" + plain(account.startsWith("IBAN") ? account
                : iban("DK", plain(account))) + "</cbc:ID></cac:PayeeFinancialAccount>\n"
            : "    <cac:PayeeFinancialAccount><cbc:ID>" + kontoOf(account) + "</cbc:ID>\n"
                + "      <cac:FinancialInstitutionBranch><cbc:ID>" + regOf(account) + "</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>\n";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + head
            + "  <cbc:ID>" + no + "</cbc:ID>\n"
            + "  <cbc:IssueDate>" + issue + "</cbc:IssueDate>\n"
            + (peppol ? "  <cbc:DueDate>" + due + "</cbc:DueDate>\n" : "")
            + "  <cbc:InvoiceTypeCode" + (peppol ? "" : " listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\"")
            + ">380</cbc:InvoiceTypeCode>\n"
            + (note.isEmpty() ? "" : "  <cbc:Note>" + note + "</cbc:Note>\n")
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cac:AccountingSupplierParty><cac:Party>\n"
            + (peppol ? "    <cbc:EndpointID schemeID=\"0184\">DK" + sellerCvr + "</cbc:EndpointID>\n"
                : "    <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK" + sellerCvr + "</cbc:EndpointID>\n")
            + "    <cac:PartyName><cbc:Name>" + name + "</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party>\n"
            + (peppol ? "    <cbc:EndpointID schemeID=\"0088\">" + buyerEan + "</cbc:EndpointID>\n"
                : "    <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">" + buyerEan + "</cbc:EndpointID>\n")
            + "    <cac:PartyName><cbc:Name>" + buyer + "</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans>\n"
            + "    <cbc:PaymentMeansCode>" + (peppol ? "58" : "42") + "</cbc:PaymentMeansCode>"
            + (peppol ? "<cbc:PaymentID>" + no + "</cbc:PaymentID>\n" : "<cbc:PaymentDueDate>" + due + "</cbc:PaymentDueDate>\n")
            + payee
            + "  </cac:PaymentMeans>\n"
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + vat + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount>"
            + "<cbc:PayableAmount currencyID=\"DKK\">" + total + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
            + "  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity>"
            + "<cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount>"
            + "<cac:Item><cbc:Name>" + what.replace("&", "&amp;") + "</cbc:Name></cac:Item></cac:InvoiceLine>\n"
            + "</Invoice>\n";
    }

    /**
     * The OIOUBL-only invoice of the ninth to twelfth corpora (no Peppol variant), 25 % VAT on {@code ore}: payment
     * means 42 when {@code iban}, else 31, as they wrote it; {@code order} (null: none) is the buyer's order number.
     */
    static String oioubl(String no, String seller, String sellerCvr, String what, String buyer, String buyerGln, long ore,
                         String account, boolean iban, String issue, String due, String profile, String order) {
        String name = seller.replace("&", "&amp;");
        String net = decimal(ore);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + "  <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n"
            + "  <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n"
            + "  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">" + profile + "</cbc:ProfileID>\n"
            + "  <cbc:ID>" + no + "</cbc:ID>\n"
            + "  <cbc:IssueDate>" + issue + "</cbc:IssueDate>\n"
            + "  <cbc:InvoiceTypeCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\">380</cbc:InvoiceTypeCode>\n"
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + (order == null ? "" : "  <cac:OrderReference><cbc:ID>" + order + "</cbc:ID></cac:OrderReference>\n")
            + "  <cac:AccountingSupplierParty><cac:Party>\n"
            + "    <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK" + sellerCvr + "</cbc:EndpointID>\n"
            + "    <cac:PartyName><cbc:Name>" + name + "</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party>\n"
            + "    <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">" + buyerGln + "</cbc:EndpointID>\n"
            + "    <cac:PartyName><cbc:Name>" + buyer + "</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans>\n    <cbc:ID>1</cbc:ID>\n    <cbc:PaymentMeansCode>" + (iban ? "42" : "31") + "</cbc:PaymentMeansCode>\n"
            + "    <cbc:PaymentDueDate>" + due + "</cbc:PaymentDueDate>\n"
            + "    <cac:PayeeFinancialAccount><cbc:ID>" + account + "</cbc:ID></cac:PayeeFinancialAccount>\n  </cac:PaymentMeans>\n"
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + decimal(ore / 4) + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount>"
            + "<cbc:PayableAmount currencyID=\"DKK\">" + decimal(ore + ore / 4) + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
            + "  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"EA\">1</cbc:InvoicedQuantity>"
            + "<cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount><cac:Item><cbc:Description>"
            + what.replace("&", "&amp;") + "</cbc:Description></cac:Item></cac:InvoiceLine>\n"
            + "</Invoice>\n";
    }

    /** Text for an XML element: {@code &} and {@code <} escaped. */
    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /**
     * The start of the invoice the 27th and 29th-34th corpora write element by element: XML declaration, the Invoice root
     * with its namespaces (one per line, aligned, when {@code aligned}), Peppol BIS 3.0's customization and profile or
     * OIOUBL 2.02's with {@code oioProfile}, ID, issue date, due date (Peppol only), type code and a non-empty note, each
     * element indented by {@code indent}.
     */
    static StringBuilder head(boolean aligned, String indent, boolean peppol, String oioProfile, String no, String issue,
                              String due, String note) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (aligned) {
            x.append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"\n")
                .append("         xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"\n")
                .append("         xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
        } else {
            x.append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
                .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"")
                .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
        }
        if (peppol) {
            x.append(indent).append("<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0")
                .append("</cbc:CustomizationID>\n")
                .append(indent).append("<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n");
        } else {
            x.append(indent).append("<cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n")
                .append(indent).append("<cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n")
                .append(indent).append("<cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">")
                .append(oioProfile).append("</cbc:ProfileID>\n");
        }
        x.append(indent).append("<cbc:ID>").append(xml(no)).append("</cbc:ID>\n")
            .append(indent).append("<cbc:IssueDate>").append(issue).append("</cbc:IssueDate>\n");
        if (peppol) {
            x.append(indent).append("<cbc:DueDate>").append(due).append("</cbc:DueDate>\n");
        }
        x.append(indent).append("<cbc:InvoiceTypeCode")
            .append(peppol ? "" : " listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\"")
            .append(">380</cbc:InvoiceTypeCode>\n");
        if (!note.isEmpty()) {
            x.append(indent).append("<cbc:Note>").append(xml(note)).append("</cbc:Note>\n");
        }
        return x;
    }

    /** A Danish account as OIOUBL's payee account: kontonr. as ID, reg.nr. as the branch. */
    static String payeeBranch(String account) {
        return "    <cac:PayeeFinancialAccount>\n      <cbc:ID>" + kontoOf(account) + "</cbc:ID>\n"
            + "      <cac:FinancialInstitutionBranch><cbc:ID>" + regOf(account)
            + "</cbc:ID></cac:FinancialInstitutionBranch>\n    </cac:PayeeFinancialAccount>\n";
    }

    /**
     * TaxTotal with its one 25 % subtotal on {@code ore} (the category naming the VAT scheme when {@code scheme}) and
     * LegalMonetaryTotal, element by element.
     */
    static void totals(StringBuilder x, long ore, boolean scheme) {
        String net = decimal(ore);
        String vat = decimal(ore / 4);
        String total = decimal(ore + ore / 4);
        x.append("  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>\n")
            .append("    <cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxableAmount>")
            .append("<cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>")
            .append("<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>")
            .append(scheme ? "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>" : "")
            .append("</cac:TaxCategory></cac:TaxSubtotal>\n")
            .append("  </cac:TaxTotal>\n")
            .append("  <cac:LegalMonetaryTotal>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cbc:TaxExclusiveAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxExclusiveAmount>\n")
            .append("    <cbc:TaxInclusiveAmount currencyID=\"DKK\">").append(total).append("</cbc:TaxInclusiveAmount>\n")
            .append("    <cbc:PayableAmount currencyID=\"DKK\">").append(total).append("</cbc:PayableAmount>\n")
            .append("  </cac:LegalMonetaryTotal>\n");
    }

    /**
     * The OIOUBL-only invoice of the 16th, 18th and 19th corpora: paid to a Danish reg./account number over DK:BANK with
     * payment means {@code means} (42 or 31), 25 % VAT on {@code ore}; {@code order} (null: none) is the buyer's order
     * number.
     */
    static String oioublBank(String no, String seller, String sellerCvr, String account, String what, String buyer,
                             String buyerGln, long ore, String issue, String due, String means, String order) {
        String net = decimal(ore);
        String name = seller.replace("&", "&amp;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + "  <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n"
            + "  <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n"
            + "  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">Procurement-BilSim-1.0</cbc:ProfileID>\n"
            + "  <cbc:ID>" + no + "</cbc:ID>\n"
            + "  <cbc:IssueDate>" + issue + "</cbc:IssueDate>\n"
            + "  <cbc:InvoiceTypeCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\">380</cbc:InvoiceTypeCode>\n"
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + (order == null ? "" : "  <cac:OrderReference><cbc:ID>" + order + "</cbc:ID></cac:OrderReference>\n")
            + "  <cac:AccountingSupplierParty><cac:Party>\n"
            + "    <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK" + sellerCvr + "</cbc:EndpointID>\n"
            + "    <cac:PartyName><cbc:Name>" + name + "</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party>\n"
            + "    <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">" + buyerGln + "</cbc:EndpointID>\n"
            + "    <cac:PartyName><cbc:Name>" + buyer + "</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans>\n"
            + "    <cbc:ID>1</cbc:ID><cbc:PaymentMeansCode>" + means + "</cbc:PaymentMeansCode><cbc:PaymentDueDate>" + due + "</cbc:PaymentDueDate>\n"
            + "    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n"
            + "    <cac:PayeeFinancialAccount><cbc:ID>" + kontoOf(account) + "</cbc:ID>\n"
            + "      <cac:FinancialInstitutionBranch><cbc:ID>" + regOf(account) + "</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>\n"
            + "  </cac:PaymentMeans>\n"
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + decimal(ore / 4) + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount>"
            + "<cbc:PayableAmount currencyID=\"DKK\">" + decimal(ore + ore / 4) + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
            + "  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"EA\">1</cbc:InvoicedQuantity>"
            + "<cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount>"
            + "<cac:Item><cbc:Description>" + what.replace("&", "&amp;") + "</cbc:Description></cac:Item></cac:InvoiceLine>\n"
            + "</Invoice>\n";
    }

    /** The municipality an invoice is addressed to, as the 36th to 38th corpora's invoices name it. */
    record Buyer(String name, String street, String city, String zip, String ean) {
    }

    /**
     * The 36th to 38th corpora's invoice with an order reference: OIOUBL 2.02 as NemHandel carries it (payment means 42 to a
     * Danish reg./account number, or 31 to an IBAN, {@code netTerms} as its payment terms), or (peppol) Peppol BIS Billing
     * 3.0 (payment means 30, credit transfer, with the IBAN). 25 % VAT on {@code ore}.
     */
    static String ordered(String no, CorpusWorld.Supplier s, String sellerCvr, String sellerStreet, String account, long ore,
                          String issue, String due, boolean peppol, String orderRef, String note, Buyer buyer, String netTerms) {
        String net = String.format(Locale.ROOT, "%.2f", ore / 100.0);
        String vat = String.format(Locale.ROOT, "%.2f", (ore / 4) / 100.0);
        String total = String.format(Locale.ROOT, "%.2f", (ore + ore / 4) / 100.0);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
            .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"")
            .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
        if (peppol) {
            x.append("  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n")
                .append("  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n");
        } else {
            x.append("  <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n")
                .append("  <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n")
                .append("  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">Procurement-OrdSimR-BilSim-1.0</cbc:ProfileID>\n");
        }
        x.append("  <cbc:ID>").append(xml(no)).append("</cbc:ID>\n")
            .append("  <cbc:IssueDate>").append(issue).append("</cbc:IssueDate>\n");
        if (peppol) {
            x.append("  <cbc:DueDate>").append(due).append("</cbc:DueDate>\n");
        }
        x.append("  <cbc:InvoiceTypeCode").append(peppol ? "" : " listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\"")
            .append(">380</cbc:InvoiceTypeCode>\n");
        if (!note.isEmpty()) {
            x.append("  <cbc:Note>").append(xml(note)).append("</cbc:Note>\n");
        }
        x.append("  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n");
        if (peppol) {
            x.append("  <cbc:BuyerReference>").append(xml(orderRef)).append("</cbc:BuyerReference>\n");
        }
        x.append("  <cac:OrderReference><cbc:ID>").append(xml(orderRef)).append("</cbc:ID></cac:OrderReference>\n");
        x.append("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0184\">DK" : "      <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK")
            .append(sellerCvr).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>").append(xml(s.name())).append("</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>").append(xml(sellerStreet)).append("</cbc:StreetName>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("      <cac:PartyTaxScheme><cbc:CompanyID>DK").append(sellerCvr).append("</cbc:CompanyID>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n")
            .append("      <cac:PartyLegalEntity><cbc:RegistrationName>").append(xml(s.name())).append("</cbc:RegistrationName>")
            .append("</cac:PartyLegalEntity>\n")
            .append("      <cac:Contact><cbc:Name>").append(xml(s.person())).append("</cbc:Name><cbc:ElectronicMail>")
            .append(xml(CorpusWorld.addr(s))).append("</cbc:ElectronicMail></cac:Contact>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(buyer.ean()).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>").append(buyer.name()).append("</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>").append(buyer.street()).append("</cbc:StreetName><cbc:CityName>")
            .append(buyer.city()).append("</cbc:CityName>")
            .append("<cbc:PostalZone>").append(buyer.zip()).append("</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country>")
            .append("</cac:PostalAddress>\n")
            .append("    </cac:Party>\n  </cac:AccountingCustomerParty>\n")
            .append("  <cac:PaymentMeans>\n");
        if (peppol) {
            String ib = account.startsWith("IBAN") ? CorpusWorld.plain(account) : plain(CorpusWorld.iban("DK", CorpusWorld.plain(account)));
            x.append("    <cbc:PaymentMeansCode name=\"Credit transfer\">30</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(ib).append("</cbc:ID></cac:PayeeFinancialAccount>\n");
        } else if (account.startsWith("IBAN")) {
            x.append("    <cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">IBAN</cbc:PaymentChannelCode>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(CorpusWorld.plain(account)).append("</cbc:ID>")
                .append("<cbc:PaymentNote>").append(xml(no)).append("</cbc:PaymentNote></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("    <cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append("    <cac:PayeeFinancialAccount>\n      <cbc:ID>").append(CorpusWorld.kontoOf(account)).append("</cbc:ID>\n")
                .append("      <cbc:PaymentNote>").append(xml(no)).append("</cbc:PaymentNote>\n")
                .append("      <cac:FinancialInstitutionBranch><cbc:ID>").append(CorpusWorld.regOf(account))
                .append("</cbc:ID></cac:FinancialInstitutionBranch>\n    </cac:PayeeFinancialAccount>\n");
        }
        x.append("  </cac:PaymentMeans>\n")
            .append("  <cac:PaymentTerms><cbc:Note>").append(peppol ? "30 dage netto" : netTerms).append("</cbc:Note></cac:PaymentTerms>\n")
            .append("  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>\n")
            .append("    <cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxableAmount>")
            .append("<cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>")
            .append("<cac:TaxCategory><cbc:ID>").append(peppol ? "S" : "StandardRated").append("</cbc:ID><cbc:Percent>25</cbc:Percent>")
            .append("<cac:TaxScheme><cbc:ID>").append(peppol ? "VAT" : "63").append("</cbc:ID></cac:TaxScheme>")
            .append("</cac:TaxCategory></cac:TaxSubtotal>\n")
            .append("  </cac:TaxTotal>\n")
            .append("  <cac:LegalMonetaryTotal>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cbc:TaxExclusiveAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxExclusiveAmount>\n")
            .append("    <cbc:TaxInclusiveAmount currencyID=\"DKK\">").append(total).append("</cbc:TaxInclusiveAmount>\n")
            .append("    <cbc:PayableAmount currencyID=\"DKK\">").append(total).append("</cbc:PayableAmount>\n")
            .append("  </cac:LegalMonetaryTotal>\n")
            .append("  <cac:InvoiceLine>\n    <cbc:ID>1</cbc:ID>\n")
            .append("    <cbc:InvoicedQuantity unitCode=\"").append(peppol ? "H87" : "EA").append("\">1</cbc:InvoicedQuantity>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cac:Item><cbc:Description>").append(xml(s.what())).append("</cbc:Description><cbc:Name>")
            .append(xml(s.what().length() > 40 ? s.what().substring(0, 40) : s.what())).append("</cbc:Name>")
            .append("<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>\n")
            .append("    <cac:Price><cbc:PriceAmount currencyID=\"DKK\">").append(net).append("</cbc:PriceAmount></cac:Price>\n")
            .append("  </cac:InvoiceLine>\n")
            .append("</Invoice>\n");
        return x.toString();
    }
}
