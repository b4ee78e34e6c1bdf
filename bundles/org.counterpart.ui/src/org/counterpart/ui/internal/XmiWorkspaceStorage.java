package org.counterpart.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.counterpart.model.Theater;
import org.counterpart.model.xmi.TheaterXmi;
import org.counterpart.ui.WorkspaceStorage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Keeps the workspace in one XMI file. {@link TheaterXmi} writes to a temporary file and moves it into place, so a
 * failed save or a failed load never damages the file.
 */
public final class XmiWorkspaceStorage implements WorkspaceStorage {

	/** The file name under the workbench instance location. */
	public static final String FILE_NAME = "workspace/counterpart.xmi"; //$NON-NLS-1$

	private final Path file;

	public XmiWorkspaceStorage(Path file) {
		this.file = file.toAbsolutePath();
	}

	public Path file() {
		return file;
	}

	@Override
	public String location() {
		return file.toString();
	}

	@Override
	public boolean exists() {
		return Files.exists(file);
	}

	@Override
	public Theater load(IProgressMonitor monitor) throws IOException {
		SubMonitor.convert(monitor, Messages.bind(Messages.Storage_reading, file), 1);
		return TheaterXmi.load(file);
	}

	@Override
	public void save(Theater theater, IProgressMonitor monitor) throws IOException {
		SubMonitor.convert(monitor, Messages.bind(Messages.Storage_writing, file), 1);
		TheaterXmi.save(theater, file);
	}
}
