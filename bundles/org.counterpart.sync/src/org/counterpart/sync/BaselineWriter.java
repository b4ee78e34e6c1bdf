package org.counterpart.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageWriter.Selection;
import org.counterpart.sync.internal.DeliveredOperations;
import org.counterpart.sync.internal.Messages;
import org.counterpart.sync.internal.SyncMarks;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Exports a baseline from headquarters to one device: a package (the format of {@link PackageWriter},
 * encrypted for that device and headquarters only) with what the device lacks, less what may not be
 * released to the device's country.
 * <p>
 * The country is the C attribute of the device certificate ({@link DeviceCountry}); a certificate without
 * one gets no baseline. What may go is judged on the workspace as it is now by a {@link ReleasabilityFilter}:
 * operations on objects that are not releasable to the country, and operations naming such objects, stay
 * behind. Operations the device has acknowledged, and those earlier baselines sent it, are not sent again;
 * those left behind are judged again by every later baseline, so an object that becomes releasable travels
 * with its whole history then. What an object was before it became releasable travels with it: sanitise by
 * making a new object, not by re-marking an old one.
 * </p>
 * <p>
 * What was sent is recorded in the store with the package sequence. A device's origin range in the manifest
 * starts after what the device already holds without a hole, so that the operations left behind, which the
 * device never receives, are not reported as a gap when it imports (see {@code docs/package-format.md}).
 * </p>
 */
public final class BaselineWriter {

    private final DeviceIdentity sender;
    private final Clock clock;
    private final X509CRL revocationList;
    private final List<X509Certificate> known;

    public BaselineWriter(DeviceIdentity sender) {
        this(sender, Clock.systemUTC());
    }

    public BaselineWriter(DeviceIdentity sender, Clock clock) {
        this(sender, clock, null);
    }

    /**
     * A writer whose baselines also carry headquarters' current revocation list {@code revocationList}, so
     * that devices learn of revocations with their baseline (they install it if it is newer than theirs).
     */
    public BaselineWriter(DeviceIdentity sender, Clock clock, X509CRL revocationList) {
        this(sender, clock, revocationList, List.of());
    }

    /**
     * As {@link #BaselineWriter(DeviceIdentity, Clock, X509CRL)}; each baseline also carries the certificates among
     * {@code known} of the other devices that work for the recipient's country ({@link #peers}), so that a device can
     * read what its teammates send it.
     */
    public BaselineWriter(DeviceIdentity sender, Clock clock, X509CRL revocationList,
            Collection<X509Certificate> known) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.revocationList = revocationList;
        this.known = List.copyOf(known);
    }

    /**
     * The certificates of {@code known} that a baseline for {@code device} carries: those of other devices (not
     * headquarters' identities) whose country is the device's.
     */
    public static List<X509Certificate> peers(X509Certificate device, Collection<X509Certificate> known) {
        String country = DeviceCountry.of(device).orElse(null);
        if (country == null) {
            return List.of();
        }
        return known.stream().filter(c -> !c.equals(device)).filter(c -> !DeviceBinding.isHeadquarters(c))
                .filter(c -> country.equals(DeviceCountry.of(c).orElse(null))).distinct().toList();
    }

    /**
     * What a baseline carried and what it left behind.
     *
     * @param manifest           the manifest written (counts and marking summary of what was sent)
     * @param country            the device's country the operations were judged for
     * @param withheldOperations operations the device lacks that were left behind as not releasable
     */
    public record Baseline(PackageManifest manifest, String country, long withheldOperations) {
    }

    /**
     * What a baseline written now would carry, judged as {@link #write} judges it.
     *
     * @param country            the device's country
     * @param operations         operations it would send
     * @param withheldOperations operations the device lacks that it would leave behind as not releasable
     */
    public record Preview(String country, long operations, long withheldOperations) {
    }

    /**
     * What {@link #write(WorkspaceStore, X509Certificate, OutputStream, boolean)} would send {@code device} now,
     * without writing anything or changing what the store records. The store's workspace is loaded first if it is
     * not.
     *
     * @throws PackageException with {@link Reason#CREDENTIALS} if the certificate names no country
     */
    public static Preview preview(WorkspaceStore store, X509Certificate device, boolean resend) throws PackageException {
        Objects.requireNonNull(device, "device");
        String country = country(device);
        long[] counts = { 0, 0 };
        try {
            select(store, device, country, resend, counts);
        } catch (StoreException e) {
            throw new PackageException(Reason.STORE, Messages.format(Messages.STORE_FAILED, e.getMessage()), e);
        } catch (IOException e) {
            throw new PackageException(Reason.MALFORMED, Messages.format(Messages.WRITE_FAILED, e.getMessage()), e);
        }
        return new Preview(country, counts[1], counts[0]);
    }

    private static String country(X509Certificate device) throws PackageException {
        return DeviceCountry.of(device).orElseThrow(() -> new PackageException(Reason.CREDENTIALS,
                Messages.format(Messages.NO_COUNTRY, device.getSubjectX500Principal().getName())));
    }

    /**
     * Writes a baseline for {@code device} to {@code target} (closed afterwards), and records in the store
     * what it sent. The store's workspace is loaded first if it is not.
     *
     * @param device the device's certificate, issued with a country
     * @throws PackageException with {@link Reason#CREDENTIALS} if the certificate names no country; the store
     *                          is then unchanged
     */
    public Baseline write(WorkspaceStore store, X509Certificate device, OutputStream target) throws PackageException {
        return write(store, device, target, false);
    }

    /**
     * As {@link #write(WorkspaceStore, X509Certificate, OutputStream)}; with {@code resend}, what earlier
     * baselines sent is sent again unless the device acknowledged it, for a device that did not receive a
     * baseline (it skips what it already holds).
     */
    public Baseline write(WorkspaceStore store, X509Certificate device, OutputStream target, boolean resend)
            throws PackageException {
        Objects.requireNonNull(device, "device");
        String country = DeviceCountry.of(device).orElse(null);
        if (country == null) {
            try {
                target.close();
            } catch (IOException e) {
                // the refusal below is what matters
            }
            throw new PackageException(Reason.CREDENTIALS,
                    Messages.format(Messages.NO_COUNTRY, device.getSubjectX500Principal().getName()));
        }
        long[] withheld = { 0, 0 };
        PackageWriter writer = new PackageWriter(sender, clock, revocationList, peers(device, known));
        PackageManifest manifest = writer.write(store, List.of(device), List.of(), target,
                own -> select(store, device, country, resend, withheld));
        return new Baseline(manifest, country, withheld[0]);
    }

    /**
     * Per origin device, the operations after what the device holds without a hole that it has not been sent
     * and that the filter admits; counts those the filter refuses into {@code counts[0]}, those it admits into
     * {@code counts[1]}.
     */
    private static Selection select(WorkspaceStore store, X509Certificate device, String country, boolean resend,
            long[] counts) throws StoreException, IOException {
        Resource workspace = store.resource() != null ? store.resource() : store.load();
        ReleasabilityFilter filter = new ReleasabilityFilter(workspace, country);
        String acknowledgedPrefix = SyncMarks.acknowledgedPrefix(device);
        Map<String, Long> acknowledged = store.syncMarks(acknowledgedPrefix);
        DeliveredOperations delivered = resend ? DeliveredOperations.none(store, device)
                : DeliveredOperations.read(store, device);

        Map<String, Long> readAfter = new TreeMap<>();
        Map<String, Long> originFirst = new TreeMap<>();
        Map<String, Long> offsets = new TreeMap<>();
        Map<String, BitSet> chosen = new TreeMap<>();
        for (String origin : store.journalHeads().keySet()) {
            long held = delivered.contiguous(origin, acknowledged.getOrDefault(acknowledgedPrefix + origin, 0L));
            BitSet bits = new BitSet();
            store.readJournal(origin, held, op -> {
                if (delivered.contains(origin, op.sequence())) {
                    return;
                }
                if (filter.admits(op)) {
                    bits.set(Math.toIntExact(op.sequence() - held - 1));
                    counts[1]++;
                } else {
                    counts[0]++;
                }
            });
            readAfter.put(origin, held);
            originFirst.put(origin, held + 1);
            offsets.put(origin, held + 1);
            if (!bits.isEmpty()) {
                chosen.put(origin, bits);
            }
        }
        Map<String, Long> marks = delivered.marksFor(chosen, offsets);
        return new Selection(readAfter, op -> {
            BitSet bits = chosen.get(op.deviceId());
            return bits != null && bits.get((int) (op.sequence() - offsets.get(op.deviceId())));
        }, originFirst, marks);
    }
}
