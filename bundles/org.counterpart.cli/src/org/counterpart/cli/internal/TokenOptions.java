package org.counterpart.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.counterpart.cli.CliException;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.Pkcs11Token;

import picocli.CommandLine.Option;

/**
 * {@code --pkcs11-module LIB --token-label LABEL}: the device key on a PKCS#11 token (smart card,
 * HSM) instead of in {@code device.p12}. The key, named {@value #KEY_NAME} on the token, is
 * generated there and cannot be read out; the certificate chain headquarters issues is stored on
 * the token beside it. The identity folder then holds only {@code ca.crt} and {@code crl.pem}. The
 * PIN comes from {@value #PIN_VARIABLE} or is asked for on the terminal, never from an argument.
 */
final class TokenOptions {

    static final String KEY_NAME = org.counterpart.security.DeviceIdentityFolder.TOKEN_KEY_NAME;
    static final String PIN_VARIABLE = "COUNTERPART_TOKEN_PIN";

    @Option(names = "--pkcs11-module", paramLabel = "LIB",
            description = "PKCS#11 module of the token that holds the device key (with --token-label), instead of"
                    + " DIR/device.p12. PIN from " + PIN_VARIABLE + " or the terminal.")
    Path module;

    @Option(names = "--token-label", paramLabel = "LABEL", description = "Label of that token.")
    String label;

    /** Refuses one option without the other; called first, before anything is read or asked for. */
    void check() throws CliException {
        if ((module == null) != (label == null)) {
            throw CliException.usage(module == null ? "--token-label needs --pkcs11-module LIB."
                    : "--pkcs11-module needs --token-label LABEL.");
        }
    }

    /** Whether the key is on a token: both options given (neither means {@code device.p12}). */
    boolean given() throws CliException {
        check();
        return module != null;
    }

    /** "the PKCS#11 token 'LABEL'", for messages. */
    String describe() {
        return "the PKCS#11 token '" + label + "'";
    }

    /** Logs in to the token; the caller closes it. */
    Pkcs11Token open(Map<String, String> environment) throws CliException {
        // Checked before the PIN is asked for, so that a mistyped path costs no typing.
        if (!Files.isRegularFile(module)) {
            throw CliException.failed("The PKCS#11 module " + module + " does not exist. Give the token's module"
                    + " with --pkcs11-module, e.g. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so.", null);
        }
        char[] pin = PassphrasePrompt.pin(environment, PIN_VARIABLE, describe());
        try {
            return Pkcs11Token.open(module, label, pin);
        } catch (CredentialException e) {
            throw CliException.failed(e.getMessage() + " Nothing was changed.", e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** Logs in and finds the device key; with {@code certified}, it must have its certificate installed. */
    UnlockedIdentity unlock(Map<String, String> environment, boolean certified) throws CliException {
        Pkcs11Token token = open(environment);
        try {
            DeviceIdentity identity;
            try {
                identity = token.identity(KEY_NAME);
            } catch (CredentialException e) {
                if (e.reason() == CredentialException.Reason.NO_KEY) {
                    throw CliException.failed(capitalized(describe()) + " holds no device key. Create one with"
                            + " 'counterpart-cli device init --pkcs11-module " + module + " --token-label " + label
                            + "'.", e);
                }
                throw CliException.failed(e.getMessage(), e);
            }
            if (certified && identity.certificate().isEmpty()) {
                throw CliException.failed("The device key on " + describe() + " has no certificate yet. Send its"
                        + " request ('device csr') to headquarters and install the answer with 'device install-cert'.",
                        null);
            }
            return new UnlockedIdentity(identity, token);
        } catch (CliException | RuntimeException e) {
            token.close();
            throw e;
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
