package org.counterpart.exercise;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.counterpart.exercise.internal.Messages;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.EnvelopeException;
import org.counterpart.security.SignedEnvelopeReader;
import org.counterpart.security.SignedEnvelopeWriter;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.VerifiedSigner;

/**
 * Clock orders as files in a folder every trainee's workbench watches: each file is one {@link ClockOrder}, signed
 * by a trainer of the exercise's own authority and encrypted to the class, as scenario packages are. The files are
 * named so that listing the folder lists them in the order they were given. Reading verifies the signature, that
 * the authority is an exercise authority and that the signer is a trainer, before the order is believed.
 */
public final class ClockOrders {

    /** The ending of a clock order's file name. */
    public static final String SUFFIX = ".clock-order";
    private static final String FORMAT = "counterpart-clock-order";
    private static final int MAX_BYTES = 4096;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ClockOrders() {
    }

    /**
     * What a look into the folder found: the orders applied now, the files refused, each with why, and every file
     * read (believed or refused).
     */
    public record Applied(List<ClockOrder> applied, Map<Path, String> refused, List<Path> read) {
        public Applied {
            applied = List.copyOf(applied);
            refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
            read = List.copyOf(read);
        }
    }

    /**
     * Writes {@code order} signed by {@code trainer} (a trainer of an exercise authority) for {@code recipients}
     * into {@code folder}, whole or not at all, and returns the file.
     */
    public static Path write(ClockOrder order, DeviceIdentity trainer, Collection<X509Certificate> recipients,
            Path folder) throws IOException, CredentialException, ScenarioException {
        X509Certificate signer = trainer.certificate().orElseThrow(
                () -> new CredentialException(CredentialException.Reason.NO_CERTIFICATE, Messages.TRAINER_NO_CERTIFICATE));
        List<X509Certificate> chain = trainer.certificateChain();
        ExerciseAuthority.requireExerciseAuthority(chain.isEmpty() ? signer : chain.get(chain.size() - 1));
        if (!DeviceBinding.isHeadquarters(signer)) {
            throw new ScenarioException(Messages.format(Messages.ORDER_NOT_TRAINER));
        }
        if (recipients.isEmpty()) {
            throw new ScenarioException(Messages.ORDER_NO_RECIPIENTS);
        }
        if (!Files.isDirectory(folder)) {
            throw new ScenarioException(Messages.format(Messages.ORDER_NO_FOLDER, folder));
        }
        Path target = folder.resolve(FILE_TIME.format(order.at()) + "-" + order.id() + SUFFIX);
        Path part = folder.resolve("." + target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part);
                    OutputStream envelope = SignedEnvelopeWriter.open(out, trainer, recipients)) {
                envelope.write(encode(order));
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    /** Reads one clock order addressed to {@code participant}, believed only if a trainer of the exercise signed it. */
    public static ClockOrder read(InputStream in, DeviceIdentity participant, TrustVerifier exerciseTrust)
            throws ScenarioException {
        ExerciseAuthority.requireExerciseAuthority(exerciseTrust.authority());
        SignedEnvelopeReader.Verified<byte[]> verified;
        try {
            verified = SignedEnvelopeReader.read(in, participant, exerciseTrust, content -> {
                byte[] bytes = content.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException(Messages.ORDER_TOO_LARGE);
                }
                return bytes;
            });
        } catch (EnvelopeException | TrustException | CredentialException e) {
            throw new ScenarioException(Messages.format(Messages.ORDER_REFUSED, e.getMessage()), e);
        } catch (IOException e) {
            throw new ScenarioException(Messages.format(Messages.ORDER_REFUSED, e.getMessage()), e);
        }
        VerifiedSigner signer = verified.signer();
        if (!DeviceBinding.isHeadquarters(signer.certificate())) {
            throw new ScenarioException(Messages.format(Messages.ORDER_REFUSED, Messages.ORDER_SIGNER_NOT_TRAINER));
        }
        return decode(verified.result());
    }

    /**
     * Applies to {@code run} the orders in {@code folder} it has not applied yet, in the order they were given.
     * A file that does not verify or read is refused and reported; it changes nothing.
     */
    public static Applied applyFolder(Path folder, ExerciseRun run, DeviceIdentity participant,
            TrustVerifier exerciseTrust) throws ScenarioException {
        return applyFolder(folder, file -> true, run, participant, exerciseTrust);
    }

    /**
     * As {@link #applyFolder(Path, ExerciseRun, DeviceIdentity, TrustVerifier)}, reading only the files
     * {@code unread} accepts: a watcher skips those it read before, which the run would not apply twice anyway.
     */
    public static Applied applyFolder(Path folder, Predicate<Path> unread, ExerciseRun run, DeviceIdentity participant,
            TrustVerifier exerciseTrust) throws ScenarioException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            list.forEach(file -> {
                if (unread.test(file)) {
                    files.add(file);
                }
            });
        } catch (IOException e) {
            throw new ScenarioException(Messages.format(Messages.ORDER_FOLDER_UNREADABLE, folder, e.getMessage()), e);
        }
        List<ClockOrder> orders = new ArrayList<>();
        Map<Path, String> refused = new LinkedHashMap<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                orders.add(read(in, participant, exerciseTrust));
            } catch (ScenarioException | IOException e) {
                refused.put(file, e.getMessage());
            }
        }
        orders.sort(Comparator.comparing(ClockOrder::at).thenComparing(ClockOrder::id));
        List<ClockOrder> applied = new ArrayList<>();
        for (ClockOrder order : orders) {
            if (run.apply(order)) {
                applied.add(order);
            }
        }
        return new Applied(applied, refused, files);
    }

    static byte[] encode(ClockOrder order) {
        StringBuilder text = new StringBuilder();
        text.append("format=").append(FORMAT).append("/1\n");
        text.append("id=").append(order.id()).append('\n');
        text.append("kind=").append(order.kind().name()).append('\n');
        text.append("at=").append(order.at()).append('\n');
        if (order.until() != null) {
            text.append("until=").append(order.until()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static ClockOrder decode(byte[] bytes) throws ScenarioException {
        Properties fields = new Properties();
        try {
            fields.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new ScenarioException(Messages.format(Messages.ORDER_MALFORMED, e.getMessage()), e);
        }
        if (!(FORMAT + "/1").equals(fields.getProperty("format"))) {
            throw new ScenarioException(Messages.format(Messages.ORDER_MALFORMED, "format " + fields.getProperty("format")));
        }
        try {
            ClockOrder.Kind kind = ClockOrder.Kind.valueOf(String.valueOf(fields.getProperty("kind")));
            String until = fields.getProperty("until");
            return new ClockOrder(UUID.fromString(String.valueOf(fields.getProperty("id"))), kind,
                    Instant.parse(String.valueOf(fields.getProperty("at"))),
                    until == null ? null : ExerciseTime.parse(until));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ScenarioException(Messages.format(Messages.ORDER_MALFORMED, e.getMessage()), e);
        }
    }
}
