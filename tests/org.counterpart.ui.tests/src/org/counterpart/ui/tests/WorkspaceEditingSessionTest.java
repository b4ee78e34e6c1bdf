package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.counterpart.model.Identified;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.store.ClockCheck;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.XmiWorkspaceStorage;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace is created on first start, read back on later starts, and a damaged file is reported and left alone.
 */
public class WorkspaceEditingSessionTest {

	@TempDir
	Path folder;

	@Test
	public void firstStartCreatesTheFileAndTheNextStartReadsTheSameWorkspace() throws Exception {
		Path file = folder.resolve("workspace/counterpart.xmi");
		WorkspaceEditingSession first = open(file);
		assertTrue(first.getLoadStatus().isOK(), first.getLoadStatus().toString());
		assertTrue(Files.isRegularFile(file), "the first start stores the demo workspace");
		Theater created = first.getTheater();
		assertEquals(DemoCountryGenerator.COUNTRY, created.getPartnerCountry());
		assertEquals(DemoCountryGenerator.CONTACTS, created.getContacts().size());
		byte[] stored = Files.readAllBytes(file);

		WorkspaceEditingSession second = open(file);
		assertTrue(second.getLoadStatus().isOK(), second.getLoadStatus().toString());
		Theater read = second.getTheater();
		assertEquals(ids(created), ids(read));
		assertTrue(EcoreUtil.equals(created, read), "the second start reads the workspace the first one stored");
		assertArrayEquals(stored, Files.readAllBytes(file), "loading does not rewrite the file");
		first.dispose();
		second.dispose();
	}

	@Test
	public void theWorkspaceLivesInTheEditingDomainWithACommandStack() throws Exception {
		WorkspaceEditingSession session = open(folder.resolve("counterpart.xmi"));
		Theater theater = session.getTheater();
		assertInstanceOf(BasicCommandStack.class, session.getEditingDomain().getCommandStack());
		assertSame(session.getEditingDomain().getResourceSet(), theater.eResource().getResourceSet());
		assertSame(session.getAdapterFactory(), session.getEditingDomain().getAdapterFactory());
		assertFalse(session.isEmpty());
		session.dispose();
	}

	/**
	 * An import flushes the command stack in its job while views come and go on the UI thread, each adding or removing
	 * a listener: neither side may break the other (an import once stopped silently on a concurrent modification).
	 */
	@Test
	public void listenersComeAndGoWhileAnotherThreadFlushesTheCommandStack() throws Exception {
		WorkspaceEditingSession session = open(folder.resolve("counterpart.xmi"));
		CommandStack stack = session.getEditingDomain().getCommandStack();
		for (int i = 0; i < 8; i++) { // listeners for the flushes to go over, as the views' are
			stack.addCommandStackListener(event -> {
			});
		}
		AtomicReference<Throwable> failed = new AtomicReference<>();
		AtomicInteger flushes = new AtomicInteger();
		Thread importing = new Thread(() -> {
			try {
				for (int i = 0; i < 20_000; i++) {
					stack.flush();
					flushes.incrementAndGet();
				}
			} catch (Throwable e) {
				failed.set(e);
			}
		}, "flushing as an import does");
		importing.start();
		int comings = 0;
		while (importing.isAlive()) {
			CommandStackListener view = event -> {
			};
			stack.addCommandStackListener(view);
			stack.removeCommandStackListener(view);
			comings++;
		}
		importing.join();
		assertNull(failed.get(), () -> "the flushing thread failed: " + failed.get());
		assertEquals(20_000, flushes.get());
		assertTrue(comings > 0, "listeners came and went meanwhile");
		session.dispose();
	}

	@Test
	public void aDamagedFileGivesAClearErrorAndIsLeftAsItWas() throws Exception {
		Path file = folder.resolve("counterpart.xmi");
		byte[] damaged = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"><cp:Theater"
				.getBytes(StandardCharsets.UTF_8);
		Files.write(file, damaged);

		WorkspaceEditingSession session = open(file);
		IStatus status = session.getLoadStatus();
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().startsWith("Counterpart could not open the workspace stored in " + file.toAbsolutePath()),
				status.getMessage());
		assertTrue(status.getMessage().contains("damaged"), status.getMessage());
		assertTrue(status.getMessage().contains("Restore the file from a backup"), status.getMessage());
		assertNull(session.getTheater());
		assertTrue(session.getEditingDomain().getResourceSet().getResources().isEmpty());
		assertArrayEquals(damaged, Files.readAllBytes(file), "a failed load must not overwrite the file");
		try (var siblings = Files.list(folder)) {
			assertEquals(List.of(file), siblings.toList(), "no demo workspace or temporary file beside it");
		}
		session.dispose();
	}

	@Test
	public void aFileThatIsNoWorkspaceIsRefusedAndLeftAsItWas() throws Exception {
		Path file = folder.resolve("counterpart.xmi");
		byte[] other = "<?xml version=\"1.0\"?>\n<notes><note>not a workspace</note></notes>\n".getBytes(StandardCharsets.UTF_8);
		Files.write(file, other);

		WorkspaceEditingSession session = open(file);
		assertEquals(IStatus.ERROR, session.getLoadStatus().getSeverity());
		assertTrue(session.getLoadStatus().getMessage().contains(file.toAbsolutePath().toString()));
		assertNull(session.getTheater());
		assertArrayEquals(other, Files.readAllBytes(file));
		session.dispose();
	}

	@Test
	public void theWorkbenchKeepsItsWorkspaceInTheEncryptedStoreUnderTheInstanceLocation() throws Exception {
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		session.load().join();
		assertTrue(session.getLoadStatus().isOK(), String.valueOf(session.getLoadStatus()));
		Path instance = Path.of(Platform.getInstanceLocation().getURL().toURI());
		StoreWorkspaceStorage storage = assertInstanceOf(StoreWorkspaceStorage.class, session.getStorage());
		assertEquals(instance.resolve("store").toAbsolutePath(), storage.folder());
		assertTrue(WorkspaceStore.exists(storage.folder()));
		assertTrue(storage.isOpen(), "unlocked at start with the passphrase from COUNTERPART_PASSPHRASE");
		assertEquals(DemoCountryGenerator.COUNTRY, session.getTheater().getPartnerCountry(),
				"the first start seeds the store with the demo country");
		assertFalse(Files.exists(instance.resolve("workspace/counterpart.xmi")), "no plain XMI copy of the workspace");
	}

	@Test
	public void aLoadThatUnlocksFirstReadsTheStoreAndARefusedUnlockLeavesTheWorkspaceLockedUntilTheNextLoad()
			throws Exception {
		Path store = folder.resolve("store");
		StoreWorkspaceStorage creating = new StoreWorkspaceStorage(store);
		creating.create("the right passphrase".toCharArray(), WorkspaceEditingSession.DEMO_SEED, 1, null);
		creating.close();

		StoreWorkspaceStorage storage = new StoreWorkspaceStorage(store);
		WorkspaceEditingSession session = new WorkspaceEditingSession(storage);
		List<String> refusals = new ArrayList<>();
		List<IStatus> loads = new ArrayList<>();
		int[] lockNotices = { 0 };
		session.addLockListener(() -> lockNotices[0]++);
		session.load(monitor -> storage.open("a wrong passphrase".toCharArray(), monitor), refusals::add).join();
		session.whenLoaded(loads::add);
		assertEquals(1, refusals.size(), "the refusal is reported once");
		assertFalse(refusals.get(0).contains("a wrong passphrase"), "the reason never holds the passphrase");
		assertEquals(1, lockNotices[0], "the views hear that the workspace stays locked");
		assertTrue(session.isLocked());
		assertFalse(storage.isOpen());
		assertNull(session.getTheater());
		assertTrue(loads.isEmpty(), "those waiting for the workspace keep waiting");

		storage.open("the right passphrase".toCharArray(), null);
		session.load().join();
		assertEquals(1, loads.size());
		assertTrue(loads.get(0).isOK(), loads.get(0).toString());
		assertEquals(DemoCountryGenerator.COUNTRY, session.getTheater().getPartnerCountry());
		assertTrue(refusals.size() == 1 && lockNotices[0] == 1, "a plain load unlocks nothing and refuses nothing");
		session.close(null);
		session.dispose();

		WorkspaceEditingSession again = new WorkspaceEditingSession(storage);
		again.load(monitor -> storage.open("the right passphrase".toCharArray(), monitor), refusals::add).join();
		assertTrue(again.getLoadStatus().isOK(), String.valueOf(again.getLoadStatus()));
		assertEquals(DemoCountryGenerator.COUNTRY, again.getTheater().getPartnerCountry(),
				"unlocked and read in one job");
		assertEquals(1, refusals.size());
		again.close(null);
		again.dispose();
	}

	/**
	 * The clock check runs apart from the unlock, on the loaded store: it finds a device whose clock runs days ahead of
	 * this computer's.
	 */
	@Test
	public void theClockCheckComparesThisClockWithTheNewestOneReceivedAfterTheUnlock() throws Exception {
		StoreWorkspaceStorage storage = new StoreWorkspaceStorage(folder.resolve("clock"));
		storage.create("a passphrase".toCharArray(), WorkspaceEditingSession.DEMO_SEED, 1, null);
		WorkspaceEditingSession session = new WorkspaceEditingSession(storage);
		session.load().join();
		assertTrue(storage.checkClock().isEmpty(), "nothing received from other devices yet");

		long ahead = System.currentTimeMillis() + Duration.ofDays(3).toMillis();
		String theater = session.getTheater().getId();
		storage.use(store -> {
			store.importOperations(List.of(Operation.builder(Kind.SET, theater).feature("createdBy").value("hq")
					.deviceId("hq").sequence(1).timestamp(HybridLogicalClock.pack(ahead, 0)).build()));
			return null;
		});
		ClockCheck check = storage.checkClock().orElseThrow();
		assertFalse(check.ahead(), "this computer's clock is behind the one received");
		assertEquals("hq", check.deviceId());
		session.close(null);
		session.dispose();
		assertTrue(storage.checkClock().isEmpty(), "a closed store checks nothing");
	}

	static WorkspaceEditingSession open(Path file) throws InterruptedException {
		WorkspaceEditingSession session = new WorkspaceEditingSession(new XmiWorkspaceStorage(file));
		session.load().join();
		return session;
	}

	static List<String> ids(Theater theater) {
		List<String> ids = new ArrayList<>();
		ids.add(theater.getId());
		for (var contents = theater.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object instanceof Identified identified) {
				ids.add(identified.getId());
			}
		}
		return ids;
	}
}
