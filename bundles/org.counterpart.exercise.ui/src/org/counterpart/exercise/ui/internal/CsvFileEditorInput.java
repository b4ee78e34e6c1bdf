package org.counterpart.exercise.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A trainer's CSV file opened in a {@link CsvTableEditor}; the subclass says which editor it is for. */
public abstract class CsvFileEditorInput implements IEditorInput {

	private final Path file;

	protected CsvFileEditorInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public Path file() {
		return file;
	}

	@Override
	public boolean exists() {
		return Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && ((CsvFileEditorInput) other).file.equals(file);
	}

	@Override
	public int hashCode() {
		return Objects.hash(getClass(), file);
	}
}
