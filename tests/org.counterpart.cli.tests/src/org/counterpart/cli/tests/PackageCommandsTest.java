package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.counterpart.cli.ExitCodes;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.ArrangementEdit;
import org.counterpart.diagram.layout.StoredArrangements;
import org.counterpart.model.Attachment;
import org.counterpart.model.Contact;
import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headquarters and a field device set up their certificates, exchange packages and revoke a device,
 * all through counterpart-cli, as scripts would.
 */
public class PackageCommandsTest {

	private static final String STORE_SECRET = "store-secret-passphrase";
	private static final String DEVICE_SECRET = "device-secret-passphrase";
	private static final String CA_SECRET = "authority-secret-passphrase";
	private static final Map<String, String> ENVIRONMENT = Map.of("COUNTERPART_PASSPHRASE", STORE_SECRET,
			"COUNTERPART_DEVICE_PASSPHRASE", DEVICE_SECRET, "COUNTERPART_CA_PASSPHRASE", CA_SECRET);

	@TempDir
	Path folder;

	private final List<CommandLineRun> runs = new ArrayList<>();

	private CommandLineRun run(int expectedExit, String... arguments) {
		CommandLineRun run = CommandLineRun.of(ENVIRONMENT, arguments);
		runs.add(run);
		assertEquals(expectedExit, run.exitCode(), String.join(" ", arguments) + "\n" + run.out() + run.err());
		return run;
	}

	private String path(String name) {
		return folder.resolve(name).toString();
	}

	/** Creates a device key in STORE/identity, has the authority certify it and installs the answer; returns the serial. */
	private String enrol(String store, String name) {
		String identity = path(store + "/identity");
		run(ExitCodes.OK, "device", "init", "--identity", identity);
		run(ExitCodes.OK, "device", "csr", "--identity", identity, "--subject", "CN=" + name + ",O=Counterpart", "--out",
				path(name + ".csr"));
		CommandLineRun issued = run(ExitCodes.OK, "authority", "issue", "--ca", path("ca"), "--csr", path(name + ".csr"),
				"--out", path(name + ".pem"));
		Matcher serial = Pattern.compile("Issued serial ([0-9a-f]+) to CN=" + name).matcher(issued.out());
		assertTrue(serial.find(), issued.out());
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl.pem"));
		run(ExitCodes.OK, "device", "install-cert", "--identity", identity, "--chain", path(name + ".pem"), "--ca-cert",
				path("ca/ca.crt"), "--crl", path("crl.pem"));
		return serial.group(1);
	}

	@Test
	public void headquartersAndAFieldDeviceExchangePackagesAndARevokedDeviceIsRefused() throws Exception {
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "field");
		assertTrue(Files.isRegularFile(folder.resolve("ca/ca.crt")));
		run(ExitCodes.OK, "store", "init", "--store", path("hq"));
		String fieldSerial = enrol("field", "laptop-7");
		enrol("hq", "hq-server");

		CommandLineRun exported = run(ExitCodes.OK, "export", "--store", path("field"), "--to", path("hq-server.pem"),
				"--out", path("p1.cpkg"));
		assertTrue(exported.out().startsWith("Exported package 1 of device "), exported.out());
		assertFalse(Files.exists(folder.resolve("p1.cpkg.partial")));

		CommandLineRun imported = run(ExitCodes.OK, "import", "--store", path("hq"), path("p1.cpkg"));
		assertTrue(imported.out().startsWith(path("p1.cpkg") + ": applied package=1 device="), imported.out());
		assertTrue(imported.out().contains("signer=\"CN=laptop-7,O=Counterpart\""), imported.out());
		assertTrue(imported.out().lines().anyMatch(line -> line.startsWith(path("p1.cpkg") + ": changes: added=")
				&& line.contains(" changed=0 deleted=0 conflicts=0 kinds=") && line.contains("Contact:+")), imported.out());
		String fieldHash = run(ExitCodes.OK, "store", "hash", "--store", path("field")).out();
		assertEquals(fieldHash, run(ExitCodes.OK, "store", "hash", "--store", path("hq")).out());

		CommandLineRun again = run(ExitCodes.OK, "import", "--store", path("hq"), path("p1.cpkg"));
		assertTrue(again.out().contains(": replay package=1 ") && again.out().contains("nothing changed"), again.out());
		assertFalse(again.out().contains(": changes: "), "a replay changed nothing: " + again.out());

		byte[] tampered = Files.readAllBytes(folder.resolve("p1.cpkg"));
		tampered[tampered.length / 2] ^= 0x01;
		Files.write(folder.resolve("tampered.cpkg"), tampered);
		CommandLineRun refused = run(ExitCodes.PROBLEMS_FOUND, "import", "--store", path("hq"), path("tampered.cpkg"));
		assertTrue(refused.out().startsWith(path("tampered.cpkg") + ": refused: "), refused.out());
		assertEquals(fieldHash, run(ExitCodes.OK, "store", "hash", "--store", path("hq")).out());

		run(ExitCodes.OK, "authority", "revoke", "--ca", path("ca"), "--serial", fieldSerial);
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl-2.pem"));
		run(ExitCodes.OK, "device", "install-crl", "--identity", path("hq/identity"), "--crl", path("crl-2.pem"));
		run(ExitCodes.OK, "export", "--store", path("field"), "--to", path("hq-server.pem"), "--out", path("p2.cpkg"));
		CommandLineRun revoked = run(ExitCodes.PROBLEMS_FOUND, "import", "--store", path("hq"), path("p2.cpkg"));
		assertTrue(revoked.out().contains("refused:") && revoked.out().contains("revoked"), revoked.out());

		// Headquarters no longer exports to the revoked device either.
		CommandLineRun toRevoked = run(ExitCodes.FAILED, "export", "--store", path("hq"), "--to", path("laptop-7.pem"),
				"--out", path("p3.cpkg"));
		assertTrue(toRevoked.err().contains("revoked"), toRevoked.err());
		assertFalse(Files.exists(folder.resolve("p3.cpkg")));

		for (CommandLineRun run : runs) {
			for (String secret : List.of(STORE_SECRET, DEVICE_SECRET, CA_SECRET)) {
				assertFalse(run.out().contains(secret) || run.err().contains(secret), "a passphrase was printed");
			}
		}
	}

	@Test
	public void anArrangedDiagramArrivesArrangedAtHeadquarters() throws Exception {
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "field");
		run(ExitCodes.OK, "store", "init", "--store", path("hq"));
		enrol("field", "laptop-7");
		enrol("hq", "hq-server");
		String key;
		try (WorkspaceStore field = WorkspaceStore.open(folder.resolve("field"), STORE_SECRET.toCharArray())) {
			Resource model = field.load();
			Theater theater = (Theater) model.getContents().get(0);
			Contact contact = theater.getContacts().get(0);
			key = "person:" + contact.getId();
			ArrangementEdit drag = new ArrangementEdit(model, "contactNetwork", theater, "Move")
					.bounds(key, contact, new Bounds(120, 80, 90, 40)).pinned(key, contact, true);
			assertTrue(drag.canExecute());
			drag.execute();
			field.save();
		}
		run(ExitCodes.OK, "export", "--store", path("field"), "--to", path("hq-server.pem"), "--out", path("p1.cpkg"));
		run(ExitCodes.OK, "import", "--store", path("hq"), path("p1.cpkg"));
		assertEquals(run(ExitCodes.OK, "store", "hash", "--store", path("field")).out(),
				run(ExitCodes.OK, "store", "hash", "--store", path("hq")).out());
		try (WorkspaceStore hq = WorkspaceStore.open(folder.resolve("hq"), STORE_SECRET.toCharArray())) {
			Resource model = hq.load();
			Theater theater = (Theater) model.getContents().get(0);
			Arrangement arrangement = StoredArrangements.read(model, "contactNetwork", theater);
			assertEquals(new Bounds(120, 80, 90, 40), arrangement.bounds(key));
			assertTrue(arrangement.isPinned(key));
		}
	}

	@Test
	public void headquartersForwardsTheAttachmentsTheFieldSentOnlyWhenAsked() throws Exception {
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "field");
		run(ExitCodes.OK, "store", "init", "--store", path("hq"));
		run(ExitCodes.OK, "store", "init", "--store", path("other"));
		enrol("field", "laptop-7");
		enrol("hq", "hq-server");
		enrol("other", "laptop-9");

		// an officer attaches a photo to an observation: the model names it by its hash, the package carries it
		byte[] photo = "a photo of the checkpoint at Kesk".getBytes(StandardCharsets.UTF_8);
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
		Files.write(folder.resolve("photo.jpg"), photo);
		try (WorkspaceStore field = WorkspaceStore.open(folder.resolve("field"),
				STORE_SECRET.toCharArray())) {
			Resource model = field.load();
			Attachment attachment = (Attachment) StreamSupport
					.stream(((Iterable<EObject>) model::getAllContents).spliterator(), false)
					.filter(Attachment.class::isInstance).findFirst().orElseThrow();
			attachment.setSha256(hash);
			field.save();
		}
		run(ExitCodes.OK, "export", "--store", path("field"), "--to", path("hq-server.pem"), "--attach", path("photo.jpg"),
				"--out", path("p1.cpkg"));
		run(ExitCodes.OK, "import", "--store", path("hq"), path("p1.cpkg"));

		CommandLineRun plain = run(ExitCodes.OK, "export", "--store", path("hq"), "--to", path("laptop-9.pem"), "--out",
				path("plain.cpkg"));
		assertTrue(plain.out().contains(" 0 attachments"), plain.out());
		CommandLineRun forwarded = run(ExitCodes.OK, "export", "--store", path("hq"), "--to", path("laptop-9.pem"),
				"--forward-attachments", "--out", path("forwarded.cpkg"));
		assertTrue(forwarded.out().contains(" 1 attachments"), forwarded.out());
		run(ExitCodes.OK, "import", "--store", path("other"), path("forwarded.cpkg"));
		try (WorkspaceStore other = WorkspaceStore.open(folder.resolve("other"),
				STORE_SECRET.toCharArray()); InputStream in = other.openAttachment(hash)) {
			assertTrue(in != null, "the other device holds the photo");
			assertTrue(Arrays.equals(photo, in.readAllBytes()));
		}
	}

	@Test
	public void missingSetupAndUsageErrorsGetOneClearLine() throws Exception {
		CommandLineRun noRecipient = CommandLineRun.of(ENVIRONMENT, "export", "--store", path("s"), "--out", path("x"));
		assertEquals(ExitCodes.USAGE, noRecipient.exitCode());
		assertTrue(noRecipient.err().contains("--to"), noRecipient.err());

		run(ExitCodes.OK, "store", "init", "--store", path("s"));
		Files.writeString(folder.resolve("p.cpkg"), "not a package");
		CommandLineRun noIdentity = run(ExitCodes.FAILED, "import", "--store", path("s"), path("p.cpkg"));
		assertTrue(noIdentity.err().startsWith("counterpart-cli: No headquarters CA certificate in "), noIdentity.err());
		assertEquals(1, noIdentity.err().strip().lines().count(), noIdentity.err());

		CommandLineRun noCa = run(ExitCodes.FAILED, "authority", "crl", "--ca", path("none"), "--out", path("crl.pem"));
		assertTrue(noCa.err().contains("No certificate authority"), noCa.err());

		CommandLineRun help = run(ExitCodes.OK, "import", "--help");
		assertTrue(help.out().contains("COUNTERPART_DEVICE_PASSPHRASE") && help.out().contains("refused: REASON"),
				help.out());
	}
}
