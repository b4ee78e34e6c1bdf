package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageWriter;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.tests.harness.TestAuthority;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.banner.BannerStrip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainee's workbench, whose store is an exercise store, refuses a real package from File &gt; Import Package with
 * a dialog that says so, and its store is unchanged; every window's banners read EXERCISE. It turns the workbench's
 * own store into an exercise store for good, so it runs in a workbench of its own (the pom's
 * {@code exercise-workspace} execution), never beside the tests that expect a real store.
 */
public class RealImportRefusedByExerciseWorkspaceTest {

	private static final String DEVICE_PASSPHRASE = "trainee device passphrase of the test";
	private static final char[] REAL_PASSPHRASE = "real laptop passphrase".toCharArray();

	@TempDir
	Path temp;

	@Test
	public void aRealPackageIsRefusedByAnExerciseWorkspaceWithADialogAndNothingChanges() throws Exception {
		Display display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		IWorkbenchPage page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		Shell window = page.getWorkbenchWindow().getShell();
		ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		if (explorer.getSession() != session) {
			explorer.show(session);
		}
		Workbench.spinUntil(display, () -> session.getTheater() != null, "the workspace is open");
		StoreWorkspaceStorage storage = (StoreWorkspaceStorage) session.getStorage();

		// the workbench's store becomes a trainee's exercise store, as the exercise start marks it, and is opened again
		session.close(null);
		WorkspaceStore.markExercise(storage.folder());
		storage.open(passphrase(), null);
		session.load().join();
		Workbench.spinUntil(display, () -> session.getTheater() != null, "the exercise workspace is open");
		assertTrue(storage.isExercise(), "the header marks the workbench's store exercise");
		Workbench.spinUntil(display, () -> {
			List<BannerStrip> strips = strips(window);
			return strips.size() == 2 && strips.stream().allMatch(strip -> strip.getText().startsWith(MarkingSummary.EXERCISE)
					&& strip.getText().endsWith(MarkingSummary.EXERCISE));
		}, "both banners read EXERCISE: " + strips(window).stream().map(BannerStrip::getText).toList());

		// the trainee's device, and an officer's laptop with real data, under one authority: only the exercise mark
		// tells them apart
		TestAuthority authority = TestAuthority.create(temp.resolve("ca"));
		DeviceIdentity trainee = authority.issue("Trainee Laptop", storage.read(WorkspaceStore::deviceId), "XVM", false);
		authority.install(DeviceIdentityFolder.inStore(storage.folder()), trainee, DEVICE_PASSPHRASE.toCharArray());
		Path laptop = temp.resolve("real-laptop");
		Path file = temp.resolve("real.cpkg");
		WorkspaceStore.create(laptop, REAL_PASSPHRASE.clone()).close();
		try (WorkspaceStore real = WorkspaceStore.open(laptop, REAL_PASSPHRASE.clone())) {
			CounterpartPackage.eINSTANCE.eClass();
			real.load().getContents().add(new DemoCountryGenerator(7, 1).generate());
			real.save();
			DeviceIdentity officer = authority.issue("Officer Laptop", real.deviceId(), "XVM", false);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PackageManifest written = new PackageWriter(officer).write(real, List.of(trainee.certificate().orElseThrow()),
					List.of(), out);
			assertFalse(written.exercise(), "a real store's package is not marked exercise");
			Files.write(file, out.toByteArray());
		}

		String hashBefore = storage.read(WorkspaceStore::stateHash);
		int contactsBefore = session.getTheater().getContacts().size();
		List<String> shown = new ArrayList<>();
		DialogSteps steps = new DialogSteps(display, window)
				.then("Import Counterpart Package or Baseline", shell -> {
					Text path = Workbench.find(shell, Text.class).stream().filter(Control::isVisible).findFirst()
							.orElseThrow();
					path.setText(file.toString());
					Workbench.pressButton(shell, "Finish");
				}).then("Unlock the Device Key", shell -> {
					Workbench.find(shell, Text.class).stream().filter(text -> (text.getStyle() & SWT.PASSWORD) != 0)
							.findFirst().orElseThrow().setText(DEVICE_PASSPHRASE);
					Workbench.pressButton(shell, "Unlock");
				}).then("Package Refused", shell -> {
					shown.add(Workbench.labels(shell));
					Screenshots.save(shell, "real-import-refused-by-exercise");
					Workbench.pressButton(shell, "OK");
				}).start();
		Workbench.choose(Workbench.menuItem(window, "File", "Import Package or Baseline..."));
		Workbench.spinUntil(display, steps::finished,
				() -> "the refusal is shown; done: " + steps.done() + ", open:" + Workbench.openShells(display));
		assertNull(steps.failure(), () -> String.valueOf(steps.failure()));
		assertEquals(1, shown.size());
		assertTrue(shown.get(0).contains("real.cpkg: refused: This is a real package")
				&& shown.get(0).contains("this store is an exercise store and takes no real data")
				&& shown.get(0).contains("Nothing was imported."), shown.get(0));
		assertEquals(hashBefore, storage.read(WorkspaceStore::stateHash), "nothing was imported");
		assertEquals(contactsBefore, session.getTheater().getContacts().size(), "the workspace shows no real contact");
		assertFalse(session.isDirty());
	}

	private static List<BannerStrip> strips(Shell window) {
		List<BannerStrip> strips = new ArrayList<>(Workbench.find(window, BannerStrip.class));
		strips.removeIf(strip -> strip.isDisposed() || !strip.isVisible());
		return strips;
	}

	private static char[] passphrase() {
		String passphrase = System.getenv("COUNTERPART_PASSPHRASE");
		assertNotNull(passphrase, "the test run sets COUNTERPART_PASSPHRASE (see pom.xml)");
		return passphrase.toCharArray();
	}
}
