package org.counterpart.tests.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a test shows on screen as PNG files, so that a person can look at them after the run.
 * Files go to the folder named by the system property {@code counterpart.screenshots} (the build sets
 * it to {@code target/screenshots} of the test bundle).
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** The folder screenshots are written to. */
	public static Path folder() {
		return Path.of(System.getProperty("counterpart.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Captures the screen area of {@code control} (for a shell: the whole window) to {@code name}.png. */
	public static Path save(Control control, String name) {
		flush(control.getDisplay());
		// A shell's bounds include window-manager trim that Xvfb does not draw; its client area is what shows.
		Rectangle bounds = control instanceof Shell shell ? shell.getDisplay().map(shell, null, shell.getClientArea())
				: control.getDisplay().map(control.getParent(), null, control.getBounds());
		return capture(control.getDisplay(), bounds, name);
	}

	/** The pixels {@code control} shows on the screen now (after pending paints), for comparing two pictures. */
	public static ImageData pixels(Control control) {
		flush(control.getDisplay());
		Rectangle bounds = control instanceof Scrollable scrollable ? control.getDisplay().map(control, null, scrollable.getClientArea())
				: control.getDisplay().map(control.getParent(), null, control.getBounds());
		Image image = new Image(control.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(control.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Captures the whole screen to {@code name}.png. */
	public static Path saveScreen(Display display, String name) {
		flush(display);
		return capture(display, display.getBounds(), name);
	}

	private static Path capture(Display display, Rectangle bounds, String name) {
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Path file = folder().resolve(name + ".png"); //$NON-NLS-1$
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Lets pending paints happen so the capture shows the finished screen. */
	public static void flush(Display display) {
		long end = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// keep dispatching
			}
			display.update();
		}
	}
}
