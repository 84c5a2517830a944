package org.spoofguard.core.dns;

import java.util.List;
import java.util.Objects;

/**
 * An immutable DNS answer in textual form, so protocol code never sees a DNS library type.
 * <ul>
 *   <li>A / AAAA: the address literal ({@code 192.0.2.1}, {@code 2001:db8::1});</li>
 *   <li>MX: the exchange host name without trailing dot (preference order is the caller's concern);</li>
 *   <li>TXT: each record's character-strings concatenated without separator (RFC 7208 §3.3, RFC 6376 §3.6.2.2);</li>
 *   <li>PTR: the target host name without trailing dot.</li>
 * </ul>
 *
 * @param status what the DNS said
 * @param records the records; empty unless status is OK
 * @param detail a human-readable explanation for logs and result reasons (e.g. "timeout after 2 tries")
 */
public record DnsAnswer(DnsStatus status, List<String> records, String detail) {
    public DnsAnswer {
        Objects.requireNonNull(status, "status");
        records = List.copyOf(records);
        detail = detail == null ? "" : detail;
    }

    public static DnsAnswer ok(List<String> records) {
        return records.isEmpty() ? new DnsAnswer(DnsStatus.NODATA, List.of(), "no records") : new DnsAnswer(DnsStatus.OK, records, "");
    }

    public static DnsAnswer of(DnsStatus status, String detail) {
        return new DnsAnswer(status, List.of(), detail);
    }

    public boolean isOk() {
        return status == DnsStatus.OK;
    }
}
