package org.counterpart.exercise;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.counterpart.exercise.internal.Messages;
import org.counterpart.exercise.internal.ScenarioJson;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.EnvelopeException;
import org.counterpart.security.SignedEnvelopeReader;
import org.counterpart.security.SignedEnvelopeWriter;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.VerifiedSigner;

/**
 * A scenario as trainers hand it out: CMS SignedData by a trainer of the exercise's own authority, encrypted
 * (AES-256-GCM, as packages are) to the class and the trainers. Inside, a zip of {@code scenario.json} and
 * {@code answer-key.cms}: the answer key, signed the same way and encrypted to the trainers only, so a trainee
 * who opens the scenario never holds the key. Reading verifies everything before returning anything, and refuses a
 * package whose signer does not chain to an exercise authority.
 */
public final class ScenarioPackage {

    public static final String SCENARIO_ENTRY = "scenario.json";
    public static final String ANSWER_KEY_ENTRY = "answer-key.cms";
    private static final long MAX_ENTRY_BYTES = 16L << 20;

    private ScenarioPackage() {
    }

    /** What a participant reads from a scenario package: the scenario, and the answer key if a trainer reads it. */
    public record Opened(Scenario scenario, Optional<AnswerKey> answerKey, VerifiedSigner signer) {
    }

    /**
     * Writes {@code scenario} and {@code key} signed by {@code trainer} (an identity of the exercise authority)
     * for {@code trainees} and {@code trainers}; the answer key only for {@code trainers}.
     */
    public static void write(Scenario scenario, AnswerKey key, DeviceIdentity trainer,
            Collection<X509Certificate> trainees, Collection<X509Certificate> trainers, OutputStream target)
            throws IOException, CredentialException, ScenarioException {
        scenario.requireValid();
        List<String> unfair = key.problems(scenario);
        if (!unfair.isEmpty()) {
            throw new ScenarioException(unfair.get(0));
        }
        X509Certificate signer = trainer.certificate().orElseThrow(
                () -> new CredentialException(CredentialException.Reason.NO_CERTIFICATE, Messages.TRAINER_NO_CERTIFICATE));
        List<X509Certificate> chain = trainer.certificateChain();
        ExerciseAuthority.requireExerciseAuthority(chain.isEmpty() ? signer : chain.get(chain.size() - 1));
        if (trainers.isEmpty()) {
            throw new ScenarioException(Messages.NO_TRAINERS);
        }
        ByteArrayOutputStream sealedKey = new ByteArrayOutputStream();
        try (OutputStream envelope = SignedEnvelopeWriter.open(sealedKey, trainer, trainers)) {
            envelope.write(ScenarioJson.encode(key));
        }
        List<X509Certificate> everyone = new ArrayList<>(trainees);
        everyone.addAll(trainers);
        try (OutputStream envelope = SignedEnvelopeWriter.open(target, trainer, everyone);
                ZipOutputStream zip = new ZipOutputStream(envelope)) {
            entry(zip, SCENARIO_ENTRY, ScenarioJson.encode(scenario));
            entry(zip, ANSWER_KEY_ENTRY, sealedKey.toByteArray());
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Reads a scenario package addressed to {@code participant}, verified against {@code exerciseTrust}, which must
     * be an exercise authority's.
     */
    public static Opened read(InputStream in, DeviceIdentity participant, TrustVerifier exerciseTrust)
            throws ScenarioException {
        Objects.requireNonNull(in, "in");
        ExerciseAuthority.requireExerciseAuthority(exerciseTrust.authority());
        byte[][] entries = new byte[2][];
        VerifiedSigner signer;
        try {
            signer = SignedEnvelopeReader.read(in, participant, exerciseTrust, content -> {
                readEntries(content, entries);
                return null;
            }).signer();
        } catch (EnvelopeException e) {
            throw new ScenarioException(Messages.format(Messages.PACKAGE_REFUSED, e.getMessage()), e);
        } catch (TrustException | CredentialException e) {
            throw new ScenarioException(Messages.format(Messages.PACKAGE_REFUSED, e.getMessage()), e);
        } catch (IOException e) {
            throw new ScenarioException(Messages.format(Messages.PACKAGE_REFUSED, e.getMessage()), e);
        }
        if (entries[0] == null || entries[1] == null) {
            throw new ScenarioException(Messages.format(Messages.PACKAGE_REFUSED, Messages.PACKAGE_INCOMPLETE));
        }
        Scenario scenario = ScenarioJson.decodeScenario(entries[0]);
        return new Opened(scenario, answerKey(entries[1], participant, exerciseTrust), signer);
    }

    private static Optional<AnswerKey> answerKey(byte[] sealed, DeviceIdentity participant, TrustVerifier trust)
            throws ScenarioException {
        try {
            byte[] json = SignedEnvelopeReader.read(new ByteArrayInputStream(sealed), participant, trust,
                    content -> bounded(content)).result();
            return Optional.of(ScenarioJson.decodeAnswerKey(json));
        } catch (EnvelopeException e) {
            if (e.reason() == EnvelopeException.Reason.NOT_A_RECIPIENT) {
                // a trainee: the key is not for them
                return Optional.empty();
            }
            throw new ScenarioException(Messages.format(Messages.PACKAGE_REFUSED, e.getMessage()), e);
        } catch (TrustException | CredentialException | IOException e) {
            throw new ScenarioException(Messages.format(Messages.PACKAGE_REFUSED, e.getMessage()), e);
        }
    }

    private static void readEntries(InputStream content, byte[][] entries) throws IOException {
        ZipInputStream zip = new ZipInputStream(content);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            int slot = switch (entry.getName()) {
            case SCENARIO_ENTRY -> 0;
            case ANSWER_KEY_ENTRY -> 1;
            default -> throw new IOException(Messages.format(Messages.PACKAGE_UNEXPECTED_ENTRY, entry.getName()));
            };
            if (entries[slot] != null) {
                throw new IOException(Messages.format(Messages.PACKAGE_UNEXPECTED_ENTRY, entry.getName()));
            }
            entries[slot] = bounded(zip);
        }
    }

    private static byte[] bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new IOException(Messages.format(Messages.PACKAGE_TOO_LARGE, MAX_ENTRY_BYTES >> 20));
        }
        return bytes;
    }
}
