package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.counterpart.hq.BaselinePreview;
import org.counterpart.hq.Baselines;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Shell;

/**
 * What the {@link BaselinesView} does: list the devices, preview a device's baseline and write baselines. The
 * workbench's is {@link WorkbenchBaselineService}, on the store the workbench has open.
 */
public interface BaselineService {

	/** The devices headquarters knows the certificates of, with their last baseline; called outside the UI thread. */
	List<BaselineDevice> devices() throws IOException;

	/** What a baseline written now would give {@code device}, see {@link Baselines#preview}; outside the UI thread. */
	BaselinePreview preview(X509Certificate device) throws IOException;

	/**
	 * Gets ready to write baselines, in the user interface thread: unsaved edits are saved first if the user agrees
	 * (a baseline carries only what is saved) and headquarters' key is unlocked (the user is asked).
	 *
	 * @return false, after telling the user why, when no baseline can be written now
	 */
	boolean readyToExport(Shell shell);

	/** Writes the baselines of {@code devices} into {@code folder}, see {@link Baselines#export}. */
	Baselines.ExportRun export(List<X509Certificate> devices, Path folder, IProgressMonitor monitor) throws IOException;

	/** Lets go of what {@link #readyToExport} took (the unlocked key). */
	void dispose();
}
