package org.spoofguard.core.invoice;

/**
 * Recognises a UBL 2.x Invoice / CreditNote (OIOUBL, Peppol BIS Billing 3.0) by its root element and namespace,
 * looking only at the start of the document (no XML parser, no entity expansion, no external DTDs).
 */
final class Ubl {
    static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    private Ubl() {
    }

    /** At most this many payee accounts are read from one document. */
    private static final int MAX_PAYEES = 4;
    /** An account's ID element must start this close to its PayeeFinancialAccount element. */
    private static final int ID_WINDOW = 400;

    /**
     * The IBANs of the document's payee accounts ({@code cac:PayeeFinancialAccount/cbc:ID}, any prefix), found by
     * string search in the already bounded head: no XML parser, so no entity or DTD is ever resolved. Only values
     * that pass the IBAN check (ISO 13616) count.
     */
    static java.util.List<String> payeeIbans(String doc) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (doc == null) {
            return out;
        }
        int from = 0;
        while (out.size() < MAX_PAYEES) {
            int at = doc.indexOf("PayeeFinancialAccount", from);
            if (at < 0) {
                break;
            }
            from = at + 21;
            if (at > 0 && doc.charAt(at - 1) == '/') {
                continue; // a closing tag
            }
            // the window only: no search runs on to the end of the document, so a head full of account tags costs
            // at most (head / 21) x ID_WINDOW steps
            int end = Math.min(doc.length() - 2, at + ID_WINDOW);
            int id = -1;
            for (int k = from; k < end; k++) {
                char before = doc.charAt(k - 1);
                if (doc.charAt(k) == 'I' && doc.charAt(k + 1) == 'D' && (before == ':' || before == '<')
                        && (doc.charAt(k + 2) == '>' || doc.charAt(k + 2) == ' ')) {
                    id = k;
                    break;
                }
            }
            if (id < 0) {
                continue;
            }
            int open = indexWithin(doc, '>', id, id + 256);
            int close = open < 0 ? -1 : indexWithin(doc, '<', open, open + 66);
            if (open < 0 || close < 0) {
                continue;
            }
            String value = doc.substring(open + 1, close).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            if (BankDetails.isValidIban(value) && !out.contains(value)) {
                out.add(value);
            }
        }
        return out;
    }

    private static int indexWithin(String s, char c, int from, int to) {
        for (int k = from; k < Math.min(s.length(), to); k++) {
            if (s.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /** A description ("OIOUBL Invoice") or null when the head is not a UBL invoice / credit note. */
    static String detect(String head) {
        if (head == null) {
            return null;
        }
        int i = 0;
        int n = head.length();
        if (n > 0 && head.charAt(0) == '\ufeff') {
            i = 1;
        }
        // skip prolog: whitespace, <?xml ...?>, comments, DOCTYPE
        while (i < n) {
            char c = head.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (head.startsWith("<?", i)) {
                int e = head.indexOf("?>", i);
                if (e < 0) {
                    return null;
                }
                i = e + 2;
            } else if (head.startsWith("<!--", i)) {
                int e = head.indexOf("-->", i);
                if (e < 0) {
                    return null;
                }
                i = e + 3;
            } else if (head.startsWith("<!", i)) {
                int e = head.indexOf('>', i);
                if (e < 0) {
                    return null;
                }
                i = e + 1;
            } else {
                break;
            }
        }
        if (i >= n || head.charAt(i) != '<') {
            return null;
        }
        int end = head.indexOf('>', i);
        if (end < 0) {
            return null;
        }
        String tag = head.substring(i + 1, end);
        int sp = 0;
        while (sp < tag.length() && !Character.isWhitespace(tag.charAt(sp)) && tag.charAt(sp) != '/') {
            sp++;
        }
        String qname = tag.substring(0, sp);
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String local = colon < 0 ? qname : qname.substring(colon + 1);
        String ns = namespace(tag, prefix);
        String kind = null;
        if (local.equals("Invoice") && NS_INVOICE.equals(ns)) {
            kind = "Invoice";
        } else if (local.equals("CreditNote") && NS_CREDIT_NOTE.equals(ns)) {
            kind = "CreditNote";
        } else if (local.equals("StandardBusinessDocument")) {
            // Peppol SBDH envelope: the UBL document follows the header
            if (head.contains(NS_INVOICE)) {
                kind = "Invoice (in SBDH)";
            } else if (head.contains(NS_CREDIT_NOTE)) {
                kind = "CreditNote (in SBDH)";
            }
        }
        if (kind == null) {
            return null;
        }
        String flavour = "UBL";
        String h = head.length() > 65536 ? head.substring(0, 65536) : head;
        if (h.contains("OIOUBL")) {
            flavour = "OIOUBL";
        } else if (h.contains("peppol")) {
            flavour = "Peppol BIS";
        }
        return flavour + " " + kind;
    }

    private static String namespace(String tag, String prefix) {
        String attr = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        int from = 0;
        while (true) {
            int a = tag.indexOf(attr, from);
            if (a < 0) {
                return null;
            }
            int k = a + attr.length();
            while (k < tag.length() && Character.isWhitespace(tag.charAt(k))) {
                k++;
            }
            if (k < tag.length() && tag.charAt(k) == '=') {
                k++;
                while (k < tag.length() && Character.isWhitespace(tag.charAt(k))) {
                    k++;
                }
                if (k < tag.length() && (tag.charAt(k) == '"' || tag.charAt(k) == '\'')) {
                    char q = tag.charAt(k);
                    int e = tag.indexOf(q, k + 1);
                    if (e > 0) {
                        return tag.substring(k + 1, e);
                    }
                }
            }
            from = a + attr.length();
        }
    }
}
