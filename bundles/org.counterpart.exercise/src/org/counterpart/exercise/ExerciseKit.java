package org.counterpart.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.counterpart.exercise.internal.Messages;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;

/**
 * What a trainer prepares for a class, in one folder: the exercise's own authority ({@code authority/}) and one
 * identity folder per participant ({@code trainer/}, and one per trainee under the trainee's name), each as device
 * enrolment leaves it (key store, the exercise authority's certificate, its revocation list). A trainee is handed
 * their own folder; nothing in the kit is trusted by a real store.
 */
public final class ExerciseKit {

    public static final String AUTHORITY = "authority";
    public static final String TRAINER = "trainer";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path directory;

    public ExerciseKit(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Creates a kit in {@code directory} (which must not hold one): the exercise authority under
     * {@code authorityPassphrase}, the trainer and each trainee enrolled in bulk, their keys under
     * {@code identityPassphrase}.
     */
    public static ExerciseKit create(Path directory, String exerciseName, List<String> trainees,
            char[] authorityPassphrase, char[] identityPassphrase)
            throws IOException, CredentialException, TrustException, ScenarioException {
        Set<String> names = new LinkedHashSet<>();
        for (String trainee : trainees) {
            if (!NAME.matcher(trainee).matches() || trainee.equals(TRAINER) || trainee.equals(AUTHORITY)) {
                throw new ScenarioException(Messages.format(Messages.TRAINEE_NAME, trainee));
            }
            if (!names.add(trainee)) {
                throw new ScenarioException(Messages.format(Messages.TRAINEE_TWICE, trainee));
            }
        }
        if (Files.exists(directory.resolve(AUTHORITY))) {
            throw new ScenarioException(Messages.format(Messages.KIT_EXISTS, directory));
        }
        ExerciseAuthority authority = ExerciseAuthority.create(directory.resolve(AUTHORITY), exerciseName,
                authorityPassphrase);
        ExerciseKit kit = new ExerciseKit(directory);
        kit.install(TRAINER, authority.enrol(exerciseName + " Trainer", true), authority, identityPassphrase);
        for (String trainee : names) {
            kit.install(trainee, authority.enrol(trainee, false), authority, identityPassphrase);
        }
        return kit;
    }

    private void install(String name, DeviceIdentity identity, ExerciseAuthority authority, char[] passphrase)
            throws IOException, CredentialException, TrustException {
        installInto(directory.resolve(name), identity, authority, passphrase);
    }

    /** Installs {@code identity} as an identity folder in {@code target}: key store, authority, revocation list. */
    static void installInto(Path target, DeviceIdentity identity, ExerciseAuthority authority, char[] passphrase)
            throws IOException, CredentialException, TrustException {
        DeviceIdentityFolder folder = new DeviceIdentityFolder(target);
        Files.createDirectories(folder.directory());
        identity.save(folder.keyStore(), passphrase.clone());
        folder.keepDeviceCertificateChain(identity.certificateChain());
        folder.installAuthority(authority.certificate());
        folder.installRevocationList(authority.trust().revocationList());
    }

    /** A trainer's identity unlocked for signing, and the certificates of the class and the trainers it writes to. */
    public record Signing(DeviceIdentity trainer, TrustVerifier trust, List<X509Certificate> trainees,
            List<X509Certificate> trainers) {
        public Signing {
            trainees = List.copyOf(trainees);
            trainers = List.copyOf(trainers);
        }

        /** Trainees and trainers: who reads what the whole class is sent. */
        public List<X509Certificate> everyone() {
            List<X509Certificate> all = new ArrayList<>(trainees);
            all.addAll(trainers);
            return all;
        }
    }

    /**
     * Unlocks the trainer identity in {@code trainerFolder} (the kit's own trainer, or another the exercise authority
     * issued a trainer certificate) with {@code passphrase}, and collects the certificates of the kit's trainees.
     * A trainee's public certificate is read from its folder if the kit keeps one, else from its key store, which
     * then opens with the same passphrase.
     *
     * @throws ScenarioException if the identity is not a trainer's of an exercise authority, or the kit has no trainee
     */
    public Signing unlockTrainer(DeviceIdentityFolder trainerFolder, char[] passphrase)
            throws IOException, CredentialException, TrustException, ScenarioException {
        if (!trainerFolder.hasKeyStore()) {
            throw new ScenarioException(Messages.format(Messages.NO_IDENTITY, trainerFolder.directory()));
        }
        DeviceIdentity trainer = trainerFolder.loadDevice(passphrase.clone());
        X509Certificate certificate = trainer.certificate().orElseThrow(() -> new CredentialException(
                CredentialException.Reason.NO_CERTIFICATE, Messages.TRAINER_NO_CERTIFICATE));
        List<X509Certificate> chain = trainer.certificateChain();
        ExerciseAuthority.requireExerciseAuthority(chain.isEmpty() ? certificate : chain.get(chain.size() - 1));
        if (!org.counterpart.security.DeviceBinding.isHeadquarters(certificate)) {
            throw new ScenarioException(Messages.format(Messages.NOT_A_TRAINER, trainerFolder.directory()));
        }
        List<X509Certificate> trainees = new ArrayList<>();
        for (String name : trainees()) {
            DeviceIdentityFolder folder = participant(name);
            List<X509Certificate> kept = folder.deviceCertificateChain();
            trainees.add(kept.isEmpty() ? folder.loadDevice(passphrase.clone()).certificate().orElseThrow(
                    () -> new CredentialException(CredentialException.Reason.NO_CERTIFICATE,
                            Messages.format(Messages.NOT_IN_KIT, name, directory)))
                    : kept.get(0));
        }
        if (trainees.isEmpty()) {
            throw new ScenarioException(Messages.format(Messages.KIT_NO_TRAINEES, directory));
        }
        return new Signing(trainer, trainerFolder.trust(), trainees, List.of(certificate));
    }

    /** Whether {@code name} can name a participant's folder in a kit. */
    public static boolean isParticipantName(String name) {
        return NAME.matcher(name).matches() && !name.equals(TRAINER) && !name.equals(AUTHORITY);
    }

    /** The identity folder of {@code name} ({@link #TRAINER} for the trainer). */
    public DeviceIdentityFolder participant(String name) throws ScenarioException {
        if (!NAME.matcher(name).matches() || name.equals(AUTHORITY)) {
            throw new ScenarioException(Messages.format(Messages.TRAINEE_NAME, name));
        }
        DeviceIdentityFolder folder = new DeviceIdentityFolder(directory.resolve(name));
        if (!folder.hasKeyStore()) {
            throw new ScenarioException(Messages.format(Messages.NOT_IN_KIT, name, directory));
        }
        return folder;
    }

    /** The trainees enrolled in the kit, by name. */
    public List<String> trainees() throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (var entries = Files.list(directory)) {
                entries.filter(p -> Files.isRegularFile(p.resolve(DeviceIdentityFolder.KEY_STORE)))
                        .map(p -> p.getFileName().toString()).filter(n -> !n.equals(TRAINER)).sorted()
                        .forEach(names::add);
            }
        }
        return names;
    }
}
