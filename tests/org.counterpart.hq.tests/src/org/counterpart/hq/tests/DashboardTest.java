package org.counterpart.hq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.counterpart.hq.Dashboard;
import org.counterpart.hq.DeviceRow;
import org.counterpart.hq.Inbox;
import org.counterpart.hq.WeeklyCounts;
import org.counterpart.model.FieldObservation;
import org.counterpart.tests.harness.FieldPackages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard after two field laptops' packages were imported from the inbox: packages per device per week,
 * observations per week by team, the open conflicts, and which devices fall silent as time passes.
 */
class DashboardTest {

	@TempDir
	Path dir;

	private FieldPackages field;

	@BeforeEach
	void setUp() throws Exception {
		field = new FieldPackages(dir, 23, 2, 1, new int[] { 20, 10 }, new int[] { 61, 71 });
		Path folder = dir.resolve("inbox");
		field.drop(folder, 0, 1, "a.cpkg");
		field.drop(folder, 0, 2, "b.cpkg");
		field.drop(folder, 1, 1, "c.cpkg");
		field.drop(folder, 1, 2, "d.cpkg");
		Inbox inbox = new Inbox(folder, field.store, field.reader());
		inbox.importPackages(inbox.scan(new NullProgressMonitor()), new NullProgressMonitor());
	}

	@AfterEach
	void tearDown() throws Exception {
		field.close();
	}

	@Test
	void figuresFollowTheInboxTheWorkspaceAndTheRegistry() throws Exception {
		Dashboard dashboard = Dashboard.of(field.store, List.of(), 8);

		WeeklyCounts packages = dashboard.packages();
		assertEquals(8, packages.weeks().size());
		assertEquals(List.of("laptop-0", "laptop-1"), List.copyOf(packages.series().keySet()));
		for (List<Integer> counts : packages.series().values()) {
			assertEquals(2, counts.stream().mapToInt(Integer::intValue).sum(), "both packages of each laptop");
			assertEquals(2, counts.get(7).intValue(), "in the latest week");
		}

		WeeklyCounts observations = dashboard.observations();
		Instant from = observations.weeks().get(0).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = observations.weeks().get(7).plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();
		int inWindow = 0;
		for (var all = field.store.resource().getAllContents(); all.hasNext();) {
			if (all.next() instanceof FieldObservation o && o.getObservedAt() != null
					&& !o.getObservedAt().toInstant().isBefore(from) && o.getObservedAt().toInstant().isBefore(to)) {
				inWindow++;
			}
		}
		assertTrue(inWindow > 0);
		assertEquals(inWindow, observations.total(), "every observation of the weeks shown, counted once");

		assertEquals(field.store.conflicts().size(), dashboard.openConflicts());
		assertTrue(dashboard.openConflicts() > 0, "both laptops moved the shared contact's position");

		Instant now = Instant.now();
		assertEquals(List.of(), dashboard.silent(Duration.ofDays(3), now), "both laptops were just heard from");
		List<DeviceRow> later = dashboard.silent(Duration.ofDays(3), now.plus(Duration.ofDays(10)));
		assertEquals(List.of(field.devices.get(0), field.devices.get(1)).stream().sorted().toList(),
				later.stream().map(DeviceRow::deviceId).sorted().toList(), "headquarters itself is never silent");
	}
}
