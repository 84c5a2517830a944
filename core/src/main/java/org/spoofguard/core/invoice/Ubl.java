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
    /** A Danish account's branch element must start this close after the account's ID. */
    private static final int BRANCH_WINDOW = 600;

    /**
     * The document's payee accounts ({@code cac:PayeeFinancialAccount}, any prefix) as comparable identifiers, found by
     * string search in the already bounded head: no XML parser, so no entity or DTD is ever resolved. An account ID
     * that passes the IBAN check (ISO 13616) counts as written; a Danish kontonr. (6-10 digits) counts with the reg.nr.
     * of its {@code cac:FinancialInstitutionBranch/cbc:ID} (4 digits, OIOUBL's domestic transfer, PaymentMeansCode
     * 31/42) as the Danish IBAN it is, so an OIOUBL file whose domestic payee was swapped is a new account too and the
     * same account written as an IBAN in a PDF is the same one. Anything else (a bare kontonr., a wrong check digit) is
     * not read.
     */
    static java.util.List<String> payees(String doc) {
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
            // the windows only: no search runs on to the end of the document, so a head full of account tags costs
            // at most (head / 21) x (ID_WINDOW + BRANCH_WINDOW) steps
            int[] id = idValue(doc, from, Math.min(doc.length() - 2, at + ID_WINDOW));
            if (id == null) {
                continue;
            }
            // as the receiving system reads it: character references decoded, invisible characters gone
            // ("DK95&#x200B;2000…" is DK952000…, not an unreadable ID that hides the payee)
            String value = Texts.readable(Html.toText(doc.substring(id[0], id[1]), 256)).replaceAll("\\s", "")
                    .toUpperCase(java.util.Locale.ROOT);
            String payee = null;
            if (BankDetails.isValidIban(value)) {
                payee = value;
            } else if (digits(value, 6, 10)) {
                payee = danishPayee(doc, id[1], value);
            }
            if (payee != null && !out.contains(payee)) {
                out.add(payee);
            }
        }
        return out;
    }

    /** The reg.nr. of the branch inside this account element (before its closing tag), as a Danish IBAN, or null. */
    private static String danishPayee(String doc, int after, String konto) {
        int end = Math.min(doc.length(), after + BRANCH_WINDOW);
        int branch = indexWithin(doc, "FinancialInstitutionBranch", after, end);
        int close = indexWithin(doc, "PayeeFinancialAccount", after, end);
        if (branch < 0 || (close >= 0 && close < branch)) {
            return null;
        }
        int[] reg = idValue(doc, branch + 26, Math.min(doc.length() - 2, branch + ID_WINDOW));
        if (reg == null) {
            return null;
        }
        String r = Texts.readable(Html.toText(doc.substring(reg[0], reg[1]), 256)).replaceAll("\\s", "");
        if (!digits(r, 4, 4)) {
            return null;
        }
        return BankDetails.danishIban(r, "0".repeat(10 - konto.length()) + konto);
    }

    /** Start and end of the text of the first {@code ID} element (any prefix) starting in [from, end), or null. */
    private static int[] idValue(String doc, int from, int end) {
        for (int k = Math.max(1, from); k < end; k++) {
            char before = doc.charAt(k - 1);
            if (doc.charAt(k) == 'I' && doc.charAt(k + 1) == 'D' && (before == ':' || before == '<')
                    && (doc.charAt(k + 2) == '>' || doc.charAt(k + 2) == ' ')) {
                int open = indexWithin(doc, '>', k, k + 256);
                int close = open < 0 ? -1 : indexWithin(doc, '<', open, open + 256);
                return open < 0 || close < 0 ? null : new int[] {open + 1, close};
            }
        }
        return null;
    }

    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The first {@code needle} starting in [from, to), or -1: a search that never runs past its window. */
    private static int indexWithin(String s, String needle, int from, int to) {
        for (int k = from; k < Math.min(s.length() - needle.length() + 1, to); k++) {
            if (s.startsWith(needle, k)) {
                return k;
            }
        }
        return -1;
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
