package org.counterpart.ui.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the image objects of EMF.Edit item providers (URLs, EMF URIs and {@link ComposedImage}s) into SWT images. The
 * images belong to a {@link LocalResourceManager} that is disposed with its control, so a view leaks none.
 */
public final class ItemImages {

	private final LocalResourceManager resources;

	/** Images that live as long as {@code owner}. */
	public ItemImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/** The SWT image for an item provider's image object, or null if there is none or it cannot be read. */
	public Image image(Object itemImage) {
		ImageDescriptor descriptor = descriptor(itemImage);
		return descriptor == null ? null : resources.create(descriptor);
	}

	/** The descriptor for an item provider's image object, or null. */
	public static ImageDescriptor descriptor(Object itemImage) {
		return switch (itemImage) {
			case null -> null;
			case ImageDescriptor descriptor -> descriptor;
			case URL url -> ImageDescriptor.createFromURL(url);
			case org.eclipse.emf.common.util.URI uri -> fromUri(uri);
			case ComposedImage composed -> new ComposedImageDescriptor(composed);
			default -> null;
		};
	}

	private static ImageDescriptor fromUri(org.eclipse.emf.common.util.URI uri) {
		try {
			return ImageDescriptor.createFromURL(java.net.URI.create(uri.toString()).toURL());
		} catch (MalformedURLException | IllegalArgumentException e) {
			return null;
		}
	}

	/** Draws the layers of a {@link ComposedImage} (an icon and its overlays) where the composed image places them. */
	private static final class ComposedImageDescriptor extends CompositeImageDescriptor {
		private final ComposedImage composed;
		private final List<CachedImageDataProvider> layers = new ArrayList<>();

		ComposedImageDescriptor(ComposedImage composed) {
			this.composed = composed;
			for (Object layer : composed.getImages()) {
				ImageDescriptor descriptor = descriptor(layer);
				layers.add(createCachedImageDataProvider(descriptor == null ? getMissingImageDescriptor() : descriptor));
			}
		}

		@Override
		protected void drawCompositeImage(int width, int height) {
			ComposedImage.Size size = new ComposedImage.Size();
			size.width = width;
			size.height = height;
			List<ComposedImage.Point> points = composed.getDrawPoints(size);
			for (int i = 0; i < layers.size() && i < points.size(); i++) {
				drawImage(layers.get(i), points.get(i).x, points.get(i).y);
			}
		}

		@Override
		protected Point getSize() {
			List<ComposedImage.Size> sizes = new ArrayList<>();
			for (CachedImageDataProvider layer : layers) {
				ComposedImage.Size size = new ComposedImage.Size();
				size.width = layer.getWidth();
				size.height = layer.getHeight();
				sizes.add(size);
			}
			ComposedImage.Size size = composed.getSize(sizes);
			return new Point(size.width, size.height);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ComposedImageDescriptor that && composed.equals(that.composed);
		}

		@Override
		public int hashCode() {
			return composed.hashCode();
		}
	}
}
