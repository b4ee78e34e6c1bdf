package org.counterpart.ui.internal.pictures;

import java.text.MessageFormat;

import org.counterpart.model.marking.MarkingSummary;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Prints a chart as the exported PNG shows it ({@link ChartExport#render}): the picture between the classification
 * banner strips of what it shows, scaled to fit the page.
 */
public final class ChartPrint {

	/** A view whose picture File > Print and its tool bar print. */
	public interface Printable {
		/** Asks for a printer and prints the picture; nothing if the officer cancels. */
		void printWithDialog();
	}

	private ChartPrint() {
	}

	/** Prints {@code chart} with the banner of {@code marking} on one page of the printer {@code data} names. */
	public static void print(Chart chart, MarkingSummary marking, PrinterData data, String jobName) {
		ImageData picture = ChartExport.render(chart, marking);
		Printer printer = new Printer(data);
		try {
			if (!printer.startJob(jobName)) {
				throw new IllegalStateException(Messages.Chart_printNotStarted);
			}
			try {
				if (!printer.startPage()) {
					throw new IllegalStateException(Messages.Chart_printNotStarted);
				}
				draw(printer, picture);
				printer.endPage();
			} finally {
				printer.endJob();
			}
		} finally {
			printer.dispose();
		}
	}

	/** Draws the picture across the printable area, keeping its proportions and its banners whole. */
	private static void draw(Printer printer, ImageData picture) {
		Rectangle area = printer.getClientArea();
		double scale = Math.min((double) area.width / picture.width, (double) area.height / picture.height);
		int width = Math.max(1, (int) Math.round(picture.width * scale));
		int height = Math.max(1, (int) Math.round(picture.height * scale));
		Image image = new Image(printer, picture);
		GC gc = new GC(printer);
		try {
			gc.setInterpolation(SWT.HIGH);
			gc.drawImage(image, 0, 0, picture.width, picture.height, area.x, area.y, width, height);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Asks which printer to use; null if the officer cancelled. */
	public static PrinterData askPrinter(Shell shell) {
		PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
		dialog.setText(Messages.Chart_printTitle);
		return dialog.open();
	}

	/** Asks for a printer and prints the chart on it; a failure is shown to the officer and logged. */
	public static void printWithDialog(Shell shell, Chart chart, MarkingSummary marking, String jobName) {
		PrinterData printer = askPrinter(shell);
		if (printer != null) {
			try {
				print(chart, marking, printer, jobName);
			} catch (RuntimeException e) {
				StatusManager.getManager().handle(Status.error(MessageFormat.format(Messages.Chart_printFailed, printer.name, e.getMessage()), e),
						StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}
}
