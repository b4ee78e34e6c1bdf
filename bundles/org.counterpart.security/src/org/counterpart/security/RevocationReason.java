package org.counterpart.security;

import java.util.Optional;

/**
 * Why a certificate was revoked, as the reason code of its revocation list entry says it (RFC 5280, 5.3.1). Only the
 * reasons that fit a device certificate of headquarters' authority are offered; a hold ({@code certificateHold}) is
 * not, since a revocation here is for good.
 */
public enum RevocationReason {

    /** No reason given. */
    UNSPECIFIED(0, "unspecified"),
    /** The device's key is, or may be, in other hands. */
    KEY_COMPROMISE(1, "keyCompromise"),
    /** The authority's own key is, or may be, in other hands. */
    CA_COMPROMISE(2, "cACompromise"),
    /** The device works for someone else now (another country, another team). */
    AFFILIATION_CHANGED(3, "affiliationChanged"),
    /** The device was given a new certificate that replaces this one. */
    SUPERSEDED(4, "superseded"),
    /** The device is out of service. */
    CESSATION_OF_OPERATION(5, "cessationOfOperation"),
    /** The device may no longer exchange packages with headquarters. */
    PRIVILEGE_WITHDRAWN(9, "privilegeWithdrawn");

    private final int code;
    private final String rfcName;

    RevocationReason(int code, String rfcName) {
        this.code = code;
        this.rfcName = rfcName;
    }

    /** The CRLReason code of RFC 5280. */
    public int code() {
        return code;
    }

    /** The reason with the RFC 5280 code {@code code}, if it is one of these. */
    public static Optional<RevocationReason> ofCode(int code) {
        for (RevocationReason reason : values()) {
            if (reason.code == code) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** The RFC 5280 name, e.g. {@code keyCompromise}. */
    public String rfcName() {
        return rfcName;
    }
}
