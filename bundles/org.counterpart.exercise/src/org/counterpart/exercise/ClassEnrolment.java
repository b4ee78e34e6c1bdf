package org.counterpart.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.counterpart.exercise.internal.Messages;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.TrustException;

/**
 * Enrols a class into an exercise kit in one go: the trainer gives one trainee a line ({@code name} or
 * {@code name,device-id}, as typed or from a CSV file), the exercise authority issues each an identity (a PKCS#12 key
 * store with its certificate, bound to the device if one is named), and the whole class lands in the kit at the end,
 * or none of it does. A list with a bad line issues nothing. If the trainer cancels, or issuing fails part way, the
 * certificates already issued are revoked and their key stores deleted, and the result or the error says how many.
 */
public final class ClassEnrolment {

    /** One trainee to enrol; {@code deviceId} is a device UUID in lower case, or null. */
    public record Trainee(String name, String deviceId) {
        public Trainee {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Where an enrolment tells how far it got, and asks whether to go on. */
    public interface Progress {
        /** {@code name} has been issued its identity, the {@code done}th of {@code total}. */
        void issued(String name, int done, int total);

        boolean isCancelled();
    }

    /**
     * What an enrolment did: the trainees now in the kit, or, if cancelled, none, with the number of certificates
     * issued before the cancel and revoked since.
     */
    public record Result(List<String> enrolled, boolean cancelled, int revoked) {
        public Result {
            enrolled = List.copyOf(enrolled);
        }
    }

    private static final String STAGING_PREFIX = ".enrolment-";

    private ClassEnrolment() {
    }

    /**
     * Reads a class list: one trainee a line, {@code name} or {@code name,device-id} (comma, semicolon or tab),
     * blank lines and lines starting with {@code #} skipped, and a first line {@code name,...} taken as a header.
     *
     * @throws ScenarioException naming the first bad line; nothing is read then
     */
    public static List<Trainee> parse(String text) throws ScenarioException {
        List<Trainee> trainees = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> devices = new HashSet<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;\t]", -1);
            String name = cells[0].strip();
            if (trainees.isEmpty() && names.isEmpty() && name.equalsIgnoreCase("name")) {
                names.add("");
                continue;
            }
            int number = i + 1;
            if (cells.length > 2) {
                throw bad(number, Messages.format(Messages.ENROL_CELLS, cells.length));
            }
            if (!ExerciseKit.isParticipantName(name)) {
                throw bad(number, Messages.format(Messages.TRAINEE_NAME, name));
            }
            if (!names.add(name)) {
                throw bad(number, Messages.format(Messages.TRAINEE_TWICE, name));
            }
            String device = cells.length == 2 && !cells[1].isBlank() ? cells[1].strip().toLowerCase(Locale.ROOT) : null;
            if (device != null && !DeviceBinding.isDeviceId(device)) {
                throw bad(number, Messages.format(Messages.ENROL_DEVICE, cells[1].strip()));
            }
            if (device != null && !devices.add(device)) {
                throw bad(number, Messages.format(Messages.ENROL_DEVICE_TWICE, device));
            }
            trainees.add(new Trainee(name, device));
        }
        if (trainees.isEmpty()) {
            throw new ScenarioException(Messages.ENROL_EMPTY);
        }
        return trainees;
    }

    private static ScenarioException bad(int line, String why) {
        return new ScenarioException(Messages.format(Messages.ENROL_LINE, line, why));
    }

    /**
     * Issues an identity to each of {@code trainees} from the kit's exercise authority (opened with
     * {@code authorityPassphrase}), their key stores under {@code identityPassphrase}, and puts them into the kit
     * together once all are issued.
     *
     * @throws ScenarioException if a trainee is in the kit already (nothing issued), or issuing failed part way
     *                           (what was issued is revoked and deleted, and the message says so)
     */
    public static Result enrol(ExerciseKit kit, char[] authorityPassphrase, List<Trainee> trainees,
            char[] identityPassphrase, Progress progress) throws ScenarioException {
        Path directory = kit.directory();
        for (Trainee trainee : trainees) {
            if (Files.exists(directory.resolve(trainee.name()))) {
                throw new ScenarioException(Messages.format(Messages.ENROL_ALREADY, trainee.name(), directory));
            }
        }
        ExerciseAuthority authority;
        try {
            authority = ExerciseAuthority.open(directory.resolve(ExerciseKit.AUTHORITY), authorityPassphrase);
        } catch (CredentialException | IOException e) {
            throw new ScenarioException(Messages.format(Messages.ENROL_AUTHORITY, directory, e.getMessage()), e);
        }
        Path staging = directory.resolve(STAGING_PREFIX + UUID.randomUUID());
        List<X509Certificate> issued = new ArrayList<>();
        try {
            Files.createDirectories(staging);
            for (Trainee trainee : trainees) {
                if (progress.isCancelled()) {
                    return new Result(List.of(), true, revoke(authority, issued));
                }
                DeviceIdentity identity = authority.enrol(trainee.name(), false, trainee.deviceId());
                issued.add(identity.certificate().orElseThrow());
                ExerciseKit.installInto(staging.resolve(trainee.name()), identity, authority, identityPassphrase);
                progress.issued(trainee.name(), issued.size(), trainees.size());
            }
            if (progress.isCancelled()) {
                return new Result(List.of(), true, revoke(authority, issued));
            }
            List<String> enrolled = new ArrayList<>();
            for (Trainee trainee : trainees) {
                Files.move(staging.resolve(trainee.name()), directory.resolve(trainee.name()));
                enrolled.add(trainee.name());
            }
            return new Result(enrolled, false, 0);
        } catch (IOException | CredentialException | TrustException | RuntimeException e) {
            int revoked = revokeQuietly(authority, issued);
            throw new ScenarioException(Messages.format(Messages.ENROL_FAILED, e.getMessage(), revoked), e);
        } finally {
            deleteTree(staging);
        }
    }

    private static int revoke(ExerciseAuthority authority, List<X509Certificate> issued) throws ScenarioException {
        int revoked = revokeQuietly(authority, issued);
        if (revoked < issued.size()) {
            throw new ScenarioException(Messages.format(Messages.ENROL_REVOKE_FAILED, issued.size() - revoked));
        }
        return revoked;
    }

    private static int revokeQuietly(ExerciseAuthority authority, List<X509Certificate> issued) {
        int revoked = 0;
        for (X509Certificate certificate : issued) {
            try {
                authority.revoke(certificate);
                revoked++;
            } catch (CredentialException | IOException e) {
                // counted as not revoked; the caller reports how many were
            }
        }
        return revoked;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a staging folder left behind holds no installed trainee; the kit lists only its top-level folders
        }
    }
}
