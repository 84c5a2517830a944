package org.spoofguard.core.bounce;

import java.util.Optional;

/**
 * @param dsn the report when the mail is a delivery-status report (possibly partial: see its problems)
 * @param reason why it is or is not recognised as a DSN
 */
public record DsnParseResult(Optional<DeliveryStatusNotification> dsn, String reason) {
    public DsnParseResult {
        dsn = dsn == null ? Optional.empty() : dsn;
        reason = reason == null ? "" : reason;
    }

    public boolean isDsn() {
        return dsn.isPresent();
    }

    static DsnParseResult notDsn(String reason) {
        return new DsnParseResult(Optional.empty(), reason);
    }
}
