package org.counterpart.security.internal;

import java.text.MessageFormat;

/**
 * User-visible messages of the security bundle, kept in one place for review and translation.
 * Messages never carry key material or passphrases: arguments are file names, subjects, serials
 * and dates only.
 */
public final class Messages {

    public static final String WRONG_PASSPHRASE = "The passphrase for {0} is wrong, or the file is damaged.";
    public static final String KEYSTORE_UNREADABLE = "{0} cannot be read as a PKCS#12 key store.";
    public static final String KEYSTORE_NO_KEY = "{0} holds no private key with a certificate.";
    public static final String REGISTER_CORRUPT = "The certificate register {0} is damaged at line {1}.";
    public static final String CA_EXISTS = "A certificate authority already exists in {0}.";
    public static final String CA_MISSING = "No certificate authority in {0}.";
    public static final String CSR_UNREADABLE = "The certificate request cannot be read; expected a PEM 'CERTIFICATE REQUEST'.";
    public static final String CSR_BAD_SIGNATURE = "The certificate request for {0} is not signed by its own key.";
    public static final String CSR_WEAK_KEY = "The certificate request for {0} uses an unsupported key ({1}); use EC P-256 or RSA 3072.";
    public static final String COUNTRY_MALFORMED = "''{0}'' is not a country code; give the ISO 3166-1 alpha-3 code, three capital letters (e.g. XVM).";
    public static final String CSR_NAMES_COUNTRY = "The certificate request for {0} names the country {1} itself; headquarters certifies a device''s country. Ask for a request without C=, or issue it for that same country.";
    public static final String DEVICE_ID_MALFORMED = "''{0}'' is not a device id; a workspace store''s device id is a UUID.";
    public static final String CSR_NAMES_MALFORMED = "The certificate request for {0} asks for an alternative name the authority does not certify; a request may only carry its device id as urn:uuid:<device id>.";
    public static final String VALIDITY_EMPTY = "The validity period must end after it starts.";
    public static final String SERIAL_UNKNOWN = "No certificate with serial {0} was issued by this authority.";
    public static final String KEY_MISMATCH = "The certificate for {0} does not belong to this device key.";
    public static final String CHAIN_EMPTY = "The certificate chain is empty.";
    public static final String NO_CERTIFICATE = "This device has no issued certificate yet; send the certificate request to headquarters first.";
    public static final String UNSUPPORTED_KEY = "Unsupported key type {0}; use EC P-256 or RSA 3072.";
    public static final String TOKEN_UNAVAILABLE = "The PKCS#11 token {1} (module {0}) is not available: {2}";
    public static final String TOKEN_MODULE_MISSING = "The PKCS#11 module {0} does not exist or cannot be read.";
    public static final String TOKEN_MODULE_UNUSABLE = "The PKCS#11 module {0} cannot be used: {1}";
    public static final String TOKEN_LABEL_UNKNOWN = "The PKCS#11 module {1} has no token labelled ''{0}''; tokens present: {2}.";
    public static final String TOKEN_LABEL_AMBIGUOUS = "{2} tokens of the PKCS#11 module {1} are labelled ''{0}''; give each token its own label.";
    public static final String TOKEN_WRONG_PIN = "The PIN for the PKCS#11 token {0} is wrong.";
    public static final String TOKEN_NO_ALIAS = "The PKCS#11 token has no key named {0}.";
    public static final String TOKEN_ALIAS_EXISTS = "The PKCS#11 token already has a key named {0}.";
    public static final String TOKEN_SAVE = "A key on a PKCS#11 token stays on the token; it cannot be saved to a file.";
    public static final String TOKEN_DECRYPT_UNSUPPORTED = "Packages for an RSA key on a PKCS#11 token cannot be opened (the token offers no RSA-OAEP); use an EC P-256 token key to receive packages.";
    public static final String CRYPTO_FAILURE = "The cryptographic operation failed: {0}";

    public static final String KEY_EXISTS = "{0} exists already; a device has one key. Nothing was changed.";
    public static final String TOKEN_KEY_EXISTS = "A device key (''{0}'') exists already on the PKCS#11 token ''{1}''; a device has one key. Nothing was changed.";
    public static final String TOKEN_NO_DEVICE_KEY = "The PKCS#11 token ''{0}'' holds no device key. Create one with the device enrolment first.";
    public static final String TOKEN_CHOICE_UNREADABLE = "{0} cannot be read: it must name the PKCS#11 module and the token label of the device key.";
    public static final String NO_DEVICE_KEY = "No device key in {0}. Create one with the device enrolment first.";
    public static final String NO_AUTHORITY_YET = "No headquarters CA certificate installed yet: give the CA certificate headquarters sent with the certificate.";
    public static final String NOT_A_CERTIFICATE_FILE = "{0} holds no PEM certificate.";
    public static final String CERTIFICATE_NOT_FROM_AUTHORITY = "The certificate in {0} was not issued by the authority {1}. Nothing was installed.";
    public static final String CRL_NOT_FROM_AUTHORITY = "The revocation list {0} is not signed by {1}. Nothing was installed.";
    public static final String CRL_OLDER_IN_FILE = "{0}: {1} Nothing was changed.";
    public static final String NOT_A_CA_CERTIFICATE = "The certificate of {0} is not a certificate authority''s; give the headquarters CA certificate.";
    public static final String KNOWN_IS_AUTHORITY = "The certificate of {0} is the headquarters authority itself; install it as the CA certificate.";

    public static final String TRUST_UNKNOWN_SIGNER = "The signer {0} is not certified by the headquarters authority {1}.";
    public static final String TRUST_REVOKED = "The certificate of {0} (serial {1}) was revoked on {2}.";
    public static final String TRUST_EXPIRED = "The certificate of {0} expired on {1}.";
    public static final String TRUST_NOT_YET_VALID = "The certificate of {0} is not valid before {1}.";
    public static final String TRUST_INVALID_CHAIN = "The certificate chain of {0} is not valid: {1}";
    public static final String TRUST_NOT_FOR_SIGNING = "The certificate of {0} is not allowed to sign.";
    public static final String TRUST_REVOKED_AFTER = "The certificate of {0} (serial {1}) was revoked on {2}, after headquarters accepted its packages up to number {3}; this package is number {4}.";
    public static final String TRUST_CRL_OLDER = "The revocation list ({0}) is older than the one installed ({1}); installing it would forget revocations. Get the latest list from headquarters.";
    public static final String CRL_DESCRIPTION = "number {0} of {1}";
    public static final String TRUST_CRL_INVALID = "The revocation list is not signed by the headquarters authority {0}.";

    public static final String ENVELOPE_MALFORMED = "The package is not a valid signed and encrypted package (CMS): {0}";
    public static final String ENVELOPE_TRUNCATED = "The package is incomplete (truncated); ask the sender for a new copy.";
    public static final String ENVELOPE_TAMPERED = "The package was altered or damaged after it was sealed; it has been rejected.";
    public static final String ENVELOPE_NOT_RECIPIENT = "The package is not addressed to {0}.";
    public static final String ENVELOPE_UNSUPPORTED = "The package uses an unsupported format ({0}); expected AES-256-GCM authenticated enveloped data.";
    public static final String ENVELOPE_ALGORITHM = "The package uses {0} {1}; Counterpart packages use {2}. It has been rejected.";
    public static final String ENVELOPE_SIGNATURE_INVALID = "The signature of the package does not match its content; it has been rejected.";
    public static final String ENVELOPE_NO_SIGNER = "The package carries no signer certificate.";
    public static final String ENVELOPE_SIGNER_COUNT = "The package must have exactly one signer, it has {0}.";
    public static final String ENVELOPE_NOT_READ = "The content must be read to its end before the package can be verified.";
    public static final String ENVELOPE_ALREADY_VERIFIED = "The package has already been verified.";

    private Messages() {
    }

    public static String format(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments);
    }
}
