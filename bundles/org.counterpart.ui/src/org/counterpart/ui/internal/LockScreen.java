package org.counterpart.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;

/**
 * Hides everything the application shows while the workspace is locked: in every window all contents (views,
 * editors, their tabs and titles, the Properties view, toolbars, the status line) are hidden and covered by a plain
 * panel that says Counterpart is locked, the menu bar is taken away and the window title says only that it is
 * locked; every other window (a dialog, a detached view) is hidden. {@link #uncover()} puts back exactly what was
 * there. Widgets keep their state meanwhile (a tree its expanded items, an editor its unsaved text).
 * <p>
 * Hidden controls are not drawn and not reachable by keyboard or assistive technology; the cover is on top of them
 * anyway, so nothing shows even while the window system repaints.
 */
public final class LockScreen {

	/** A window as it was before the cover, to be put back. */
	private record CoveredWindow(Shell shell, String title, Menu menuBar, List<Control> hidden, Composite cover,
			Listener resize) {
	}

	private final List<CoveredWindow> covered = new ArrayList<>();
	private final List<Shell> hiddenShells = new ArrayList<>();

	private LockScreen() {
	}

	/**
	 * Covers the windows in {@code windows} and hides every other visible window of the display. Call on the user
	 * interface thread.
	 */
	public static LockScreen cover(Display display, List<Shell> windows) {
		LockScreen screen = new LockScreen();
		for (Shell shell : display.getShells()) {
			if (shell.isDisposed()) {
				continue;
			}
			if (windows.contains(shell)) {
				screen.coverWindow(shell);
			} else if (shell.isVisible()) {
				shell.setVisible(false);
				screen.hiddenShells.add(shell);
			}
		}
		return screen;
	}

	private void coverWindow(Shell shell) {
		List<Control> hidden = new ArrayList<>();
		for (Control child : shell.getChildren()) {
			if (child.getVisible()) {
				child.setVisible(false);
				hidden.add(child);
			}
		}
		Composite cover = new Composite(shell, SWT.NONE);
		cover.setData(LockScreen.class.getName(), Boolean.TRUE);
		cover.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		GridLayout layout = new GridLayout();
		layout.marginWidth = 40;
		layout.marginHeight = 40;
		cover.setLayout(layout);
		// at the top: the unlock dialog opens in the middle of the window
		Label heading = new Label(cover, SWT.CENTER);
		heading.setText(Messages.Lock_heading);
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
		Label message = new Label(cover, SWT.WRAP | SWT.CENTER);
		message.setText(Messages.Lock_message);
		message.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, true));
		cover.moveAbove(null);
		// The window's own layout places only the parts it knows; the cover follows the window's size itself.
		Listener resize = event -> {
			if (!cover.isDisposed()) {
				cover.setBounds(shell.getClientArea());
				cover.layout(true);
			}
		};
		shell.addListener(SWT.Resize, resize);
		resize.handleEvent(null);
		Menu menuBar = shell.getMenuBar();
		if (menuBar != null) {
			shell.setMenuBar(null);
		}
		String title = shell.getText();
		shell.setText(Messages.Lock_shellTitle);
		covered.add(new CoveredWindow(shell, title, menuBar, hidden, cover, resize));
	}

	/** The first covered window, to parent the unlock dialog; null if none. */
	public Shell window() {
		return covered.isEmpty() ? null : covered.get(0).shell();
	}

	/** Whether {@code control} is (inside) the cover of a window. */
	public static boolean isCover(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (Boolean.TRUE.equals(c.getData(LockScreen.class.getName()))) {
				return true;
			}
		}
		return false;
	}

	/** Shows again what {@link #cover} hid. Call on the user interface thread. */
	public void uncover() {
		for (CoveredWindow window : covered) {
			Shell shell = window.shell();
			if (shell.isDisposed()) {
				continue;
			}
			shell.removeListener(SWT.Resize, window.resize());
			window.cover().dispose();
			if (window.menuBar() != null && !window.menuBar().isDisposed()) {
				shell.setMenuBar(window.menuBar());
			}
			shell.setText(window.title());
			for (Control control : window.hidden()) {
				if (!control.isDisposed()) {
					control.setVisible(true);
				}
			}
			shell.layout(true, true);
		}
		covered.clear();
		for (Shell shell : hiddenShells) {
			if (!shell.isDisposed()) {
				shell.setVisible(true);
			}
		}
		hiddenShells.clear();
	}
}
