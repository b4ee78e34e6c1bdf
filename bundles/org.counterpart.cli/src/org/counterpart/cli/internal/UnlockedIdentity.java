package org.counterpart.cli.internal;

import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.Pkcs11Token;

/**
 * A device identity ready to sign and decrypt, with the token session it needs (none for
 * {@code device.p12}); closing logs out of the token.
 */
record UnlockedIdentity(DeviceIdentity identity, Pkcs11Token token) implements AutoCloseable {

    @Override
    public void close() {
        if (token != null) {
            token.close();
        }
    }
}
