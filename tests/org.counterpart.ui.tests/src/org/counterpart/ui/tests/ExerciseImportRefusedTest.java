package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.tests.harness.TestAuthority;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
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
 * A package written by an exercise store is marked exercise in its header, and File &gt; Import Package of it into
 * the workbench's real workspace is refused with a dialog that says so, the workspace unchanged.
 */
public class ExerciseImportRefusedTest {

	private static final String DEVICE_PASSPHRASE = "device passphrase of the test";
	private static final char[] STORE_PASSPHRASE = "exercise laptop passphrase".toCharArray();

	@TempDir
	Path temp;

	@Test
	public void anExercisePackageIsRefusedByTheRealWorkspaceWithADialogAndNothingChanges() throws Exception {
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

		// this workbench's device, and a trainee's laptop playing an exercise, under one authority: only the
		// exercise mark tells them apart
		TestAuthority authority = TestAuthority.create(temp.resolve("ca"));
		DeviceIdentity field = authority.issue("Workbench Test Laptop", storage.read(WorkspaceStore::deviceId), "XVM",
				false);
		authority.install(DeviceIdentityFolder.inStore(storage.folder()), field, DEVICE_PASSPHRASE.toCharArray());
		Path laptop = temp.resolve("exercise-laptop");
		WorkspaceStore.create(laptop, STORE_PASSPHRASE.clone()).close();
		WorkspaceStore.markExercise(laptop);
		Path file = temp.resolve("exercise.cpkg");
		try (WorkspaceStore exercise = WorkspaceStore.open(laptop, STORE_PASSPHRASE.clone())) {
			CounterpartPackage.eINSTANCE.eClass();
			exercise.load().getContents().add(new DemoCountryGenerator(5, 1).generate());
			exercise.save();
			DeviceIdentity trainee = authority.issue("Exercise Laptop", exercise.deviceId(), "XVM", false);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PackageManifest written = new PackageWriter(trainee).write(exercise, List.of(field.certificate().orElseThrow()),
					List.of(), out);
			assertTrue(written.exercise(), "an exercise store's package is marked exercise");
			Files.write(file, out.toByteArray());
		}
		try (InputStream in = Files.newInputStream(file)) {
			PackageManifest header = new PackageReader(field, authority.trust()).read(in, operation -> {
			}).manifest();
			assertTrue(header.exercise(), "the header read back says exercise");
		}

		String hashBefore = storage.read(WorkspaceStore::stateHash);
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
					Screenshots.save(shell, "exercise-import-refused");
					Workbench.pressButton(shell, "OK");
				}).start();
		Workbench.choose(Workbench.menuItem(window, "File", "Import Package or Baseline..."));
		Workbench.spinUntil(display, steps::finished, "the refusal is shown: " + steps.done());
		assertNull(steps.failure(), () -> String.valueOf(steps.failure()));
		assertEquals(1, shown.size());
		assertTrue(shown.get(0).contains("exercise.cpkg: refused: This is an exercise package")
				&& shown.get(0).contains("this store holds real data and takes no exercise data")
				&& shown.get(0).contains("Nothing was imported."), shown.get(0));
		assertEquals(hashBefore, storage.read(WorkspaceStore::stateHash), "nothing was imported");
	}
}
