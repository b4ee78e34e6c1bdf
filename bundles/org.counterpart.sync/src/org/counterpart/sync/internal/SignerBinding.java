package org.counterpart.sync.internal;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.counterpart.security.DeviceBinding;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageManifest;

/**
 * Whose operations a verified signer may deliver, decided from its certificate alone (see
 * {@link DeviceBinding}): a device certificate only its own device's, one of headquarters' identities
 * any device's (baselines, forwarded exports). A certificate issued before device ids were bound is
 * accepted with a warning naming the device until the cut-off headquarters sets, and refused from then on.
 * A package names at most the device its certificate is bound to.
 */
public final class SignerBinding {

    private final Instant legacyUntil;
    private final Clock clock;

    /**
     * @param legacyUntil from when certificates without a bound device id are refused; {@code null} while
     *                    headquarters has set no cut-off (they are then accepted with a warning)
     */
    public SignerBinding(Instant legacyUntil, Clock clock) {
        this.legacyUntil = legacyUntil;
        this.clock = clock;
    }

    /**
     * Checks that {@code signer} may deliver what {@code manifest} lists (the reader has checked that every
     * operation lies in the manifest's origins).
     *
     * @return warnings for the person importing; empty when the signer is bound
     * @throws PackageException if the package carries operations of a device the signer is not bound to, or
     *                          the signer's certificate binds no device and the cut-off has passed
     */
    public List<String> check(X509Certificate signer, PackageManifest manifest) throws PackageException {
        if (DeviceBinding.isHeadquarters(signer)) {
            return List.of();
        }
        String subject = signer.getSubjectX500Principal().getName();
        Optional<String> bound = DeviceBinding.deviceId(signer);
        if (bound.isPresent()) {
            Set<String> foreign = new TreeSet<>(manifest.origins().keySet());
            foreign.add(manifest.deviceId());
            foreign.remove(bound.get());
            if (!foreign.isEmpty()) {
                throw new PackageException(Reason.FOREIGN_DEVICE, Messages.format(Messages.FOREIGN_DEVICE,
                        String.join(", ", foreign), subject, bound.get()));
            }
            return List.of();
        }
        if (legacyUntil != null && !clock.instant().isBefore(legacyUntil)) {
            throw new PackageException(Reason.LEGACY_CERTIFICATE,
                    Messages.format(Messages.LEGACY_REFUSED, subject, manifest.deviceId(), legacyUntil));
        }
        return List.of(legacyUntil == null
                ? Messages.format(Messages.LEGACY_WARNING, subject, manifest.deviceId())
                : Messages.format(Messages.LEGACY_WARNING_UNTIL, subject, manifest.deviceId(), legacyUntil));
    }

    /**
     * The device name a verified package may record: the signer's subject for the device its certificate
     * binds; for a certificate that binds none, for the device the package comes from, unless that device is
     * named already ({@code named}).
     */
    public static Map<String, String> names(X509Certificate signer, PackageManifest manifest, Set<String> named) {
        String subject = signer.getSubjectX500Principal().getName();
        Optional<String> bound = DeviceBinding.deviceId(signer);
        if (bound.isPresent()) {
            return Map.of(bound.get(), subject);
        }
        if (DeviceBinding.isHeadquarters(signer) || named.contains(manifest.deviceId())) {
            return Map.of();
        }
        return Map.of(manifest.deviceId(), subject);
    }
}
