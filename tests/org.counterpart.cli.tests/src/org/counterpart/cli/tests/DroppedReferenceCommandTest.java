package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ConvergentMerge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst lists a reference the merge dropped because another device deleted its target, and brings it back
 * with {@code conflicts --resolve ID --apply-other-side}.
 */
public class DroppedReferenceCommandTest {

	private static final String STORE_SECRET = "store-secret-passphrase";
	private static final Map<String, String> ENVIRONMENT = Map.of("COUNTERPART_PASSPHRASE", STORE_SECRET);

	@TempDir
	Path folder;

	private CommandLineRun run(int expectedExit, String... arguments) {
		CommandLineRun run = CommandLineRun.of(ENVIRONMENT, arguments);
		assertEquals(expectedExit, run.exitCode(), String.join(" ", arguments) + "\n" + run.out() + run.err());
		return run;
	}

	private static WorkspaceStore open(Path store) throws Exception {
		CounterpartPackage.eINSTANCE.eClass();
		WorkspaceStore opened = WorkspaceStore.open(store, STORE_SECRET.toCharArray());
		opened.load();
		return opened;
	}

	@Test
	public void aDroppedReferenceIsListedAndApplyingTheOtherSideBringsItAndItsInstitutionBack() throws Exception {
		Path hq = folder.resolve("hq");
		run(ExitCodes.OK, "store", "init", "--store", hq.toString());
		String institution;
		String contact;
		long written;
		try (WorkspaceStore store = open(hq)) {
			Theater theater = CounterpartFactory.eINSTANCE.createTheater();
			theater.setPartnerCountry("Testland");
			PartnerInstitution partner = CounterpartFactory.eINSTANCE.createPartnerInstitution();
			partner.setName("Ministry of Defence");
			theater.getInstitutions().add(partner);
			Contact person = CounterpartFactory.eINSTANCE.createContact();
			person.setGivenName("Ana");
			theater.getContacts().add(person);
			store.resource().getContents().add(theater);
			store.save();
			institution = partner.getId();
			contact = person.getId();
			// one device deletes the institution while another, not knowing, makes it the contact's affiliation
			long t = store.stats().lastTimestamp() + 1_000;
			Operation delete = Operation.builder(Operation.Kind.DELETE, institution).basis(t - 1_000).timestamp(t)
					.deviceId("device-a").sequence(1).build();
			Operation refer = Operation.builder(Operation.Kind.SET, contact).feature("affiliation").value(institution)
					.timestamp(t + 1).deviceId("device-b").sequence(1).build();
			store.importOperations(List.of(delete, refer), Map.of(), new ConvergentMerge());
			assertNull(((Theater) store.resource().getContents().get(0)).getContacts().get(0).getAffiliation());
			written = store.journalHeads().get(store.deviceId());
		}

		CommandLineRun listed = run(ExitCodes.PROBLEMS_FOUND, "conflicts", "--store", hq.toString());
		Matcher line = Pattern.compile("^([0-9a-f]{8}) DROPPED_REFERENCE Contact \"[^\"]*Ana[^\"]*\" affiliation: kept deleted "
				+ "\\(device device-a #1, [^)]+\\) over set affiliation to deleted object " + institution
				+ " \\(device device-b #1, [^)]+\\) key=DROPPED_REFERENCE/" + contact + "/affiliation/", Pattern.MULTILINE)
				.matcher(listed.out());
		assertTrue(line.find(), listed.out());

		CommandLineRun resolved = run(ExitCodes.OK, "conflicts", "--store", hq.toString(), "--resolve", line.group(1),
				"--apply-other-side");
		assertTrue(resolved.out().startsWith("Resolved " + line.group(1) + ": Contact "), resolved.out());
		assertEquals("No open conflicts.", run(ExitCodes.OK, "conflicts", "--store", hq.toString()).out().strip());
		try (WorkspaceStore store = open(hq)) {
			Theater theater = (Theater) store.resource().getContents().get(0);
			PartnerInstitution back = theater.getContacts().get(0).getAffiliation();
			assertNotNull(back, "the reference is back");
			assertEquals("Ministry of Defence", back.getName());
			assertNotEquals(institution, back.getId(), "a delete stays final: the institution returns as a new object");
			assertEquals(List.of(back), theater.getInstitutions());
			// the resolution is this store's own operations, ready for its next package
			List<Operation.Kind> resolution = store.journal(store.deviceId(), written).stream().map(Operation::kind).toList();
			assertEquals(Operation.Kind.CREATE, resolution.get(0), resolution.toString());
			assertEquals(Operation.Kind.RESOLVE, resolution.get(resolution.size() - 1), resolution.toString());
			assertTrue(resolution.contains(Operation.Kind.SET), resolution.toString());
		}
	}
}
