package org.counterpart.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.counterpart.exercise.internal.Messages;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Scores a trainee from the exercise package they sent, as the trainer receives it: the package is verified and
 * opened with the trainer's identity into a scratch exercise store (encrypted under a random passphrase held only in
 * memory, and deleted afterwards), and scored on the exercise clock its manifest carries (see
 * {@link PackageManifest#exerciseMarks()}), which timeliness needs. The trainee is named by the signer's common name.
 */
public final class TraineePackages {

    private static final char[] PASSPHRASE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
            .toCharArray();

    private TraineePackages() {
    }

    /**
     * Scores the package in {@code file} with {@code scorer}, reading it as {@code trainer} trusting
     * {@code exerciseTrust}.
     *
     * @throws ScenarioException with a message for the trainer if the package is refused, is not an exercise
     *                           package of the scenario scored, or carries no exercise clock; nothing is kept then
     */
    public static TraineeScore score(Scorer scorer, Path file, DeviceIdentity trainer, TrustVerifier exerciseTrust)
            throws ScenarioException {
        Path scratch = null;
        char[] passphrase = randomPassphrase();
        try {
            scratch = Files.createTempDirectory("counterpart-trainee-");
            Path directory = scratch.resolve("store");
            WorkspaceStore.create(directory, passphrase.clone()).close();
            WorkspaceStore.markExercise(directory);
            try (WorkspaceStore store = WorkspaceStore.open(directory, passphrase.clone());
                    InputStream in = Files.newInputStream(file)) {
                ImportResult imported = new PackageReader(trainer, exerciseTrust).importPackage(in, store);
                PackageManifest manifest = imported.manifest();
                if (!ExerciseRun.plays(manifest, scorer.scenario())) {
                    throw new ScenarioException(Messages.format(Messages.PACKAGE_OTHER_SCENARIO, file.getFileName(),
                            scorer.scenario().title()));
                }
                ExerciseClock clock = ExerciseRun.clockOf(manifest).orElseThrow(
                        () -> new ScenarioException(Messages.format(Messages.PACKAGE_NO_CLOCK, file.getFileName())));
                Resource resource = store.resource() != null ? store.resource() : store.load();
                if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater theater)) {
                    throw new ScenarioException(Messages.format(Messages.PACKAGE_NO_THEATER, file.getFileName()));
                }
                return scorer.score(commonName(imported.signer()), theater, clock);
            }
        } catch (PackageException e) {
            throw new ScenarioException(Messages.format(Messages.TRAINEE_PACKAGE_REFUSED, file.getFileName(), e.getMessage()), e);
        } catch (StoreException | IOException e) {
            throw new ScenarioException(Messages.format(Messages.TRAINEE_PACKAGE_UNREADABLE, file.getFileName(), e.getMessage()), e);
        } finally {
            Arrays.fill(passphrase, '\0');
            deleteQuietly(scratch);
        }
    }

    /** The common name in {@code subject} (an X.500 name), or the whole name if it has none. */
    static String commonName(String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // not an X.500 name: shown as it is
        }
        return subject;
    }

    private static char[] randomPassphrase() {
        SecureRandom random = new SecureRandom();
        char[] passphrase = new char[32];
        for (int i = 0; i < passphrase.length; i++) {
            passphrase[i] = PASSPHRASE_LETTERS[random.nextInt(PASSPHRASE_LETTERS.length)];
        }
        return passphrase;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    // an encrypted scratch store left behind holds nothing readable without its lost passphrase
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
