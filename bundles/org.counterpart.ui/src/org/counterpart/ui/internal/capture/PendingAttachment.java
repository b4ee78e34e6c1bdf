package org.counterpart.ui.internal.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.counterpart.model.Attachment;
import org.counterpart.model.CounterpartFactory;

/**
 * A file chosen for an observation that is being captured: its name, size and SHA-256, read when it is chosen. The
 * content goes into the store, under its hash, only when the observation is filed.
 */
record PendingAttachment(Path file, String sha256, long size, String mediaType) {

	/** Reads the file once to hash it. */
	static PendingAttachment of(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java runtime has SHA-256
		}
		long size = 0;
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read; (read = in.read(buffer)) >= 0;) {
				size += read;
			}
		}
		String mediaType = Files.probeContentType(file);
		return new PendingAttachment(file, HexFormat.of().formatHex(digest.digest()), size,
				mediaType == null ? "application/octet-stream" : mediaType); //$NON-NLS-1$
	}

	String fileName() {
		return file.getFileName().toString();
	}

	/** The model object that refers to the content by hash. */
	Attachment toModel(String author) {
		Attachment attachment = CounterpartFactory.eINSTANCE.createAttachment();
		attachment.setFileName(fileName());
		attachment.setSha256(sha256);
		attachment.setSize(size);
		attachment.setMediaType(mediaType);
		attachment.setCreatedBy(author);
		return attachment;
	}
}
