package org.counterpart.exercise;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.counterpart.exercise.internal.Messages;
import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;

/**
 * The certificate authority of one exercise, never headquarters' real one: its subject carries
 * {@code OU=Exercise}, and everything the exercise signs (scenario packages, clock orders) verifies only against
 * such an authority, so that no exercise identity can speak in the real world and no real one in an exercise.
 * The trainer enrols a class in bulk: one identity per trainee, and the trainers' own.
 */
public final class ExerciseAuthority {

    /** The organisational unit that marks an exercise authority and the identities it issues. */
    public static final String EXERCISE_UNIT = "Exercise";

    private final CertificateAuthority authority;

    private ExerciseAuthority(CertificateAuthority authority) {
        this.authority = authority;
    }

    /** A new exercise authority in {@code directory} (which must not hold one), named after the exercise. */
    public static ExerciseAuthority create(Path directory, String exerciseName, char[] passphrase)
            throws CredentialException, IOException {
        String name = exerciseName.replaceAll("[^A-Za-z0-9 ._-]", " ").strip();
        return new ExerciseAuthority(CertificateAuthority.create(directory,
                "CN=" + (name.isEmpty() ? "Exercise" : name) + " Exercise Authority,OU=" + EXERCISE_UNIT
                        + ",O=Counterpart",
                KeyAlgorithm.EC_P256, Duration.ofDays(365), passphrase));
    }

    public static ExerciseAuthority open(Path directory, char[] passphrase) throws CredentialException, IOException,
            ScenarioException {
        CertificateAuthority authority = CertificateAuthority.open(directory, passphrase);
        requireExerciseAuthority(authority.certificate());
        return new ExerciseAuthority(authority);
    }

    public X509Certificate certificate() {
        return authority.certificate();
    }

    /** Issues an identity for a trainer or a trainee, valid for the exercise's 90 days. */
    public DeviceIdentity enrol(String name, boolean trainer) throws CredentialException, IOException {
        return enrol(name, trainer, null);
    }

    /** As {@link #enrol(String, boolean)}, bound to the device {@code deviceId} (a UUID) unless it is null. */
    public DeviceIdentity enrol(String name, boolean trainer, String deviceId) throws CredentialException, IOException {
        DeviceIdentity identity = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        String cn = name.replaceAll("[^A-Za-z0-9 ._-]", " ").strip();
        String subject = "CN=" + cn + ",OU=" + (trainer ? "Trainer" : "Trainee") + ",O=Counterpart " + EXERCISE_UNIT;
        String request = deviceId == null ? identity.certificationRequestPem(subject)
                : identity.certificationRequestPem(subject, deviceId);
        Instant now = Instant.now();
        X509Certificate issued = authority.issue(request, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(90)),
                null, trainer);
        identity.installCertificateChain(List.of(issued, authority.certificate()));
        return identity;
    }

    /** Enrols a whole class: one trainee identity per name, in the order given. */
    public Map<String, DeviceIdentity> enrolClass(List<String> trainees) throws CredentialException, IOException {
        Map<String, DeviceIdentity> enrolled = new TreeMap<>();
        for (String trainee : new ArrayList<>(trainees)) {
            if (enrolled.put(trainee, enrol(trainee, false)) != null) {
                throw new IllegalArgumentException(Messages.format(Messages.TRAINEE_TWICE, trainee));
            }
        }
        return enrolled;
    }

    /** Revokes {@code certificate}, one this authority issued, from now on. */
    public void revoke(X509Certificate certificate) throws CredentialException, IOException {
        authority.revoke(certificate.getSerialNumber(), Instant.now());
    }

    /** The trust an exercise participant has: this authority and a fresh revocation list. */
    public TrustVerifier trust() throws CredentialException, IOException, TrustException {
        X509CRL crl = authority.issueRevocationList(Duration.ofDays(30));
        return new TrustVerifier(authority.certificate(), crl);
    }

    /** Whether {@code certificate} is an exercise authority's (its subject has {@code OU=Exercise}). */
    public static boolean isExerciseAuthority(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("OU") && EXERCISE_UNIT.equals(rdn.getValue())) {
                    return true;
                }
            }
        } catch (InvalidNameException e) {
            return false;
        }
        return false;
    }

    /** @throws ScenarioException if {@code certificate} is not an exercise authority's (a real one, say) */
    public static void requireExerciseAuthority(X509Certificate certificate) throws ScenarioException {
        if (!isExerciseAuthority(certificate)) {
            throw new ScenarioException(Messages.format(Messages.NOT_EXERCISE_AUTHORITY,
                    certificate.getSubjectX500Principal().getName()));
        }
    }
}
