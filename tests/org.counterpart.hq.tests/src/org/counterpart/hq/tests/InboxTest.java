package org.counterpart.hq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.hq.ImportSummaryText;
import org.counterpart.hq.Inbox;
import org.counterpart.hq.InboxEntry;
import org.counterpart.hq.InboxEntry.Status;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.tests.harness.FieldPackages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headquarters' inbox on three field devices' packages: what a scan says of each (new, a gap with the missing
 * numbers, refused with the reason, a replay), an import of a selection picked in any order that takes each
 * device's packages in their order, cancel between packages, and the records kept in the store.
 */
class InboxTest {

	@TempDir
	Path dir;

	private FieldPackages scenario;
	private Path folder;

	@BeforeEach
	void setUp() throws Exception {
		scenario = new FieldPackages(dir, 7, 3, 2, new int[] { 30, 20 }, new int[] { 70, 80 });
		folder = dir.resolve("inbox");
	}

	@AfterEach
	void tearDown() throws Exception {
		scenario.close();
	}

	private Inbox inbox(WorkspaceStore store) throws Exception {
		return new Inbox(folder, store, scenario.reader());
	}

	private static Map<String, InboxEntry> byName(List<InboxEntry> entries) {
		Map<String, InboxEntry> named = new HashMap<>();
		entries.forEach(e -> named.put(e.fileName(), e));
		return named;
	}

	@Test
	void aScanSaysWhereEachPackageStandsAndImportsNothing() throws Exception {
		scenario.drop(folder, 0, 2, "a-second-of-0.cpkg");
		scenario.drop(folder, 0, 1, "b-first-of-0.cpkg");
		scenario.drop(folder, 1, 1, "c-first-of-1.cpkg");
		scenario.drop(folder, 2, 2, "d-second-of-2.cpkg"); // the first of device 2 never arrived
		Path damaged = scenario.drop(folder, 1, 2, "e-damaged.cpkg");
		byte[] bytes = Files.readAllBytes(damaged);
		Files.write(damaged, Arrays.copyOf(bytes, bytes.length - 40));
		Files.writeString(folder.resolve(".hidden"), "not a package");
		String before = scenario.store.stateHash();

		List<InboxEntry> entries = inbox(scenario.store).scan(new NullProgressMonitor());
		assertEquals(List.of("a-second-of-0.cpkg", "b-first-of-0.cpkg", "c-first-of-1.cpkg", "d-second-of-2.cpkg",
				"e-damaged.cpkg"), entries.stream().map(InboxEntry::fileName).toList());
		Map<String, InboxEntry> named = byName(entries);
		InboxEntry second = named.get("a-second-of-0.cpkg");
		assertEquals(Status.NEW, second.status(), "its first is in the inbox too");
		assertEquals(2, second.packageNumber());
		assertEquals(scenario.devices.get(0), second.deviceId());
		assertTrue(second.sender().contains("CN=laptop-0"), second.sender());
		assertEquals(Files.size(folder.resolve("a-second-of-0.cpkg")), second.size());
		assertNotNull(second.arrival());
		assertTrue(second.operations() > 0);
		assertEquals(Status.GAP, named.get("d-second-of-2.cpkg").status());
		assertEquals(List.of(1L), named.get("d-second-of-2.cpkg").missing());
		InboxEntry refused = named.get("e-damaged.cpkg");
		assertEquals(Status.REFUSED, refused.status());
		assertNotNull(refused.reason());
		assertNull(refused.deviceId());
		assertEquals(before, scenario.store.stateHash(), "a scan imports nothing");
		assertEquals(5, inbox(scenario.store).records().size(), "the inbox's state is in the store");
	}

	@Test
	void anImportTakesEachDevicesPackagesInOrderAndKeepsWhatEachDid() throws Exception {
		for (int d = 0; d < 3; d++) {
			scenario.drop(folder, d, 2, "device-" + d + "-a.cpkg");
			scenario.drop(folder, d, 1, "device-" + d + "-b.cpkg");
		}
		Inbox inbox = inbox(scenario.store);
		List<InboxEntry> picked = new ArrayList<>(inbox.scan(new NullProgressMonitor()));
		Collections.reverse(picked);

		List<String> steps = new ArrayList<>();
		CancellingMonitor first = new CancellingMonitor(steps, 1);
		List<InboxEntry> one = inbox.importPackages(picked, first);
		assertEquals(1, one.size(), "cancel stops between packages");
		assertEquals(1, one.get(0).packageNumber(), "a device's first package first, though picked last");
		assertEquals(Status.IMPORTED, one.get(0).status());

		List<InboxEntry> rest = inbox.importPackages(inbox.scan(new NullProgressMonitor()), new CancellingMonitor(steps, -1));
		assertEquals(5, rest.size());
		Map<String, Long> lastNumber = new HashMap<>();
		lastNumber.put(one.get(0).deviceId(), 1L);
		for (InboxEntry e : rest) {
			assertEquals(Status.IMPORTED, e.status(), e.fileName() + ": " + e.reason());
			Long before = lastNumber.put(e.deviceId(), e.packageNumber());
			assertTrue(before == null ? e.packageNumber() == 1 : e.packageNumber() == before + 1,
					"each device's packages in their order: " + rest);
			assertNotNull(e.importedAt());
		}
		assertTrue(steps.stream().anyMatch(s -> s.contains("(package 1 of 5)")), steps.toString());

		// what each import did stays with its record, and the store holds the packages' changes
		Map<String, InboxEntry> records = inbox.records();
		assertEquals(6, records.size());
		List<String> recordedConflicts = new ArrayList<>();
		for (InboxEntry e : records.values()) {
			assertEquals(Status.IMPORTED, e.status());
			assertTrue(e.applied() > 0);
			assertTrue(ImportSummaryText.lines(e.summary(), ImportSummaryText.TOTALS).get(0).startsWith("added="),
					e.summary().toString());
			assertFalse(ImportSummaryText.lines(e.summary(), ImportSummaryText.KIND).isEmpty());
			assertFalse(ImportSummaryText.lines(e.summary(), ImportSummaryText.OBJECT).isEmpty());
			recordedConflicts.addAll(ImportSummaryText.lines(e.summary(), ImportSummaryText.CONFLICT));
		}
		assertFalse(scenario.store.conflicts().isEmpty(), "the devices collided on one contact");
		for (org.counterpart.store.Conflict open : scenario.store.conflicts()) {
			assertTrue(recordedConflicts.stream().anyMatch(line -> line.endsWith(" " + open.key())),
					"the package that opened " + open.key() + " says so");
		}

		// a scan later: imported ones stay imported, the same package under another name is a replay
		scenario.drop(folder, 1, 1, "device-1-again.cpkg");
		Map<String, InboxEntry> again = byName(inbox.scan(new NullProgressMonitor()));
		assertEquals(Status.IMPORTED, again.get("device-1-a.cpkg").status());
		assertEquals(Status.IMPORTED, again.get("device-1-again.cpkg").status(), "the same file is the same package");
		Files.delete(folder.resolve("device-1-again.cpkg"));
	}

	@Test
	void aPackageTheStoreHasFromElsewhereIsAReplayAndIsNotImportedAgain() throws Exception {
		// another workstation imported it, not through this inbox
		scenario.reader().importPackage(new java.io.ByteArrayInputStream(scenario.packages.get(0).get(0)),
				scenario.store);
		scenario.drop(folder, 0, 1, "first.cpkg");
		Inbox inbox = inbox(scenario.store);
		List<InboxEntry> entries = inbox.scan(new NullProgressMonitor());
		assertEquals(Status.REPLAY, entries.get(0).status(), "received before: a replay");
		assertFalse(entries.get(0).importable());
		assertEquals(List.of(), inbox.importPackages(entries, new NullProgressMonitor()), "a replay is passed over");
		IOException noFolder = assertThrows(IOException.class,
				() -> new Inbox(dir.resolve("missing"), scenario.store, scenario.reader()).scan(new NullProgressMonitor()));
		assertTrue(noFolder.getMessage().contains("is not a folder"), noFolder.getMessage());
	}

	/** Records the sub-tasks and cancels after {@code after} packages (never if negative). */
	private static final class CancellingMonitor extends NullProgressMonitor {
		private final List<String> steps;
		private final int after;
		private int worked;

		CancellingMonitor(List<String> steps, int after) {
			this.steps = steps;
			this.after = after;
		}

		@Override
		public void subTask(String name) {
			steps.add(name);
		}

		@Override
		public void worked(int work) {
			worked += work;
			if (after >= 0 && worked >= after) {
				setCanceled(true);
			}
		}

		@Override
		public void internalWorked(double work) {
			worked((int) Math.round(work));
		}
	}
}
