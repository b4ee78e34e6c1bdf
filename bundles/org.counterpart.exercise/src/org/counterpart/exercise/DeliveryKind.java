package org.counterpart.exercise;

import java.util.Locale;

/** How an inject reaches the trainee. */
public enum DeliveryKind {
    /** A package arrives, as from another team. */
    PACKAGE,
    /** A message (a call, an e-mail, a word in a corridor). */
    MESSAGE,
    /** A document, with attachments. */
    DOCUMENT,
    /** New contacts appear in the trainee's theater. */
    NEW_CONTACTS;

    /** The name in an MSEL: {@code package}, {@code message}, {@code document}, {@code new-contacts}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind an MSEL names, or null. */
    public static DeliveryKind fromLabel(String label) {
        for (DeliveryKind kind : values()) {
            if (kind.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return kind;
            }
        }
        return null;
    }
}
