package org.counterpart.ui.internal.pictures;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Print while a picture is the active part: prints it with its classification banner. */
public final class PrintChartHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ChartPrint.Printable printable) {
			printable.printWithDialog();
		}
		return null;
	}
}
