package org.counterpart.sync.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * Names of the sync marks a store keeps for packages: the last package sequence this device used,
 * the last package sequence received from each device and key, per peer key what that peer
 * acknowledged having, and per peer key what baselines sent it. Peers are named by the SHA-256 of
 * their public key, so a re-issued certificate for the same key keeps its acknowledgements.
 */
public final class SyncMarks {

    public static final String PACKAGE_SEQUENCE = "package/sent";
    private static final String RECEIVED = "package/received/";
    private static final String ACKNOWLEDGED = "ack/";
    private static final String BASELINE = "baseline/";

    private SyncMarks() {
    }

    /**
     * The last package sequence received from {@code deviceId} signed by {@code signer}'s key. The
     * signer is part of the name so that a package naming another device cannot make that device's
     * real packages look like replays.
     */
    public static String received(X509Certificate signer, String deviceId) {
        return receivedPrefix(keyId(signer)) + deviceId;
    }

    /** Prefix of the marks {@link #received} names for every device whose packages {@code keyId}'s holder signed. */
    public static String receivedPrefix(String keyId) {
        return RECEIVED + keyId + "/";
    }

    /** Prefix of the marks of what the holder of {@code certificate}'s key acknowledged. */
    public static String acknowledgedPrefix(X509Certificate certificate) {
        return ACKNOWLEDGED + keyId(certificate) + "/";
    }

    /**
     * Prefix of the marks of what baselines sent to the holder of {@code certificate}'s key (see
     * {@link DeliveredOperations}).
     */
    public static String baselinePrefix(X509Certificate certificate) {
        return BASELINE + keyId(certificate) + "/";
    }

    public static String keyId(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
