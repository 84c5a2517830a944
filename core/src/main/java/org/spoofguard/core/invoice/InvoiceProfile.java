package org.spoofguard.core.invoice;

import java.util.Locale;

import org.spoofguard.core.config.Bilingual;

/** How invoices are expected to arrive at the protected organisation. */
public enum InvoiceProfile {
    /** No assumption about the invoice channel: score only. */
    STANDARD("standard"),
    /**
     * Danish public sector: by law (bekendtgørelse om offentlige betalinger, NemHandel) suppliers send
     * invoices as OIOUBL / Peppol BIS documents, so a PDF "invoice" in an ordinary mail is out of channel.
     * Authenticated out-of-channel invoices are tagged, forged ones quarantined, UBL e-invoices delivered.
     */
    ELECTRONIC_INVOICES_ONLY("electronic-invoices-only");

    private final String keyword;

    InvoiceProfile(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static InvoiceProfile fromKeyword(String s) {
        String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (InvoiceProfile p : values()) {
            if (p.keyword.equals(k) || p.name().toLowerCase(Locale.ROOT).equals(k)) {
                return p;
            }
        }
        throw new IllegalArgumentException(Bilingual.of("unknown profile '" + s + "'", "ukendt profil '" + s + "'"));
    }
}
