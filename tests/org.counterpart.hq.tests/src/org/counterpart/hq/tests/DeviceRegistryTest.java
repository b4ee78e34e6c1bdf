package org.counterpart.hq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.counterpart.hq.DeviceRegistry;
import org.counterpart.hq.DeviceRow;
import org.counterpart.hq.Inbox;
import org.counterpart.hq.InboxEntry;
import org.counterpart.store.Conflict;
import org.counterpart.tests.harness.FieldPackages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device registry on two field laptops' packages: before anything arrives, after one laptop's two packages are
 * imported while the other's second waits behind a gap, and after the gap is closed and both laptops' edits of one
 * contact have raced.
 */
class DeviceRegistryTest {

	@TempDir
	Path dir;

	private FieldPackages field;
	private Path folder;

	@BeforeEach
	void setUp() throws Exception {
		field = new FieldPackages(dir, 5, 2, 1, new int[] { 12, 9 }, new int[] { 31, 41 });
		folder = dir.resolve("inbox");
	}

	@AfterEach
	void tearDown() throws Exception {
		field.close();
	}

	@Test
	void rowsFollowTheInboxTheJournalAndTheConflicts() throws Exception {
		String hq = field.store.deviceId();
		String laptop0 = field.devices.get(0);
		String laptop1 = field.devices.get(1);
		Map<String, DeviceRow> before = byDevice(DeviceRegistry.rows(field.store, List.of()));
		assertEquals(List.of(hq), List.copyOf(before.keySet()), "only headquarters itself before any package");
		assertEquals(field.store.journalHeads().getOrDefault(hq, 0L).longValue(), before.get(hq).operations());

		field.drop(folder, 0, 1, "a.cpkg");
		field.drop(folder, 0, 2, "b.cpkg");
		field.drop(folder, 1, 2, "c.cpkg");
		Inbox inbox = new Inbox(folder, field.store, field.reader());
		List<InboxEntry> scanned = inbox.scan(new NullProgressMonitor());
		inbox.importPackages(scanned.subList(0, 2), new NullProgressMonitor());
		X509Certificate certificate0 = signer("a.cpkg");
		X509Certificate certificate1 = signer("c.cpkg");

		Map<String, DeviceRow> rows = byDevice(DeviceRegistry.rows(field.store, List.of(certificate0, certificate1)));
		assertEquals(java.util.Set.of(hq, laptop0, laptop1), rows.keySet());
		DeviceRow first = rows.get(laptop0);
		assertEquals(certificate0.getSubjectX500Principal().getName(), first.name());
		assertEquals(2, first.lastPackage());
		assertNotNull(first.lastImportedAt());
		assertEquals(field.store.journal(laptop0, 0).size(), first.operations());
		assertEquals(List.of(), first.openGaps());
		assertEquals(certificate0.getNotAfter().toInstant(), first.expiry());

		DeviceRow waiting = rows.get(laptop1);
		assertEquals(0, waiting.lastPackage());
		assertNull(waiting.lastImportedAt());
		assertEquals(0, waiting.operations());
		assertEquals(List.of(1L), waiting.openGaps(), "its first package never arrived");
		assertEquals(certificate1.getSubjectX500Principal().getName(), waiting.name(), "as the inbox found it");
		assertEquals(certificate1.getNotAfter().toInstant(), waiting.expiry());
		assertNull(rows.get(hq).expiry(), "no certificate of headquarters was given");

		field.drop(folder, 1, 1, "d.cpkg");
		List<InboxEntry> again = inbox.scan(new NullProgressMonitor());
		inbox.importPackages(again, new NullProgressMonitor());
		List<Conflict> conflicts = field.store.conflicts();
		assertTrue(conflicts.size() > 0, "both laptops moved the shared contact's position");
		rows = byDevice(DeviceRegistry.rows(field.store, List.of(certificate0, certificate1)));
		DeviceRow closed = rows.get(laptop1);
		assertEquals(2, closed.lastPackage());
		assertEquals(List.of(), closed.openGaps(), "the missing package arrived");
		assertEquals(field.store.journal(laptop1, 0).size(), closed.operations());
		assertTrue(closed.operations() > 0);
		assertEquals(certificate1.getSubjectX500Principal().getName(), closed.name());
		assertEquals(count(conflicts, laptop0), rows.get(laptop0).conflicts());
		assertEquals(count(conflicts, laptop1), rows.get(laptop1).conflicts());
		assertTrue(rows.get(laptop1).conflicts() > 0);
	}

	private X509Certificate signer(String name) throws Exception {
		try (InputStream in = Files.newInputStream(folder.resolve(name))) {
			return field.reader().read(in, operation -> {
			}).signer().certificate();
		}
	}

	private static long count(List<Conflict> conflicts, String device) {
		return conflicts.stream()
				.filter(c -> c.winner().deviceId().equals(device) || c.loser().deviceId().equals(device)).count();
	}

	private static Map<String, DeviceRow> byDevice(List<DeviceRow> rows) {
		return rows.stream().collect(Collectors.toMap(DeviceRow::deviceId, Function.identity()));
	}
}
