package org.counterpart.hq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.counterpart.hq.BaselinePreview;
import org.counterpart.hq.BaselineRecord;
import org.counterpart.hq.Baselines;
import org.counterpart.hq.WithheldObject;
import org.counterpart.model.Identified;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.TrustVerifier;
import org.counterpart.sync.BaselineWriter;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.ReleasabilityFilter;
import org.counterpart.tests.harness.FieldPackages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baselines for two field laptops of the demo country's partner (XVM) and one device whose certificate names no
 * country: the preview's counts and withheld objects, one run that writes the laptops' baselines and reports the
 * third, the files read by the laptops with the revocation list they carry, and the records kept in the store.
 */
class BaselinesTest {

	private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

	@TempDir
	Path dir;

	private FieldPackages field;
	private DeviceIdentity laptop0;
	private DeviceIdentity laptop1;
	private DeviceIdentity withoutCountry;
	private TrustVerifier fieldTrust;

	@BeforeEach
	void setUp() throws Exception {
		field = new FieldPackages(dir, 7, 2, 1, new int[] { 5, 5 }, new int[] { 3, 4 });
		laptop0 = field.authority.issue("laptop-0", field.devices.get(0), "XVM", false);
		laptop1 = field.authority.issue("laptop-1", field.devices.get(1), "XVM", false);
		withoutCountry = field.authority.issue("laptop-x", null, null, false);
		fieldTrust = field.authority.trust(); // the list the laptops hold, older than the one baselines carry
	}

	@AfterEach
	void tearDown() throws Exception {
		field.close();
	}

	@Test
	void previewCountsWhatGoesAndGivesAReasonForEachObjectWithheld() throws Exception {
		BaselinePreview preview = new Baselines(field.store).preview(certificate(laptop0));
		assertEquals("XVM", preview.country());
		assertEquals(field.devices.get(0), preview.deviceId());
		assertTrue(preview.operations() > 0);
		assertTrue(preview.withheldOperations() > 0, "the demo country marks some objects NOFORN");
		assertFalse(preview.withheld().isEmpty());

		ReleasabilityFilter filter = new ReleasabilityFilter(field.store.resource(), "XVM");
		long identified = 0;
		for (var all = field.store.resource().getAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified) {
				identified++;
			}
		}
		assertEquals(identified, preview.objects() + preview.withheld().size(), "every object goes or is withheld");
		for (WithheldObject object : preview.withheld()) {
			assertFalse(filter.isReleasable(object.objectId()), object.label());
			assertTrue(object.reason().startsWith("Marked ") && object.reason().endsWith("not releasable to XVM")
					|| object.reason().startsWith("Inside "), object.reason());
			assertFalse(object.reason().startsWith("Marked ") && object.reason().contains("REL TO USA, XVM"),
					object.reason());
		}
		assertEquals(preview.withheld().size(),
				preview.withheldByKind().values().stream().mapToInt(Integer::intValue).sum());
		assertTrue(new Baselines(field.store).sent().isEmpty(), "a preview sends nothing");
	}

	@Test
	void oneRunWritesEachDevicesBaselineRecordsItAndReportsTheDeviceWithoutCountry() throws Exception {
		Baselines baselines = new Baselines(field.store, Clock.fixed(NOW, ZoneOffset.UTC));
		BaselinePreview before0 = baselines.preview(certificate(laptop0));
		BaselinePreview before1 = baselines.preview(certificate(laptop1));
		X509CRL current = field.authority.revocationList();
		Path out = dir.resolve("out");
		Baselines.ExportRun run = baselines.export(
				List.of(certificate(laptop0), certificate(withoutCountry), certificate(laptop1)),
				new BaselineWriter(field.headquarters, Clock.systemUTC(), current,
						List.of(certificate(laptop0), certificate(laptop1), certificate(withoutCountry),
								FieldPackages.certificate(field.headquarters))),
				out, new NullProgressMonitor());

		assertFalse(run.cancelled());
		assertEquals(2, run.sent().size());
		assertEquals(List.of(certificate(withoutCountry).getSubjectX500Principal().getName()),
				List.copyOf(run.failures().keySet()));
		assertTrue(run.failures().values().iterator().next().contains("names no country"));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("baseline-laptop-0-20261206-030000.cpkg", "baseline-laptop-1-20261206-030000.cpkg"),
					files.map(f -> f.getFileName().toString()).sorted().toList(), "no partial file is left");
		}
		check(out.resolve(run.sent().get(0).file()), laptop0, before0, current, laptop1);
		check(out.resolve(run.sent().get(1).file()), laptop1, before1, current, laptop0);

		Map<String, BaselineRecord> last = new Baselines(field.store).lastSent();
		assertEquals(List.of(field.devices.get(0), field.devices.get(1)).stream().sorted().toList(),
				List.copyOf(last.keySet()));
		BaselineRecord record = last.get(field.devices.get(0));
		assertEquals(NOW, record.sentAt());
		assertEquals(before0.operations(), record.operations());
		assertEquals(before0.withheldOperations(), record.withheldOperations());
		assertEquals("baseline-laptop-0-20261206-030000.cpkg", record.file());
		assertEquals(certificate(laptop0).getSubjectX500Principal().getName(), record.name());

		assertEquals(0, baselines.preview(certificate(laptop0)).operations(), "what was sent is not sent again");
		Baselines.ExportRun again = baselines.export(List.of(certificate(laptop0)),
				new BaselineWriter(field.headquarters, Clock.systemUTC(), current), out, new NullProgressMonitor());
		assertEquals("baseline-laptop-0-20261206-030000-2.cpkg", again.sent().get(0).file(), "an existing file is kept");
		assertEquals(3, baselines.sent().size());
	}

	@Test
	void aCancelledRunStopsBeforeTheNextDevice() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		Baselines.ExportRun run = new Baselines(field.store).export(List.of(certificate(laptop0)),
				new BaselineWriter(field.headquarters), dir.resolve("out"), monitor);
		assertTrue(run.cancelled());
		assertTrue(run.sent().isEmpty());
		assertTrue(new Baselines(field.store).sent().isEmpty());
	}

	@Test
	void aPreviewForACertificateWithoutCountryIsRefusedWithTheReason() {
		PackageException refused = org.junit.jupiter.api.Assertions.assertThrows(PackageException.class,
				() -> new Baselines(field.store).preview(certificate(withoutCountry)));
		assertTrue(refused.getMessage().contains("names no country"), refused.getMessage());
	}

	private void check(Path file, DeviceIdentity laptop, BaselinePreview preview, X509CRL carried, DeviceIdentity peer)
			throws Exception {
		long[] operations = { 0 };
		PackageReader.Verified verified;
		try (InputStream in = Files.newInputStream(file)) {
			verified = new PackageReader(laptop, fieldTrust).read(in, op -> operations[0]++);
		}
		assertEquals(preview.operations(), operations[0]);
		assertEquals(field.store.deviceId(), verified.manifest().deviceId());
		assertNotNull(verified.revocationList(), "the baseline carries the current revocation list");
		assertEquals(carried, verified.revocationList());
		assertEquals(List.of(certificate(peer)), verified.certificates(),
				"the certificate of the other device of its country; not its own, not one without country, not headquarters'");
	}

	private static X509Certificate certificate(DeviceIdentity identity) {
		return FieldPackages.certificate(identity);
	}
}
