package org.spoofguard.core.invoice;

/**
 * Recognises a UBL 2.x Invoice / CreditNote (OIOUBL, Peppol BIS Billing 3.0) by its root element and namespace,
 * looking only at the start of the document (no XML parser, no entity expansion, no external DTDs), and reads its
 * payee accounts with a hardened, streaming XML parser over the whole document ({@link #read}).
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

    static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    /** Deeper than any UBL document (about ten levels, a few more in an SBDH envelope): a nesting bomb stops here. */
    private static final int MAX_DEPTH = 100;
    /** An ID's text is read up to this many characters; a longer one is no account. */
    private static final int MAX_ID_CHARS = 256;

    /**
     * What the parser read: the payee accounts, and why the document was not read to its end (null when it was).
     */
    record Read(java.util.List<String> payees, String incomplete) {
    }

    /**
     * The payee accounts of the whole document (see {@link #read(java.io.InputStream, long)}) and those a string
     * search finds in it (see {@link #searched(String)}), at most {@link #MAX_PAYEES}.
     */
    static java.util.List<String> payees(String doc) {
        if (doc == null) {
            return new java.util.ArrayList<>();
        }
        Read r = parse(() -> FACTORY.createXMLStreamReader(new java.io.StringReader(doc)), null);
        return union(r.payees(), searched(doc));
    }

    /** Both lists, in order, without duplicates, at most {@link #MAX_PAYEES}. */
    static java.util.List<String> union(java.util.List<String> a, java.util.List<String> b) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (java.util.List<String> l : java.util.List.of(a, b)) {
            for (String p : l) {
                if (out.size() < MAX_PAYEES && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * The payee accounts ({@code cac:PayeeFinancialAccount}, by namespace and local name, any prefix) of the whole
     * document, as the receiving system's XML parser reads them: a string search in the first 64 KB missed a payee
     * in a CDATA section (XML 1.0 §2.7), split by a comment or a processing instruction (§2.5, §2.6), in a tag with a
     * line break or a tab before its {@code >} (§3.1), or after the base64 of the invoice PDF that OIOUBL and Peppol
     * BIS put in {@code cac:AdditionalDocumentReference} before {@code cac:PaymentMeans}, and the mail passed as a
     * clean e-invoice paying a new account.
     *
     * <p>Hardened, and bounded: the JDK's own StAX parser (never one a library on the class path registers), no DTD,
     * no external entity, a resolver that refuses everything; a DOCTYPE stops the reading (an internal subset can
     * define the payee as an entity, an external one makes the parser fetch a file or URL), as does an element deeper
     * than {@link #MAX_DEPTH}. Events are streamed, no tree is built, and only an ID inside a payee account is
     * accumulated (at most {@link #MAX_ID_CHARS} characters); the text of an embedded document is never kept. At most
     * {@code budget} bytes are read.
     *
     * <p>Values as {@link #payees(String)} had them: an account ID that passes the IBAN check (ISO 13616) counts as
     * written; a Danish kontonr. (6-10 digits) counts with the reg.nr. of its own {@code
     * cac:FinancialInstitutionBranch/cbc:ID} (4 digits, OIOUBL's domestic transfer, PaymentMeansCode 31/42) as the
     * Danish IBAN it is. Anything else (a bare kontonr., a wrong check digit) is not read.
     *
     * <p>The encoding is the document's own (byte-order mark, XML declaration; XML 1.0 §4.3.3, Appendix F), as the
     * receiving system's parser takes it.
     *
     * @return the payees (at most {@link #MAX_PAYEES}) and, when the document was not read to its end (not
     *         well-formed, cut off by the budget, a DOCTYPE, too deep), why: the caller's inspection is incomplete
     */
    static Read read(java.io.InputStream in, long budget) {
        Bounded bounded = new Bounded(in, budget);
        return parse(() -> FACTORY.createXMLStreamReader(bounded), bounded);
    }

    private interface Opener {
        javax.xml.stream.XMLStreamReader open() throws javax.xml.stream.XMLStreamException;
    }

    private static Read parse(Opener opener, Bounded bounded) {
        java.util.List<String> out = new java.util.ArrayList<>();
        javax.xml.stream.XMLStreamReader x = null;
        try {
            x = opener.open();
            int depth = 0;
            int accountDepth = -1;     // depth of the open PayeeFinancialAccount, or -1
            int branchDepth = -1;      // depth of the open FinancialInstitutionBranch inside it, or -1
            StringBuilder id = null;   // text of the ID being read
            boolean idIsBranch = false;
            String account = null;
            String branch = null;
            while (x.hasNext()) {
                int ev = x.next();
                switch (ev) {
                    case javax.xml.stream.XMLStreamConstants.DTD:
                        return new Read(out, "a DOCTYPE (not read: no entity is ever resolved)");
                    case javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE:
                        return new Read(out, "an entity reference (not resolved)");
                    case javax.xml.stream.XMLStreamConstants.START_ELEMENT: {
                        depth++;
                        if (depth > MAX_DEPTH) {
                            return new Read(out, "elements nested deeper than " + MAX_DEPTH);
                        }
                        String ns = x.getNamespaceURI();
                        String local = x.getLocalName();
                        if (accountDepth < 0) {
                            if (NS_CAC.equals(ns) && local.equals("PayeeFinancialAccount")) {
                                accountDepth = depth;
                                account = null;
                                branch = null;
                            }
                        } else if (id == null && NS_CBC.equals(ns) && local.equals("ID")
                                && (depth == accountDepth + 1 || depth == branchDepth + 1 && branchDepth > 0)) {
                            id = new StringBuilder();
                            idIsBranch = depth == branchDepth + 1 && branchDepth > 0;
                        } else if (depth == accountDepth + 1 && NS_CAC.equals(ns)
                                && local.equals("FinancialInstitutionBranch")) {
                            branchDepth = depth;
                        } else if (id != null) {
                            id.setLength(MAX_ID_CHARS + 1); // an element inside an ID: no account
                        }
                        break;
                    }
                    case javax.xml.stream.XMLStreamConstants.CHARACTERS:
                    case javax.xml.stream.XMLStreamConstants.CDATA:
                    case javax.xml.stream.XMLStreamConstants.SPACE:
                        // comments and processing instructions inside the value are not text (§2.5, §2.6): only
                        // the ID's text is kept, and only up to its limit; any other text (an embedded PDF's
                        // base64) is passed over
                        if (id != null && id.length() <= MAX_ID_CHARS) {
                            id.append(x.getTextCharacters(), x.getTextStart(),
                                    Math.min(x.getTextLength(), MAX_ID_CHARS + 1 - id.length()));
                        }
                        break;
                    case javax.xml.stream.XMLStreamConstants.END_ELEMENT:
                        if (id != null && depth == (idIsBranch ? branchDepth : accountDepth) + 1) {
                            if (id.length() <= MAX_ID_CHARS) {
                                // as the receiving system shows it: invisible characters gone
                                String v = Texts.readable(id.toString()).replaceAll("\\s", "")
                                        .toUpperCase(java.util.Locale.ROOT);
                                if (idIsBranch) {
                                    branch = branch == null ? v : branch;
                                } else {
                                    account = account == null ? v : account;
                                }
                            }
                            id = null;
                        } else if (depth == branchDepth) {
                            branchDepth = -1;
                        } else if (depth == accountDepth) {
                            String payee = payee(account, branch);
                            if (payee != null && !out.contains(payee) && out.size() < MAX_PAYEES) {
                                out.add(payee);
                            }
                            accountDepth = -1;
                            branchDepth = -1;
                        }
                        depth--;
                        break;
                    default:
                        break;
                }
            }
            return new Read(out, null);
        } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
            // the JDK parser reports a stream cut off, bad bytes and malformed markup alike as XMLStreamException;
            // a RuntimeException is its limits (jdk.xml.*) or a bug: the document was not read to its end either way
            return new Read(out, bounded != null && bounded.cut ? "larger than " + bounded.budget / 1024 + " KB; the rest was not read"
                    : "not well-formed XML (" + clip(e.getMessage()) + ")");
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (javax.xml.stream.XMLStreamException ignored) {
                    // nothing held but the stream the caller owns
                }
            }
        }
    }

    /** An account ID as a payee: an IBAN as written, a Danish kontonr. with its branch's reg.nr., else null. */
    private static String payee(String account, String branch) {
        if (account == null) {
            return null;
        }
        if (BankDetails.isValidIban(account)) {
            return account;
        }
        if (digits(account, 6, 10) && branch != null && digits(branch, 4, 4)) {
            return BankDetails.danishIban(branch, "0".repeat(10 - account.length()) + account);
        }
        return null;
    }

    private static String clip(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }

    /**
     * The JDK's StAX parser, hardened (OWASP XXE cheat sheet): no DTD support, no external entities, entity
     * references not replaced, external DTD and schema access refused, and a resolver that answers nothing.
     */
    private static final javax.xml.stream.XMLInputFactory FACTORY = factory();

    private static javax.xml.stream.XMLInputFactory factory() {
        // newDefaultFactory: the JDK's implementation, not whichever one a jar on the class path registers
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newDefaultFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_COALESCING, false);
        f.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /** At most {@code budget} bytes of a stream; {@link #cut} when more were there. */
    private static final class Bounded extends java.io.FilterInputStream {
        private final long budget;
        private long left;
        boolean cut;

        Bounded(java.io.InputStream in, long budget) {
            super(in);
            this.budget = budget;
            this.left = budget;
        }

        @Override
        public int read() throws java.io.IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            if (len == 0) {
                return 0;
            }
            if (left <= 0) {
                if (!cut && in.read() >= 0) {
                    cut = true;
                }
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws java.io.IOException {
            return read(new byte[(int) Math.min(Math.max(n, 0), 8192)], 0, (int) Math.min(Math.max(n, 0), 8192));
        }

        @Override
        public int available() {
            return 0;
        }

        @Override
        public void close() {
            // the caller owns the part's stream
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /**
     * The payee accounts a string search finds in the document (any prefix, no namespace), kept beside the parser
     * as a fallback: an importer that matches element names without their namespace pays an account the parser
     * passes over (a foreign namespace), and a document the parser gives up on (not well-formed, a DOCTYPE) still
     * names what it shows. It only adds accounts, which only makes a mail more suspicious. Bounded as before: the
     * caller passes the already bounded head, and every search stays within its window.
     */
    static java.util.List<String> searched(String doc) {
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
                // a DOCTYPE's internal subset ("[<!ENTITY x '...'>]", XML 1.0 §2.8) holds '>' of its own: skipped
                // whole, or a UBL invoice with one was not recognised (its payee then unread by the parser, which
                // stops at any DOCTYPE and makes the inspection incomplete)
                int e = head.indexOf('>', i);
                int subset = head.indexOf('[', i);
                if (subset >= 0 && e >= 0 && subset < e) {
                    int close = head.indexOf("]", subset);
                    e = close < 0 ? -1 : head.indexOf('>', close);
                }
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
