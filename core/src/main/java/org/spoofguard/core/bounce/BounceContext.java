package org.spoofguard.core.bounce;

/**
 * What James tells us about a failure, read from the failed mail.
 *
 * @param processor the mailet-container processor the mail is in (e.g. {@code bounces}, {@code error})
 * @param deliveryError RemoteDelivery's {@code delivery-error} attribute, "" if absent
 * @param deliveryErrorCode RemoteDelivery's {@code delivery-error-code} (SMTP reply code), null if absent
 * @param permanent RemoteDelivery's {@code is-delivery-permanent-error}, null if absent
 * @param errorMessage {@code Mail.getErrorMessage()}, "" if none
 */
public record BounceContext(String processor, String deliveryError, Integer deliveryErrorCode, Boolean permanent,
                            String errorMessage) {
    public static final BounceContext EMPTY = new BounceContext("", "", null, null, "");

    public BounceContext {
        processor = processor == null ? "" : processor;
        deliveryError = deliveryError == null ? "" : deliveryError;
        errorMessage = errorMessage == null ? "" : errorMessage;
    }
}
