package org.counterpart.hq.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Properties;

import org.counterpart.hq.BaselineRecord;

/** A baseline sent, as a store record: its fields as properties, in UTF-8. */
public final class BaselineRecords {

	/** The kind of the store's records that hold the baselines sent. */
	public static final String KIND = "hq.baseline"; //$NON-NLS-1$

	private BaselineRecords() {
	}

	/** The record's key: the device, then the package's number, so that a device's records sort together. */
	public static String key(BaselineRecord r) {
		return r.deviceId() + " " + String.format("%019d", r.packageSequence()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static byte[] encode(BaselineRecord r) {
		Properties p = new Properties();
		p.setProperty("device", r.deviceId()); //$NON-NLS-1$
		if (r.name() != null) {
			p.setProperty("name", r.name()); //$NON-NLS-1$
		}
		p.setProperty("sent", r.sentAt().toString()); //$NON-NLS-1$
		if (r.file() != null) {
			p.setProperty("file", r.file()); //$NON-NLS-1$
		}
		p.setProperty("sequence", Long.toString(r.packageSequence())); //$NON-NLS-1$
		p.setProperty("operations", Long.toString(r.operations())); //$NON-NLS-1$
		p.setProperty("withheld", Long.toString(r.withheldOperations())); //$NON-NLS-1$
		return RecordProperties.bytes(p);
	}

	/** The baseline a record holds, or {@code null} if it cannot be read (written by a newer version, say). */
	public static BaselineRecord decode(byte[] data) {
		try {
			Properties p = RecordProperties.read(data);
			return new BaselineRecord(p.getProperty("device"), p.getProperty("name"), //$NON-NLS-1$ //$NON-NLS-2$
					Instant.parse(p.getProperty("sent")), p.getProperty("file"), //$NON-NLS-1$ //$NON-NLS-2$
					Long.parseLong(p.getProperty("sequence", "0")), //$NON-NLS-1$ //$NON-NLS-2$
					Long.parseLong(p.getProperty("operations", "0")), //$NON-NLS-1$ //$NON-NLS-2$
					Long.parseLong(p.getProperty("withheld", "0"))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
