package org.counterpart.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        DeviceIdentityFolder folder = new DeviceIdentityFolder(directory.resolve(name));
        Files.createDirectories(folder.directory());
        identity.save(folder.keyStore(), passphrase.clone());
        folder.installAuthority(authority.certificate());
        folder.installRevocationList(authority.trust().revocationList());
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
