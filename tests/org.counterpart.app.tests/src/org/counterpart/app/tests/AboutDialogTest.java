package org.counterpart.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.counterpart.app.internal.AboutCounterpartDialog;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

public class AboutDialogTest {

	private AboutCounterpartDialog dialog;

	@BeforeEach
	public void openDialog() {
		DisplayRequirement.requireDisplay();
		dialog = new AboutCounterpartDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	public void closeDialog() {
		if (dialog.getShell() != null) {
			dialog.close();
		}
	}

	@Test
	public void showsNameVersionAndComponents() {
		Version version = FrameworkUtil.getBundle(AboutCounterpartDialog.class).getVersion();
		assertEquals("About Counterpart", dialog.getShell().getText());
		assertEquals("Counterpart", labelWithId("name").getText());
		assertEquals("Version " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro() + " (build "
				+ version.getQualifier() + ")", labelWithId("version").getText());

		Table table = find(dialog.getShell(), Table.class).get(0);
		List<String> components = Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList();
		assertTrue(components.contains("org.counterpart.app"), components.toString());
		// the application no longer requires the command line's bundle: the components are what this runtime holds
		assertTrue(components.stream().allMatch(name -> name.startsWith("org.counterpart.")), components.toString());
		assertFalse(components.contains("org.counterpart.app.tests"), "test fragments are not components");
		for (TableItem item : table.getItems()) {
			assertFalse(item.getText(1).isEmpty(), "a version for " + item.getText(0));
		}
		Screenshots.save(dialog.getShell(), "about-dialog");
	}

	@Test
	public void copyDetailsPutsVersionsOnTheClipboard() {
		Button copy = buttonWithId(AboutCounterpartDialog.COPY_DETAILS_ID);
		copy.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Clipboard clipboard = new Clipboard(dialog.getShell().getDisplay());
		try {
			String text = (String) clipboard.getContents(TextTransfer.getInstance());
			assertNotNull(text, "nothing on the clipboard");
			assertEquals(dialog.details(), text);
			assertTrue(text.startsWith("Counterpart Version "), text);
			assertTrue(text.contains("org.counterpart.app "), text);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	public void closeButtonClosesTheDialog() {
		Button close = buttonWithId(IDialogConstants.CLOSE_ID);
		assertEquals("Close", close.getText().replace("&", ""));
		close.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals(null, dialog.getShell());
	}

	private Label labelWithId(String id) {
		return find(dialog.getShell(), Label.class).stream().filter(label -> id.equals(label.getData("org.counterpart.test.id")))
				.findFirst().orElseThrow();
	}

	private Button buttonWithId(int id) {
		return find(dialog.getShell(), Button.class).stream()
				.filter(button -> Integer.valueOf(id).equals(button.getData())).findFirst().orElseThrow();
	}

	static <T extends Control> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}
}
