package org.counterpart.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.counterpart.model.Theater;
import org.counterpart.model.xmi.TheaterXmi;
import org.counterpart.ui.WorkspaceStorage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Keeps the workspace in one XMI file, for import and export. {@link TheaterXmi} writes to a temporary file and moves
 * it into place, so a failed save or a failed load never damages the file.
 */
public final class XmiWorkspaceStorage implements WorkspaceStorage {

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
	public Resource load(ResourceSet resourceSet, IProgressMonitor monitor) throws IOException {
		SubMonitor.convert(monitor, Messages.bind(Messages.Storage_reading, file), 1);
		Theater theater = TheaterXmi.load(file);
		Resource resource = new ResourceImpl(URI.createFileURI(file.toString()));
		resource.getContents().add(theater);
		resourceSet.getResources().add(resource);
		return resource;
	}

	@Override
	public void save(Resource resource, IProgressMonitor monitor) throws IOException {
		SubMonitor.convert(monitor, Messages.bind(Messages.Storage_writing, file), 1);
		TheaterXmi.save((Theater) resource.getContents().get(0), file);
	}
}
