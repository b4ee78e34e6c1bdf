package org.counterpart.ui.internal.pictures;

import java.nio.file.Path;
import java.text.MessageFormat;

import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.ui.internal.banner.BannerImages;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Writes a chart as a PNG image that carries the classification banner of what it shows, top and bottom.
 */
public final class ChartExport {

	private ChartExport() {
	}

	/** The chart as drawn now, with the banner of {@code marking} above and below it. */
	public static ImageData render(Chart chart, MarkingSummary marking) {
		Point size = chart.getSize();
		Image image = new Image(chart.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		try {
			chart.renderOffscreenImage(image);
			return BannerImages.withBanner(chart.getDisplay(), image.getImageData(), marking);
		} finally {
			image.dispose();
		}
	}

	/** Writes {@link #render} to {@code file} as PNG. */
	public static void write(Chart chart, MarkingSummary marking, Path file) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { render(chart, marking) };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	/** Asks where to write the PNG; null if the user cancelled. */
	public static Path askFile(Shell shell, String suggestedName) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Chart_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
		dialog.setFileName(suggestedName);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/** Asks where to write the chart and writes it there; a failure is shown to the officer and logged. */
	public static void writeWithDialog(Shell shell, Chart chart, MarkingSummary marking, String suggestedName) {
		Path file = askFile(shell, suggestedName);
		if (file != null) {
			try {
				write(chart, marking, file);
			} catch (RuntimeException e) {
				StatusManager.getManager().handle(Status.error(MessageFormat.format(Messages.Chart_exportFailed, file, e.getMessage()), e),
						StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}
}
