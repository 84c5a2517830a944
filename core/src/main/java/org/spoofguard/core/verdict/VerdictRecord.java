package org.spoofguard.core.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * What SpoofGuard records about one mail's sender and carries with it from the SMTP session to every
 * matcher and mailet: the {@link SenderVerdict} (which includes the session context: client IP, HELO,
 * envelope sender), who submitted it with SMTP AUTH, and every check that could not finish. Serialised
 * by {@link VerdictRecordCodec} only. Immutable.
 *
 * @param verdict the sender verdict
 * @param submittedBy the SMTP AUTH user that handed us the mail, "" for anonymous clients
 * @param errors what could not be checked (limit, time budget, internal error, unreadable record); non-empty
 *               means the record proves nothing ({@link ProvenSender}) and the mail is tagged
 *               {@code X-SpoofGuard-Error}
 */
public record VerdictRecord(SenderVerdict verdict, String submittedBy, List<String> errors) {
    /** Format version written by this code; readers refuse other versions (fail closed). */
    public static final int VERSION = 1;

    public VerdictRecord {
        Objects.requireNonNull(verdict, "verdict");
        submittedBy = submittedBy == null ? "" : submittedBy.trim();
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public VerdictRecord(SenderVerdict verdict) {
        this(verdict, "", List.of());
    }

    /** True when every check finished: only then may the record prove anything. */
    public boolean complete() {
        return errors.isEmpty();
    }

    /** This record with one more error. */
    public VerdictRecord withError(String error) {
        List<String> all = new ArrayList<>(errors);
        all.add(error == null || error.isBlank() ? "error" : error);
        return new VerdictRecord(verdict, submittedBy, all);
    }

    /**
     * A record for a mail whose checks could not run or whose record is unreadable: every result is
     * temperror (RFC 8601 §2.7: "could not complete"), so nothing passes, and the error says why.
     */
    public static VerdictRecord unauthenticated(String clientIp, String helo, String mailFrom, String error) {
        String from = mailFrom == null ? "" : mailFrom;
        String h = helo == null ? "" : helo;
        int at = from.lastIndexOf('@');
        String fromDomain = at < 0 ? "" : from.substring(at + 1);
        String why = error == null || error.isBlank() ? "error" : error;
        SenderVerdict v = new SenderVerdict(clientIp, h, from,
            new SpfResult(SpfResultCode.TEMPERROR, SpfResult.MAILFROM, at < 0 ? h : fromDomain,
                at < 0 ? (h.isEmpty() ? "" : "postmaster@" + h) : from, why),
            new SpfResult(SpfResultCode.TEMPERROR, SpfResult.HELO, h, h.isEmpty() ? "" : "postmaster@" + h, why),
            List.of(), new DmarcResult(DmarcResultCode.TEMPERROR, "", "", DmarcPolicy.NONE, false, false, why));
        return new VerdictRecord(v, "", List.of(why));
    }
}
