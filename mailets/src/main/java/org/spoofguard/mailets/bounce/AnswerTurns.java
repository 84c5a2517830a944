package org.spoofguard.mailets.bounce;

import java.util.Locale;
import java.util.concurrent.locks.Lock;

import org.apache.james.core.MailAddress;

import com.google.common.util.concurrent.Striped;

/**
 * One automatic reply to a return path at a time, whichever responder sends it. Each responder checks "already
 * answered?", replies, then records the answer; James's spooler runs several mails at once, and two mails of one
 * sender that arrived together were each answered (RFC 3834 §2 asks for one reply per sender per period): by the
 * out-of-office twice (seen in CI in {@code AutoReplyGuardIT}), or once by it and once by the Sieve vacation. Both
 * take this lock around their check, reply and record. Keyed by the return path alone, so it spans the users of one
 * mail and both responders; a responder holds it only while answering one mail, never while taking another.
 */
final class AnswerTurns {
    private static final Striped<Lock> TURNS = Striped.lock(64);

    private AnswerTurns() {
    }

    static Lock of(MailAddress returnPath) {
        return TURNS.get(returnPath.asString().toLowerCase(Locale.ROOT));
    }
}
