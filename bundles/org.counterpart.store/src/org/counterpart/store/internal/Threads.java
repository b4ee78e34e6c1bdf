package org.counterpart.store.internal;

/** Waiting for the store's own helper threads. */
final class Threads {

	private Threads() {
	}

	/**
	 * Waits until {@code thread} has ended, even if this thread is interrupted meanwhile (the helper may still be
	 * using a connection or objects the caller is about to use); the interruption is kept for the caller.
	 */
	static void joinUninterruptibly(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
