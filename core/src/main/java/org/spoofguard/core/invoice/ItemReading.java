package org.spoofguard.core.invoice;

/**
 * What reading a winmail.dat ({@link Tnef}) or an Outlook item ({@link OutlookMsg}) keeps while it walks: the limits
 * it was given, the attachments handed over so far and why it stopped early. One place, so that both count
 * attachments, items inside items included, against the same {@code limit.archive-entries} in the same way.
 */
abstract class ItemReading {
    final int maxAttachments;
    final int maxDepth;
    final ItemVisitor v;
    int attachments;
    /** Why the file could not be read to its end, or null. */
    String broken;
    /** Which limit left the rest unread, or null. */
    String limit;

    ItemReading(int maxAttachments, int maxDepth, ItemVisitor v) {
        this.maxAttachments = maxAttachments;
        this.maxDepth = maxDepth;
        this.v = v;
    }

    /** Counts one more attachment about to be handed over; false (with {@link #limit} set) past the limit. */
    boolean admitAttachment() {
        if (attachments >= maxAttachments) {
            limit = "more than " + maxAttachments + " attachments";
            return false;
        }
        attachments++;
        return true;
    }

    /** A file cut short behind a limit is reported as the limit: the rest was not read either way. */
    ItemVisitor.Result result() {
        return new ItemVisitor.Result(attachments, limit != null ? null : broken, limit);
    }
}
